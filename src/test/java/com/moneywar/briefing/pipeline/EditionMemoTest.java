package com.moneywar.briefing.pipeline;

import static com.moneywar.briefing.pipeline.BuildCacheTest.TOOL;
import static com.moneywar.briefing.pipeline.BuildCacheTest.build;
import static com.moneywar.briefing.pipeline.BuildCacheTest.sameFiles;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.pipeline.BuildCacheTest.Built;
import com.moneywar.briefing.testing.SeriesProject;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition whose inputs are unchanged takes its pages, print documents, preview and search
 * paragraphs from the build's cache instead of being made again from the briefing as of its date;
 * the site and the PDFs are byte for byte those of a build without the cache, after every kind of
 * edit a series sees: a sentence of the newest edition, the title of an older one (which the
 * editions after it and the one before it show), a new edition, an edition taken out, a table row, a
 * template, the config, and a corrupt entry.
 *
 * <p>The series: the shipped project's two editions and two test editions between them (June and
 * November 2024; TEST FIXTURES, see {@link SeriesProject}), so four editions and eight PDFs.
 */
class EditionMemoTest {
  private static final String NEWEST_EN = "data/texts/ai-money-war-2025-11-28.en.md";
  private static final String SECOND_KO = "data/texts/" + SeriesProject.SECOND + ".ko.md";

  @TempDir
  static Path shared;

  static Path warmCache;
  static Built cold;

  @TempDir
  Path dir;

  @BeforeAll
  static void fillTheCache() {
    Path project = SeriesProject.copyTo(shared.resolve("project"), true);
    warmCache = shared.resolve("cache");
    cold = build(project, shared.resolve("cold"), CacheSettings.at(warmCache), TOOL);
    Built fresh = build(project, shared.resolve("fresh"), CacheSettings.off(), TOOL);
    sameFiles(cold.files(), fresh.files());
  }

  @Test
  void aWarmBuildTakesEveryEditionFromTheCache() {
    assertThat(cold.stats().written("edition")).as("four editions, two languages").isEqualTo(8);
    Built warm = changedAndCompared(project -> {});
    assertThat(warm.stats().hits("edition")).isEqualTo(8);
    assertThat(warm.stats().written()).isZero();
  }

  @Test
  void aSentenceOfTheNewestEditionMakesItAndTheOneBeforeItAgain() {
    Built after = changedAndCompared(project -> ShippedProject.replace(project, NEWEST_EN,
        "Amazon had paid in all it had promised Anthropic.", "Amazon had paid Anthropic all it had promised."));
    // The newest edition, and the one before it, whose page links to it by title: two languages each.
    assertThat(after.stats().written("edition")).isEqualTo(4);
    assertThat(after.stats().hits("edition")).isEqualTo(4);
    // The charts of the two editions untouched are found by the record an earlier build noted for
    // their inputs, without making that record again; a text draws no chart.
    assertThat(after.stats().hits("edition-charts")).isEqualTo(2);
    assertThat(after.stats().written("charts")).isZero();
  }

  @Test
  void aTitleOfAnOlderEditionIsShownAnewWhereverItIsShown() {
    // The June edition's title: its own page, the March edition's link to it, the November one's
    // link back, the archive, the feed, the search.
    Built after = changedAndCompared(project -> ShippedProject.replace(project, SECOND_KO,
        "title: 시험용 두 번째 브리핑", "title: 시험용 두 번째 브리핑(고침)"));
    assertThat(after.files().get("ko/briefings/" + SeriesProject.THIRD + ".html")).asString(
        java.nio.charset.StandardCharsets.UTF_8).contains("시험용 두 번째 브리핑(고침)");
    assertThat(after.stats().written("edition")).isPositive();
  }

  @Test
  void aNewEditionIsShownWhereverTheSeriesIsListed() {
    Built after = changedAndCompared(project -> {
      for (String lang : List.of("ko", "en")) {
        String text;
        try {
          text = Files.readString(project.resolve("data/texts/" + SeriesProject.THIRD + "." + lang + ".md"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        SeriesProject.write(project, "data/texts/fixture-fifth." + lang + ".md",
            text.replace("date: 2024-11-01", "date: 2025-12-01").replace("charts: valuations\n", ""));
      }
    });
    // The new edition and the newest before it (now with a link to the next) at least; the site's
    // preview card, which an edition's page may show, names the newest date, so all are made again.
    assertThat(after.stats().written("edition")).isEqualTo(10);
  }

  @Test
  void anEditionTakenOutLeavesNoTraceOfItInTheOthers() {
    changedAndCompared(project -> {
      try {
        Files.delete(project.resolve("data/texts/" + SeriesProject.SECOND + ".ko.md"));
        Files.delete(project.resolve("data/texts/" + SeriesProject.SECOND + ".en.md"));
        // The November edition links to the June one: it now links to the March one.
        for (String lang : List.of("ko", "en")) {
          ShippedProject.replace(project, "data/texts/" + SeriesProject.THIRD + "." + lang + ".md",
              "(briefing:" + SeriesProject.SECOND + ")", "(briefing:ai-money-war-2024-03-28)");
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void aRowATemplateOrTheConfigMakesEveryEditionAgain() {
    for (Consumer<Path> change : List.<Consumer<Path>>of(
        project -> ShippedProject.replace(project, "data/valuations.csv", "anthropic-2023,anthropic,4100000000,",
            "anthropic-2023,anthropic,4200000000,"),
        project -> SeriesProject.write(project, "templates/messages/en.properties", "archive.title=Back issues\n"),
        project -> ShippedProject.replace(project, "briefing.properties", "title.en=The AI Money War Briefing",
            "title.en=The AI Money War Report"))) {
      Built after = changedAndCompared(change);
      assertThat(after.stats().hits("edition")).isZero();
    }
  }

  @Test
  void nothingIsKeptWhenATemplateReadsTheClock() throws IOException {
    // A page that shows when it was built is not its inputs' alone: kept, it would show an old time.
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    Files.createDirectories(project.resolve("templates"));
    Files.writeString(project.resolve("templates/briefing.ftlh"),
        Files.readString(ShippedProject.ROOT.resolve("templates/briefing.ftlh")) + "<#-- built ${.now} -->\n");
    Built after = build(project, dir.resolve("cached"), CacheSettings.at(copyOf(warmCache)), TOOL);
    assertThat(after.stats().written("edition")).isZero();
    assertThat(after.stats().hits("edition")).isZero();
  }

  @Test
  void aCorruptEditionEntryIsMadeAgain() throws IOException {
    Path cache = copyOf(warmCache);
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(cache.resolve(BuildCache.FOLDER).resolve("edition"))) {
      entries = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(entries).hasSize(8);
    byte[] flipped = Files.readAllBytes(entries.get(0));
    flipped[flipped.length - 50] ^= 0x55;
    Files.write(entries.get(0), flipped);
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    Built after = build(project, dir.resolve("cached"), CacheSettings.at(cache), TOOL);
    assertThat(after.stats().corrupt()).isEqualTo(1);
    assertThat(after.stats().written("edition")).isEqualTo(1);
    sameFiles(after.files(), build(project, dir.resolve("fresh"), CacheSettings.off(), TOOL).files());
  }

  private Built changedAndCompared(Consumer<Path> change) {
    Path project = SeriesProject.copyTo(dir.resolve("project-" + System.nanoTime()), true);
    change.accept(project);
    Built cached = build(project, dir.resolve("cached-" + System.nanoTime()), CacheSettings.at(copyOf(warmCache)), TOOL);
    Built fresh = build(project, dir.resolve("fresh-" + System.nanoTime()), CacheSettings.off(), TOOL);
    sameFiles(cached.files(), fresh.files());
    return cached;
  }

  private Path copyOf(Path cache) {
    return BuildCacheTest.copyOf(cache, dir);
  }
}
