package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.testing.ChartTexts;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new user's Anthropic was valued "about $350 billion" (reported, 18 November 2025) and "more than
 * $300 billion" (reported, 3 December 2025): the two hollow marks all but covered each other, and the
 * line carried neither its name nor its latest value (only the legend named it). A line's end is named,
 * with its latest value, however close the value before it is; on a phone's narrow chart the value's
 * words may stand over its amount. The rows are TEST FIXTURES in the shape
 * of the new user's, given to shipped companies.
 */
class CloseLatestValuesTest {
  private static final List<Valuation> ROWS = List.of(
      LonePointLabelsTest.v("a-1", "anthropic", "4100000000", "USD", Bound.EXACT, "2023", ValuationBasis.UNSTATED,
          ClaimStatus.CONFIRMED),
      LonePointLabelsTest.v("a-2", "anthropic", "61500000000", "USD", Bound.EXACT, "2025-03", ValuationBasis.POST_MONEY,
          ClaimStatus.CONFIRMED),
      LonePointLabelsTest.v("a-3", "anthropic", "183000000000", "USD", Bound.EXACT, "2025-09-02",
          ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      LonePointLabelsTest.v("a-4", "anthropic", "350000000000", "USD", Bound.ABOUT, "2025-11-18",
          ValuationBasis.UNSTATED, ClaimStatus.REPORTED),
      LonePointLabelsTest.v("a-5", "anthropic", "300000000000", "USD", Bound.MORE_THAN, "2025-12-03",
          ValuationBasis.UNSTATED, ClaimStatus.REPORTED),
      LonePointLabelsTest.v("o-1", "openai", "29000000000", "USD", Bound.EXACT, "2023", ValuationBasis.UNSTATED,
          ClaimStatus.CONFIRMED),
      LonePointLabelsTest.v("o-2", "openai", "157000000000", "USD", Bound.EXACT, "2024-10-02",
          ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      LonePointLabelsTest.v("o-3", "openai", "500000000000", "USD", Bound.EXACT, "2025-10-02",
          ValuationBasis.UNSTATED, ClaimStatus.REPORTED));

  @Test
  void aLineWhoseLastTwoValuesAreDaysApartIsStillNamedWithItsLatestValue() {
    for (Lang lang : Lang.values()) {
      ChartImage image = ValuationChartPanelsTest.render(ROWS, lang);
      ChartWording w = new ChartWording(ValuationChartPanelsTest.with(ROWS), lang);
      String name = w.company("anthropic");
      String latest = ValuationChart.pointLabel(ROWS.get(4), w);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<ChartTexts.Text> texts = ChartTexts.of(svg);
        String where = lang + " " + (svg == image.svg() ? "wide" : "narrow") + " " + texts;
        assertThat(texts).as(where).anySatisfy(t -> assertThat(t.text()).startsWith(name));
        // On one line, or on a narrow chart on two, its words over its amount.
        assertThat(String.join(" ", texts.stream().map(ChartTexts.Text::text).toList())).as(where).contains(latest);
      }
    }
  }

  @Test
  void aFloorDrawnBelowTheValueBeforeItIsSaidNotToBeAFall() {
    ChartImage ko = ValuationChartPanelsTest.render(ROWS, Lang.KO);
    ChartImage en = ValuationChartPanelsTest.render(ROWS, Lang.EN);
    assertThat(ko.caption()).contains("하한만 알려진 값(앤스로픽 2025년 12월 3일 3000억달러 이상)은 앞선 값보다 낮게 그려졌지만,"
        + " 몸값이 줄었다는 뜻은 아니다.");
    assertThat(en.caption()).contains("A value known only as a floor (Anthropic, December 3, 2025: more than $300 billion)"
        + " is drawn below the value before it; that does not mean the valuation fell.");
    // A floor above the value before it, or a value that is no floor, needs no such note.
    List<Valuation> rising = List.of(ROWS.get(0), ROWS.get(1), ROWS.get(2), ROWS.get(4));
    assertThat(ValuationChartPanelsTest.render(rising, Lang.EN).caption()).doesNotContain("floor");
    assertThat(ValuationChartPanelsTest.render(ROWS.subList(0, 4), Lang.EN).caption()).doesNotContain("floor");
  }
}
