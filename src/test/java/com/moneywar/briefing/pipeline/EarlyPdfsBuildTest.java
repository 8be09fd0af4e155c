package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After an edit, the edited edition's PDF is laid out while the other pages still render, and the
 * site it publishes is, byte for byte, that of a build without the cache.
 */
class EarlyPdfsBuildTest {
  private static final String NEWEST_EN = "data/texts/ai-money-war-2025-11-28.en.md";

  @TempDir Path dir;

  @Test
  void theEditedEditionsPdfIsLaidOutBesideThePagesAndIsTheSameAsAFreshBuilds() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path site = dir.resolve("site");
    List<String> pdfStage = new ArrayList<>();
    BuildListener listener = (stage, took, detail) -> {
      if (stage.equals("pdf")) {
        pdfStage.add(detail);
      }
    };
    new BriefingBuild(listener, new ReentrantLock(), Map.of(), CacheSettings.inProject())
        .build(project, site).orElseThrow();
    ShippedProject.replace(project, NEWEST_EN,
        "Amazon had paid in all it had promised Anthropic.", "Amazon had paid Anthropic all it had promised.");
    new BriefingBuild(listener, new ReentrantLock(), Map.of(), CacheSettings.inProject())
        .build(project, site).orElseThrow();

    int editions = ShippedProject.slugs().size();
    assertThat(pdfStage.get(1)).as("the English PDF of the edited edition, laid out while the pages rendered")
        .isEqualTo((2 * editions) + " PDFs, " + (2 * editions - 1) + " from the cache, 1 laid out beside the pages");
    Path fresh = dir.resolve("fresh");
    new BriefingBuild(BuildListener.silent()).build(project, fresh).orElseThrow();
    BuiltSite.assertSameFiles(BuiltSite.files(site), BuiltSite.files(fresh), "a build without the cache");
  }
}
