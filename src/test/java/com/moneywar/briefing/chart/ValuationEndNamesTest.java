package com.moneywar.briefing.chart;

import static com.moneywar.briefing.chart.ValuationChartPanelsTest.range;
import static com.moneywar.briefing.chart.ValuationChartPanelsTest.render;
import static com.moneywar.briefing.chart.ValuationChartPanelsTest.v;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.testing.ChartTexts;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The names at the lines' ends of a crowded valuations chart. A new user's five application
 * start-ups (here under the shipped companies' ids; the values are the shape of theirs, not facts
 * about these companies) ended within weeks of one another: two names stood 50 px from their lines'
 * ends, level with nothing, and read as no line's.
 */
class ValuationEndNamesTest {
  static final List<Valuation> CROWDED = List.of(
      v("a1", "openai", "2600000000", "USD", "2024"), v("a2", "openai", "9900000000", "USD", "2025-06-05"),
      v("a3", "openai", "29300000000", "USD", "2025-11-13"),
      v("p1", "anthropic", "9000000000", "USD", "2024-11"), v("p2", "anthropic", "14000000000", "USD", "2025-05-12"),
      v("p3", "anthropic", "18000000000", "USD", "2025-07"), v("p4", "anthropic", "20000000000", "USD", "2025-09"),
      based("p5", "anthropic", "25000000000", "2026-05", ValuationBasis.POST_MONEY),
      based("c1", "xai", "10200000000", "2025-09", ValuationBasis.POST_MONEY), based("c2", "xai", "25000000000", "2026-05-27", ValuationBasis.PRE_MONEY),
      based("c3", "xai", "26000000000", "2026-05-27", ValuationBasis.POST_MONEY),
      v("h1", "mistral-ai", "1500000000", "USD", "2024-07"), v("h2", "mistral-ai", "3000000000", "USD", "2025-02"),
      v("h3", "mistral-ai", "5000000000", "USD", "2025-06"), v("h4", "mistral-ai", "8000000000", "USD", "2025-10"),
      v("g1", "scale-ai", "4600000000", "USD", "2024-09"), v("g2", "scale-ai", "7200000000", "USD", "2025-06"),
      range("m1", "microsoft", "20000000000", "50000000000", "USD", "2025-08-12"));

  private static Valuation based(String id, String company, String amount, String date, ValuationBasis basis) {
    return new Valuation(id, company, com.moneywar.briefing.money.Money.of(amount, "USD"),
        com.moneywar.briefing.model.Bound.EXACT, com.moneywar.briefing.model.PartialDate.parse(date).orElseThrow(),
        ValuationChartPanelsTest.B.sources().get(0).id(), java.util.Optional.empty(), 0,
        com.moneywar.briefing.model.Localized.empty(), basis,
        com.moneywar.briefing.model.Reporting.PLAIN);
  }

  @Test
  void aNameMovedOffItsLinesEndIsTiedToItByALeaderLine() {
    for (Lang lang : Lang.values()) {
      ChartImage image = render(CROWDED, lang);
      for (byte[] bytes : List.of(image.svg(), image.narrowSvg())) {
        String svg = new String(bytes, StandardCharsets.UTF_8);
        List<Line2D> leaders = lines(svg, ChartTheme.MUTED.light());
        // Mistral AI's name stands well below its line's end, under the others' names.
        ChartTexts.Text name = ChartTexts.of(bytes).stream()
            .filter(t -> t.text().startsWith(lang == Lang.KO ? "미스트랄AI" : "Mistral AI")).findFirst().orElseThrow();
        // The glyphs' own outlines: the leader ends a few px off the line of type they stand on.
        Rectangle2D box = new Rectangle2D.Double(name.minX() - 8, name.minY() - 8, name.maxX() - name.minX() + 16,
            name.maxY() - name.minY() + 16);
        assertThat(leaders).as(lang + ": a leader line to " + name)
            .anyMatch(l -> box.contains(l.getP1()) || box.contains(l.getP2()));
      }
    }
  }

  /** The {@code <line>} elements stroked in {@code colour}, in the SVG's coordinates. */
  static List<Line2D> lines(String svg, Color colour) {
    List<Line2D> lines = new ArrayList<>();
    String stroke = "stroke:rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
    com.moneywar.briefing.testing.SvgGroups.each(svg, "<line\\s+style=\"([^\"]*)\"([^>]*)>", (line, at) -> {
      if (line.group(2).contains(stroke)) {
        String attributes = line.group(3);
        lines.add(new Line2D.Double(at[0] + attribute(attributes, "x1"), at[1] + attribute(attributes, "y1"),
            at[0] + attribute(attributes, "x2"), at[1] + attribute(attributes, "y2")));
      }
    });
    return lines;
  }

  private static double attribute(String attributes, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([-\\d.]+)\"").matcher(attributes);
    if (!m.find()) {
      throw new AssertionError("no " + name + " in " + attributes);
    }
    return Double.parseDouble(m.group(1));
  }
}
