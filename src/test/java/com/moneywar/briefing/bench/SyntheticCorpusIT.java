package com.moneywar.briefing.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildSummary;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's corpus generator, {@code bench/SyntheticCorpus.java}, run as the benchmark script
 * runs it: the numbers in docs/benchmarks.md are only worth something if the corpus is the same
 * from run to run, has the sizes asked for, says on every file that it is made up, and is a
 * briefing our build accepts.
 */
class SyntheticCorpusIT {
  private static final Path GENERATOR = ShippedProject.ROOT.resolve("bench/SyntheticCorpus.java");

  @TempDir Path dir;

  private static void generate(Path out, long seed, int investments, int texts, Path hugo)
      throws IOException, InterruptedException {
    generate(out, seed, investments, "--texts", texts, hugo);
  }

  private static void generate(Path out, long seed, int investments, String textsOption, int texts, Path hugo)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>(List.of(java.toString(), GENERATOR.toString(), "--out", out.toString(),
        "--seed", Long.toString(seed), "--companies", "12", "--investments", Integer.toString(investments),
        textsOption, Integer.toString(texts)));
    if (hugo != null) {
      command.addAll(List.of("--hugo", hugo.toString()));
    }
    Path log = Files.createTempFile("corpus", ".log");
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      assertThat(p.waitFor(3, TimeUnit.MINUTES)).as("finished in time").isTrue();
      assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Every file under {@code root}, by relative path, with its bytes as text. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  private static long dataRows(Path csv) throws IOException {
    try (Stream<String> lines = Files.lines(csv)) {
      return lines.skip(1).filter(l -> !l.isBlank()).count();
    }
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() throws Exception {
    generate(dir.resolve("a"), 7, 60, 5, null);
    generate(dir.resolve("b"), 7, 60, 5, null);
    generate(dir.resolve("c"), 8, 60, 5, null);
    Map<String, String> a = tree(dir.resolve("a"));
    assertThat(tree(dir.resolve("b"))).isEqualTo(a);
    Map<String, String> c = tree(dir.resolve("c"));
    assertThat(c.keySet()).isEqualTo(a.keySet());
    assertThat(c.get("data/investments.csv")).isNotEqualTo(a.get("data/investments.csv"));
  }

  @Test
  void hasTheSizesAskedForAndSaysOnEveryFileThatItIsMadeUp() throws Exception {
    Path project = dir.resolve("project");
    Path hugo = dir.resolve("hugo");
    generate(project, 42, 100, 10, hugo);

    assertThat(dataRows(project.resolve("data/investments.csv"))).isEqualTo(100);
    assertThat(dataRows(project.resolve("data/companies.csv"))).isEqualTo(12);
    Map<String, String> files = tree(project);
    assertThat(files.keySet().stream().filter(f -> f.endsWith(".ko.md"))).hasSize(10);
    assertThat(files.keySet().stream().filter(f -> f.endsWith(".en.md"))).hasSize(10);
    files.forEach((file, text) -> assertThat(text).as(file).containsIgnoringCase("synthetic"));
    files.entrySet().stream().filter(e -> e.getKey().endsWith(".md") && e.getKey().startsWith("data"))
        .forEach(e -> assertThat(e.getValue()).as(e.getKey()).contains(
            e.getKey().endsWith(".ko.md") ? "벤치마크용 합성 데이터(실제 아님)" : "SYNTHETIC benchmark data (not real)"));

    // Hugo gets the very same Markdown texts, one per language folder.
    Map<String, String> hugoFiles = tree(hugo);
    for (String lang : List.of("ko", "en")) {
      assertThat(hugoFiles.keySet().stream().filter(f -> f.startsWith("content/" + lang + "/"))).hasSize(10);
      String slug = "synthetic-briefing-00003";
      assertThat(hugoFiles.get("content/" + lang + "/" + slug + ".md"))
          .isEqualTo(files.get("data/texts/" + slug + "." + lang + ".md"));
    }
  }

  @Test
  void isABriefingOurBuildAccepts() throws Exception {
    Path project = dir.resolve("project");
    generate(project, 42, 100, 10, null);
    Result<BuildSummary> built = new BriefingBuild((stage, took, detail) -> {}).build(project, dir.resolve("site"), false);
    assertThat(built).as(built.toString()).isInstanceOf(Result.Ok.class);
    BuildSummary summary = built.orElseThrow();
    // 10 texts per language, each a page in both languages' folders, and the charts it declares.
    assertThat(Files.readString(dir.resolve("site/en/briefings/synthetic-briefing-00010.html")))
        .contains("Synthetic briefing 10");
    assertThat(summary.charts()).isPositive();
    assertThat(summary.pages()).isGreaterThan(20);
  }

  @Test
  void aSeriesHasEditionsTwoWeeksApartEachWithItsOwnRecord() throws Exception {
    Path project = dir.resolve("series");
    generate(project, 42, 100, "--editions", 6, null);
    assertThat(Files.readString(project.resolve("data/texts/synthetic-briefing-00001.en.md"))).contains("date: 2016-01-15");
    assertThat(Files.readString(project.resolve("data/texts/synthetic-briefing-00006.en.md"))).contains("date: 2016-03-25");
    // Every edition cites only facts on its record (the check would refuse a later one) ...
    Result<BuildSummary> built = new BriefingBuild((stage, took, detail) -> {}).build(project, dir.resolve("site"), false);
    assertThat(built).as(built.toString()).isInstanceOf(Result.Ok.class);
    // ... and the record grows: the first and the last edition draw different charts.
    List<String> firstSvgs = chartImages(dir.resolve("site/en/briefings/synthetic-briefing-00001.html"));
    List<String> lastSvgs = chartImages(dir.resolve("site/en/briefings/synthetic-briefing-00006.html"));
    assertThat(firstSvgs).isNotEmpty().doesNotContainAnyElementsOf(lastSvgs);
  }

  /** The chart drawings an edition page shows (each a file of the language's chart folder), sorted. */
  private static List<String> chartImages(Path page) throws java.io.IOException {
    return org.jsoup.Jsoup.parse(page.toFile(), "UTF-8").select(".chart img").eachAttr("src").stream().sorted().toList();
  }
}
