package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.RowRef;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.ShippedProject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The spending chart: which figures it draws, as of which day, and how it words them. */
class SpendingChartTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  private static final ChartSpec CAPEX = B.charts().stream().filter(c -> c.kind() == ChartKind.SPENDING)
      .findFirst().orElseThrow();

  private static ChartSpec named(String... ids) {
    SourcePos at = SourcePos.whole("data/charts.csv");
    return new ChartSpec("named", ChartKind.SPENDING, Arrays.stream(ids).map(id -> new RowRef("spending", id, at)).toList(),
        List.of(), Optional.empty(), Optional.empty(), ChartSpec.Scale.LINEAR, ChartSpec.Period.YEAR,
        new Localized("설비투자", "Capex"), new Localized("", ""));
  }

  private static List<String> texts(ChartImage image, boolean narrow) {
    return ChartTexts.of(narrow ? image.narrowSvg() : image.svg()).stream().map(ChartTexts.Text::text).toList();
  }

  @Test
  void withNoRowsNamedEachCompanysLatestPlanForTheNewestPeriodIsDrawnLargestFirst() {
    ChartImage ko = new ChartRenderer().render(CAPEX, B, Lang.KO);
    ChartImage en = new ChartRenderer().render(CAPEX, B, Lang.EN);
    // Amazon's about $125 billion above Meta's October range, never one of the three figures Meta revised.
    assertThat(ko.table().subList(1, ko.table().size()).stream().map(r -> r.get(0) + " " + r.get(5) + " " + r.get(7)))
        .containsExactly("아마존 125000000000 ", "메타 70000000000 72000000000");
    for (boolean narrow : new boolean[] {false, true}) {
      assertThat(texts(ko, narrow)).contains("2025년 설비투자 계획", "아마존", "메타", "약 1250억달러", "700억~720억달러")
          .doesNotContain("640억~720억달러", "660억~720억달러");
      assertThat(texts(en, narrow)).contains("2025 capital expenditure (planned)", "about $125 billion", "$70–72 billion");
    }
    // A pledge may be a government's: the table and the note say "기업·기관" and "곳", never "회사".
    assertThat(ko.table().get(0).get(0)).isEqualTo("기업·기관");
    assertThat(ko.caption()).contains("수치가 수정된 경우 가장 최근 수치를 그렸다.").doesNotContain("전망을 고친 회사");
    assertThat(en.caption()).contains("Where a figure was revised, the latest one is drawn.");
    // Microsoft's plan is for its fiscal year: not drawn, and said so.
    assertThat(ko.caption()).contains("다른 기간의 계획 1건(마이크로소프트 · 2025회계연도 AI 인프라 투자 계획 800억달러)은"
        + " 그리지 않았다.");
    assertThat(en.caption()).contains("Not drawn: 1 plan for another period (Microsoft · fiscal 2025 AI infrastructure"
        + " spending, planned: $80 billion)");
    assertThat(ko.alt()).isEqualTo("가로 막대그래프, 금액이 큰 순서. 아마존 · 2025년 설비투자 계획 약 1250억달러, 메타 · 2025년"
        + " 설비투자 계획 700억~720억달러.");
  }

  @Test
  void withNoRowsNamedThePeriodMostCompaniesPlanForIsDrawnNotTheLatestQuarterOfOne() {
    // A new user's Microsoft plan for the first quarter of fiscal 2026 took the chart over: titled
    // "Big Tech's capex plans for 2025", it drew that one bar and left out Meta's and Amazon's 2025 plans.
    com.moneywar.briefing.model.Spending meta = B.spending("meta-capex-2025-10").orElseThrow();
    com.moneywar.briefing.model.Spending quarter = new com.moneywar.briefing.model.Spending("microsoft-capex-fy2026-q1",
        "microsoft", com.moneywar.briefing.model.SpendingKind.CAPEX,
        Optional.of(new com.moneywar.briefing.model.SpendingPeriod(true, 2026, 2026, 1)), com.moneywar.briefing.model.SpendingStatus.PLANNED,
        Optional.empty(), new com.moneywar.briefing.money.Money(new java.math.BigDecimal("30000000000"), meta.amount().currency()),
        com.moneywar.briefing.model.Bound.EXACT, meta.date(), meta.source(), Optional.of("none"), 3,
        new Localized("", ""), meta.reporting());
    List<com.moneywar.briefing.model.Spending> rows = new java.util.ArrayList<>(B.spending());
    rows.add(quarter);
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), B.flows(), rows, B.stories(), B.charts());
    ChartImage ko = new ChartRenderer().render(CAPEX, b, Lang.KO);
    assertThat(ko.table().subList(1, ko.table().size()).stream().map(r -> r.get(0) + " " + r.get(1)))
        .containsExactly("아마존 2025", "메타 2025");
    assertThat(ko.caption()).contains("다른 기간의 계획 2건");
  }

  @Test
  void threeReasonsNotToDrawAreListedWithCommasNotChainedParticles() {
    // A new user's caption read "실적·추정치 1건(…)과 다른 기간의 계획 2건(…)과 기간이 밝혀지지 않은 계획 1건(…)은".
    Spending campus = fixture("fixture-campus", Optional.empty(), "11000000000", new Localized("", ""));
    Spending plan = fixture("fixture-spent", campus.period(), "12000000000", new Localized("", ""));
    Spending spent = new Spending(plan.id(), plan.company(), plan.spendingKind(),
        Optional.of(new com.moneywar.briefing.model.SpendingPeriod(false, 2024, 2024, 0)),
        com.moneywar.briefing.model.SpendingStatus.SPENT, Optional.empty(), plan.amount(), plan.bound(), plan.date(),
        plan.source(), plan.fx(), plan.approxDigits(), plan.note(), plan.reporting(), plan.name());
    Briefing b = with(campus, spent);
    assertThat(new ChartRenderer().render(CAPEX, b, Lang.KO).caption())
        .containsPattern("실적·추정치 1건\\([^)]*\\), 다른 기간의 계획 1건\\([^)]*\\)과 기간이 밝혀지지 않은 계획 1건\\([^)]*\\)은 그리지 않았다");
    assertThat(new ChartRenderer().render(CAPEX, b, Lang.EN).caption())
        .containsPattern("Not drawn: 1 figure spent or estimated \\([^)]*\\), 1 plan for another period \\([^)]*\\)"
            + " and 1 plan with no period stated");
  }

  /** A TEST FIXTURE spending row like Meta's October plan, with another id, period, amount and name. */
  private static Spending fixture(String id, Optional<com.moneywar.briefing.model.SpendingPeriod> period, String amount,
      Localized name) {
    Spending meta = B.spending("meta-capex-2025-10").orElseThrow();
    return new Spending(id, "meta", com.moneywar.briefing.model.SpendingKind.CAPEX, period,
        com.moneywar.briefing.model.SpendingStatus.PLANNED, Optional.empty(),
        new com.moneywar.briefing.money.Money(new java.math.BigDecimal(amount), meta.amount().currency()),
        com.moneywar.briefing.model.Bound.EXACT, meta.date(), meta.source(), Optional.of("none"), 3,
        new Localized("", ""), meta.reporting(), name);
  }

  private static Briefing with(Spending... more) {
    List<Spending> rows = new java.util.ArrayList<>(B.spending());
    rows.addAll(List.of(more));
    return new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), B.flows(), rows, B.stories(), B.charts());
  }

  @Test
  void withNoRowsNamedTheLatestPeriodTwoCompaniesPlanForIsDrawn() {
    // A new user's edition of February 2026 drew three companies' 2025 plans and named Meta's and
    // Alphabet's 2026 guidance, the news, among "plans for other periods".
    Spending meta = fixture("fixture-meta-2026", Optional.of(new com.moneywar.briefing.model.SpendingPeriod(false, 2026,
        2026, 0)), "125000000000", new Localized("", ""));
    Spending google = new Spending("fixture-google-2026", "google", meta.spendingKind(), meta.period(), meta.status(),
        Optional.empty(), com.moneywar.briefing.money.Money.of("180000000000", "USD"), meta.bound(), meta.date(),
        meta.source(), meta.fx(), meta.approxDigits(), meta.note(), meta.reporting(), meta.name());
    // 2025 has three companies' plans (Meta's, Amazon's and this one), 2026 two.
    Spending google2025 = new Spending("fixture-google-2025", "google", meta.spendingKind(),
        Optional.of(new com.moneywar.briefing.model.SpendingPeriod(false, 2025, 2025, 0)), meta.status(), Optional.empty(),
        com.moneywar.briefing.money.Money.of("91000000000", "USD"), meta.bound(), meta.date(), meta.source(), meta.fx(),
        meta.approxDigits(), meta.note(), meta.reporting(), meta.name());
    Briefing b = with(meta, google, google2025);
    ChartImage en = new ChartRenderer().render(CAPEX, b, Lang.EN);
    assertThat(en.table().subList(1, en.table().size()).stream().map(r -> r.get(0) + " " + r.get(1)))
        .containsExactly("Google 2026", "Meta 2026");
    assertThat(en.caption()).contains("plans for other periods");
  }

  @Test
  void namedRowsAreDrawnInTheOrderNamedAndSpansOfDifferentLengthsAreSaid() {
    // A new user's capex year after year was drawn largest first: 2023, 2022, 2024, then a quarter.
    Briefing b = with(fixture("fixture-q1", Optional.of(new com.moneywar.briefing.model.SpendingPeriod(false, 2026, 2026, 1)),
        "20000000000", new Localized("", "")));
    ChartSpec spec = named("meta-capex-2025-10", "amazon-capex-2025-10", "fixture-q1");
    ChartImage ko = new ChartRenderer().render(spec, b, Lang.KO);
    ChartImage en = new ChartRenderer().render(spec, b, Lang.EN);
    assertThat(ko.table().subList(1, ko.table().size()).stream().map(r -> r.get(0) + " " + r.get(1)))
        .containsExactly("메타 2025", "아마존 2025", "메타 2026-Q1");
    assertThat(ko.alt()).startsWith("가로 막대그래프. 메타 · 2025년 설비투자 계획 700억~720억달러, 아마존");
    assertThat(ko.caption()).contains("막대마다 기간의 길이가 다르다(1년·분기). 금액을 그대로 견줄 수 없다.");
    assertThat(en.caption()).contains("The bars cover spans of different lengths (a year, a quarter): their amounts do not"
        + " compare as they stand.");
    // Bars of one length say nothing of it.
    assertThat(new ChartRenderer().render(named("meta-capex-2025-10", "amazon-capex-2025-10"), B, Lang.EN).caption())
        .doesNotContain("spans of different lengths");
  }

  @Test
  void aProgrammesNameHasItsColumnInTheChartsTablesAndAPlanWithNoPeriodIsNotCalledAnotherPeriods() {
    // Two pledges of one body, kind and period were one line twice in the chart's table, CSV and PDF.
    Briefing b = with(
        fixture("fixture-one", Optional.of(new com.moneywar.briefing.model.SpendingPeriod(false, 2025, 2025, 0)),
            "1000000000", new Localized("가 계획", "Plan A")),
        fixture("fixture-two", Optional.of(new com.moneywar.briefing.model.SpendingPeriod(false, 2025, 2025, 0)),
            "2000000000", new Localized("나 계획", "Plan B")));
    ChartImage en = new ChartRenderer().render(named("fixture-one", "fixture-two"), b, Lang.EN);
    assertThat(en.table().get(0).subList(0, 2)).containsExactly("Company or body", "Name");
    assertThat(en.table().subList(1, 3).stream().map(r -> r.get(1))).containsExactly("Plan A", "Plan B");
    assertThat(en.shownTable().get(0).subList(0, 2)).containsExactly("Company or body", "Name");
    // No name, no column.
    assertThat(new ChartRenderer().render(CAPEX, B, Lang.EN).table().get(0)).doesNotContain("Name");
    // A plan with no period is not "a plan for another period".
    Briefing noPeriod = with(fixture("fixture-campus", Optional.empty(), "11000000000", new Localized("", "")));
    ChartImage ko = new ChartRenderer().render(CAPEX, noPeriod, Lang.KO);
    assertThat(ko.caption()).contains("기간이 밝혀지지 않은 계획 1건(메타 · 설비투자 계획 110억달러)")
        .contains("다른 기간의 계획 1건(마이크로소프트");
    assertThat(new ChartRenderer().render(CAPEX, noPeriod, Lang.EN).caption())
        .contains("1 plan with no period stated (Meta · capital expenditure, planned: $11 billion)");
  }

  @Test
  void anEditionDrawsTheFigureThatStoodOnItsDate() {
    Briefing may = AsOf.of(B, LocalDate.of(2025, 5, 1));
    assertThat(ChartSelection.spending(may, CAPEX).stream().map(Spending::id)).containsExactly("meta-capex-2025-04");
    assertThat(texts(new ChartRenderer().render(CAPEX, may, Lang.KO), false)).contains("640억~720억달러")
        .doesNotContain("700억~720억달러", "600억~650억달러");
    // Before any plan the chart would be empty: the edition has none.
    assertThat(AsOf.of(B, LocalDate.of(2024, 3, 28)).charts()).noneMatch(c -> c.kind() == ChartKind.SPENDING);
  }

  @Test
  void eachBarSaysWhatSetsItApartAndTheRestIsSaidOnceAbove() {
    ChartSpec spec = named("meta-capex-2025-10", "microsoft-ai-dc-fy2025");
    List<Spending> rows = ChartSelection.spending(B, spec);
    assertThat(SpendingChart.barNames(rows, new ChartWording(B, Lang.KO)))
        .containsExactly("마이크로소프트 · 2025회계연도 AI 인프라 투자", "메타 · 2025년 설비투자");
    assertThat(SpendingChart.barNames(rows, new ChartWording(B, Lang.EN)))
        .containsExactly("Microsoft · fiscal 2025 AI infrastructure spending", "Meta · 2025 capital expenditure");
    assertThat(texts(new ChartRenderer().render(spec, B, Lang.KO), true)).contains("계획", "800억달러", "700억~720억달러");
  }

  @Test
  void aLegendKeyIsShownOnlyForWhatTheChartDraws() {
    // Every shipped plan is confirmed: no hatching key; Meta's range: the range key.
    List<String> ko = texts(new ChartRenderer().render(CAPEX, B, Lang.KO), false);
    assertThat(ko).noneMatch(t -> t.startsWith("빗금")).contains("범위로 밝힌 금액(막대는 높은 쪽 끝까지)");
    List<String> amazonOnly = texts(new ChartRenderer().render(named("amazon-capex-2025-10"), B, Lang.EN), false);
    assertThat(amazonOnly).noneMatch(t -> t.startsWith("A range") || t.startsWith("Hatched"));
  }
  @Test
  void barsOfWhichSomeGiveNoPeriodSaySoUnderTheChart() {
    // A new user's "₩150 trillion over five years", "₩3.4 trillion through 2028" and a project's cost
    // stood side by side as comparable bars; only the table said "not stated".
    List<Spending> rows = ChartSelection.spending(B, named("meta-capex-2025-10", "microsoft-ai-dc-fy2025"));
    Spending undated = withoutPeriod(rows.get(0));
    ChartWording ko = new ChartWording(B, Lang.KO);
    ChartWording en = new ChartWording(B, Lang.EN);
    assertThat(SpendingChart.noPeriod(rows, en)).as("every bar has its period").isEmpty();
    assertThat(SpendingChart.noPeriod(List.of(undated), en)).as("a single bar").isEmpty();
    assertThat(SpendingChart.noPeriod(List.of(undated, rows.get(1)), ko))
        .isEqualTo("기간이 밝혀지지 않은 수치 1건(" + ko.company(undated.company()) + ")은 다른 막대와 같은 기간의 금액이 아닐 수 있다.");
    assertThat(SpendingChart.noPeriod(List.of(undated, rows.get(1)), en))
        .isEqualTo("1 figure gives no period (" + en.company(undated.company()) + "): it may not cover the same span as the other bars.");
    assertThat(SpendingChart.noPeriod(List.of(undated, withoutPeriod(rows.get(1))), en))
        .startsWith("No period is stated for any of these figures");
  }

  @Test
  void aNamedRowInASentenceCarriesItsNameInBothLanguages() {
    // A new user's English note read "Apple · investment pledge: $10 billion" for its US Advanced
    // Manufacturing Fund, where the Korean named the fund: two rows of one company read alike.
    Spending fund = fixture("fixture-fund", Optional.empty(), "10000000000",
        new Localized("미국 첨단 제조 기금", "US Advanced Manufacturing Fund"));
    ChartWording ko = new ChartWording(B, Lang.KO);
    ChartWording en = new ChartWording(B, Lang.EN);
    assertThat(SpendingChart.phrase(fund, ko)).contains(" · 미국 첨단 제조 기금 ");
    assertThat(SpendingChart.phrase(fund, en)).contains(" · US Advanced Manufacturing Fund, ").endsWith(": $10 billion");
  }

  @Test
  void figuresGivenInDifferentMonthsSayWhenEachWasGiven() {
    // Walk 126: Meta's January guidance beside Alphabet's of October, no date on either, under "the
    // latest one is drawn", read as two current plans.
    ChartSpec apart = named("meta-capex-2025-01", "amazon-capex-2025-10");
    assertThat(new ChartRenderer().render(apart, B, Lang.KO).caption())
        .contains("막대마다 수치가 나온 시점이 다르다(메타 2025년 1월 24일, 아마존 2025년 10월 30일).");
    ChartImage en = new ChartRenderer().render(apart, B, Lang.EN);
    assertThat(en.caption()).contains("The figures date from different times (Meta: January 24, 2025; Amazon: October 30,"
        + " 2025).");
    // The table gives each figure's day too, for the PDF and the CSV.
    assertThat(en.shownTable().get(0)).last().isEqualTo("Date");
    assertThat(en.shownTable().get(1)).last().isEqualTo("January 24, 2025");
    assertThat(en.table().get(1)).last().isEqualTo("2025-01-24");
    // Meta's of 29 October and Amazon's of 30 October are of one month: nothing to say.
    assertThat(new ChartRenderer().render(CAPEX, B, Lang.EN).caption()).doesNotContain("different times");
  }

  private static Spending withoutPeriod(Spending s) {
    return new Spending(s.id(), s.company(), s.spendingKind(), java.util.Optional.empty(), s.status(), s.replaces(),
        s.amount(), s.bound(), s.date(), s.source(), s.fx(), s.approxDigits(), s.note(), s.reporting());
  }
}
