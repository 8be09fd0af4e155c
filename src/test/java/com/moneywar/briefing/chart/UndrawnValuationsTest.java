package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.money.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new user's xAI chart ran from $24 billion to $80 billion while the editions wrote of a $50 billion
 * value sought in talks and a $200 billion one denied: nothing under the chart said they were left
 * out, and a reader took the line for every value on record. The rows are TEST FIXTURES given to a
 * shipped company (Mistral AI), not reported figures.
 */
class UndrawnValuationsTest {
  private static Valuation v(String id, String amount, Bound bound, String date, ClaimStatus claim, DealStatus deal) {
    return new Valuation(id, "mistral-ai", Money.of(amount, "USD"), bound, PartialDate.parse(date).orElseThrow(),
        ValuationChartPanelsTest.B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(),
        ValuationBasis.POST_MONEY, new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false, deal));
  }

  private static final List<Valuation> ROWS = List.of(
      v("fixture-2024-05", "24000000000", Bound.EXACT, "2024-05-26", ClaimStatus.CONFIRMED, DealStatus.AGREED),
      v("fixture-2024-11", "50000000000", Bound.EXACT, "2024-11-21", ClaimStatus.REPORTED, DealStatus.TALKS),
      v("fixture-2025-03", "80000000000", Bound.EXACT, "2025-03-28", ClaimStatus.CONFIRMED, DealStatus.AGREED),
      v("fixture-2025-09", "200000000000", Bound.EXACT, "2025-09-19", ClaimStatus.DENIED, DealStatus.AGREED));

  @Test
  void valuesOnTheRecordTheChartLeavesOutAreNamedUnderItWithWhy() {
    ChartImage ko = ValuationChartPanelsTest.render(ROWS, Lang.KO);
    ChartImage en = ValuationChartPanelsTest.render(ROWS, Lang.EN);
    assertThat(ko.caption()).contains("당사자가 부인한 값 1건(미스트랄AI 2025년 9월 19일 2000억달러)과 협상 때 제시된 값 1건"
        + "(미스트랄AI 2024년 11월 21일 500억달러)은 그리지 않았다. 모두 사이트의 ‘기업가치’ 페이지에 있다.");
    assertThat(en.caption()).contains("Not drawn: 1 value denied by the parties (Mistral AI, September 19, 2025:"
        + " $200 billion) and 1 value sought in talks (Mistral AI, November 21, 2024: $50 billion); the site's"
        + " Valuations page lists them all.");
    // Only the values drawn are in the chart's table.
    assertThat(en.table().toString()).doesNotContain("$50 billion").doesNotContain("$200 billion");
  }

  @Test
  void aCompanyWhoseOnlyValueIsLeftOutIsNamedToo() {
    // A new user's MiniMax had only a value sought in talks: the chart named Moonshot's, not MiniMax's.
    Valuation sought = new Valuation("fixture-only-2025-01", "scale-ai", Money.of("2500000000", "USD"), Bound.MORE_THAN,
        PartialDate.parse("2025-01-10").orElseThrow(), ValuationChartPanelsTest.B.sources().get(0).id(), Optional.empty(),
        0, Localized.empty(), ValuationBasis.POST_MONEY, new Reporting(Optional.empty(), ClaimStatus.REPORTED, List.of(),
        Optional.empty(), true, false, DealStatus.TALKS));
    ChartImage en = ValuationChartPanelsTest.render(List.of(ROWS.get(0), ROWS.get(2), sought), Lang.EN);
    assertThat(en.caption()).contains("1 value sought in talks (Scale AI, January 10, 2025: more than $2.5 billion)");
  }

  @Test
  void aChartThatDrawsEveryValueSaysNothingOfTheKind() {
    ChartImage en = ValuationChartPanelsTest.render(List.of(ROWS.get(0), ROWS.get(2)), Lang.EN);
    assertThat(en.caption()).doesNotContain("Not drawn");
  }
}
