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
 * A new user's AI coding startups: at 1280 px Anysphere's line ended in "애니스피어(커서) 73.3배", but
 * at 360 px the name alone fitted above its last point and the multiple was dropped. A line's
 * growth stays with it when narrow: wrapped under the name, else written with the latest value.
 * (The new user's figures, given to shipped companies: Mistral AI for Anysphere, Meta for
 * Cognition, OpenAI for Lovable, Anthropic for Replit.)
 */
class EndMultipleTest {
  private static Valuation v(String id, String company, String amount, Bound bound, String date, ValuationBasis basis,
      ClaimStatus claim) {
    return new Valuation(id, company, Money.of(amount, "USD"), bound, PartialDate.parse(date).orElseThrow(),
        ValuationChartPanelsTest.B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(), basis,
        new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false));
  }

  private static final List<Valuation> ROWS = List.of(
      v("a1", "mistral-ai", "400000000", Bound.EXACT, "2024-08", ValuationBasis.POST_MONEY, ClaimStatus.REPORTED),
      v("a2", "mistral-ai", "2600000000", Bound.EXACT, "2024-12", ValuationBasis.UNSTATED, ClaimStatus.CONFIRMED),
      v("a3", "mistral-ai", "9900000000", Bound.EXACT, "2025-06-05", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      v("a4", "mistral-ai", "29300000000", Bound.EXACT, "2025-11-13", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      v("c1", "meta", "350000000", Bound.EXACT, "2024", ValuationBasis.UNSTATED, ClaimStatus.REPORTED),
      v("c2", "meta", "4000000000", Bound.ABOUT, "2025-03", ValuationBasis.UNSTATED, ClaimStatus.CONFIRMED),
      v("c3", "meta", "10200000000", Bound.EXACT, "2025-09", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      v("c4", "meta", "25000000000", Bound.EXACT, "2026-05-27", ValuationBasis.PRE_MONEY, ClaimStatus.CONFIRMED),
      v("c5", "meta", "26000000000", Bound.EXACT, "2026-05-27", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      v("l1", "openai", "1800000000", Bound.EXACT, "2025-07", ValuationBasis.UNSTATED, ClaimStatus.CONFIRMED),
      v("l2", "openai", "6600000000", Bound.EXACT, "2025-12", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      v("r1", "anthropic", "3000000000", Bound.EXACT, "2025-09", ValuationBasis.UNSTATED, ClaimStatus.CONFIRMED),
      v("r2", "anthropic", "9000000000", Bound.EXACT, "2026-03", ValuationBasis.UNSTATED, ClaimStatus.CONFIRMED));

  @Test
  void aLinesGrowthIsWrittenWideAndNarrow() {
    for (Lang lang : Lang.values()) {
      ChartImage image = ValuationChartPanelsTest.render(ROWS, lang);
      String growth = lang == Lang.KO ? "73.3배" : "×73.3";
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<ChartTexts.Text> texts = ChartTexts.of(svg);
        String where = lang + " " + (svg == image.svg() ? "wide" : "narrow") + " " + texts;
        assertThat(texts).as(where).anySatisfy(t -> assertThat(t.text()).contains(growth));
      }
    }
  }
}
