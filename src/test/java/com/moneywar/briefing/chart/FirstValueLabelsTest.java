package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.testing.ChartTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new user's Groq line starts at the plot's left edge ($2.8 billion, August 2024) with Tenstorrent's
 * point and name just right of it and under it: in the narrow English chart its first value, the
 * one its multiple is measured from, found no place and was left out. A line's first value is
 * written, wide and narrow, further off with a leader line where its point has no room beside it.
 * (The new user's figures, given to shipped companies, as in {@link LonePointLabelsTest}.)
 */
class FirstValueLabelsTest {
  private static final List<Valuation> ROWS = LonePointLabelsTest.ROWS;

  @Test
  void everyLinesFirstValueIsWritten() {
    for (Lang lang : Lang.values()) {
      ChartImage image = ValuationChartPanelsTest.render(ROWS, lang);
      ChartWording w = new ChartWording(ValuationChartPanelsTest.with(ROWS), lang);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<String> texts = ChartTexts.of(svg).stream().map(ChartTexts.Text::text).toList();
        String where = lang + " " + (svg == image.svg() ? "wide" : "narrow") + " " + texts;
        // Groq's first value (given to Scale AI) and Cerebras's (given to Meta).
        for (Valuation first : List.of(ROWS.get(0), ROWS.get(2))) {
          assertThat(texts).as(where).contains(ValuationChart.pointLabel(first, w));
        }
      }
    }
  }
}
