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
    BriefingBuild remembering = remembering(cache, (stage, took, detail) -> {
      if (stage.equals("pages")) {
        pages.add(detail);
      }
    });
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
    assertAsAFreshBuild(project, site, dir.resolve("fresh"), true);
  }

  @Test
  void aRowACompanyAMessageOrATemplateChangesTheRecordsPagesAsAFreshBuildDoes() {
    for (java.util.function.Consumer<Path> edit : List.<java.util.function.Consumer<Path>>of(
        // A valuation: the company's totals, its table, the index's column.
        p -> ShippedProject.replace(p, "data/valuations.csv", "scale-ai-2025-06,scale-ai,29000000000,",
            "scale-ai-2025-06,scale-ai,29100000000,"),
        // A company's own row: its name on every page.
        p -> ShippedProject.replace(p, "data/companies.csv", ",Scale AI,", ",Scale AI Inc.,"),
        // A message the company pages' totals use.
        p -> SeriesProject.write(p, "templates/messages/en.properties", "total.valuation=Last valued at\n"),
        // The company page's template.
        p -> ShippedProject.replace(p, "templates/company.ftlh", "<table class=\"data\">",
            "<table class=\"data facts\">"))) {
      Path project = SeriesProject.copyTo(dir.resolve("project-" + System.nanoTime()), true);
      BriefingBuild remembering = remembering(dir.resolve("cache-" + System.nanoTime()), BuildListener.silent());
      Path site = dir.resolve("site-" + System.nanoTime());
      remembering.build(project, site, false).orElseThrow();
      edit.accept(project);
      remembering.build(project, site, false).orElseThrow();
      assertAsAFreshBuild(project, site, dir.resolve("fresh-" + System.nanoTime()), false);
    }
  }

  @Test
  void pdfsTheBuildBeforePublishedAreHandedOverUnlessTouchedSince() throws IOException {
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    BriefingBuild remembering = remembering(dir.resolve("cache"), BuildListener.silent());
    Path site = dir.resolve("site");
    remembering.build(project, site, true).orElseThrow();
    String oldest = "en/briefings/ai-money-war-2024-03-28.en.pdf";
    String second = "ko/briefings/2024-06-01-" + SeriesProject.SECOND + ".ko.pdf";
    List<String> pdfs;
    try (Stream<Path> walk = Files.walk(site)) {
      pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).map(p -> site.relativize(p).toString()).toList();
    }
    assertThat(pdfs).contains(oldest, second);
    Object oldestFile = Files.readAttributes(site.resolve(oldest), java.nio.file.attribute.BasicFileAttributes.class)
        .fileKey();
    // Someone writes over one PDF of the output, keeping its size and time.
    Path touched = site.resolve(second);
    byte[] bytes = Files.readAllBytes(touched);
    java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(touched);
    byte[] spoilt = bytes.clone();
    spoilt[spoilt.length / 2] ^= 0x55;
    Files.write(touched, spoilt);
    Files.setLastModifiedTime(touched, time);
    // Every PDF in the cache spoilt too: what is handed over is not read from there.
    try (Stream<Path> walk = Files.walk(dir.resolve("cache").resolve(BuildCache.FOLDER).resolve("pdf"))) {
      for (Path entry : walk.filter(Files::isRegularFile).toList()) {
        byte[] cached = Files.readAllBytes(entry);
        cached[cached.length - 100] ^= 0x55;
        Files.write(entry, cached);
      }
    }
    ShippedProject.replace(project, NEWEST_EN,
        "Amazon had paid in all it had promised Anthropic.", "Amazon had paid Anthropic all it had promised.");
    remembering.build(project, site, true).orElseThrow();
    // Only the spoilt output's entry was read (found corrupt, and the PDF laid out again).
    assertThat(remembering.lastCacheStats().corrupt()).isEqualTo(1);
    // The untouched PDF is the very file published before; the spoilt one was made again.
    assertThat(Files.readAttributes(site.resolve(oldest), java.nio.file.attribute.BasicFileAttributes.class).fileKey())
        .isEqualTo(oldestFile);
    assertThat(Files.readAllBytes(site.resolve(second))).isEqualTo(bytes);
    assertAsAFreshBuild(project, site, dir.resolve("fresh"), true);
  }

  @Test
  void aTextWithAProblemSaysItInEveryBuildUntilItIsMended() {
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    BriefingBuild remembering = remembering(dir.resolve("cache"), BuildListener.silent());
    Path site = dir.resolve("site");
    remembering.build(project, site, false).orElseThrow();
    ShippedProject.replace(project, NEWEST_EN, "{{round:openai-2024-10:date}}", "{{round:openai-2024-10:dat}}");
    List<com.moneywar.briefing.model.Problem> first = remembering.build(project, site, false).problems();
    assertThat(first).isNotEmpty();
    assertThat(remembering.build(project, site, false).problems()).isEqualTo(first);
    ShippedProject.replace(project, NEWEST_EN, "{{round:openai-2024-10:dat}}", "{{round:openai-2024-10:date}}");
    assertThat(remembering.build(project, site, false).problems()).isEmpty();
  }

  /** A build of the kind the preview and the daemon keep, with the cache at {@code cache}. */
  private static BriefingBuild remembering(Path cache, BuildListener listener) {
    return new BriefingBuild(listener, new ReentrantLock(), Map.of(), CacheSettings.at(cache)).usingToolchain(TOOL)
        .rememberingPages();
  }

  /** Builds {@code project} afresh into {@code fresh}, without a cache, and compares {@code site} with it file by file. */
  private static void assertAsAFreshBuild(Path project, Path site, Path fresh, boolean withPdfs) {
    new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of(), CacheSettings.off())
        .build(project, fresh, withPdfs).orElseThrow();
    BuiltSite.assertSameFiles(BuiltSite.files(site), BuiltSite.files(fresh), "a fresh build");
  }
}
