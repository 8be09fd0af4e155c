package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.cache.CacheKey;
import com.moneywar.briefing.cache.Toolchain;
import com.moneywar.briefing.cli.Main;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache: a build that takes charts, PDFs and preview images from the cache gives the very
 * bytes of a build without it; a change to any input (a row, a text, a template, the config, the
 * fonts, the tool) makes the outputs that depend on it again; a corrupt or foreign entry is made
 * again and never published; {@code --no-cache} reads and writes nothing.
 *
 * <p>The shipped project has two editions, so four PDFs. One build fills a cache and one builds
 * without it; each test then works on its own copies.
 */
class BuildCacheTest {
  static final Toolchain TOOL = new Toolchain("1.0.0", bytes("code"), bytes("fonts"));
  private static final String NEWEST_EN = "data/texts/ai-money-war-2025-11-28.en.md";

  @TempDir
  static Path shared;

  /** A build of the shipped project without any cache. */
  static Map<String, byte[]> uncached;
  /** The cache that build filled, and what it wrote. */
  static Path warmCache;
  static BuildCache.Stats cold;

  @TempDir
  Path dir;

  @BeforeAll
  static void buildOnceWithoutAndOnceWithTheCache() {
    Path project = ShippedProject.copyTo(shared.resolve("project"));
    uncached = build(project, shared.resolve("uncached"), CacheSettings.off(), TOOL).files();
    warmCache = shared.resolve("cache");
    Built filled = build(project, shared.resolve("cold"), CacheSettings.at(warmCache), TOOL);
    cold = filled.stats();
    assertThat(filled.files()).as("a build that fills the cache").satisfies(files -> sameFiles(files, uncached));
  }

  @Test
  void aBuildFromAWarmCacheGivesTheSameBytesAndMakesNothing() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Built warm = build(project, dir.resolve("site"), CacheSettings.at(copyOf(warmCache)), TOOL);
    sameFiles(warm.files(), uncached);
    assertThat(cold.written("pdf")).isEqualTo(4);
    assertThat(cold.written("charts")).isPositive();
    assertThat(cold.written("preview")).isPositive();
    assertThat(cold.written("company-charts")).as("the company pages' charts").isEqualTo(1);
    assertThat(warm.stats().written()).as("entries written").isZero();
    assertThat(warm.stats().hits("company-charts")).isEqualTo(1);
    assertThat(warm.stats().hits("pdf")).isEqualTo(4);
    assertThat(warm.stats().hits("charts")).isEqualTo(cold.written("charts"));
    assertThat(warm.stats().hits("preview")).isEqualTo(cold.written("preview"));
  }

  @Test
  void editingOneSentenceLaysOutOnlyThatEditionsPdfAgain() {
    Built after = changedAndCompared(project -> ShippedProject.replace(project, NEWEST_EN,
        "Amazon had paid in all it had promised Anthropic.", "Amazon had paid Anthropic all it had promised."));
    assertThat(after.stats().written("pdf")).as("PDFs laid out").isEqualTo(1);
    assertThat(after.stats().hits("pdf")).isEqualTo(3);
    assertThat(after.stats().written("charts")).as("a text draws no chart").isZero();
  }

  @Test
  void changingARowRedrawsTheChartsAndPdfsOfTheEditionsThatShowIt() {
    // A 2025 valuation: on the record of the newest edition, not of the 2024 one.
    Built after = changedAndCompared(project -> ShippedProject.replace(project, "data/valuations.csv",
        "scale-ai-2025-06,scale-ai,29000000000,", "scale-ai-2025-06,scale-ai,29100000000,"));
    assertThat(after.stats().written("charts")).isPositive();
    assertThat(after.stats().written("pdf")).as("the newest edition's two PDFs").isEqualTo(2);
    assertThat(after.stats().hits("pdf")).as("the 2024 edition's two PDFs").isEqualTo(2);
  }

  @Test
  void changingASpendingPlanRedrawsTheChartThatShowsIt() {
    // The charts' key left data/spending.csv out: a corrected plan kept its old bar and amount.
    Built after = changedAndCompared(project -> ShippedProject.replace(project, "data/spending.csv",
        "amazon-capex-2025-10,amazon,capex,2025,planned,,125000000000,",
        "amazon-capex-2025-10,amazon,capex,2025,planned,,126000000000,"));
    assertThat(after.stats().written("charts")).isPositive();
  }

  @Test
  void changingATemplateLaysOutEveryPdfAgain() {
    Built after = changedAndCompared(project -> ShippedProject.replace(project, "templates/print.ftlh",
        "font-size: 10.5pt", "font-size: 10.4pt"));
    assertThat(after.stats().written("pdf")).isEqualTo(4);
    assertThat(after.stats().written("charts")).isZero();
  }

  @Test
  void changingTheConfigMakesWhatShowsItAgain() {
    Built after = changedAndCompared(project -> ShippedProject.replace(project, "briefing.properties",
        "title.en=The AI Money War Briefing", "title.en=The AI Money War Report"));
    assertThat(after.stats().written("pdf")).as("the English PDFs at least").isGreaterThanOrEqualTo(2);
    assertThat(after.stats().written("preview")).as("preview images show the title").isPositive();
    assertThat(after.stats().written("charts")).as("charts are keyed by the whole config").isPositive();
  }

  @Test
  void otherFontsFindNoEntry() {
    Toolchain otherFonts = new Toolchain(TOOL.version(), TOOL.code(), bytes("other fonts"));
    Built after = build(ShippedProject.copyTo(dir.resolve("project")), dir.resolve("site"),
        CacheSettings.at(copyOf(warmCache)), otherFonts);
    assertThat(after.stats().hits()).isZero();
    assertThat(after.stats().written()).isEqualTo(cold.written());
    sameFiles(after.files(), uncached);
  }

  @Test
  void anotherVersionOfTheToolFindsNoEntry() {
    Toolchain next = new Toolchain("1.0.1", TOOL.code(), TOOL.fonts());
    Toolchain rebuilt = new Toolchain(TOOL.version(), bytes("other code"), TOOL.fonts());
    for (Toolchain other : List.of(next, rebuilt)) {
      Path copy = copyOf(warmCache);
      Built after = build(ShippedProject.copyTo(dir.resolve("project-" + copy.getFileName())),
          dir.resolve("site-" + copy.getFileName()), CacheSettings.at(copy), other);
      assertThat(after.stats().hits()).as(other.version()).isZero();
      sameFiles(after.files(), uncached);
    }
  }

  @Test
  void aCorruptOrForeignEntryIsMadeAgainAndNeverPublished() throws IOException {
    Path cache = copyOf(warmCache);
    List<Path> pdfs = entries(cache, "pdf");
    assertThat(pdfs).hasSize(4);
    // One cut short by a byte flipped in its content, one replaced by another sound entry (a foreign one).
    byte[] flipped = Files.readAllBytes(pdfs.get(0));
    flipped[flipped.length - 100] ^= 0x55;
    Files.write(pdfs.get(0), flipped);
    Files.copy(pdfs.get(2), pdfs.get(1), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    // And a chart entry cut in half.
    Path chart = entries(cache, "charts").get(0);
    byte[] whole = Files.readAllBytes(chart);
    Files.write(chart, java.util.Arrays.copyOf(whole, whole.length / 2));

    Built after = build(ShippedProject.copyTo(dir.resolve("project")), dir.resolve("site"),
        CacheSettings.at(cache), TOOL);
    assertThat(after.stats().corrupt()).isEqualTo(3);
    assertThat(after.stats().written("pdf")).isEqualTo(2);
    assertThat(after.stats().written("charts")).isEqualTo(1);
    sameFiles(after.files(), uncached);
    // The entries are whole again: the next build takes all four PDFs from the cache.
    Built again = build(ShippedProject.copyTo(dir.resolve("again")), dir.resolve("site-again"),
        CacheSettings.at(cache), TOOL);
    assertThat(again.stats().corrupt()).isZero();
    assertThat(again.stats().hits("pdf")).isEqualTo(4);
  }

  @Test
  void noCacheReadsAndWritesNothing() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    // A sound entry that a build with the cache would take: a preview image that is not the real one.
    Path cache = project.resolve(BuildCache.DEFAULT_FOLDER);
    ShippedProject.copyTree(warmCache, cache);
    String preview = uncached.keySet().stream().filter(p -> p.startsWith("en/briefings/") && p.endsWith(".png"))
        .findFirst().orElseThrow();
    byte[] poisoned = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'n', 'o', 't', ' ', 'i', 't'};
    BuildCache.open(cache, TOOL).put(CacheKey.builder("preview").add(preview).build(), poisoned);
    Map<String, byte[]> before = snapshot(cache);

    Built off = build(project, dir.resolve("site"), CacheSettings.off(), TOOL);
    sameFiles(off.files(), uncached);
    assertThat(snapshot(cache)).as("the cache folder").satisfies(after -> sameFiles(after, before));
    // The same build with the cache does take the entry: the poison above is one the cache would read.
    Built on = build(project, dir.resolve("site-on"), CacheSettings.inProject(), TOOL);
    assertThat(on.files().get(preview)).isEqualTo(poisoned);
  }

  @Test
  void theCommandLineKeepsTheCacheInTheProjectUnlessToldNot() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    assertThat(run("build", "--project", project.toString(), "--no-pdf", "--no-cache")).isZero();
    assertThat(project.resolve(".briefing-cache")).doesNotExist();
    assertThat(run("build", "--project", project.toString(), "--no-pdf")).isZero();
    assertThat(entries(project.resolve(".briefing-cache"), "charts")).isNotEmpty();
    assertThat(run("build", "--project", project.toString(), "--no-cache", "--cache", dir.toString())).isEqualTo(2);
    assertThat(run("cache", "clean", "--project", project.toString())).isZero();
    assertThat(project.resolve(".briefing-cache")).doesNotExist();
  }

  // --- helpers ---

  record Built(Map<String, byte[]> files, BuildCache.Stats stats) {}

  private Built changedAndCompared(java.util.function.Consumer<Path> change) {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    change.accept(project);
    Built cached = build(project, dir.resolve("cached"), CacheSettings.at(copyOf(warmCache)), TOOL);
    Built fresh = build(project, dir.resolve("fresh"), CacheSettings.off(), TOOL);
    sameFiles(cached.files(), fresh.files());
    return cached;
  }

  static Built build(Path project, Path out, CacheSettings cache, Toolchain tool) {
    BriefingBuild build = new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of(), cache)
        .usingToolchain(tool);
    Result<BuildSummary> result = build.build(project, out);
    assertThat(result).as("build of " + project + " into " + out).isInstanceOf(Result.Ok.class);
    return new Built(snapshot(out), build.lastCacheStats());
  }

  /** Every file under {@code folder}, by its relative path. */
  private static Map<String, byte[]> snapshot(Path folder) {
    return com.moneywar.briefing.testing.BuiltSite.files(folder);
  }

  static void sameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
    com.moneywar.briefing.testing.BuiltSite.assertSameFiles(actual, expected, "a build without the cache");
  }

  private static List<Path> entries(Path cache, String kind) {
    Path folder = cache.resolve(com.moneywar.briefing.cache.BuildCache.FOLDER).resolve(kind);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path copyOf(Path cache) {
    return copyOf(cache, dir);
  }

  /** A copy of the cache folder {@code cache} in a new folder under {@code under}. */
  static Path copyOf(Path cache, Path under) {
    try {
      Path copy = Files.createTempDirectory(under, "cache-");
      ShippedProject.copyTree(cache, copy);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    return new Main(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
