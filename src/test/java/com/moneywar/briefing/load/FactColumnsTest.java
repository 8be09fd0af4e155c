package com.moneywar.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared fact columns, read once for every table: each bad value gets its own positioned message. */
class FactColumnsTest {
  private static final String HEADER =
      "id,kind,from,to,percent,amount,amount_high,currency,bound,date,source,sources,claim,alt_amount,alt_source,fx,note_ko\n";
  private final List<Problem> problems = new ArrayList<>();

  private List<Flow> flows(String rows) {
    Map<String, SourcePos> origins = new HashMap<>();
    return new ProjectLoader().table("data/flows.csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8), new FlowRows(),
        problems, origins);
  }

  /** The position of the {@code cell}-th cell (0-based) of a row on {@code line}. */
  private static String at(int line, String row, int cell) {
    int column = 1;
    for (int i = 0; i < cell; i++) {
      column = row.indexOf(',', column - 1) + 2;
    }
    return "data/flows.csv:" + line + ":" + column;
  }

  private List<String> messages() {
    return problems.stream().map(Problem::toString).toList();
  }

  @Test
  void readsARangeAFloorAnAlternativeFigureAndNoConversion() {
    List<Flow> rows = flows("""
        a,stake,meta,scale-ai,49,40000000000,50000000000,USD,range,2025-06-12,s1,s2 s3,reported,,,none,
        b,compute-purchase,anthropic,microsoft,,1000000000,,USD,more-than,2025-11,s1,,,1200000000,s2,,
        """);
    assertThat(messages()).isEmpty();
    assertThat(rows.get(0).bound()).isEqualTo(Bound.RANGE);
    assertThat(rows.get(0).reporting().high().orElseThrow().amount()).isEqualByComparingTo("50000000000");
    assertThat(rows.get(0).reporting().otherSources()).containsExactly("s2", "s3");
    assertThat(rows.get(0).reporting().claim()).isEqualTo(ClaimStatus.REPORTED);
    assertThat(rows.get(0).reporting().noConversion()).isTrue();
    assertThat(rows.get(0).percent().orElseThrow()).isEqualByComparingTo("49");
    assertThat(rows.get(1).reporting().claim()).isEqualTo(ClaimStatus.CONFIRMED);
    assertThat(rows.get(1).reporting().alternative().orElseThrow().source()).isEqualTo("s2");
    assertThat(rows.get(0).sources()).containsExactly("s1", "s2", "s3");
  }

  @Test
  void aDenialOrADealWithoutAPriceMayHaveNoAmountButNothingElseMay() {
    // In flows.csv a deal may be stated without a price (a compute deal in gigawatts), as a denial may.
    String denied = "a,stake,meta,scale-ai,49,,,USD,exact,2025-06,s1,,denied,,,none,";
    String undisclosed = "b,compute-purchase,openai,microsoft,,,,USD,exact,2025-06,s1,,,,,none,";
    String ranged = "c,compute-purchase,openai,microsoft,,,,USD,about,2025-06,s1,,,,,none,";
    List<Flow> rows = flows(denied + "\n" + undisclosed + "\n" + ranged + "\n");
    assertThat(rows).extracting(Flow::id).containsExactly("a", "b");
    assertThat(rows).allMatch(f -> !f.reporting().amountStated());
    assertThat(messages()).containsExactly(
        at(4, ranged, 8) + ": error: expected bound 'exact' for a row without an amount, found 'about'");
    // An investment needs its amount unless it is denied.
    problems.clear();
    String header = "id,investor,investee,kind,amount,currency,bound,status,date,source,claim\n";
    String investment = "i1,microsoft,openai,single,,USD,exact,invested,2025-06,s1,reported";
    List<com.moneywar.briefing.model.Investment> investments = new ProjectLoader().table("data/investments.csv",
        (header + investment + "\n").getBytes(StandardCharsets.UTF_8), new InvestmentRows(), problems, new HashMap<>());
    assertThat(investments).isEmpty();
    assertThat(messages()).containsExactly("data/investments.csv:2:28: error: expected an amount in column 'amount',"
        + " found an empty cell");
  }

  @Test
  void rangesNeedAnUpperEndAboveTheAmountAndOnlyRangesHaveOne() {
    String noHigh = "a,stake,meta,scale-ai,49,10,,USD,range,2025-06,s1,,,,,none,";
    String lowHigh = "b,stake,meta,scale-ai,49,10,5,USD,range,2025-06,s1,,,,,none,";
    String exactHigh = "c,stake,meta,scale-ai,49,10,5,USD,exact,2025-06,s1,,,,,none,";
    flows(noHigh + "\n" + lowHigh + "\n" + exactHigh + "\n");
    assertThat(messages()).containsExactly(
        at(2, noHigh, 6) + ": error: expected the upper end of the range in column 'amount_high' for bound 'range', found an empty cell",
        at(3, lowHigh, 6) + ": error: expected an upper end above the amount 10 in column 'amount_high', found '5'",
        at(4, exactHigh, 6) + ": error: expected an empty 'amount_high' for bound 'exact' (only a range has an upper end), found '5'");
  }

  @Test
  void claimsBoundsSourcesAndAlternativesAreChecked() {
    String claim = "a,stake,meta,scale-ai,49,10,,USD,exact,2025-06,s1,,rumour,,,none,";
    String bound = "b,stake,meta,scale-ai,49,10,,USD,over,2025-06,s1,,,,,none,";
    String twice = "c,stake,meta,scale-ai,49,10,,USD,exact,2025-06,s1,s2 s1,,,,none,";
    String alt = "d,stake,meta,scale-ai,49,10,,USD,exact,2025-06,s1,,,12,,none,";
    // A holding gives its percentage or its value: here neither (with a value alone, it is accepted).
    String percent = "e,holding,meta,scale-ai,,,,USD,exact,2025-06,s1,,,,,,";
    String valued = "f,holding,meta,scale-ai,,10,,USD,exact,2025-06,s1,,,,,none,";
    flows(String.join("\n", claim, bound, twice, alt, percent, valued) + "\n");
    assertThat(messages()).containsExactly(
        at(2, claim, 12) + ": error: expected one of confirmed, reported, estimated, claimed, disputed, denied in column 'claim', found 'rumour'; did you mean 'reported'?",
        at(3, bound, 8) + ": error: expected one of exact, up-to, less-than, about, at-least, more-than, range in column 'bound', found 'over'; did you mean 'more-than'?",
        "data/flows.csv:4:" + (twice.indexOf("s2 s1") + 4) + ": error: expected each source once (the figure's own is in column 'source'), found 's1' again",
        at(5, alt, 14) + ": error: expected the id of the source that gives the alternative figure in column 'alt_source', found an empty cell",
        at(6, percent, 4) + ": error: expected the stake's percentage in column 'percent' or its value in 'amount' for a"
            + " holding, found both empty");
  }

  @Test
  void aPlaceholderInANoteIsRefusedWhereItStands() {
    String row = "a,stake,meta,scale-ai,49,10,,USD,exact,2025-06,s1,,,,,none,지분 {{flow:a:percent}} 인수";
    flows(row + "\n");
    assertThat(messages()).containsExactly("data/flows.csv:2:" + (row.indexOf("{{") + 1)
        + ": error: expected plain text in column 'note_ko' (figures are rendered only in the texts under data/texts;"
        + " write this one out or leave it to the amount columns), found '{{flow:a:percent}}'");
  }

  @Test
  void aRoundNeedsAKnownTypeButNeitherALeadNorAnyInvestor() {
    Map<String, SourcePos> origins = new HashMap<>();
    String header = "id,investee,type,lead,participants,amount,currency,bound,date,source\n";
    String ok = "r1,openai,series-f,thrive-capital,microsoft nvidia,6600000000,USD,exact,2024-10-02,s1";
    String bad = "r2,openai,series-ff,,,1,USD,exact,2024-10-02,s1";
    // A secondary sale whose sources name the buyers and no lead (a test fixture, not a shipped row).
    String noLead = "r3,openai,secondary,,thrive-capital softbank mgx,6600000000,USD,about,2025-10,s1";
    String nobody = "r4,openai,secondary, ,,1,USD,exact,2025-10,s1";
    List<Round> rounds = new ProjectLoader().table("data/rounds.csv",
        (header + ok + "\n" + bad + "\n" + noLead + "\n" + nobody + "\n").getBytes(StandardCharsets.UTF_8),
        new RoundRows(), problems, origins);
    // A round whose sources name no investor at all ("raised $5 billion in debt") is a round too.
    assertThat(rounds).extracting(Round::id).containsExactly("r1", "r3", "r4");
    assertThat(rounds.get(2).investors()).isEmpty();
    assertThat(rounds.get(0).investors()).containsExactly("thrive-capital", "microsoft", "nvidia");
    assertThat(rounds.get(0).type().label(com.moneywar.briefing.model.Lang.KO)).isEqualTo("시리즈F");
    assertThat(rounds.get(1).hasLead()).isFalse();
    assertThat(rounds.get(1).investors()).containsExactly("thrive-capital", "softbank", "mgx");
    assertThat(messages()).containsExactly(
        "data/rounds.csv:3:11: error: expected one of pre-seed, seed, series-a … series-z, equity, corporate, convertible-note, safe, secondary, debt, ipo in column 'type', found 'series-ff'; did you mean 'series-f'?");
  }

  @Test
  void aRoundsTableMayLeaveOutTheLeadColumn() {
    Map<String, SourcePos> origins = new HashMap<>();
    String header = "id,investee,type,participants,amount,currency,bound,date,source\n";
    List<Round> rounds = new ProjectLoader().table("data/rounds.csv",
        (header + "r1,openai,secondary,softbank,1,USD,exact,2025-10,s1\nr2,openai,secondary,,1,USD,exact,2025-10,s1\n")
            .getBytes(StandardCharsets.UTF_8), new RoundRows(), problems, origins);
    assertThat(rounds).extracting(Round::id).containsExactly("r1", "r2");
    assertThat(rounds.get(0).lead()).isEmpty();
    assertThat(messages()).isEmpty();
  }
}
