package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Chart labels carry the same bounds as prose, written exactly as the prose writes them. */
class ChartBoundsTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  @Test
  void shortLabelsKeepEveryBound() {
    ChartWording ko = new ChartWording(B, Lang.KO);
    ChartWording en = new ChartWording(B, Lang.EN);
    Money forty = Money.of("40000000000", "USD");
    Optional<Money> fifty = Optional.of(Money.of("50000000000", "USD"));
    assertThat(ko.label(forty, Bound.RANGE, fifty)).isEqualTo("400억~500억달러");
    assertThat(en.label(forty, Bound.RANGE, fifty)).isEqualTo("$40–50 billion");
    assertThat(ko.label(forty, Bound.MORE_THAN, Optional.empty())).isEqualTo("400억달러 이상");
    assertThat(en.label(forty, Bound.MORE_THAN, Optional.empty())).isEqualTo("more than $40 billion");
    assertThat(ko.label(forty, Bound.UP_TO, Optional.empty())).isEqualTo("최대 400억달러");
    assertThat(en.label(forty, Bound.AT_LEAST, Optional.empty())).isEqualTo("at least $40 billion");
    // An estimate says so at its point, as in the alt text.
    assertThat(en.label(B.valuation("scale-ai-2025-06").orElseThrow())).isEqualTo("$29 billion est.");
    assertThat(ko.label(B.valuation("scale-ai-2025-06").orElseThrow())).isEqualTo("290억달러 추정");
  }

  @Test
  void cumulativeBarLabelsSayWhatIsKnownOfEachSum() {
    ChartSpec spec = B.charts().stream().filter(c -> c.id().equals("cumulative")).findFirst().orElseThrow();
    CumulativeChart.Totals usd = CumulativeChart.totals(B, spec).stream()
        .filter(t -> t.currency().getCurrencyCode().equals("USD")).findFirst().orElseThrow();
    int last = usd.periods().size() - 1;
    int microsoft = usd.series().indexOf("microsoft");
    // USD 13 billion plus 'up to' USD 1 billion: the bar is drawn to 14, the words say up to 14.
    assertThat(CumulativeChart.segmentLabel(usd, microsoft, last, new ChartWording(B, Lang.KO)))
        .isEqualTo("마이크로소프트 최대 140억달러");
    assertThat(new ChartWording(B, Lang.EN).label(usd.stated(last, -1))).startsWith("about ");
  }

  @Test
  void aCountOfPayPackagesIsNoFirmerThanTheAmountAndThePay() {
    // Up to $100 billion over an exact pay: at most that many; over a pay of "more than": at most, too.
    assertThat(TalentChart.CountBound.of(Bound.UP_TO, Bound.EXACT)).isEqualTo(TalentChart.CountBound.AT_MOST);
    assertThat(TalentChart.CountBound.of(Bound.EXACT, Bound.MORE_THAN)).isEqualTo(TalentChart.CountBound.AT_MOST);
    assertThat(TalentChart.CountBound.of(Bound.ABOUT, Bound.MORE_THAN)).isEqualTo(TalentChart.CountBound.AT_MOST_ABOUT);
    // A pay of "up to" or an amount of "at least": at least that many.
    assertThat(TalentChart.CountBound.of(Bound.EXACT, Bound.UP_TO)).isEqualTo(TalentChart.CountBound.AT_LEAST);
    assertThat(TalentChart.CountBound.of(Bound.MORE_THAN, Bound.ABOUT)).isEqualTo(TalentChart.CountBound.AT_LEAST_ABOUT);
    // Bounds that pull both ways leave no direction; exact over exact is exact.
    assertThat(TalentChart.CountBound.of(Bound.UP_TO, Bound.UP_TO)).isEqualTo(TalentChart.CountBound.ROUGH);
    assertThat(TalentChart.CountBound.of(Bound.EXACT, Bound.EXACT)).isEqualTo(TalentChart.CountBound.EXACT);
    assertThat(TalentChart.CountBound.of(Bound.ABOUT, Bound.EXACT)).isEqualTo(TalentChart.CountBound.ABOUT);
    ChartWording ko = new ChartWording(B, Lang.KO);
    ChartWording en = new ChartWording(B, Lang.EN);
    assertThat(TalentChart.CountBound.AT_MOST.text("500", "건", ko)).isEqualTo("최대 500건");
    assertThat(TalentChart.CountBound.AT_MOST.text("500", "", en)).isEqualTo("at most 500");
    assertThat(TalentChart.CountBound.AT_LEAST_ABOUT.text("5", "명", ko)).isEqualTo("약 5명 이상");
    // Two ceilings: no direction at all, and the drawing says so rather than show a firm count.
    assertThat(TalentChart.CountBound.ROUGH.text("1", "건", ko)).isEqualTo("1건(불확실)");
    assertThat(TalentChart.CountBound.ROUGH.text("1", "", en)).isEqualTo("1 (uncertain)");
  }
}
