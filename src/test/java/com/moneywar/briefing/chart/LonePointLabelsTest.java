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
 * A new user's Rebellions, valued first as an estimate (about ₩1.3 trillion, December 2024) and
 * then before a round (₩1.55 trillion pre-money, August 2025), has no line: the two are on
 * different bases. Its later point was named; the earlier, at the plot's left edge and crowded by
 * the other two points of the won panel, was a hollow triangle with no name and no amount. A point
 * no line joins or passes says whose it is and what it is worth, wide and narrow. (The new user's
 * figures, given to shipped companies: Anthropic for Rebellions, OpenAI for FuriosaAI, Mistral AI
 * for Tenstorrent.)
 */
class LonePointLabelsTest {
  /** A TEST FIXTURE valuation of {@code company}, from the shipped record's first source. */
  static Valuation v(String id, String company, String amount, String currency, Bound bound, String date,
      ValuationBasis basis, ClaimStatus claim) {
    return new Valuation(id, company, Money.of(amount, currency), bound, PartialDate.parse(date).orElseThrow(),
        ValuationChartPanelsTest.B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(), basis,
        new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false));
  }

  /** The new user's chip-startup valuations (also {@link FirstValueLabelsTest}'s). */
  static final List<Valuation> ROWS = List.of(
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
  void everyPointNoLineJoinsIsNamedWithItsAmount() {
    for (Lang lang : Lang.values()) {
      ChartImage image = ValuationChartPanelsTest.render(ROWS, lang);
      ChartWording w = new ChartWording(ValuationChartPanelsTest.with(ROWS), lang);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<ChartTexts.Text> texts = ChartTexts.of(svg);
        String where = lang + " " + (svg == image.svg() ? "wide" : "narrow") + " " + texts;
        for (Valuation lone : List.of(ROWS.get(4), ROWS.get(6))) {
          String amount = ValuationChart.pointLabel(lone, w);
          String name = w.company(lone.company());
          // Its amount, and its company's name by it: on the line before it, or before it on its line.
          List<ChartTexts.Text> values = texts.stream().filter(t -> t.text().equals(amount)).toList();
          assertThat(values).as(where).hasSize(1);
          ChartTexts.Text value = values.get(0);
          assertThat(texts).as(amount + " in " + where).anySatisfy(t -> {
            assertThat(t.text()).isEqualTo(name);
            boolean above = Math.abs(value.minY() - t.maxY()) < 8 && t.maxX() > value.minX() && t.minX() < value.maxX();
            boolean before = Math.abs(value.maxY() - t.maxY()) < 3 && value.minX() - t.maxX() >= 0
                && value.minX() - t.maxX() < 8;
            assertThat(above || before).isTrue();
          });
        }
      }
    }
  }
}
