package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.Headline;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running total a report gives ("Microsoft has invested $13 billion in OpenAI") is a row of its own,
 * kind {@code total}: a figure a text and the tables can show, never added into another sum nor drawn
 * as a deal (a new user had to type such totals by hand).
 */
class RunningTotalTest {
  /** A TEST FIXTURE, not a shipped fact: Microsoft's running total in OpenAI, as a report might give it. */
  private static final String TOTAL = "fixture-ms-openai-total,microsoft,openai,total,,13000000000,USD,exact,invested,"
      + "2023-01,seed-2024-03-28,usd-krw-2024-03-28,,시험용 누적 합계.,Fixture running total.,,,,,,reported,,,\n";

  private static Path project(Path dir, String row) throws IOException {
    Path project = ShippedProject.copyTo(dir);
    Files.writeString(project.resolve("data/investments.csv"), row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return project;
  }

  private static Briefing check(Path project) {
    return new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  @Test
  void aRunningTotalIsListedAndShownButNeverAddedNorDrawn(@TempDir Path dir) throws IOException {
    Briefing shipped = check(ShippedProject.ROOT);
    Briefing with = check(project(dir, TOTAL));
    // Listed in the investments table, saying what it is.
    FactTables ko = new FactTables(with, new Figures(with), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html");
    String row = ko.investments().rows().stream().filter(r -> r.id().equals("fixture-ms-openai-total")).findFirst()
        .orElseThrow().cells().stream().map(FactTable.Cell::text).toList().toString();
    assertThat(row).contains("누적 합계", "130억달러 · 보도", "약 17조5000억원");
    // A key figure names it a total.
    List<Headline> heads = SiteRenderer.headlines(with, new Figures(with), List.of(new FigureRef("investment",
        List.of("fixture-ms-openai-total"), "", "{{investment:fixture-ms-openai-total}}",
        com.moneywar.briefing.model.SourcePos.startOf(""))), Lang.KO, "ko/index.html", SiteRenderer.RowPlaces.of(with));
    assertThat(heads.get(0).label()).isEqualTo("마이크로소프트 → 오픈AI · 누적");
    // Never added in: Microsoft's totals and the charts' numbers are those without it.
    assertThat(CompanyRecord.of(with, "microsoft").paidBy()).isEqualTo(CompanyRecord.of(shipped, "microsoft").paidBy());
    assertThat(CompanyRecord.of(with, "openai").committedTo()).isEqualTo(CompanyRecord.of(shipped, "openai").committedTo());
    for (String chart : List.of("money-flows", "cumulative", "timeline")) {
      assertThat(table(with, chart)).as(chart).isEqualTo(table(shipped, chart));
    }
    // On Microsoft's company page, with the rest of its investments.
    assertThat(CompanyRecord.of(with, "microsoft").asInvestor().investment("fixture-ms-openai-total")).isPresent();
  }

  @Test
  void aRunningTotalAboveTheDealsStandsForThemInThePairsTotals(@TempDir Path dir) throws IOException {
    // Walk 72: Microsoft's company page and the money-flows chart read "paid in: up to $2 billion"
    // beside a running total of $13.8 billion. The shipped rows: $13 billion (2023) and up to $1
    // billion (2 October 2024) from Microsoft into OpenAI; a report of 2024-12 gives $15 billion in all.
    Briefing with = check(project(dir, "fixture-ms-openai-total,microsoft,openai,total,,15000000000,USD,exact,invested,"
        + "2024-12,seed-2024-03-28,none,,시험용 누적 합계.,Fixture running total.,,,,,,reported,,,\n"));
    var paid = CompanyRecord.of(with, "microsoft").paidBy().get(Currency.getInstance("USD"));
    assertThat(paid.bound()).isEqualTo(com.moneywar.briefing.model.Bound.EXACT);
    assertThat(paid.stated().amount()).isEqualByComparingTo("15000000000");
    // What was committed is never less than what was paid in.
    var committed = CompanyRecord.of(with, "openai").committedTo().get(Currency.getInstance("USD"));
    assertThat(committed.high().orElseThrow().amount()).isGreaterThanOrEqualTo(paid.stated().amount());
    // The money-flows chart draws the pair at the running total, and says so under it.
    var spec = with.charts().stream().filter(c -> c.id().equals("money-flows")).findFirst().orElseThrow();
    var image = new ChartRenderer().render(spec, with, Lang.EN);
    assertThat(image.table()).anySatisfy(r -> assertThat(String.join("|", r)).contains("Microsoft").contains("OpenAI")
        .contains("15000000000"));
    assertThat(image.caption()).contains("For Microsoft → OpenAI, a running total a report gives stands for the deals"
        + " up to its date");
    // The company page names it under its totals.
    assertThat(CompanyRecord.of(with, "microsoft").runningTotalsCounted())
        .extracting(Investment::id).containsExactly("fixture-ms-openai-total");
    // A running total no larger than the deals it would stand for changes nothing.
    Briefing smaller = check(project(dir.resolve("smaller"), "fixture-ms-openai-total,microsoft,openai,total,,"
        + "12000000000,USD,exact,invested,2024-12,seed-2024-03-28,none,,시험용.,Fixture.,,,,,,reported,,,\n"));
    assertThat(CompanyRecord.of(smaller, "microsoft").paidBy())
        .isEqualTo(CompanyRecord.of(check(ShippedProject.ROOT), "microsoft").paidBy());
  }

  @Test
  void aRunningTotalOfAPairWhoseOnlyDealIsInTalksIsInTheTotalsItIsNamedUnder(@TempDir Path dir) throws IOException {
    // Walk 78's Amazon → Anthropic, $8 billion committed by November 2024 beside talks of more: the
    // note under the totals named it as counted, and "committed to it" left it out.
    Briefing with = check(project(dir, "fixture-amazon-mistral-talks,amazon,mistral-ai,single,,1000000000,USD,at-least,"
        + "in-talks,2025-06,seed-2024-03-28,none,,시험용.,Fixture.,,,,,,reported,,,\n"
        + "fixture-amazon-mistral-total,amazon,mistral-ai,total,,2000000000,USD,exact,announced,2024-12,"
        + "seed-2024-03-28,none,,시험용 누적 합계.,Fixture running total.,,,,,,reported,,,\n"));
    CompanyRecord mistral = CompanyRecord.of(with, "mistral-ai");
    assertThat(mistral.runningTotalsCounted()).extracting(Investment::id)
        .contains("fixture-amazon-mistral-total");
    var committed = mistral.committedTo().get(Currency.getInstance("USD"));
    assertThat(committed).as("committed in dollars").isNotNull();
    assertThat(committed.stated().amount()).isGreaterThanOrEqualTo(new BigDecimal("2000000000"));
    assertThat(CompanyRecord.of(with, "amazon").committedBy().get(Currency.getInstance("USD")).stated().amount())
        .isEqualByComparingTo(CompanyRecord.of(check(ShippedProject.ROOT), "amazon").committedBy()
            .get(Currency.getInstance("USD")).stated().amount().add(new BigDecimal("2000000000")));
  }

  @Test
  void aPairKnownOnlyByARunningTotalPaidInIsInBothCompaniesTotals(@TempDir Path dir) throws IOException {
    // Walk 126: "Microsoft has invested more than $13 billion in OpenAI", the pair's only row, was drawn
    // on the money-flows chart and left out of both companies' totals. A TEST FIXTURE pair: Amazon's
    // running total paid into Mistral AI, no deal of the pair itemised.
    Briefing shipped = check(ShippedProject.ROOT);
    Briefing with = check(project(dir, "fixture-amazon-mistral-total,amazon,mistral-ai,total,,2000000000,USD,exact,"
        + "invested,2024-12,seed-2024-03-28,none,,시험용 누적 합계.,Fixture running total.,,,,,,reported,,,\n"));
    BigDecimal two = new BigDecimal("2000000000");
    CompanyRecord mistral = CompanyRecord.of(with, "mistral-ai");
    CompanyRecord mistralBefore = CompanyRecord.of(shipped, "mistral-ai");
    assertThat(dollars(mistral.paidInto())).isEqualByComparingTo(dollars(mistralBefore.paidInto()).add(two));
    // Paid in was committed: never less.
    assertThat(dollars(mistral.committedTo())).isEqualByComparingTo(dollars(mistralBefore.committedTo()).add(two));
    CompanyRecord amazon = CompanyRecord.of(with, "amazon");
    assertThat(dollars(amazon.paidBy())).isEqualByComparingTo(dollars(CompanyRecord.of(shipped, "amazon").paidBy()).add(two));
    assertThat(amazon.runningTotalsCounted()).extracting(Investment::id).containsExactly("fixture-amazon-mistral-total");
  }

  @Test
  void aPairKnownOnlyByARunningTotalIsDrawnAtItOnTheMoneyFlowsChart(@TempDir Path dir) throws IOException {
    // Walk 78: Amazon → Anthropic, known by "$8 billion so far" and talks of more, was missing from the
    // chart without a word. A TEST FIXTURE pair: Amazon's running total in Mistral AI, then talks of more
    // (large enough to be drawn on its own, not among the others).
    String total = "fixture-amazon-mistral-total,amazon,mistral-ai,total,,20000000000,USD,exact,announced,2024-12,"
        + "seed-2024-03-28,none,,시험용 누적 합계.,Fixture running total.,,,,,,reported,,,\n";
    String talks = "fixture-amazon-mistral-talks,amazon,mistral-ai,single,,10000000000,USD,at-least,"
        + "in-talks,2025-06,seed-2024-03-28,none,,시험용.,Fixture.,,,,,,reported,,,\n";
    for (String rows : List.of(total, total + talks)) {
      Briefing with = check(project(dir.resolve(String.valueOf(rows.length())), rows));
      var spec = with.charts().stream().filter(c -> c.id().equals("money-flows")).findFirst().orElseThrow();
      var image = new ChartRenderer().render(spec, with, Lang.EN);
      List<String> pair = image.table().stream().filter(r -> r.get(0).equals("Amazon") && r.get(1).equals("Mistral AI"))
          .findFirst().orElseThrow(() -> new AssertionError("no Amazon → Mistral AI row in " + image.table()));
      assertThat(pair.get(3)).as("committed, at the running total, the talks not added").isEqualTo("20000000000");
      assertThat(image.caption()).contains("For Amazon → Mistral AI, a running total a report gives stands for the"
          + " deals up to its date");
    }
  }

  @Test
  void aPaymentStillPlannedAfterARunningTotalPaidInIsCommittedOnTopOfIt(@TempDir Path dir) throws IOException {
    // Walk 78: "$3 billion invested so far" beside a tranche still planned on that day read as $3
    // billion committed: the planned money was dropped. TEST FIXTURES, large enough to be drawn on their
    // own: Google's running total in Anthropic, and a new commitment whose tranche is still planned.
    String rows = "fixture-google-anthropic-total,google,anthropic,total,,15000000000,USD,exact,invested,2025-01-22,"
        + "seed-2024-03-28,none,,시험용 누적 합계.,Fixture running total.,,,,,,reported,,,\n"
        + "fixture-google-anthropic-2025,google,anthropic,commitment,,14000000000,USD,exact,announced,2025-01-22,"
        + "seed-2024-03-28,none,,시험용.,Fixture.,,,,,,reported,,,\n"
        + "fixture-google-anthropic-2025-t1,google,anthropic,tranche,fixture-google-anthropic-2025,12000000000,USD,exact,"
        + "planned,2025-01-22,seed-2024-03-28,none,,시험용.,Fixture.,,,,,,reported,,,\n";
    Briefing with = check(project(dir, rows));
    Currency usd = Currency.getInstance("USD");
    var committed = CompanyRecord.of(with, "google").committedBy().get(usd);
    var paid = CompanyRecord.of(with, "google").paidBy().get(usd);
    Briefing shipped = check(ShippedProject.ROOT);
    // $2 billion (2024) and $14 billion (2025) committed; $15 billion paid in by the report's day,
    // when $12 billion of the new commitment was still planned: $27 billion committed, never $16 billion.
    assertThat(paid.stated().amount()).isEqualByComparingTo(CompanyRecord.of(shipped, "google").paidBy().get(usd)
        .stated().amount().subtract(new BigDecimal("500000000")).add(new BigDecimal("15000000000")));
    assertThat(committed.stated().amount()).as("the $15 billion paid in and the $12 billion still planned")
        .isEqualByComparingTo(CompanyRecord.of(shipped, "google").committedBy().get(usd).stated().amount()
            .subtract(new BigDecimal("2000000000")).add(new BigDecimal("27000000000")));
    var spec = with.charts().stream().filter(c -> c.id().equals("money-flows")).findFirst().orElseThrow();
    List<String> pair = new ChartRenderer().render(spec, with, Lang.EN).table().stream()
        .filter(r -> r.get(0).equals("Google") && r.get(1).equals("Anthropic")).findFirst().orElseThrow();
    assertThat(pair.get(3)).as("committed").isEqualTo("27000000000");
    assertThat(pair.get(7)).as("paid in").isEqualTo("15000000000");
  }

  private static List<List<String>> table(Briefing b, String chart) {
    var spec = b.charts().stream().filter(c -> c.id().equals(chart)).findFirst().orElseThrow();
    return new ChartRenderer().render(spec, b, Lang.EN).table();
  }

  @Test
  void aRunningTotalIsNoPartOfASumAChartOrARound(@TempDir Path dir) throws IOException {
    Path project = project(dir, TOTAL);
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.en.md", "{{investment:amazon-anthropic-2024-11:amount}}",
        "{{sum:investment:amazon-anthropic-2024-11+fixture-ms-openai-total:amount}}");
    ShippedProject.replace(project, "data/charts.csv", "timeline,timeline,", "timeline,timeline,fixture-ms-openai-total");
    Files.writeString(project.resolve("data/investments.csv"),
        "fixture-total-round,microsoft,openai,total,,1000000000,USD,exact,invested,2024-10-02,wsj-2024-10-03,none,,,,,"
            + "openai-2024-10,,,,reported,,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    List<String> problems = ShippedProject.checkProblems(project);
    assertThat(problems).anyMatch(p -> p.contains("found 'fixture-ms-openai-total' (a running total: it already adds up"
        + " the deals; write it alone, {{investment:fixture-ms-openai-total}})"));
    assertThat(problems).anyMatch(p -> p.startsWith("data/charts.csv:") && p.contains("found the total 'fixture-ms-openai-total'"));
    assertThat(problems).anyMatch(p -> p.startsWith("data/investments.csv:") && p.contains(
        "expected an empty 'round' for a total (a running total adds up deals, it is no investor's share of one round),"
            + " found 'openai-2024-10'"));
  }

  /** The dollar total of {@code totals} as stated, nothing when there is none. */
  private static BigDecimal dollars(java.util.Map<Currency, com.moneywar.briefing.model.InvestmentTree.Total> totals) {
    var total = totals.get(Currency.getInstance("USD"));
    return total == null ? BigDecimal.ZERO : total.stated().amount();
  }
}
