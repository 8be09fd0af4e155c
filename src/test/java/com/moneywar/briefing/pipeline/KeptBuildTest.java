package com.moneywar.briefing.pipeline;

import static com.moneywar.briefing.pipeline.BuildCacheTest.TOOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.SeriesProject;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build that builds the same project again and again (the preview, the build daemon) keeps what
 * each edition made, decoded, and takes it from there without reading the cache, and keeps the
 * company pages' parts that the tables decide: after each kind of edit, its output is byte for byte
 * a fresh build's, even with the cache's entries gone meanwhile.
 */
class KeptBuildTest {
  private static final String NEWEST_EN = "data/texts/ai-money-war-2025-11-28.en.md";

  @TempDir Path dir;

  @Test
  void editionsAnEditLeavesAloneAreTakenFromTheProcessAndGiveTheBytesOfAFreshBuild() throws IOException {
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    Path cache = dir.resolve("cache");
    List<String> pages = new ArrayList<>();
    BriefingBuild remembering = new BriefingBuild((stage, took, detail) -> {
      if (stage.equals("pages")) {
        pages.add(detail);
      }
    }, new ReentrantLock(), Map.of(), CacheSettings.at(cache)).usingToolchain(TOOL).rememberingPages();
    Path site = dir.resolve("site");
    remembering.build(project, site, true).orElseThrow();
    // The editions' entries are gone from the disk: only the process still holds them.
    try (Stream<Path> walk = Files.walk(cache.resolve(BuildCache.FOLDER).resolve("edition"))) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
    ShippedProject.replace(project, NEWEST_EN,
        "Amazon had paid in all it had promised Anthropic.", "Amazon had paid Anthropic all it had promised.");
    remembering.build(project, site, true).orElseThrow();
    // Four editions in two languages: the newest and the one before it made again, the others kept.
    assertThat(pages.get(pages.size() - 1)).contains("4 editions' pages from the cache");
    assertThat(remembering.lastCacheStats().hits("edition")).isZero();
    Path fresh = dir.resolve("fresh");
    new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of(), CacheSettings.off())
        .build(project, fresh, true).orElseThrow();
    BuiltSite.assertSameFiles(BuiltSite.files(site), BuiltSite.files(fresh), "a fresh build");
  }

  @Test
  void aRowATableTextOrAMessageChangesTheCompanyPagesAsAFreshBuildDoes() {
    for (java.util.function.Consumer<Path> edit : List.<java.util.function.Consumer<Path>>of(
        // A valuation: the company's totals, its table, the index's column.
        p -> ShippedProject.replace(p, "data/valuations.csv", "scale-ai-2025-06,scale-ai,29000000000,",
            "scale-ai-2025-06,scale-ai,29100000000,"),
        // A company's own row: its name on every page.
        p -> ShippedProject.replace(p, "data/companies.csv", ",Scale AI,", ",Scale AI Inc.,"),
        // A message the company pages' totals use.
        p -> SeriesProject.write(p, "templates/messages/en.properties", "total.valuation=Last valued at\n"))) {
      Path project = SeriesProject.copyTo(dir.resolve("project-" + System.nanoTime()), true);
      BriefingBuild remembering = new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of(),
          CacheSettings.at(dir.resolve("cache-" + System.nanoTime()))).usingToolchain(TOOL).rememberingPages();
      Path site = dir.resolve("site-" + System.nanoTime());
      remembering.build(project, site, false).orElseThrow();
      edit.accept(project);
      remembering.build(project, site, false).orElseThrow();
      Path fresh = dir.resolve("fresh-" + System.nanoTime());
      new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of(), CacheSettings.off())
          .build(project, fresh, false).orElseThrow();
      BuiltSite.assertSameFiles(BuiltSite.files(site), BuiltSite.files(fresh), "a fresh build");
    }
  }
}
