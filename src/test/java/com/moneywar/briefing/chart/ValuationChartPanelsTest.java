package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A valuations chart with a panel per currency, where one company has a line in two of them (a
 * new user's MiniMax, valued in US dollars before its listing and in Hong Kong dollars after).
 * The figures are made up for the test.
 */
class ValuationChartPanelsTest {
  static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  static final ChartSpec SPEC = B.charts().stream().filter(s -> s.kind() == ChartKind.VALUATIONS).findFirst()
      .orElseThrow();

  static Valuation v(String id, String company, String amount, String currency, String date) {
    return new Valuation(id, company, Money.of(amount, currency), Bound.EXACT, PartialDate.parse(date).orElseThrow(),
        B.sources().get(0).id(), Optional.empty(), 0, Localized.empty());
  }

  /** An estimate reported as a range, as an offer's price range makes one. */
  static Valuation range(String id, String company, String low, String high, String currency, String date) {
    return new Valuation(id, company, Money.of(low, currency), Bound.RANGE, PartialDate.parse(date).orElseThrow(),
        B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(), ValuationBasis.ESTIMATE,
        new Reporting(Optional.of(Money.of(high, currency)), ClaimStatus.CONFIRMED, List.of(), Optional.empty(), true,
            false));
  }

  static Briefing with(List<Valuation> valuations) {
    return new Briefing(B.config(), B.sources(), B.companies(), B.rates(), List.of(), valuations, List.of(),
        B.stories(), B.charts());
  }

  static ChartImage render(List<Valuation> valuations, Lang lang) {
    return new ChartRenderer().render(SPEC, with(valuations), lang);
  }

  @Test
  void aNoteOnAMissingMultipleNamesThePanelItIsAbout() {
    // Anthropic's dollar line has its multiple (×2.0); its Hong Kong dollar line, from a range
    // estimate to a price, has none: the note must not read as if no panel gave one.
    List<Valuation> rows = List.of(v("a-usd-1", "anthropic", "10000000000", "USD", "2024-01"),
        v("a-usd-2", "anthropic", "20000000000", "USD", "2025-01"),
        range("a-hkd-1", "anthropic", "40000000000", "50000000000", "HKD", "2025-06"),
        v("a-hkd-2", "anthropic", "70000000000", "HKD", "2026-01"),
        v("o-usd-1", "openai", "30000000000", "USD", "2024-03"));
    ChartImage ko = render(rows, Lang.KO);
    ChartImage en = render(rows, Lang.EN);
    assertThat(ko.caption()).contains("HKD 패널의 앤스로픽은 처음과 마지막 값의 기준이 달라 배수를 적지 않았다.");
    assertThat(en.caption()).contains(
        "No multiple is given for Anthropic in the HKD panel: its first and last values are on different bases.");
    // One panel: the note names no panel.
    ChartImage one = render(rows.subList(2, 4), Lang.EN);
    assertThat(one.caption()).contains("No multiple is given for Anthropic: its first and last values are on different bases.");
  }
}
