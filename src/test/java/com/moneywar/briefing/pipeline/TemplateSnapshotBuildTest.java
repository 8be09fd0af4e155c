package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A template saved while a build runs goes whole into the next build: the running build renders
 * from the templates as they were when it read them, under their key, so the cache never keeps a
 * page made from one version of the templates under the key of another.
 */
class TemplateSnapshotBuildTest {
  private static final String MESSAGES = "templates/messages/en.properties";
  private static final String SEED_EN = "en/briefings/" + ShippedProject.SEED + ".html";

  @TempDir Path dir;

  @Test
  void aTemplateSavedDuringTheBuildIsLeftToTheNextOneAndNeverKeptUnderTheOldKey() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path site = dir.resolve("site");
    // The editor saves a message while the charts are being drawn, after the templates were read.
    AtomicBoolean saved = new AtomicBoolean();
    BuildListener savesMidBuild = (stage, took, detail) -> {
      if (stage.equals("charts") && saved.compareAndSet(false, true)) {
        ShippedProject.replace(project, MESSAGES, "nav.search=Search", "nav.search=Find");
      }
    };
    new BriefingBuild(savesMidBuild, new ReentrantLock(), Map.of(), CacheSettings.inProject())
        .build(project, site, false).orElseThrow();
    assertThat(saved).isTrue();
    Map<String, byte[]> during = BuiltSite.files(site);
    assertThat(during.get(SEED_EN)).as("the edition as the templates were when the build read them")
        .asString().contains(">Search<").doesNotContain(">Find<");

    // The next build takes the saved message.
    cachedBuild(project, site);
    assertThat(BuiltSite.files(site).get(SEED_EN)).asString().contains(">Find<");

    // The editor takes it back: the pages the cache keeps under the first key are the first templates'.
    ShippedProject.replace(project, MESSAGES, "nav.search=Find", "nav.search=Search");
    cachedBuild(project, site);
    Path fresh = dir.resolve("fresh");
    new BriefingBuild(BuildListener.silent()).build(project, fresh, false).orElseThrow();
    BuiltSite.assertSameFiles(BuiltSite.files(site), BuiltSite.files(fresh), "a build without the cache");
  }

  private static void cachedBuild(Path project, Path site) {
    new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of(), CacheSettings.inProject())
        .build(project, site, false).orElseThrow();
  }
}
