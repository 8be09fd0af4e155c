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
}
