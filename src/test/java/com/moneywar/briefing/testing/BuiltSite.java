package com.moneywar.briefing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.pipeline.BuildSummary;
import com.moneywar.briefing.model.Result;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Builds a project into a folder and lists what came out, for tests that read the site. */
public final class BuiltSite {
  private static Path shipped;
  private static Path series;
  private static Path titled;

  private BuiltSite() {}

  /**
   * The shipped briefing, built once per test run into a temporary folder: tests that only read
   * the site share it rather than each paying for a build.
   */
  public static synchronized Path shipped() {
    if (shipped == null) {
      try {
        shipped = build(ShippedProject.ROOT, scratch("briefing-shipped-").resolve("site"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shipped;
  }

  /** The shipped project made a series of three briefings ({@link SeriesProject}), built once per test run. */
  public static synchronized Path series() {
    if (series == null) {
      try {
        Path dir = scratch("briefing-series-");
        series = build(SeriesProject.copyTo(dir.resolve("project"), true), dir.resolve("site"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return series;
  }

  /** The project of {@link TitledProject}, figures in a title: its folder (with {@code site/} inside), built once per test run. */
  public static synchronized Path titledProject() {
    if (titled == null) {
      try {
        Path dir = scratch("briefing-titled-");
        titled = TitledProject.copyTo(dir.resolve("project"));
        build(titled, titled.resolve("site"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return titled;
  }

  /**
   * A temporary folder that is deleted when the test JVM exits: the shared builds outlive every test
   * class, so no {@code @TempDir} can own them, and each run would otherwise leave about 25 MB behind.
   */
  private static Path scratch(String prefix) throws IOException {
    Path dir = Files.createTempDirectory(prefix);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "delete " + dir.getFileName()));
    return dir;
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort at exit: a folder left in the temporary directory harms nothing.
    }
  }

  public static Path build(Path project, Path site) {
    Result<BuildSummary> result = new BriefingBuild(BuildListener.silent()).build(project, site);
    assertThat(result).as("build of " + project).isInstanceOf(Result.Ok.class);
    return site;
  }

  /** Every HTML page, as paths relative to the site root, sorted. */
  public static List<String> pages(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The SVG of chart {@code id} as shown by the owner of {@code folder}: the home page for a
   * language's {@code site/ko/charts}, the edition for {@code site/ko/briefings/<slug>}, the company
   * page for {@code site/ko/companies/<id>}. Every drawing lives once in the language's chart folder
   * ({@code site/ko/charts/money-flows.1a2b3c4d5e.svg}); this follows the page's link there.
   */
  public static Path chartSvg(Path folder, String id) {
    Path page = folder.getFileName().toString().equals("charts") ? folder.resolveSibling("index.html")
        : folder.resolveSibling(folder.getFileName() + ".html");
    try {
      org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
      List<String> srcs = html.select("#chart-" + id + " img").eachAttr("src");
      assertThat(srcs).as("the image of chart " + id + " on " + page).hasSize(1);
      Path svg = page.resolveSibling(srcs.get(0)).normalize();
      assertThat(svg.getFileName().toString()).as("the file name of chart " + id + " on " + page)
          .matches(java.util.regex.Pattern.quote(id) + "\\.[0-9a-f]{10}\\.svg");
      assertThat(svg).as("the SVG of chart " + id + " on " + page).isRegularFile();
      return svg;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * One chart as a page shows it: the page (from the site root), the chart's id, its drawing and
   * its narrow drawing (each a file of the language's chart folder; {@code null} when there is no
   * narrow one) and the CSV of its numbers, as the page links them.
   */
  public record ShownChart(String page, String id, Path svg, Path narrowSvg, Path csv) {}

  /** Every chart of every page of {@code site}, in the order of the pages' sorted paths. */
  public static List<ShownChart> shownCharts(Path site) {
    List<ShownChart> charts = new java.util.ArrayList<>();
    for (String page : pages(site)) {
      Path at = site.resolve(page);
      try {
        for (org.jsoup.nodes.Element chart : org.jsoup.Jsoup.parse(at.toFile(), "UTF-8").select(".chart")) {
          String narrow = chart.select("source").attr("srcset");
          charts.add(new ShownChart(page, chart.id().replaceFirst("^chart-", ""),
              at.resolveSibling(chart.select("img").attr("src")).normalize(),
              narrow.isEmpty() ? null : at.resolveSibling(narrow).normalize(),
              at.resolveSibling(chart.select("a.csv").attr("href")).normalize()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return charts;
  }

  /**
   * A data page's parts ({@code investments.html}, then {@code investments/2024.html}, … in the
   * order of the site's sorted paths), as paths from the site root: {@code dataPageParts(site, "ko",
   * "valuations")}.
   */
  public static List<String> dataPageParts(Path site, String lang, String name) {
    String front = lang + "/" + name + ".html";
    String folder = lang + "/" + name + "/";
    List<String> parts = new java.util.ArrayList<>(List.of(front));
    pages(site).stream().filter(p -> p.startsWith(folder)).forEach(parts::add);
    return parts;
  }

  /** The text of a data page's parts together: what a reader finds on the page across its years. */
  public static String dataPageText(Path site, String lang, String name) {
    StringBuilder text = new StringBuilder();
    for (String part : dataPageParts(site, lang, name)) {
      try {
        text.append(org.jsoup.Jsoup.parse(site.resolve(part).toFile(), "UTF-8").select("main").text()).append('\n');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return text.toString();
  }

  /** Every file under {@code folder} by its path relative to it, with its bytes. */
  public static java.util.Map<String, byte[]> files(Path folder) {
    java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Asserts that {@code actual} holds the files of {@code expected}, no more, each with the same bytes. */
  public static void assertSameFiles(java.util.Map<String, byte[]> actual, java.util.Map<String, byte[]> expected,
      String what) {
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    actual.forEach((path, bytes) -> assertThat(java.util.Arrays.equals(bytes, expected.get(path)))
        .as("%s has the bytes of %s", path, what).isTrue());
  }
}
