package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.InvestmentTree.Total;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One source of truth: the totals a company page and the companies index show ({@link CompanyRecord})
 * are those the charts add up: the money-flows chart's committed and paid-in pairs, summed over the
 * company's investors (or investees); the cumulative chart's running total per investor at its last
 * period; the valuations chart's last point of the company's line. Every pair and every series, as
 * the charts compute them before any shortlist, for every company of the shipped record.
 */
class CompanyTotalsTest {
  private static Briefing briefing;

  @BeforeAll
  static void load() {
    briefing = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  }

  @Test
  void aSecondarySaleIsNoMoneyTheCompanyRaised() {
    // A TEST FIXTURE: existing OpenAI shares sold to SoftBank; OpenAI raises nothing in it.
    com.moneywar.briefing.model.Round model = briefing.round("openai-2024-10").orElseThrow();
    List<com.moneywar.briefing.model.Round> rounds = new java.util.ArrayList<>(briefing.rounds());
    rounds.add(new com.moneywar.briefing.model.Round("fixture-secondary", "openai",
        new com.moneywar.briefing.model.RoundType("secondary"), List.of(), List.of("softbank"), Optional.empty(),
        model.amount(), model.bound(), model.date(), model.source(), model.fx(), model.approxDigits(), model.note(),
        model.reporting()));
    Briefing b = new Briefing(briefing.config(), briefing.sources(), briefing.companies(), briefing.rates(),
        briefing.investments(), briefing.valuations(), briefing.talent(), rounds, briefing.flows(), briefing.stories(),
        briefing.charts());
    assertThat(CompanyRecord.of(b, "openai").raisedInRounds()).isNotEmpty()
        .isEqualTo(CompanyRecord.of(briefing, "openai").raisedInRounds());
  }

  @Test
  void whatWasCommittedIsNeverStatedAsLessThanWhatWasPaidInNorAsARangeNoOneReported() {
    // A new user saw "committed $2.8–132.8 billion, paid $32.3 billion" (a ceiling counted from nothing),
    // another "committed $29.5–30 billion" for an "up to $30 billion" of which $29.5–30 billion was paid
    // (the floor raised to the money paid): where what was paid is above the committed low end, the
    // commitment is stated as the ceiling it was reported as.
    for (Company c : briefing.companies()) {
      CompanyRecord r = CompanyRecord.of(briefing, c.id());
      r.paidInto().forEach((currency, paid) -> assertNotLess(r.committedTo().get(currency), paid,
          c.id() + " committed to it, " + currency));
      r.paidBy().forEach((currency, paid) -> assertNotLess(r.committedBy().get(currency), paid,
          c.id() + " committed to others, " + currency));
    }
    // A TEST FIXTURE: SoftBank's two planned tranches of its "up to $30 billion" taken as paid in.
    List<com.moneywar.briefing.model.Investment> paidIn = briefing.investments().stream()
        .map(i -> !i.id().startsWith("softbank-openai-2025-03-t") ? i : new com.moneywar.briefing.model.Investment(i.id(),
            i.investor(), i.investee(), i.kind(), i.partOf(), i.amount(), i.bound(),
            com.moneywar.briefing.model.InvestmentStatus.INVESTED, i.date(), i.source(), i.fx(), i.approxDigits(),
            i.note(), i.round(), i.role(), i.replaces(), i.reporting()))
        .toList();
    Briefing b = new Briefing(briefing.config(), briefing.sources(), briefing.companies(), briefing.rates(), paidIn,
        briefing.valuations(), briefing.talent(), briefing.rounds(), briefing.flows(), briefing.stories(), briefing.charts());
    Currency usd = Currency.getInstance("USD");
    Total committed = CompanyRecord.of(b, "softbank").committedBy().get(usd);
    Total paid = CompanyRecord.of(b, "softbank").paidBy().get(usd);
    assertThat(paid.low().amount()).isEqualByComparingTo("30500000000");
    assertNotLess(committed, paid, "softbank, all paid in");
    assertThat(committed.text(com.moneywar.briefing.model.Lang.KO)).isEqualTo("최대 약 305억달러");
    assertThat(committed.text(com.moneywar.briefing.model.Lang.EN)).isEqualTo("up to about $30.5 billion");
  }

  @Test
  void aPaymentAsTallAsItsCommitmentIsLabelledOverThePairAsPaid(@org.junit.jupiter.api.io.TempDir Path dir) {
    // A TEST FIXTURE: SoftBank's two tranches paid in, the second reported as $22–22.5 billion, so that
    // the paid-in bar (about $30–30.5 billion) stands as tall as the commitment (up to about $30.5
    // billion), whose label takes the room right above both bars.
    Path project = com.moneywar.briefing.testing.ShippedProject.copyTo(dir);
    String file = "data/investments.csv";
    com.moneywar.briefing.testing.ShippedProject.replace(project, file, "7500000000,USD,exact,planned,",
        "7500000000,USD,exact,invested,");
    com.moneywar.briefing.testing.ShippedProject.replace(project, file, "22500000000,USD,exact,planned,",
        "22000000000,USD,range,invested,");
    // Its amount_high, after the quoted English note, the columns replaces, round and role.
    com.moneywar.briefing.testing.ShippedProject.replace(project, file, "for-profit company.\",,,,,,reported,",
        "for-profit company.\",,,,22500000000,,reported,");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (com.moneywar.briefing.model.Lang lang : com.moneywar.briefing.model.Lang.values()) {
      com.moneywar.briefing.chart.ChartImage flows = new ChartRenderer().render(b, lang).stream()
          .filter(c -> c.name().equals("money-flows")).findFirst().orElseThrow();
      boolean ko = lang == com.moneywar.briefing.model.Lang.KO;
      assertThat(flows.shownTable()).anySatisfy(r -> assertThat(r.subList(1, 3)).isEqualTo(ko
          ? List.of("최대 약 305억달러(일부 보도)", "약 300억~305억달러(보도)")
          : List.of("up to about $30.5 billion (partly reported)", "about $30–30.5 billion (reported)")));
      String label = ko ? "실제 약 300억~305억달러" : "paid about $30–30.5 billion";
      assertThat(com.moneywar.briefing.testing.ChartTexts.of(flows.svg())).as(lang.code())
          .anySatisfy(t -> assertThat(t.text()).isEqualTo(label));
      // On a phone the pairs are numbered, and the key says the amounts.
      assertThat(String.join(" ", com.moneywar.briefing.testing.ChartTexts.of(flows.narrowSvg()).stream()
          .map(com.moneywar.briefing.testing.ChartTexts.Text::text).toList())).as(lang.code())
          .contains(ko ? "투자 약 300억~305억달러" : "paid in about $30–30.5 billion");
    }
  }

  /** {@code committed} as stated is never below {@code paid}: its low end is not, or it is a ceiling not below it. */
  private static void assertNotLess(Total committed, Total paid, String what) {
    boolean floorHolds = committed.low().compareAmount(paid.low()) >= 0;
    // Stated as a ceiling: "최대 300억달러", "최대 약 305억달러".
    boolean ceiling = committed.low().amount().signum() == 0
        && committed.high().orElseThrow().compareAmount(paid.low()) >= 0;
    assertThat(floorHolds || ceiling).as(what + ": committed " + committed.text(com.moneywar.briefing.model.Lang.EN)
        + ", paid " + paid.text(com.moneywar.briefing.model.Lang.EN)).isTrue();
  }

  @Test
  void moneyPutIntoAndByEachCompanyAddsUpAsInTheMoneyFlowsChart() {
    Map<Currency, List<MoneyFlowChart.Flow>> flows = MoneyFlowChart.flows(briefing,
        briefing.investments().stream().filter(i -> InvestmentTree.isRoot(briefing, i)).toList());
    for (Company c : briefing.companies()) {
      CompanyRecord r = CompanyRecord.of(briefing, c.id());
      assertSame(c.id() + " committed to it", r.committedTo(), sum(flows, f -> f.investee().equals(c.id()),
          MoneyFlowChart.Flow::committedTotal));
      assertSame(c.id() + " paid in to it", r.paidInto(), sum(flows, f -> f.investee().equals(c.id()),
          MoneyFlowChart.Flow::paidTotal));
      assertSame(c.id() + " committed to others", r.committedBy(), sum(flows, f -> f.investor().equals(c.id()),
          MoneyFlowChart.Flow::committedTotal));
      assertSame(c.id() + " paid into others", r.paidBy(), sum(flows, f -> f.investor().equals(c.id()),
          MoneyFlowChart.Flow::paidTotal));
    }
    // Not vacuous: the shipped record has money both ways.
    assertThat(CompanyRecord.of(briefing, "anthropic").paidInto()).isNotEmpty();
    assertThat(CompanyRecord.of(briefing, "microsoft").paidBy()).hasSize(2); // USD and EUR
  }

  @Test
  void moneyPaidByEachInvestorEndsWhereTheCumulativeChartEnds() {
    // Every root named, so that no series is folded into "others".
    ChartSpec spec = new ChartSpec("cumulative", ChartKind.CUMULATIVE,
        briefing.investments().stream().map(i -> new com.moneywar.briefing.model.RowRef("investment", i.id(),
            com.moneywar.briefing.model.SourcePos.whole("data/charts.csv"))).toList(),
        List.of(), Optional.of("investor"), Optional.empty(), ChartSpec.Scale.LINEAR, ChartSpec.Period.YEAR,
        new Localized("", ""), new Localized("", ""));
    int checked = 0;
    for (CumulativeChart.Totals totals : CumulativeChart.totals(briefing, spec)) {
      int last = totals.periods().size() - 1;
      for (int s = 0; s < totals.series().size(); s++) {
        String investor = totals.series().get(s);
        Money shown = totals.cumulative().get(last).get(s);
        Total page = CompanyRecord.of(briefing, investor).paidBy().get(totals.currency());
        assertThat(page).as(investor + " paid in, " + totals.currency()).isNotNull();
        assertThat(page.point().compareAmount(shown)).as(investor + ": " + page.point() + " vs " + shown).isZero();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(3);
  }

  @Test
  void theLatestValuationIsTheLastPointOfTheCompanysLineInTheValuationsChart() {
    Map<Currency, List<ValuationChart.Line>> lines = ValuationChart.lines(briefing.valuations());
    int checked = 0;
    for (List<ValuationChart.Line> perCurrency : lines.values()) {
      for (ValuationChart.Line line : perCurrency) {
        Optional<Valuation> latest = CompanyRecord.of(briefing, line.company()).latestValuation();
        assertThat(latest).as(line.company()).contains(line.last());
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(3);
  }

  @Test
  void theCompanyChartIsTheValuationsChartOfItsRows() {
    Company anthropic = briefing.company("anthropic").orElseThrow();
    ChartImage chart = new ChartRenderer().companyValuations(briefing, anthropic,
        CompanyRecord.of(briefing, "anthropic").valuations(), Lang.EN).orElseThrow();
    assertThat(chart.table()).extracting(row -> row.get(0)).containsOnly("Company", "Anthropic");
    assertThat(chart.table()).hasSize(1 + 3);
    assertThat(new ChartRenderer().companyValuations(briefing, briefing.company("amazon").orElseThrow(),
        CompanyRecord.of(briefing, "amazon").valuations(), Lang.EN)).isEmpty();
  }

  private static Map<Currency, Total> sum(Map<Currency, List<MoneyFlowChart.Flow>> flows,
      java.util.function.Predicate<MoneyFlowChart.Flow> keep, Function<MoneyFlowChart.Flow, Total> total) {
    Map<Currency, Total> sums = new LinkedHashMap<>();
    flows.forEach((currency, list) -> list.stream().filter(keep).forEach(f -> sums.merge(currency, total.apply(f),
        CompanyTotalsTest::plus)));
    return sums;
  }

  private static Total plus(Total a, Total b) {
    return new Total(a.point().plus(b.point()), a.low().plus(b.low()),
        a.high().flatMap(h -> b.high().map(h::plus)), a.about() || b.about(), a.strict() || b.strict(),
        a.capped() || b.capped());
  }

  private static void assertSame(String what, Map<Currency, Total> page, Map<Currency, Total> chart) {
    assertThat(page.keySet()).as(what).containsExactlyInAnyOrderElementsOf(chart.keySet());
    page.forEach((currency, p) -> {
      Total c = chart.get(currency);
      assertThat(p.point().compareAmount(c.point())).as(what + " point").isZero();
      assertThat(p.low().compareAmount(c.low())).as(what + " low").isZero();
      assertThat(p.high().map(h -> h.amount().stripTrailingZeros()))
          .as(what + " high").isEqualTo(c.high().map(h -> h.amount().stripTrailingZeros()));
      assertThat(p.bound()).as(what + " bound").isEqualTo(c.bound());
      assertThat(p.text(Lang.KO)).as(what).isEqualTo(c.text(Lang.KO));
    });
  }
}
