package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.BenchCorpus;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data pages of the benchmark's 250-edition series (the synthetic corpus, seed 42, 40
 * companies, 1,000 investments, as bench/run.sh makes it): split into parts, each under 200 KB of
 * HTML; every row of the data on exactly one part of its page; every part linking to all the
 * others of its page, newest year first; every part in the sitemap with its twin. Writes the sizes
 * to {@code target/data-pages-bench.md}.
 */
class DataPagePartsIT {
  private static final int EDITIONS = 250;
  private static final long LIMIT = 200_000;

  @TempDir Path dir;

  @Test
  void everyPartOfA250EditionSeriesIsUnder200KilobytesAndHoldsEachRowOnce() throws Exception {
    Path project = dir.resolve("project");
    BenchCorpus.write(project, dir.resolve("corpus.log"), EDITIONS);
    Path site = dir.resolve("site");
    new BriefingBuild(BuildListener.silent()).build(project, site, false).orElseThrow();
    String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
    String base = Jsoup.parse(site.resolve("en/index.html").toFile(), "UTF-8").select("link[rel=canonical]")
        .attr("href").replace("en/index.html", "");

    StringBuilder report = new StringBuilder("Data pages, " + EDITIONS + " editions (synthetic corpus, seed 42, "
        + "40 companies, 1,000 investments)\n\n| page | parts | rows | largest part | bytes |\n|---|---|---|---|---|\n");
    for (String[] page : new String[][] {{"investments", "investments.csv"}, {"valuations", "valuations.csv"},
        {"talent", "talent_offers.csv"}}) {
      List<String> expected = ids(project.resolve("data/" + page[1]));
      for (String lang : List.of("ko", "en")) {
        List<String> parts = BuiltSite.dataPageParts(site, lang, page[0]);
        // Split by year past data-page-rows (200 by default): the 1,000 investments; the valuations and
        // talent offers of the series fit one page, every year on it.
        boolean split = expected.size() > com.moneywar.briefing.model.BriefingConfig.DEFAULT_DATA_PAGE_ROWS;
        if (split) {
          assertThat(parts).as(lang + "/" + page[0]).hasSizeGreaterThan(1);
        } else {
          assertThat(parts).as(lang + "/" + page[0]).containsExactly(lang + "/" + page[0] + ".html");
        }
        List<String> rows = new ArrayList<>();
        List<String> years = new ArrayList<>();
        for (String part : parts) {
          Path file = site.resolve(part);
          assertThat(Files.size(file)).as(part + " in bytes").isLessThan(LIMIT);
          Document doc = Jsoup.parse(file.toFile(), "UTF-8", base + part);
          rows.addAll(doc.select("table.data tbody tr").eachAttr("id"));
          // The navigation links to every part of the page, this one marked as current; a page not
          // split has none.
          if (!split) {
            assertThat(doc.select("nav.data-years")).as(part).isEmpty();
          } else {
            Set<String> linked = new LinkedHashSet<>();
            doc.select("nav.data-years a").forEach(a -> linked.add(a.absUrl("href").substring(base.length())));
            assertThat(linked).as(part + ": links to the parts").containsExactlyInAnyOrderElementsOf(parts);
            assertThat(doc.select("nav.data-years a[aria-current=page]").eachAttr("abs:href"))
                .containsExactly(base + part);
            if (years.isEmpty()) { // the page's own address: the newest year, and the years in order
              years.add(doc.select("h2.data-part").text().replaceAll("^\\D*(\\d{4}).*$", "$1"));
              years.addAll(doc.select("nav.data-years li > a:first-child").eachText());
            }
          }
          // In the sitemap with its twin, and naming its twin.
          String other = (lang.equals("ko") ? "en" : "ko") + part.substring(2);
          assertThat(sitemap).as(part + " in the sitemap").contains("<loc>" + base + part + "</loc>");
          assertThat(doc.select("link[rel=alternate][hreflang=" + other.substring(0, 2) + "]").attr("href"))
              .isEqualTo(base + other);
          assertThat(site.resolve(other)).isRegularFile();
        }
        assertThat(rows).as(lang + "/" + page[0] + ": every row once").doesNotHaveDuplicates()
            .containsExactlyInAnyOrderElementsOf(expected);
        if (split) {
          assertThat(years.get(0)).as("the newest year at the page's address").isEqualTo(years.get(1));
          assertThat(years.subList(1, years.size())).as("newest year first").doesNotHaveDuplicates()
              .isSortedAccordingTo(Comparator.<String>naturalOrder().reversed());
        }
        if (lang.equals("en")) {
          String largest = parts.stream().max(Comparator.comparingLong(x -> size(site.resolve(x)))).orElseThrow();
          report.append(String.format("| %s | %d | %,d | %s | %,d |%n", page[0], parts.size(), rows.size(), largest,
              size(site.resolve(largest))));
        }
      }
    }
    Files.writeString(ShippedProject.ROOT.resolve("target/data-pages-bench.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  /** The ids in the first column of a CSV file without quoted ids, as the corpus writes it. */
  private static List<String> ids(Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).map(l -> l.substring(0, l.indexOf(',')))
        .toList();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
