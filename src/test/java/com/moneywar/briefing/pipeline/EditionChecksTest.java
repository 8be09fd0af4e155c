package com.moneywar.briefing.pipeline;

import static com.moneywar.briefing.pipeline.BuildCacheTest.TOOL;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.SeriesProject;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editions that passed their own checks are kept in the cache ({@link EditionChecks}), and a
 * build after an edit checks again only what the edit can change: never hiding a problem or an
 * advisory. Each case builds the edited project with a cache warmed on the clean one and without a
 * cache, and compares every problem and advisory; the series is {@link SeriesProject}'s four
 * editions.
 */
class EditionChecksTest {
  private static final String NEWEST_KO = "data/texts/ai-money-war-2025-11-28.ko.md";
  private static final String LINK = "(briefing:ai-money-war-2024-03-28)";
  private static final String BROKEN_LINK = "(briefing:no-such-edition)";

  @TempDir
  static Path shared;

  static Path warmCache;

  @TempDir
  Path dir;

  @BeforeAll
  static void fillTheCache() {
    Path project = SeriesProject.copyTo(shared.resolve("project"), true);
    warmCache = shared.resolve("cache");
    Checked clean = build(project, shared.resolve("site"), CacheSettings.at(warmCache));
    assertThat(clean.problems()).isEmpty();
    assertThat(clean.stats().written("edition-checks")).isEqualTo(1);
  }

  @Test
  void aBuildWithNothingChangedTakesEveryEditionAsPassed() {
    Checked again = changedAndCompared(project -> {});
    assertThat(again.stats().hits("edition-checks")).isEqualTo(1);
    // The same editions passed: the entry is not written again.
    assertThat(again.stats().written("edition-checks")).isZero();
  }

  @Test
  void anEditedTextIsCheckedAgain() {
    Checked after = changedAndCompared(project -> ShippedProject.replace(project, NEWEST_KO, LINK, BROKEN_LINK));
    assertThat(after.problems()).anyMatch(p -> p.pos().file().equals(NEWEST_KO)
        && p.message().contains("'no-such-edition'"));
    // Found through the kept entry: the other editions were taken as passed.
    assertThat(after.stats().hits("edition-checks")).isEqualTo(1);
  }

  @Test
  void aChangedRowChecksEveryEditionAgain() {
    // The June edition's text is untouched, but the valuation it shows is now dated after it.
    Checked after = changedAndCompared(project -> ShippedProject.replace(project, "data/valuations.csv",
        "anthropic-2024-03,anthropic,18400000000,USD,up-to,2024-03,", "anthropic-2024-03,anthropic,18400000000,USD,up-to,2024-07,"));
    assertThat(after.problems()).anyMatch(p -> p.pos().file().contains(SeriesProject.SECOND));
    assertThat(after.stats().hits("edition-checks")).isZero();
  }

  @Test
  void anEditionTakenOutIsALinkToNothingInAnUntouchedText() {
    Checked after = changedAndCompared(project -> {
      try {
        Files.delete(project.resolve("data/texts/" + SeriesProject.SECOND + ".ko.md"));
        Files.delete(project.resolve("data/texts/" + SeriesProject.SECOND + ".en.md"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    assertThat(after.problems()).anyMatch(p -> p.pos().file().contains(SeriesProject.THIRD)
        && p.message().contains("'" + SeriesProject.SECOND + "'"));
  }

  @Test
  void anEditionWithAnAdvisoryIsCheckedAndSaysItInEveryBuild() {
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    // The rate's source dated after the edition: its figures are shown without their won amount.
    ShippedProject.replace(project, "data/sources.csv", "biz.sbs.co.kr/amp/article/20000273779,2025-11-21,",
        "biz.sbs.co.kr/amp/article/20000273779,2025-12,");
    Path cache = BuildCacheTest.copyOf(warmCache, dir);
    Checked first = build(project, dir.resolve("first"), CacheSettings.at(cache));
    Checked second = build(project, dir.resolve("second"), CacheSettings.at(cache));
    Checked fresh = build(project, dir.resolve("fresh"), CacheSettings.off());
    assertThat(fresh.advisories()).isNotEmpty();
    assertThat(first.advisories()).isEqualTo(fresh.advisories());
    assertThat(second.advisories()).isEqualTo(fresh.advisories());
    assertThat(second.stats().hits("edition-checks")).isEqualTo(1);
  }

  @Test
  void aCorruptEntryChecksEveryEditionAgain() throws IOException {
    Path cache = BuildCacheTest.copyOf(warmCache, dir);
    List<Path> entries;
    try (Stream<Path> walk = Files.walk(cache.resolve(BuildCache.FOLDER).resolve("edition-checks"))) {
      entries = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(entries).hasSize(1);
    byte[] flipped = Files.readAllBytes(entries.get(0));
    flipped[flipped.length - 10] ^= 0x55;
    Files.write(entries.get(0), flipped);
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    ShippedProject.replace(project, NEWEST_KO, LINK, BROKEN_LINK);
    Checked after = build(project, dir.resolve("cached"), CacheSettings.at(cache));
    assertThat(after.stats().corrupt()).isEqualTo(1);
    assertThat(after.problems()).isNotEmpty().isEqualTo(build(project, dir.resolve("fresh"), CacheSettings.off()).problems());
  }

  private Checked changedAndCompared(Consumer<Path> change) {
    Path project = SeriesProject.copyTo(dir.resolve("project-" + System.nanoTime()), true);
    change.accept(project);
    Checked cached = build(project, dir.resolve("cached-" + System.nanoTime()),
        CacheSettings.at(BuildCacheTest.copyOf(warmCache, dir)));
    Checked fresh = build(project, dir.resolve("fresh-" + System.nanoTime()), CacheSettings.off());
    assertThat(cached.problems()).as("the problems found with the cache").isEqualTo(fresh.problems());
    assertThat(cached.advisories()).isEqualTo(fresh.advisories());
    return cached;
  }

  private record Checked(List<Problem> problems, List<String> advisories, BuildCache.Stats stats) {}

  private static Checked build(Path project, Path out, CacheSettings cache) {
    BriefingBuild build = new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of(), cache)
        .usingToolchain(TOOL);
    Result<BuildSummary> result = build.build(project, out);
    return new Checked(result.problems(), build.advisories().stream().map(Object::toString).toList(),
        build.lastCacheStats());
  }
}
