package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.testing.ChartTexts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new user's Groq line starts at the plot's left edge ($2.8 billion, August 2024) with Tenstorrent's
 * point and name just right of it and under it: in the narrow English chart its first value, the
 * one its multiple is measured from, found no place and was left out. A line's first value is
 * written, wide and narrow, further off with a leader line where its point has no room beside it.
 * (The new user's figures, given to shipped companies, as in {@link LonePointLabelsTest}.)
 */
class FirstValueLabelsTest {
  private static Valuation v(String id, String company, String amount, String currency, Bound bound, String date,
      ValuationBasis basis, ClaimStatus claim) {
    return new Valuation(id, company, Money.of(amount, currency), bound, PartialDate.parse(date).orElseThrow(),
        ValuationChartPanelsTest.B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(), basis,
        new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false));
  }

  private static final List<Valuation> ROWS = List.of(
      v("groq-1", "scale-ai", "2800000000", "USD", Bound.EXACT, "2024-08", ValuationBasis.UNSTATED, ClaimStatus.CONFIRMED),
      v("groq-2", "scale-ai", "6900000000", "USD", Bound.EXACT, "2025-09-17", ValuationBasis.UNSTATED, ClaimStatus.CONFIRMED),
      v("cerebras-1", "meta", "8100000000", "USD", Bound.EXACT, "2025-09-30", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      v("cerebras-2", "meta", "23000000000", "USD", Bound.EXACT, "2026-02", ValuationBasis.UNSTATED, ClaimStatus.CONFIRMED),
      v("tenstorrent-1", "mistral-ai", "2000000000", "USD", Bound.EXACT, "2024-06-13", ValuationBasis.PRE_MONEY,
          ClaimStatus.REPORTED),
      v("tenstorrent-2", "mistral-ai", "2600000000", "USD", Bound.MORE_THAN, "2024-12-02", ValuationBasis.UNSTATED,
          ClaimStatus.CONFIRMED),
      v("rebellions-1", "anthropic", "1300000000000", "KRW", Bound.ABOUT, "2024-12-02", ValuationBasis.ESTIMATE,
          ClaimStatus.REPORTED),
      v("rebellions-2", "anthropic", "1550000000000", "KRW", Bound.EXACT, "2025-08-27", ValuationBasis.PRE_MONEY,
          ClaimStatus.REPORTED),
      v("furiosa-1", "openai", "800000000000", "KRW", Bound.ABOUT, "2025-03-24", ValuationBasis.ESTIMATE,
          ClaimStatus.REPORTED));

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
