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

  private BuiltSite() {}

  /**
   * The shipped briefing, built once per test run into a temporary folder: tests that only read
   * the site share it rather than each paying for a build.
   */
  public static synchronized Path shipped() {
    if (shipped == null) {
      try {
        shipped = build(ShippedProject.ROOT, Files.createTempDirectory("briefing-shipped-").resolve("site"));
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
        Path dir = Files.createTempDirectory("briefing-series-");
        series = build(SeriesProject.copyTo(dir.resolve("project"), true), dir.resolve("site"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return series;
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
   * The SVG of chart {@code id} in {@code folder} (such as {@code site/ko/charts}), whose name
   * carries a hash of its content: {@code money-flows.1a2b3c4d5e.svg}.
   */
  public static Path chartSvg(Path folder, String id) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> found = files.filter(f -> f.getFileName().toString().matches(
          java.util.regex.Pattern.quote(id) + "\\.[0-9a-f]{10}\\.svg")).toList();
      assertThat(found).as("the SVG of chart " + id + " in " + folder).hasSize(1);
      return found.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
}
