package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A series whose editions share one record draws many charts alike: each drawing is one file in
 * its language's chart folder, and every page that shows it links that file.
 */
class SharedChartDrawingsTest {
  private static final Path SITE = BuiltSite.series();

  @Test
  void eachDistinctDrawingIsWrittenOnceInItsLanguagesChartFolder() throws IOException {
    Map<ByteBuffer, List<String>> byContent = new HashMap<>();
    for (String svg : svgFiles()) {
      assertThat(svg).as("where the drawing is").matches("(ko|en)/charts/[a-z-]+(\\.narrow)?\\.[0-9a-f]{10}\\.svg");
      byContent.computeIfAbsent(ByteBuffer.wrap(Files.readAllBytes(SITE.resolve(svg))), k -> new java.util.ArrayList<>())
          .add(svg);
    }
    assertThat(byContent.values()).as("drawings written more than once").allMatch(paths -> paths.size() == 1);
  }

  @Test
  void everyChartOnEveryPageLinksAnExistingFileAndEveryDrawingIsShown() throws IOException {
    Map<String, Set<String>> shownBy = new TreeMap<>();
    for (String page : BuiltSite.pages(SITE)) {
      Document html = Jsoup.parse(SITE.resolve(page).toFile(), "UTF-8");
      for (Element chart : html.select(".chart")) {
        List<String> links = new java.util.ArrayList<>(chart.select("img").eachAttr("src"));
        links.addAll(chart.select("source").eachAttr("srcset"));
        links.addAll(chart.select("a.csv").eachAttr("href"));
        assertThat(links).as("the links of " + chart.id() + " on " + page).hasSizeGreaterThanOrEqualTo(3);
        for (String link : links) {
          Path target = SITE.resolve(page).resolveSibling(link).normalize();
          assertThat(target).as(link + " on " + page).startsWithRaw(SITE).isRegularFile();
          shownBy.computeIfAbsent(SITE.relativize(target).toString(), k -> new TreeSet<>()).add(page);
        }
      }
    }
    // Nothing is written that no page shows.
    assertThat(shownBy.keySet()).containsAll(svgFiles());
    // The series really shares drawings: one file is shown by two editions or more.
    assertThat(shownBy.entrySet()).as("a drawing two editions show")
        .anyMatch(e -> e.getKey().endsWith(".svg")
            && e.getValue().stream().filter(p -> p.contains("/briefings/")).count() >= 2);
  }

  /** Every chart drawing of the site (not the site's icon), as paths from the site root. */
  private static List<String> svgFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(SITE)) {
      return walk.map(p -> SITE.relativize(p).toString()).filter(p -> p.endsWith(".svg") && !p.equals("favicon.svg"))
          .sorted().toList();
    }
  }
}
