package com.moneywar.briefing.load;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static com.moneywar.briefing.testing.ShippedProject.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A chart declared with something the data does not have fails {@code check} at the very cell or word. */
class ChartCheckTest {
  private static final String CHARTS = "data/charts.csv";

  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void copyShippedBriefing() {
    project = ShippedProject.copyTo(dir);
  }

  private Result<Briefing> check() {
    return new BriefingBuild(BuildListener.silent()).check(project);
  }

  private List<String> problems() {
    Result<Briefing> result = check();
    assertThat(result).isInstanceOf(Result.Failed.class);
    return result.problems().stream()
        .sorted(Problem.BY_POSITION).map(Problem::toString).toList();
  }

  @Test
  void shippedChartsAreDeclaredOneOfEachKind() {
    Briefing briefing = check().orElseThrow();
    assertThat(briefing.charts()).extracting(c -> c.kind())
        .containsExactly(ChartKind.MONEY_FLOWS, ChartKind.VALUATIONS, ChartKind.CUMULATIVE, ChartKind.TALENT,
            ChartKind.TIMELINE, ChartKind.SPENDING);
  }

  @Test
  void rejectsAnUnknownSeriesColumn() {
    replace(project, CHARTS, ",investor,,,year,", ",investr,,,year,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "investr")
        + ": error: expected one of the columns investor, investee of data/investments.csv in column 'series',"
        + " found 'investr'");
  }

  @Test
  void rejectsASeriesOnAKindWhoseSeriesAreFixed() {
    replace(project, CHARTS, "money-flows,money-flows,,,,,", "money-flows,money-flows,,,,investor,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "investor,")
        + ": error: expected an empty cell in column 'series' for a money-flows chart (its series are fixed),"
        + " found 'investor'");
  }

  @Test
  void rejectsAnUnknownPinnedRow() {
    replace(project, CHARTS, "money-flows,money-flows,,,", "money-flows,money-flows,,google-antropic,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "google-antropic")
        + ": error: expected the id of a row in data/investments.csv, found no row 'google-antropic'; did you mean 'google-anthropic'?");
  }

  @Test
  void rejectsAPinnedTranche() {
    replace(project, CHARTS, "money-flows,money-flows,,,", "money-flows,money-flows,,amazon-anthropic-t1,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "amazon-anthropic-t1")
        + ": error: expected the id of a commitment or single investment (a tranche is drawn with its commitment"
        + " 'amazon-anthropic-2023'), found the tranche 'amazon-anthropic-t1'");
  }

  @Test
  void rejectsAPinWhenRowsAreNamed() {
    replace(project, CHARTS, "money-flows,money-flows,,,", "money-flows,money-flows,google-anthropic,google-anthropic,");
    // The pin cell is the second id, the one followed by the empty 'compare' cell.
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "google-anthropic,,")
        + ": error: expected an empty cell in column 'pin' when column 'rows' names the rows (every named row is"
        + " drawn), found 'google-anthropic'");
  }

  @Test
  void rejectsAPinOnATalentChart() {
    replace(project, CHARTS, "talent,ai-researcher-pay-2024-03,,", "talent,ai-researcher-pay-2024-03,x,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "x,investment:")
        + ": error: expected an empty cell in column 'pin' for a talent chart (it draws exactly what 'compare'"
        + " names), found 'x'");
  }

  @Test
  void rejectsAnUnknownRowId() {
    replace(project, CHARTS, "talent,ai-researcher-pay-2024-03,", "talent,ai-researcher-pay-2025,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "ai-researcher-pay-2025")
        + ": error: expected the id of a row in data/talent_offers.csv, found no row 'ai-researcher-pay-2025'");
    // (no "did you mean 'ai-researcher-pay-2024-03'?": a row of another year is no help)
  }

  @Test
  void pointsAtTheUnknownWordAmongSeveral() {
    replace(project, CHARTS, " investment:google-anthropic ", " investment:google-antropic ");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "investment:google-antropic")
        + ": error: expected the id of a row in data/investments.csv, found no row 'google-antropic'; did you mean 'google-anthropic'?");
  }

  @Test
  void countsTheOpeningQuoteOfAQuotedCell() {
    replace(project, CHARTS, ",investment:amazon-anthropic-2023 investment:google-anthropic ",
        ",\"investment:amazon-anthropic-2023 valuation:openai-2025 ");
    replace(project, CHARTS, "microsoft-openai-2023,", "microsoft-openai-2023\",");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "valuation:openai-2025")
        + ": error: expected the id of a row in data/valuations.csv, found no row 'openai-2025'");
  }

  @Test
  void rejectsAMalformedComparison() {
    replace(project, CHARTS, " investment:google-anthropic ", " invest:google-anthropic ");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "invest:google-anthropic")
        + ": error: expected investment:ID, valuation:ID, round:ID or flow:ID in column 'compare', found"
        + " 'invest:google-anthropic'");
  }

  @Test
  void rejectsAComparisonWithADealWhosePriceWasNotDisclosed() throws IOException {
    // A TEST FIXTURE row: an acquisition whose price was not disclosed, nothing to set the pay against.
    ShippedProject.addFixtureSource(project, "fixture-undisclosed");
    ShippedProject.appendRows(project, "data/flows.csv",
        "fixture-undisclosed-2025,acquisition,microsoft,mistral-ai,,agreed,,,,,USD,exact,2025-06-01,fixture-undisclosed"
            + ",".repeat(9) + "\n");
    replace(project, CHARTS, " investment:google-anthropic ", " flow:fixture-undisclosed-2025 ");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "flow:fixture-undisclosed-2025")
        + ": error: expected a row with one amount to set the pay against, found 'fixture-undisclosed-2025' (no"
        + " amount given)");
  }

  @Test
  void rejectsAnUnknownKind() {
    replace(project, CHARTS, "valuations,valuations,", "valuations,valuation,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "valuation,,")
        + ": error: expected one of money-flows, valuations, cumulative, talent, timeline, spending in column 'kind', found 'valuation'; did you mean 'valuations'?");
  }

  @Test
  void rejectsATrancheAsAChartRow() {
    replace(project, CHARTS, "money-flows,money-flows,,", "money-flows,money-flows,amazon-anthropic-t1,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "amazon-anthropic-t1")
        + ": error: expected the id of a commitment or single investment (a tranche is drawn with its commitment"
        + " 'amazon-anthropic-2023'), found the tranche 'amazon-anthropic-t1'");
  }

  @Test
  void rejectsARowInAnotherCurrencyThanTheChart() {
    replace(project, CHARTS, "money-flows,money-flows,,,,,,", "money-flows,money-flows,microsoft-mistral-2024,,,,USD,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "microsoft-mistral-2024")
        + ": error: expected a row in USD (the chart's currency), found 'microsoft-mistral-2024' in EUR");
  }

  @Test
  void rejectsAComparisonInAnotherCurrencyThanThePay() {
    replace(project, CHARTS, " investment:google-anthropic ", " investment:microsoft-mistral-2024 ");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "investment:microsoft-mistral-2024")
        + ": error: expected an amount in USD like the pay offer 'ai-researcher-pay-2024-03', found EUR in"
        + " 'investment:microsoft-mistral-2024'");
  }

  @Test
  void rejectsAPeriodFinerThanTheDatesItAddsUp() {
    replace(project, CHARTS, ",investor,,,year,", ",investor,,,month,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "month,")
        + ": error: expected dates known at least to the month to add up by month, found '2023' in"
        + " data/investments.csv row 'microsoft-openai-2023'");
  }

  @Test
  void rejectsALogScaleForBars() {
    replace(project, CHARTS, ",investor,,,year,", ",investor,,log,year,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "log,year")
        + ": error: expected 'linear' or an empty cell in column 'scale' for a cumulative chart (its bars start at"
        + " zero), found 'log'");
  }

  @Test
  void rejectsAChartWithNothingToDraw() {
    replace(project, CHARTS, "valuations,valuations,,,,,,log,", "valuations,valuations,,,,,JPY,log,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "JPY")
        + ": error: expected at least one row to plot, found none in JPY");
  }

  @Test
  void aChartWhoseRowsWereLeftOutForTheirOwnErrorsIsNotReportedAgain() {
    // The only euro valuation is left out for its bad date; the euro chart may have drawn it, so the
    // one mistake is reported once, at its cell.
    replace(project, CHARTS, "valuations,valuations,,,,,,log,", "valuations,valuations,,,,,EUR,log,");
    replace(project, "data/valuations.csv", ",EUR,exact,2024-03,", ",EUR,exact,03/2024,");
    assertThat(problems()).containsExactly(positionOf(project, "data/valuations.csv", "03/2024")
        + ": error: expected a date as YYYY, YYYY-MM or YYYY-MM-DD in column 'date', found '03/2024'");
  }

  @Test
  void rejectsATalentChartWithoutItsPayOffer() {
    replace(project, CHARTS, "talent,ai-researcher-pay-2024-03,", "talent,,");
    String at = positionOf(project, CHARTS, "talent-pay,talent,,");
    String line = at.split(":")[1];
    assertThat(problems()).containsExactly(CHARTS + ":" + line + ":19: error: expected the id of one row of"
        + " data/talent_offers.csv in column 'rows' (the pay offer a talent chart is about), found an empty cell");
  }

  @Test
  void reportsEveryBadChartAtOnce() {
    replace(project, CHARTS, ",investor,,,year,", ",investr,,,year,");
    replace(project, CHARTS, " investment:google-anthropic ", " invest:google-anthropic ");
    replace(project, CHARTS, "valuations,valuations,", "valuations,valuation,");
    assertThat(problems()).hasSize(3);
  }

  private static final String SEED_KO = "data/texts/ai-money-war-2024-03-28.ko.md";
  private static final String SEED_EN = "data/texts/ai-money-war-2024-03-28.en.md";

  /** Makes the seed briefing (2024-03-28) show the talent-pay chart, in both languages. */
  private void seedShowsTalentPay() {
    replace(project, SEED_KO, "date: 2024-03-28\n", "date: 2024-03-28\ncharts: talent-pay\n");
    replace(project, SEED_EN, "date: 2024-03-28\n", "date: 2024-03-28\ncharts: talent-pay\n");
  }

  @Test
  void aChartShownBeforeOneOfItsRowsNamesThatRowAndItsDate() {
    seedShowsTalentPay();
    replace(project, CHARTS, " investment:microsoft-openai-2023,", " investment:amazon-anthropic-2024-11,");
    String message = ": error: expected a chart whose rows are all dated on or before the briefing's date 2024-03-28,"
        + " found 'talent-pay', which names investment:amazon-anthropic-2024-11 dated 2024-11-22, a later row";
    assertThat(problems()).containsExactly(
        positionOf(project, SEED_EN, "talent-pay") + message, positionOf(project, SEED_KO, "talent-pay") + message);
  }

  @Test
  void aChartRowLeftOutForItsOwnErrorIsNotReportedAgainWhereTheChartIsShown() {
    seedShowsTalentPay();
    replace(project, "data/investments.csv", ",invested,2023,seed-2024-03-28,", ",invested,2023-13,seed-2024-03-28,");
    assertThat(problems()).containsExactly(positionOf(project, "data/investments.csv", "2023-13")
        + ": error: expected a month of the calendar as YYYY-MM in column 'date', found '2023-13' (months run from 01 to 12)");
  }

  @Test
  void aChartOfATableLeftOutForItsHeaderIsNotReportedAgainWhereTheChartIsShown() {
    seedShowsTalentPay();
    replace(project, "data/talent_offers.csv", ",amount,", ",amuont,");
    assertThat(problems()).allMatch(p -> p.startsWith("data/talent_offers.csv:1:"), "only the header is reported");
  }

  @Test
  void aProjectWithoutChartsHasNone() throws IOException {
    Files.delete(project.resolve(CHARTS));
    assertThat(check().orElseThrow().charts()).isEmpty();
  }

  @Test
  void aMistypedChartIdInATextIsReportedOnceWithTheIdItMeant() {
    // A new user's 'money-flow' in one language was reported three times, with no hint: as an unknown
    // id, and as a difference from the other language in each text.
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    replace(project, en, "\nheadlines:", "\ncharts: money-flow, valuations\nheadlines:");
    replace(project, "data/texts/ai-money-war-2025-11-28.ko.md", "\nheadlines:", "\ncharts: money-flows, valuations\nheadlines:");
    assertThat(problems()).containsExactly(positionOf(project, en, "money-flow,")
        + ": error: expected the id of a chart in data/charts.csv in 'charts', found 'money-flow'; did you mean"
        + " 'money-flows'?");
  }

  @Test
  void aChartRowThatCannotBeReadCausesNoErrorsInTheTextsThatNameIt() {
    replace(project, CHARTS, "money-flows,money-flows,", "money-flows,money-flow,");
    replace(project, "data/texts/ai-money-war-2025-11-28.en.md", "\nheadlines:", "\ncharts: valuations\nheadlines:");
    replace(project, "data/texts/ai-money-war-2025-11-28.ko.md", "\nheadlines:", "\ncharts: money-flows, valuations\nheadlines:");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "money-flow,,")
        + ": error: expected one of money-flows, valuations, cumulative, talent, timeline, spending in column 'kind', found"
        + " 'money-flow'; did you mean 'money-flows'?");
  }

  @Test
  void aTimelineNamesAFundingRoundInItsRowsAndDrawsItAsADeal() {
    // A new user could name no round: "a row of data/rounds.csv (no chart kind draws its rows by id)".
    replace(project, CHARTS, "timeline,timeline,,", "timeline,timeline,openai-2024-10 microsoft-openai-2023,");
    Briefing briefing = check().orElseThrow();
    com.moneywar.briefing.model.ChartSpec timeline = briefing.charts().stream()
        .filter(c -> c.kind() == ChartKind.TIMELINE).findFirst().orElseThrow();
    List<List<String>> table = new com.moneywar.briefing.chart.ChartRenderer()
        .render(timeline, briefing, com.moneywar.briefing.model.Lang.EN).table();
    assertThat(table.subList(1, table.size())).extracting(r -> r.get(3))
        .containsExactly("Investment", "Funding round · Equity round");
  }

  @Test
  void refusesARoundAndAShareOfItOnOneTimelineAtTheLaterId() {
    // Thrive Capital's $1.25 billion is in OpenAI's $6.6 billion round: two points would draw it twice.
    replace(project, CHARTS, "timeline,timeline,,", "timeline,timeline,openai-2024-10 thrive-openai-2024-10,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "thrive-openai-2024-10,")
        + ": error: expected deals that hold no money of one another in column 'rows', found 'thrive-openai-2024-10'"
        + " and the round 'openai-2024-10' ('thrive-openai-2024-10' is an investor's share of the round"
        + " 'openai-2024-10': the two points would draw the same money twice); name one of them");
  }

  @Test
  void refusesARoundACommitmentHoldsThroughAPartOfIt() {
    // Amazon's $8 billion commitment holds its $4 billion convertible note through its part of November 2024.
    replace(project, CHARTS, "timeline,timeline,,", "timeline,timeline,anthropic-2024-11-amazon amazon-anthropic-2024-11,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "amazon-anthropic-2024-11,")
        + ": error: expected deals that hold no money of one another in column 'rows', found 'amazon-anthropic-2024-11'"
        + " and the round 'anthropic-2024-11-amazon' ('amazon-anthropic-2024-11-new', a part of"
        + " 'amazon-anthropic-2024-11', is an investor's share of the round 'anthropic-2024-11-amazon': the two points"
        + " would draw the same money twice); name one of them");
  }

  @Test
  void refusesARoundWithNoMoneyRaisedOnATimelineAndSaysWhy() {
    // The shipped rounds table has no status column: add it, with OpenAI's round of October 2024 in talks.
    Path rounds = project.resolve("data/rounds.csv");
    try {
      List<String> lines = Files.readAllLines(rounds, java.nio.charset.StandardCharsets.UTF_8);
      StringBuilder text = new StringBuilder(lines.get(0) + ",status\n");
      lines.subList(1, lines.size()).forEach(l -> text.append(l).append(l.startsWith("openai-2024-10,") ? ",talks" : ",")
          .append('\n'));
      Files.writeString(rounds, text, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    replace(project, CHARTS, "timeline,timeline,,", "timeline,timeline,openai-2024-10,");
    assertThat(problems()).contains(positionOf(project, CHARTS, "openai-2024-10,")
        + ": error: expected a row with an amount to plot, found 'openai-2024-10' (a round still in talks)");
  }

  @Test
  void aMistypedIdOnATimelineIsLookedForAmongItsInvestmentsAndRounds() {
    replace(project, CHARTS, "timeline,timeline,,", "timeline,timeline,anthropic-2025-3,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "anthropic-2025-3,")
        + ": error: expected the id of a row in data/investments.csv or data/rounds.csv, found no row"
        + " 'anthropic-2025-3'; did you mean 'anthropic-2025-03'?");
  }

  @Test
  void aRoundNamedInAnotherKindOfChartSaysWhichChartDrawsRounds() {
    replace(project, CHARTS, "money-flows,money-flows,,", "money-flows,money-flows,anthropic-2024-11-amazon,");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "anthropic-2024-11-amazon,")
        + ": error: expected the id of a row in data/investments.csv, found 'anthropic-2024-11-amazon', a row of"
        + " data/rounds.csv (a chart of kind 'timeline' draws its rows)");
  }

  @Test
  void refusesToPinAShareOfARoundTheTimelineDrawsInItsPlace() {
    replace(project, CHARTS, "timeline,timeline,,", "timeline,timeline,,thrive-openai-2024-10 anthropic-2024-11-amazon");
    assertThat(problems()).containsExactly(positionOf(project, CHARTS, "thrive-openai-2024-10")
        + ": error: expected a deal the timeline draws in column 'pin', found 'thrive-openai-2024-10', an investor's"
        + " share of the round 'openai-2024-10', which the timeline draws in its place; pin the round",
        positionOf(project, CHARTS, "anthropic-2024-11-amazon")
        + ": error: expected a deal the timeline draws in column 'pin', found the round 'anthropic-2024-11-amazon',"
        + " whose money the commitment 'amazon-anthropic-2024-11' holds, which the timeline draws in its place;"
        + " pin the commitment");
  }
}
