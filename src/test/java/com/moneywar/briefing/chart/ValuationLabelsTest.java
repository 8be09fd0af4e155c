package com.moneywar.briefing.chart;

import static com.moneywar.briefing.chart.ValuationChartPanelsTest.render;
import static com.moneywar.briefing.chart.ValuationChartPanelsTest.v;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.testing.ChartTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a valuations chart writes the values along its lines. The figures are made up for the test. */
class ValuationLabelsTest {
  /** A new user's OpenAI line, from $29 billion in January 2023 to $500 billion (×17.2). */
  static final List<Valuation> OPENAI = List.of(v("o1", "openai", "29000000000", "USD", "2023-01"),
      v("o2", "openai", "28000000000", "USD", "2023-04"), v("o3", "openai", "86000000000", "USD", "2023-11"),
      v("o4", "openai", "157000000000", "USD", "2024-10-02"), v("o5", "openai", "300000000000", "USD", "2025-03-31"),
      v("o6", "openai", "500000000000", "USD", "2025-10"));

  @Test
  void theValueAMultipleIsMeasuredFromIsWrittenWhereThereIsRoom() {
    // At the plot's left edge the first value fits neither left of its point nor centred above it:
    // it starts at the point instead, wide and narrow.
    for (Lang lang : Lang.values()) {
      ChartImage image = render(OPENAI, lang);
      String first = lang == Lang.KO ? "290억달러" : "$29 billion";
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        assertThat(ChartTexts.of(svg)).extracting(ChartTexts.Text::text).as(lang.toString()).contains(first);
      }
    }
  }

  private static List<String> texts(byte[] svg) {
    return ChartTexts.of(svg).stream().map(ChartTexts.Text::text).toList();
  }

  @Test
  void theTimeAxisNamesTheYearOfAPointLeftOfItsFirstTick() {
    // A new user's chart began with OpenAI's value of October 2024, left of "Jan 2025", and had no
    // 2024 on its axis: the year now reaches into the value axis's margin where it must.
    List<Valuation> rows = List.of(v("o1", "openai", "157000000000", "USD", "2024-10"),
        v("o2", "openai", "300000000000", "USD", "2025-03-31"), v("o3", "openai", "500000000000", "USD", "2025-10-02"),
        v("a1", "anthropic", "987000000000", "JPY", "2025-02-06"));
    for (Lang lang : Lang.values()) {
      ChartImage image = render(rows, lang);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        assertThat(texts(svg)).as(lang.toString())
            .contains(lang == Lang.KO ? "2024년" : "2024", lang == Lang.KO ? "2025년" : "2025");
      }
    }
  }

  @Test
  void theNarrowTimeAxisNamesTheYearOfItsLastPoints() {
    // On a phone, a chart of 2024 to January 2026 read only "2024년 2025년", its last points past
    // the last label: the year's label may reach into the room right of the plot.
    List<Valuation> rows = List.of(v("a1", "anthropic", "2500000000", "USD", "2024-02"),
        v("a2", "anthropic", "4300000000", "USD", "2025-12-31"), v("o1", "openai", "51000000000", "HKD", "2026-01-08"),
        v("o2", "openai", "72800000000", "HKD", "2026-01-09"));
    for (Lang lang : Lang.values()) {
      assertThat(texts(render(rows, lang).narrowSvg())).as(lang.toString())
          .contains(lang == Lang.KO ? "2026년" : "2026");
    }
  }

  /** The segments of the lines drawn in {@code colour}, in the SVG's coordinates. */
  private static List<java.awt.geom.Line2D> segments(String svg, java.awt.Color colour) {
    List<java.awt.geom.Line2D> segments = new java.util.ArrayList<>();
    String stroke = "fill:none;stroke:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
    com.moneywar.briefing.testing.SvgGroups.each(svg, "<path d=\"([^\"]*)\"\\s+style=\"([^\"]*)\"", (path, at) -> {
      if (path.group(3).startsWith(stroke) && path.group(3).contains("stroke-width:2.5")) {
        String[] points = path.group(2).replace("M", "").split(" L");
        for (int i = 1; i < points.length; i++) {
          String[] a = points[i - 1].strip().split(",");
          String[] b = points[i].strip().split(",");
          segments.add(new java.awt.geom.Line2D.Double(Double.parseDouble(a[0]) + at[0], Double.parseDouble(a[1]) + at[1],
              Double.parseDouble(b[0]) + at[0], Double.parseDouble(b[1]) + at[1]));
        }
      }
    });
    return segments;
  }

  @Test
  void noLineCrossesAValueAndAPointOffTheLineBreaksIt() {
    // A new user's OpenAI: $157 billion, $260 billion pre-money, $300 billion after the round, $500
    // billion. The line from $157 to $300 billion ran through the "$300 billion" label and right over
    // the pre-money point, which read as one of its corners.
    List<Valuation> rows = List.of(v("o1", "openai", "157000000000", "USD", "2024-10"),
        new Valuation("o2", "openai", com.moneywar.briefing.money.Money.of("260000000000", "USD"),
            com.moneywar.briefing.model.Bound.EXACT, com.moneywar.briefing.model.PartialDate.parse("2025-02-07").orElseThrow(),
            ValuationChartPanelsTest.B.sources().get(0).id(), java.util.Optional.empty(), 0,
            com.moneywar.briefing.model.Localized.empty(), com.moneywar.briefing.model.ValuationBasis.PRE_MONEY,
            com.moneywar.briefing.model.Reporting.PLAIN),
        v("o3", "openai", "300000000000", "USD", "2025-03-31"), v("o4", "openai", "500000000000", "USD", "2025-10-02"),
        v("a1", "anthropic", "987000000000", "JPY", "2025-02-06"));
    java.awt.Color colour = CompanyPalette.of(ValuationChartPanelsTest.with(rows)).colour("openai");
    for (Lang lang : Lang.values()) {
      ChartImage image = render(rows, lang);
      for (byte[] bytes : List.of(image.svg(), image.narrowSvg())) {
        String svg = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        List<java.awt.geom.Line2D> line = segments(svg, colour);
        assertThat(line).as(lang + ": the line").isNotEmpty();
        for (ChartTexts.Text t : ChartTexts.of(bytes)) {
          if (t.text().matches(".*(억달러|billion).*") && t.minX() > 60) {
            java.awt.geom.Rectangle2D box = new java.awt.geom.Rectangle2D.Double(t.minX(), t.minY(),
                t.maxX() - t.minX(), t.maxY() - t.minY());
            assertThat(line).as(lang + ": a line through " + t).noneMatch(l -> l.intersects(box));
          }
        }
        // The pre-money point is set off from the line passing it by a white ring.
        double r = ValuationMarks.SIZE / 2.0 + 4;
        assertThat(svg).as(lang.toString()).contains("rx=\"" + (r == Math.rint(r) ? String.valueOf((int) r) : r) + "\"");
      }
    }
  }
}
