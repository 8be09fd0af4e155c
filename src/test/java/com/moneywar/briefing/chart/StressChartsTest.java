package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.SvgRaster;
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.MoneyStyle;
import com.moneywar.briefing.testing.PdfFile;
import com.moneywar.briefing.testing.StressCorpus;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chart kind drawn from the stress corpus ({@link StressCorpus}: 40 companies with long
 * names, three years, three currencies, every bound and status), in both languages, as the site
 * and the PDF show it: no two texts overlap, nothing is blank, every amount is in the prose's style,
 * and a table too long for a page is cut in the PDF with a link to its CSV. The kinds come from
 * {@link ChartKind}, so a kind added later is covered without touching this test.
 */
class StressChartsTest {
  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void buildTheStressCorpus() throws IOException {
    Path project = StressCorpus.copyTo(dir.resolve("project"));
    String keep = System.getProperty("stress.keep");
    if (keep != null) {
      site = BuiltSite.build(project, Path.of(keep));
      return;
    }
    site = BuiltSite.build(project, dir.resolve("site"));
  }

  private static List<Path> charts() throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".svg") && !p.getFileName().toString().equals("favicon.svg"))
          .sorted().toList();
    }
  }

  private static Lang lang(Path chart) {
    return site.relativize(chart).getName(0).toString().equals("ko") ? Lang.KO : Lang.EN;
  }

  /**
   * Every line of every valuations chart of the corpus carries its company's name somewhere in the
   * drawing, wide and narrow: at the line's end, above its last point, or, where neither has room
   * (long names, narrow panels), in the legend. A company page's own chart names it in the title.
   */
  @Test
  void everyLineOfEveryValuationsChartIsNamed() throws IOException {
    int checked = 0;
    // Each page's valuations chart, wide and narrow, with the CSV it offers beside it.
    for (BuiltSite.ShownChart shown : BuiltSite.shownCharts(site)) {
      if (!shown.id().matches("(stress-)?valuations") || shown.page().contains("companies/")) {
        continue;
      }
      List<String> rows = Files.readAllLines(shown.csv());
      List<String> companies = rows.subList(1, rows.size()).stream().map(r -> r.startsWith("\"")
          ? r.substring(1, r.indexOf('"', 1)) : r.substring(0, r.indexOf(','))).map(c -> c.replace("\uFEFF", ""))
          .distinct().toList();
      for (Path chart : List.of(shown.svg(), shown.narrowSvg())) {
        String file = chart.getFileName().toString();
        String rel = site.relativize(chart) + " on " + shown.page();
        String drawn = String.join("\n", ChartTexts.of(chart).stream().map(ChartTexts.Text::text).toList());
        for (String company : companies) {
          // At 360 px a name wider than the chart (the corpus has names of over 50 letters) fits on no
          // line of it; the chart's table names it. Every other name must be in the drawing.
          if (file.contains(".narrow.") && company.length() > 40) {
            continue;
          }
          assertThat(drawn).as(rel + " names " + company).contains(company);
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }

  @Test
  void everyChartKindIsDrawnFromTheCorpusInBothLanguages() throws IOException {
    List<String> names = charts().stream().map(p -> site.relativize(p).toString()).toList();
    for (Lang lang : Lang.values()) {
      for (ChartKind kind : ChartKind.values()) {
        assertThat(names).as(lang + " " + kind)
            .anyMatch(n -> n.matches(lang.code() + "/charts/stress-" + kind.code() + "\\.[0-9a-f]+\\.svg"));
        assertThat(names).as(lang + " " + kind + ", narrow, for 360 px screens")
            .anyMatch(n -> n.matches(lang.code() + "/charts/stress-" + kind.code() + "\\.narrow\\.[0-9a-f]+\\.svg"));
      }
    }
  }

  @Test
  void noTwoTextsOverlapInAnyChart() throws IOException {
    List<String> overlaps = new ArrayList<>();
    for (Path chart : charts()) {
      ChartTexts.overlaps(ChartTexts.of(chart)).forEach(o -> overlaps.add(site.relativize(chart) + ": " + o));
    }
    assertThat(overlaps).isEmpty();
  }

  @Test
  void everyAmountIsWrittenAsTheProseWritesIt() throws IOException {
    List<String> problems = new ArrayList<>();
    int amounts = 0;
    for (Path chart : charts()) {
      for (ChartTexts.Text t : ChartTexts.of(chart)) {
        amounts += MoneyStyle.amounts(t.text(), lang(chart));
        MoneyStyle.problems(t.text(), lang(chart)).forEach(p -> problems.add(site.relativize(chart) + ": " + p));
      }
    }
    assertThat(amounts).isGreaterThan(200);
    assertThat(problems).isEmpty();
  }

  @Test
  void noChartIsBlank() throws IOException {
    for (Path chart : charts()) {
      // A title, the axis and at least one figure: a company's own valuations chart on a narrow
      // screen may hold no more than that (the rest is in its table), and is not blank.
      List<ChartTexts.Text> texts = ChartTexts.of(chart);
      assertThat(texts).as(chart + " texts").hasSizeGreaterThanOrEqualTo(6);
      BufferedImage image = SvgRaster.of(Files.readAllBytes(chart), chart.toString());
      long inked = 0;
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y) & 0xffffff;
          if (rgb != 0xffffff) {
            inked++;
          }
        }
      }
      assertThat((double) inked / (image.getWidth() * image.getHeight())).as(chart + " inked share")
          .isGreaterThan(0.015);
    }
  }

  @Test
  void aTableTooLongForAPageIsCutInThePdfWithALinkToTheWholeCsv() throws IOException {
    List<Path> pdfs;
    try (Stream<Path> walk = Files.walk(site)) {
      pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
    }
    boolean cutKo = false;
    boolean cutEn = false;
    boolean newestKo = false;
    boolean newestEn = false;
    for (Path pdf : pdfs) {
      try (PdfFile file = PdfFile.open(pdf)) {
        String text = String.join("\n", file.pageTexts()).replaceAll("\\s+", " ");
        cutKo |= text.contains("행 가운데 앞의 19행만 실었다") || text.contains("행 가운데 최근 19행만 실었다");
        cutEn |= text.contains("The table shows the first 19 of") || text.contains("The table shows the latest 19 of");
        if (text.contains("행 가운데 최근 19행만 실었다") || text.contains("The table shows the latest 19 of")) {
          for (List<String> dates : timelineDates(pdf)) {
            // The table between its caption and the note under it: the newest 19 rows, none older.
            String note = lang(pdf) == Lang.KO ? "표에는 " + dates.size() + "행 가운데 최근 19행만"
                : "The table shows the latest 19 of " + dates.size() + " rows";
            int end = text.indexOf(note);
            assertThat(end).as(pdf + ": " + note).isPositive();
            String table = text.substring(text.lastIndexOf(lang(pdf) == Lang.KO ? "그래프 데이터 표:" : "Chart data:", end), end);
            // By year: a table cell may wrap a date ("November" and "2025" on two lines of the text).
            List<String> kept = dates.subList(dates.size() - 19, dates.size()).stream().map(StressChartsTest::year).toList();
            assertThat(table).as(pdf + ": the newest deal's year").contains(kept.get(kept.size() - 1));
            dates.subList(0, dates.size() - 19).stream().map(StressChartsTest::year).filter(y -> !kept.contains(y))
                .forEach(y -> assertThat(table).as(pdf + ": a year of the rows left out only").doesNotContain(y));
          }
          newestKo |= text.contains("최근 19행만");
          newestEn |= text.contains("the latest 19 of");
        }
        if (text.contains("The table shows the") || text.contains("19행만 실었다")) {
          assertThat(file.links()).as(pdf.toString()).anyMatch(l -> l.uri() != null && l.uri().endsWith(".csv"));
        }
      }
    }
    assertThat(cutKo).as("a Korean PDF cuts a long table").isTrue();
    assertThat(cutEn).as("an English PDF cuts a long table").isTrue();
    // A timeline's table lists its deals oldest first: the PDF keeps the newest, the ones an edition
    // is about, and says so (a new user's December edition listed the deals up to September).
    assertThat(newestKo).as("a Korean PDF keeps a timeline's newest rows").isTrue();
    assertThat(newestEn).as("an English PDF keeps a timeline's newest rows").isTrue();
  }

  private static String year(String date) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d{4}").matcher(date);
    return m.find() ? m.group() : date;
  }

  /**
   * The dates of the rows of each long timeline the edition of {@code pdf} shows, oldest first, as
   * its tables write them: each timeline CSV of more than 20 rows beside the edition's page, in the
   * PDF's language. None for the copy of the newest edition, which has no folder.
   */
  private static List<List<String>> timelineDates(Path pdf) throws IOException {
    // site/LANG/briefings/SLUG….pdf has its files in site/LANG/briefings/SLUG/.
    String name = pdf.getFileName().toString();
    List<List<String>> tables = new ArrayList<>();
    try (Stream<Path> siblings = Files.list(pdf.getParent())) {
      for (Path folder : siblings.filter(Files::isDirectory)
          .filter(f -> name.startsWith(f.getFileName() + ".") || name.startsWith(f.getFileName() + "-")).toList()) {
        try (Stream<Path> csvs = Files.list(folder)) {
          for (Path csv : csvs.filter(f -> f.getFileName().toString().equals("timeline.csv")).toList()) {
            List<String> lines = Files.readAllLines(csv);
            if (lines.size() > 21) {
              tables.add(lines.subList(1, lines.size()).stream().map(l -> com.moneywar.briefing.model.PartialDate
                  .parse(l.split(",", -1)[0]).orElseThrow().in(lang(pdf))).toList());
            }
          }
        }
      }
    }
    return tables;
  }
}
