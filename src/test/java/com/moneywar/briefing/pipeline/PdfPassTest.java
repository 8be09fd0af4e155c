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
 * The preview's second pass after an edit ({@link BriefingBuild#pdfsOfPagePass}): it lays out the
 * PDFs of the pass before without rendering its pages again, and its output is, byte for byte, that
 * of one full build of the edited project.
 */
class PdfPassTest {
  private static final String NEWEST_EN = "data/texts/ai-money-war-2025-11-28.en.md";

  @TempDir Path dir;

  private final List<String> stages = new ArrayList<>();
  private final BriefingBuild build = new BriefingBuild((stage, took, detail) -> stages.add(stage),
      new ReentrantLock(), Map.of(), CacheSettings.off());

  @Test
  void afterAnEditThePdfPassRendersNoPageAndGivesTheBytesOfAFullBuild() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path site = dir.resolve("site");
    build.build(project, site, true).orElseThrow();
    ShippedProject.replace(project, NEWEST_EN,
        "Amazon had paid in all it had promised Anthropic.", "Amazon had paid Anthropic all it had promised.");
    build.build(project, site, false).orElseThrow();
    stages.clear();

    BuildSummary summary = build.pdfsOfPagePass(project, site).orElseThrow();

    assertThat(stages).as("the stages of the PDF pass").doesNotContain("load", "pages").contains("pdf", "publish");
    assertThat(summary.pdfs()).isEqualTo(4);
    sameAsAFullBuild(project, site);
  }

  @Test
  void afterANewEditionThePdfPassIsAFullBuild() {
    // The pages of the pass without PDFs could not link the new edition's: they are made again.
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.setNewestEditionAside(project, dir.resolve("aside"));
    Path site = dir.resolve("site");
    build.build(project, site, true).orElseThrow();
    ShippedProject.bringNewestEditionBack(project, dir.resolve("aside"));
    build.build(project, site, false).orElseThrow();
    stages.clear();

    build.pdfsOfPagePass(project, site).orElseThrow();

    assertThat(stages).contains("load", "pages", "pdf");
    sameAsAFullBuild(project, site);
  }

  @Test
  void withoutAPassBeforeItIsAFullBuild() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path site = dir.resolve("site");
    build.build(project, site, true).orElseThrow();
    stages.clear();

    build.pdfsOfPagePass(project, site).orElseThrow();

    assertThat(stages).as("a build with PDFs leaves no pass to take the pages from").contains("load", "pages");
    sameAsAFullBuild(project, site);
  }

  private void sameAsAFullBuild(Path project, Path site) {
    Path fresh = dir.resolve("fresh");
    new BriefingBuild(BuildListener.silent()).build(project, fresh, true).orElseThrow();
    BuiltSite.assertSameFiles(BuiltSite.files(site), BuiltSite.files(fresh), "a full build");
  }
}
