package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.MoneyStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every chart SVG of the shipped series, read from outside as a checker would: each piece of text
 * is one {@code data-text} element, no two text boxes (computed from the glyph outlines) overlap,
 * no glyph is drawn outside a text element, and every amount is written as the prose writes it.
 */
class ChartTextTest {
  private static List<Path> charts(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".svg") && !p.getFileName().toString().equals("favicon.svg"))
          .sorted().toList();
    }
  }

  private static Lang lang(Path site, Path chart) {
    return site.relativize(chart).getName(0).toString().equals("ko") ? Lang.KO : Lang.EN;
  }

  @Test
  void noTwoTextsOfAnyShippedChartOverlap() throws IOException {
    Path site = BuiltSite.shipped();
    List<Path> charts = charts(site);
    assertThat(charts).hasSizeGreaterThanOrEqualTo(16);
    List<String> overlaps = new ArrayList<>();
    for (Path chart : charts) {
      List<ChartTexts.Text> texts = ChartTexts.of(chart);
      assertThat(texts).as(chart.toString()).hasSizeGreaterThan(5);
      ChartTexts.overlaps(texts).forEach(o -> overlaps.add(site.relativize(chart) + ": " + o));
    }
    assertThat(overlaps).isEmpty();
  }

  /**
   * A valuations chart draws one line per company: each line must carry its company's name, wide
   * and narrow, or a reader cannot tell the lines apart. (A company's own page names it in the
   * title instead.) The names are those of the chart's CSV, its first column.
   */
  @Test
  void everyLineOfAShippedValuationsChartIsNamed() throws IOException {
    Path site = BuiltSite.shipped();
    int checked = 0;
    // Each page's valuations chart (the home page's, each edition's) with the CSV it offers beside it.
    for (BuiltSite.ShownChart shown : BuiltSite.shownCharts(site)) {
      if (!shown.id().equals("valuations") || shown.page().contains("companies")) {
        continue;
      }
      List<String> rows = Files.readAllLines(shown.csv());
      List<String> companies = rows.subList(1, rows.size()).stream().map(r -> r.substring(0, r.indexOf(',')))
          .distinct().toList();
      for (Path chart : List.of(shown.svg(), shown.narrowSvg())) {
        String drawn = String.join("\n", ChartTexts.of(chart).stream().map(ChartTexts.Text::text).toList());
        for (String company : companies) {
          assertThat(drawn).as(site.relativize(chart) + " on " + shown.page() + " names " + company).contains(company);
        }
        checked++;
      }
    }
    assertThat(checked).as("valuations charts, wide and narrow, in both languages").isGreaterThanOrEqualTo(8);
  }

  /**
   * A money-flows total with a part reported as a range is drawn with its interval over the bar and
   * the legend says what the interval means. A total that has a part known only by its ceiling is
   * no range: Microsoft → OpenAI ($13 billion and up to $1 billion more) is drawn as "최대 140억달러"
   * with no key, which a new user's chart had called "an amount reported as a range".
   */
  @Test
  void aRangeInTheMoneyFlowsChartIsExplainedInItsLegend(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    String key = "세로 막대: 범위로 보도된 금액(막대는 높은 쪽 끝까지)";
    Path site = BuiltSite.shipped();
    List<String> capped = ChartTexts.of(BuiltSite.chartSvg(site.resolve("ko/briefings/ai-money-war-2025-11-28"),
        "money-flows")).stream().map(ChartTexts.Text::text).toList();
    assertThat(capped).contains("최대 140억달러").doesNotContain(key).noneMatch(t -> t.contains("130억~"));
    // A TEST FIXTURE, not a report: Microsoft's October 2024 share entered as "$0.5 to 1 billion".
    Path project = com.moneywar.briefing.testing.ShippedProject.copyTo(dir);
    com.moneywar.briefing.testing.ShippedProject.replace(project, "data/investments.csv",
        "microsoft-openai-2024-10,microsoft,openai,single,,1000000000,USD,up-to,",
        "microsoft-openai-2024-10,microsoft,openai,single,,500000000,USD,range,");
    com.moneywar.briefing.testing.ShippedProject.replace(project, "data/investments.csv",
        "openai-2024-10,participant,,", "openai-2024-10,participant,1000000000,");
    var b = new com.moneywar.briefing.pipeline.BriefingBuild(com.moneywar.briefing.pipeline.BuildListener.silent())
        .check(project).orElseThrow();
    var spec = b.charts().stream().filter(c -> c.id().equals("money-flows")).findFirst().orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, b, lang);
      List<String> texts = ChartTexts.of(image.svg()).stream().map(ChartTexts.Text::text).toList();
      assertThat(texts).contains(lang == Lang.KO ? key : "Bar: an amount reported as a range (the bar reaches its high end)",
          lang == Lang.KO ? "135억~140억달러" : "$13.5–14 billion");
      // The narrow drawing has the key too, on as many lines as it needs: a new user's English one,
      // too narrow for the key's words, drew the bar and left the key out.
      List<ChartTexts.Text> narrow = ChartTexts.of(image.narrowSvg());
      assertThat(String.join(" ", narrow.stream().map(ChartTexts.Text::text).toList())).as(lang + " narrow")
          .contains(lang == Lang.KO ? key : "Bar: an amount reported as a range (the bar reaches its high end)");
      assertThat(narrow).allSatisfy(t -> assertThat(t.maxX()).as(t.toString()).isLessThanOrEqualTo(360));
    }
  }

  @Test
  void everyGlyphOfEveryShippedChartIsInsideATextElement() throws IOException {
    Path site = BuiltSite.shipped();
    for (Path chart : charts(site)) {
      byte[] svg = Files.readAllBytes(chart);
      assertThat(ChartTexts.strayTextPaths(svg, List.of("rgb(31,35,40)", "rgb(87,96,106)")))
          .as(chart.toString()).isZero();
    }
  }

  @Test
  void everyAmountInTheShippedChartsIsWrittenAsTheProseWritesIt() throws IOException {
    Path site = BuiltSite.shipped();
    List<String> problems = new ArrayList<>();
    int amounts = 0;
    for (Path chart : charts(site)) {
      Lang lang = lang(site, chart);
      for (ChartTexts.Text t : ChartTexts.of(chart)) {
        amounts += MoneyStyle.amounts(t.text(), lang);
        MoneyStyle.problems(t.text(), lang).forEach(p -> problems.add(site.relativize(chart) + ": " + p));
      }
    }
    assertThat(amounts).as("amounts found in the charts").isGreaterThan(50);
    assertThat(problems).isEmpty();
  }

  @Test
  void countsAreWholeNumbers() throws IOException {
    Path site = BuiltSite.shipped();
    for (Path chart : charts(site)) {
      for (ChartTexts.Text t : ChartTexts.of(chart)) {
        assertThat(t.text()).as(chart.toString()).doesNotContainPattern("\\d\\.\\d+(건|명|\\s*(pay packages|researchers))");
      }
    }
  }

  @Test
  void theCheckerReadsBoxesFromThePathsAndFindsAnOverlap() {
    String svg = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
          <g data-text="A"><path fill="none" d="M0,0 L90,90"/><path d="M10,10 L30,10 L30,20 Z"/></g>
          <g data-text="B"><path d="M29,15 Q35,25 40,30"/></g>
          <g data-text="C"><path d="M31,0 L40,9"/></g>
          <g transform="translate(100 0)"><g data-text="D"><path d="M-70,0 L-60,9"/></g></g>
        </svg>
        """;
    List<ChartTexts.Text> texts = ChartTexts.of(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(texts).extracting(ChartTexts.Text::text).containsExactly("A", "B", "C", "D");
    assertThat(texts.get(3).minX()).isEqualTo(30); // moved by the group's translate
    assertThat(texts.get(0).maxX()).isEqualTo(30); // the halo (fill none) is not the glyphs' box
    assertThat(ChartTexts.overlaps(texts)).hasSize(2).first().asString().startsWith("\"A\"").contains("overlaps \"B\"");
    assertThat(ChartTexts.overlaps(texts).get(1)).startsWith("\"C\"").contains("overlaps \"D\"");
  }

  @Test
  void theCheckerPlacesGlyphsDefinedOnceWhereTheirUseSaysAndSkipsTheHalo() {
    String svg = """
        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100">
          <defs><path id="gl1" d="M0,-10 L8,-10 L8,0 Z"/></defs>
          <g data-text="AA"><g class="halo" fill="none"><use xlink:href="#gl1" x="80" y="90"/></g>
            <use xlink:href="#gl1" x="10" y="20"/><use xlink:href="#gl1" x="20" y="20"/></g>
          <g transform="translate(50 0)"><g data-text="B"><use href="#gl1" x="-25" y="25"/></g></g>
        </svg>
        """;
    List<ChartTexts.Text> texts = ChartTexts.of(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(texts).hasToString("[\"AA\" [10.0,10.0 – 28.0,20.0], \"B\" [25.0,15.0 – 33.0,25.0]]");
    assertThat(ChartTexts.overlaps(texts)).hasSize(1);
    String dangling = svg.replace("href=\"#gl1\" x=\"-25\"", "href=\"#gl9\" x=\"-25\"");
    assertThatThrownBy(() -> ChartTexts.of(dangling.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .hasMessageContaining("'#gl9'");
  }

  @Test
  void theMoneyCheckerKnowsThePressStyleOfBothLanguages() {
    assertThat(MoneyStyle.problems("최대 1000억달러", Lang.KO)).isEmpty();
    assertThat(MoneyStyle.problems("130억~140억달러", Lang.KO)).isEmpty();
    assertThat(MoneyStyle.problems("1000억 달러", Lang.KO)).hasSize(1);
    assertThat(MoneyStyle.problems("36억1500만 유로", Lang.KO)).hasSize(1);
    assertThat(MoneyStyle.problems("27억5천만달러", Lang.KO)).hasSize(1);
    assertThat(MoneyStyle.problems("up to $18.4 billion", Lang.EN)).isEmpty();
    assertThat(MoneyStyle.problems("$40–50 billion", Lang.EN)).isEmpty();
    assertThat(MoneyStyle.problems("$4B", Lang.EN)).hasSize(1);
    assertThat(MoneyStyle.problems("$2.750 billion", Lang.EN)).hasSize(1);
  }
}
