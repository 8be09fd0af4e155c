package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Talks that a later round concluded ({@code rounds.csv}, column {@code closed_as}): a new user kept
 * the talks row of January 2024 beside the Series B it became, as the docs advise, and two years later
 * every table, the timeline's note and the company page still called it "협상 중". The rows added here
 * are TEST FIXTURES, not reported figures.
 */
class TalksConcludedTest {
  private static final String TALKS = "fixture-talks-2024-12";

  @TempDir Path dir;

  /** The shipped project with rounds.csv given 'status' and 'closed_as' columns and {@code rows} added. */
  private Path project(String... rows) throws IOException {
    Path project = ShippedProject.copyTo(dir);
    Files.writeString(project.resolve("data/sources.csv"),
        "fixture-early,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2024-12-01,,en\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path rounds = project.resolve("data/rounds.csv");
    List<String> lines = Files.readAllLines(rounds, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(lines.get(0) + ",status,closed_as\n");
    lines.subList(1, lines.size()).forEach(line -> out.append(line).append(",,\n"));
    for (String row : rows) {
      out.append(row).append('\n');
    }
    Files.writeString(rounds, out, StandardCharsets.UTF_8);
    return project;
  }

  /** A round row of the early fixture source: {@code status} and {@code closedAs} last. */
  private static String round(String id, String date, String status, String closedAs) {
    return id + ",anthropic,series-e,,,,2000000000,,USD,exact," + date + ",fixture-early,,reported,none,,,," + status + ","
        + closedAs;
  }

  @Test
  void talksALaterRoundConcludedAreNoLongerInTalksOnceThatRoundIsOnTheRecord() throws IOException {
    Briefing whole = new BriefingBuild(BuildListener.silent())
        .check(project(round(TALKS, "2024-12", "talks", "anthropic-2025-03"))).orElseThrow();
    assertThat(whole.round(TALKS).orElseThrow().reporting().deal()).isEqualTo(DealStatus.CONCLUDED);
    FigureRef ref = new FigureRef("round", List.of(TALKS), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(ref, Lang.KO)).isEqualTo("20억달러(이후 마감된 협상)");
    assertThat(new Figures(whole).text(ref, Lang.EN)).isEqualTo("$2 billion (talks, later closed)");
    for (Lang lang : Lang.values()) {
      FactTable table = new FactTables(whole, new Figures(whole), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").rounds();
      String row = table.rows().stream().filter(r -> r.id().equals("round-" + TALKS)).findFirst().orElseThrow()
          .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
      assertThat(row).contains(lang == Lang.KO ? "이후 마감된 협상" : "talks, later closed")
          .doesNotContain(lang == Lang.KO ? "협상 중" : "in talks");
      ChartImage timeline = new ChartRenderer().render(whole, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(timeline.caption()).doesNotContain("협상 중인 거래", "still in talks");
      // Never drawn: its money is the Series E's. Said so, so that a reader of an edition writing of
      // the talks does not look for them in vain.
      assertThat(timeline.table().toString()).doesNotContain(TALKS);
      assertThat(timeline.caption()).contains(lang == Lang.KO ? "이후 성사된 협상 1건(앤스로픽 · 시리즈E"
          : "1 deal in talks that a later deal concluded (Anthropic · Series E");
    }
    // An edition before the Series E was on the record knew only of talks, and says so.
    Briefing january = AsOf.of(whole, LocalDate.of(2025, 1, 15));
    assertThat(january.round(TALKS).orElseThrow().reporting().deal()).isEqualTo(DealStatus.TALKS);
    assertThat(new Figures(january).text(ref, Lang.KO)).isEqualTo("20억달러(협상 중)");
    assertThat(new ChartRenderer().render(january, Lang.KO).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow().caption()).contains("협상 중인 거래 1건(앤스로픽 · 시리즈E)");
  }

  @Test
  void aListingPlannedThatALaterListingCarriedOutIsNamedUnderTheTimeline() throws IOException {
    // A new user's two IPO plans, each followed by its listing, went unmentioned under the timeline.
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project(
        "fixture-ipo-plan,anthropic,ipo,,,,2000000000,,USD,exact,2025-01,fixture-early,,reported,none,,,,talks,fixture-ipo",
        "fixture-ipo,anthropic,ipo,,,,2500000000,,USD,exact,2025-02,fixture-early,,reported,none,,,,closed,"))
        .orElseThrow();
    assertThat(whole.round("fixture-ipo-plan").orElseThrow().reporting().deal()).isEqualTo(DealStatus.COMPLETED);
    for (Lang lang : Lang.values()) {
      ChartImage timeline = new ChartRenderer().render(whole, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(timeline.table().toString()).doesNotContain("fixture-ipo-plan").contains("2500000000");
      assertThat(timeline.caption()).contains(lang == Lang.KO ? "이후 실행된 계획 1건(앤스로픽"
          : "1 plan a later deal carried out (Anthropic");
    }
  }

  /**
   * An investor's share in talks of a round whose talks a later round concluded is no longer in
   * talks either: a new user's Nvidia share still read "협상 중" beside its round, "이후 마감된 협상".
   */
  @Test
  void aShareInTalksOfARoundLaterConcludedIsNoLongerInTalks() throws IOException {
    Path project = project(TALKS + ",anthropic,series-e,amazon,,,2000000000,,USD,exact,2024-12,fixture-early,,reported,"
        + "none,,,,talks,anthropic-2025-03");
    Files.writeString(project.resolve("data/investments.csv"), "fixture-share,amazon,anthropic,single,,500000000,USD,"
        + "exact,in-talks,2024-12,fixture-early,none,,,,," + TALKS + ",,,,reported,,,\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(whole.investment("fixture-share").orElseThrow().reporting().deal()).isEqualTo(DealStatus.CONCLUDED);
    FigureRef share = new FigureRef("investment", List.of("fixture-share"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(share, Lang.KO)).doesNotContain("협상 중");
    // Before the round that concluded the talks, the share was in talks as its round was.
    Briefing january = AsOf.of(whole, LocalDate.of(2025, 1, 15));
    assertThat(january.investment("fixture-share").orElseThrow().reporting().deal()).isEqualTo(DealStatus.TALKS);
    assertThat(new Figures(january).text(share, Lang.KO)).contains("협상 중");
  }

  /**
   * A check of the words around a figure reads the figure as its edition shows it: a new user's
   * September edition was told its round "already says 'talks, later closed'", the words of an
   * edition after the close, where it read "in talks".
   */
  @Test
  void theWordsAroundAFigureAreCheckedAsTheEditionShowsIt() throws IOException {
    Path project = project(round(TALKS, "2024-12", "talks", "fixture-closing"),
        round("fixture-closing", "2026-01", "", ""));
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.ko.md", "## 인재 전쟁은",
        "앤스로픽은 {{round:" + TALKS + "}} 규모로 협상하고 있다.\n\n## 인재 전쟁은");
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p)
        .contains("already says '협상 중' in its brackets, found '협상' after it"));
  }

  /**
   * Talks whose {@code closed_as} row was left out for its own error are not judged by the words
   * beside them: walk 72's currency typo on that row also gave "already says '협상 중'" at a text,
   * an error that fixing the typo took away.
   */
  @Test
  void theWordsAroundTalksWhoseEndWasLeftOutAreNotJudged() throws IOException {
    Path project = project(round(TALKS, "2024-12", "talks", "fixture-closing"),
        round("fixture-closing", "2025-01", "", "").replace(",USD,", ",UDS,"));
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.ko.md", "## 인재 전쟁은",
        "앤스로픽은 {{round:" + TALKS + "}} 규모로 협상하고 있다.\n\n## 인재 전쟁은");
    List<String> problems = ShippedProject.checkProblems(project);
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("found 'UDS'"));
    assertThat(problems).noneSatisfy(p -> assertThat(p).contains("already says"));
  }

  @Test
  void closedAsNamesALaterClosedRoundOfTheSameCompany() throws IOException {
    Path project = project(
        round("fixture-closed", "2024-12", "", "anthropic-2025-03"),
        round("fixture-missing", "2024-12", "talks", "anthropic-2026-01"),
        round("fixture-earlier", "2024-12", "talks", "anthropic-2024-11-amazon"),
        round("fixture-open", "2024-12", "talks", "fixture-still"),
        round("fixture-still", "2025-01", "talks", ""));
    List<String> problems = ShippedProject.checkProblems(project);
    java.util.function.Function<String, String> at = id -> {
      String row = ShippedProject.positionOf(project, "data/rounds.csv", id + ",");
      return row.substring(0, row.lastIndexOf(':'));
    };
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-closed"))
        .contains("expected an empty 'closed_as' for a round whose status is 'closed' (only talks are concluded by a"
            + " later round), found 'anthropic-2025-03'"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-missing"))
        .contains("anthropic-2026-01"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-earlier"))
        .contains("expected a round dated on or after these talks (2024-12) in column 'closed_as', found"
            + " 'anthropic-2024-11-amazon' dated 2024-11-22"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-open"))
        .contains("expected a round closed or called off in column 'closed_as' (what these talks came to), found"
            + " 'fixture-still', whose status is 'talks'"));
    assertThat(problems).hasSize(4);
  }

  /**
   * A listing filed, then withdrawn: a new user kept the IPO's talks row and added the withdrawal as a
   * row called off, and later editions said both "추진 중" and "무산" of one IPO.
   */
  @Test
  void talksThatCameToNothingAreSaidToOnceTheirEndIsOnTheRecord() throws IOException {
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project(
        "fixture-ipo-talks,anthropic,ipo,,,,1000000000,,USD,exact,2024-12,fixture-early,,reported,none,,,,talks,"
            + "fixture-ipo-off",
        "fixture-ipo-off,anthropic,ipo,,,,1000000000,,USD,exact,2025-10,fixture-early,,reported,none,,,,called-off,"))
        .orElseThrow();
    assertThat(whole.round("fixture-ipo-talks").orElseThrow().reporting().deal()).isEqualTo(DealStatus.ABANDONED);
    FigureRef ref = new FigureRef("round", List.of("fixture-ipo-talks"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(ref, Lang.KO)).isEqualTo("10억달러(이후 무산)");
    assertThat(new Figures(whole).text(ref, Lang.EN)).isEqualTo("$1 billion (later called off)");
    ChartImage timeline = new ChartRenderer().render(whole, Lang.KO).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow();
    assertThat(timeline.caption()).contains("무산된 거래 1건").doesNotContain("추진 중인 차입·상장");
    // Before the withdrawal, the listing was planned.
    Briefing before = AsOf.of(whole, LocalDate.of(2025, 6, 30));
    assertThat(new Figures(before).text(ref, Lang.KO)).isEqualTo("10억달러(추진 중)");
  }
  /**
   * A listing prepared, then carried out: a new user's Hong Kong IPOs read "이후 마감된 협상" / "talks,
   * later closed", though a listing is planned, never negotiated; the valuation it named likewise.
   */
  @Test
  void aListingPlannedThenCarriedOutIsNoNegotiation() throws IOException {
    Path project = project(
        "fixture-ipo-plan,anthropic,ipo,,,fixture-ipo-value,1000000000,,USD,exact,2024-12,fixture-early,,reported,none,,,,"
            + "talks,fixture-ipo",
        "fixture-ipo,anthropic,ipo,,,,1100000000,,USD,exact,2025-10,fixture-early,,reported,none,,,,,");
    Files.writeString(project.resolve("data/valuations.csv"),
        "fixture-ipo-value,anthropic,40000000000,USD,exact,2024-12,fixture-early,none,,,,unstated,,reported\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(whole.round("fixture-ipo-plan").orElseThrow().reporting().deal()).isEqualTo(DealStatus.COMPLETED);
    FigureRef ref = new FigureRef("round", List.of("fixture-ipo-plan"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(ref, Lang.KO)).isEqualTo("10억달러(이후 완료)");
    assertThat(new Figures(whole).text(ref, Lang.EN)).isEqualTo("$1 billion (planned, later completed)");
    FigureRef value = new FigureRef("valuation", List.of("fixture-ipo-value"), "", "{{…}}", SourcePos.startOf("t"));
    // A value sought in talks a later round concluded was sought, not reached.
    com.moneywar.briefing.model.Valuation sought = whole.valuation("fixture-ipo-value").orElseThrow();
    com.moneywar.briefing.model.Valuation inTalks = new com.moneywar.briefing.model.Valuation(sought.id(),
        sought.company(), sought.amount(), sought.bound(), sought.date(), sought.source(), sought.fx(),
        sought.approxDigits(), sought.note(), sought.basis(), sought.reporting().withDeal(DealStatus.CONCLUDED));
    assertThat(inTalks.dealWords(Lang.KO)).isEqualTo("협상 때 제시된 값");
    assertThat(inTalks.dealWords(Lang.EN)).isEqualTo("sought in talks");
    // The valuation the plan named was named, not reached: "추진 때 제시된 값".
    assertThat(new Figures(whole).text(value, Lang.KO)).isEqualTo("400억달러(추진 때 제시된 값)");
    assertThat(new Figures(whole).text(value, Lang.EN)).isEqualTo("$40 billion (named when planned)");
    for (Lang lang : Lang.values()) {
      FactTable table = new FactTables(whole, new Figures(whole), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").rounds();
      String row = table.rows().stream().filter(r -> r.id().equals("round-fixture-ipo-plan")).findFirst().orElseThrow()
          .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
      assertThat(row).contains(lang == Lang.KO ? "이후 완료" : "planned, later completed")
          .doesNotContain(lang == Lang.KO ? "협상" : "talks");
      ChartImage timeline = new ChartRenderer().render(whole, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(timeline.caption()).doesNotContain("추진 중인 차입·상장", "still planned");
      assertThat(timeline.table().toString()).doesNotContain("fixture-ipo-plan");
    }
    // Before the listing, it was planned.
    Briefing before = AsOf.of(whole, LocalDate.of(2025, 6, 30));
    assertThat(new Figures(before).text(ref, Lang.KO)).isEqualTo("10억달러(추진 중)");
    assertThat(new Figures(before).text(value, Lang.KO)).isEqualTo("400억달러(추진 중)");
  }
  /**
   * A denied report of talks that a later round concluded is still a denied report under the
   * timeline (a new user's xAI note counted one denial of two).
   */
  @Test
  void aDeniedReportOfTalksALaterRoundConcludedIsNamedAsDenied() throws IOException {
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project(
        TALKS + ",anthropic,series-e,,,,2000000000,,USD,exact,2024-12,fixture-early,,denied,none,,,,talks,anthropic-2025-03"))
        .orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage timeline = new ChartRenderer().render(whole, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      // With its date, even alone: the Series E drawn above is not the one denied.
      assertThat(timeline.caption()).contains(lang == Lang.KO ? "당사자가 부인한 보도 1건(앤스로픽 · 시리즈E · 2024년 12월)"
          : "1 report denied by the parties (Anthropic · Series E · December 2024)");
    }
  }
}
