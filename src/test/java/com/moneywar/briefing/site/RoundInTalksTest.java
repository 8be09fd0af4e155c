package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.CompanyRecord;
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
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round a company is only reported to be seeking (rounds.csv, {@code status=talks}) is no money
 * raised: a new user's "Anthropic is seeking $3–5 billion" was added into "raised in rounds" beside
 * the round it became. It is never drawn nor added up, and says where it is shown that it is in
 * talks. The rows added here are TEST FIXTURES, not reported figures.
 */
class RoundInTalksTest {
  @TempDir static Path dir;
  private static Path project;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-talks");
    withRounds(project,
        "fixture-seeking-2025-11,anthropic,equity,,,,33300000000,55500000000,USD,range,2025-11,fixture-talks,,"
            + "reported,none,,,,talks",
        "fixture-off-2025-11,anthropic,debt,,,,7770000000,,USD,exact,2025-11,fixture-talks,,,none,,,,called-off",
        "fixture-denied-2025-11,anthropic,series-e,,,,15000000000,,USD,exact,2025-11,fixture-talks,,denied,none,,,,"
            + "talks");
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  /** The project's rounds.csv with a 'status' column (the shipped file has none) and {@code rows} added. */
  static void withRounds(Path project, String... rows) throws IOException {
    Path rounds = project.resolve("data/rounds.csv");
    List<String> lines = Files.readAllLines(rounds, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).isEqualTo("id,investee,type,lead,participants,valuation,amount,amount_high,currency,bound,"
        + "date,source,sources,claim,fx,approx_digits,note_ko,note_en");
    StringBuilder out = new StringBuilder(lines.get(0) + ",status\n");
    lines.subList(1, lines.size()).forEach(line -> out.append(line).append(",\n"));
    for (String row : rows) {
      out.append(row).append('\n');
    }
    Files.writeString(rounds, out, StandardCharsets.UTF_8);
  }

  @Test
  void aRoundInTalksOrCalledOffIsNeverDrawnNorAddedUp() {
    assertThat(briefing.round("fixture-seeking-2025-11").orElseThrow().reporting().deal()).isEqualTo(DealStatus.TALKS);
    assertThat(briefing.round("fixture-off-2025-11").orElseThrow().reporting().deal()).isEqualTo(DealStatus.CALLED_OFF);
    Briefing without = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    assertThat(CompanyRecord.of(briefing, "anthropic").raisedInRounds())
        .isEqualTo(CompanyRecord.of(without, "anthropic").raisedInRounds());
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("33300000000", "7770000000");
      }
    }
  }

  @Test
  void everyPlaceThatShowsItSaysTheRoundIsInTalksOrCalledOff() {
    Figures figures = new Figures(briefing);
    FigureRef seeking = new FigureRef("round", List.of("fixture-seeking-2025-11"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(seeking, Lang.KO)).isEqualTo("333억~555억달러(협상 중)");
    assertThat(figures.text(seeking, Lang.EN)).isEqualTo("$33.3–55.5 billion (in talks)");
    FigureRef off = new FigureRef("round", List.of("fixture-off-2025-11"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(off, Lang.EN)).isEqualTo("$7.77 billion (called off)");
    for (Lang lang : Lang.values()) {
      FactTable table = new FactTables(briefing, figures, lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").rounds();
      String seekingRow = table.rows().stream().filter(r -> r.id().equals("round-fixture-seeking-2025-11")).findFirst()
          .orElseThrow().cells().get(0).text();
      String offRow = table.rows().stream().filter(r -> r.id().equals("round-fixture-off-2025-11")).findFirst()
          .orElseThrow().cells().get(0).text();
      // Under "raised", the amount says the round stands in talks: nothing was raised. The round's name
      // does not say it a second time (a new user read "· 추진 중" twice in one row).
      assertThat(table.rows().stream().filter(r -> r.id().equals("round-fixture-seeking-2025-11")).findFirst()
          .orElseThrow().cells().get(1).text()).endsWith(lang == Lang.KO ? " · 협상 중" : " · in talks");
      assertThat(seekingRow).doesNotContain("협상", "talks");
      assertThat(table.rows().stream().filter(r -> r.id().equals("round-fixture-off-2025-11")).findFirst()
          .orElseThrow().cells().get(1).text()).endsWith(lang == Lang.KO ? " · 무산" : " · called off");
      assertThat(offRow).doesNotContain("무산", "called off");
    }
  }

  /**
   * A report of talks the parties deny is no talks: a new user's denied report of a Series E read
   * "150억달러(약 22조원, 협상 중, 당사자 부인)" in prose and "시리즈E · 협상 중" in the table, stating the
   * talks as fact.
   */
  @Test
  void aDeniedReportOfTalksIsNeverCalledTalks() {
    Figures figures = new Figures(briefing);
    FigureRef denied = new FigureRef("round", List.of("fixture-denied-2025-11"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(denied, Lang.KO)).isEqualTo("150억달러(당사자 부인)");
    assertThat(figures.text(denied, Lang.EN)).isEqualTo("$15 billion (denied)");
    for (Lang lang : Lang.values()) {
      FactTable table = new FactTables(briefing, figures, lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").rounds();
      String row = table.rows().stream().filter(r -> r.id().equals("round-fixture-denied-2025-11")).findFirst()
          .orElseThrow().cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
      assertThat(row).doesNotContain("협상", "talks").contains(lang == Lang.KO ? "당사자 부인" : "denied");
      assertThat(SiteRenderer.headlines(briefing, figures, List.of(denied), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(briefing)).get(0).label()).doesNotContain("협상", "talks");
    }
  }

  /**
   * A new user's valuations chart ended in "×6.3", grown from a $60 billion valuation that was only
   * sought in talks (the round closed at $61.5 billion): a valuation only a round in talks names is
   * not drawn, not a multiple's base, and says it is in talks wherever it is shown.
   */
  @Test
  void theValuationARoundInTalksSeeksIsNeitherDrawnNorGrownFrom(@TempDir Path other) throws IOException {
    Path sought = ShippedProject.copyTo(other);
    ShippedProject.addFixtureSource(sought, "fixture-talks");
    Files.writeString(sought.resolve("data/valuations.csv"),
        "fixture-sought-2025-01,anthropic,44400000000,USD,exact,2025-01,fixture-talks,none,,,,post-money,,reported\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    withRounds(sought, "fixture-seeking-2025-01,anthropic,equity,,,fixture-sought-2025-01,2000000000,,USD,exact,2025-01,"
        + "fixture-talks,,reported,none,,,,talks");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(sought).orElseThrow();
    assertThat(b.valuation("fixture-sought-2025-01").orElseThrow().reporting().deal()).isEqualTo(DealStatus.TALKS);
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(b, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("44400000000");
      }
      FactTable table = new FactTables(b, new Figures(b), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/valuations.html").valuations();
      assertThat(table.rows().stream().filter(r -> r.id().equals("fixture-sought-2025-01")).findFirst().orElseThrow()
          .cells().get(3).text()).isEqualTo(lang == Lang.KO ? "투자 후 기업가치 · 협상 중" : "post-money · in talks");
    }
    // The rounds table gives the valuation sought under its round, with its status too.
    FactTable rounds = new FactTables(b, new Figures(b), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html")
        .rounds();
    assertThat(rounds.rows().stream().filter(r -> r.id().equals("round-fixture-seeking-2025-01")).findFirst()
        .orElseThrow().cells().get(5).title()).isEqualTo("투자 후 기업가치 · 협상 중 · 보도");
    FigureRef ref = new FigureRef("valuation", List.of("fixture-sought-2025-01"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(b).text(ref, Lang.KO)).isEqualTo("444억달러(협상 중)");
    // As a key figure its label says so: "약 500억달러(보도)" under "… 기업가치" read as a value set.
    for (Lang lang : Lang.values()) {
      assertThat(SiteRenderer.headlines(b, new Figures(b), List.of(ref), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(b)).get(0).label())
          .isEqualTo(lang == Lang.KO ? "앤스로픽 기업가치 · 협상 중" : "Anthropic valuation · in talks");
    }
    assertThat(CompanyRecord.of(b, "anthropic").latestValuation().orElseThrow().id()).isNotEqualTo("fixture-sought-2025-01");
    String text = "data/texts/" + ShippedProject.newest() + ".en.md";
    Path file = sought.resolve(text);
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).stripTrailing()
        + "\n\nIt grew {{ratio:fixture-sought-2025-01:anthropic-2025-03}} times."
        + "\n\nOr {{ratio:anthropic-2023:fixture-sought-2025-01}} times.\n", StandardCharsets.UTF_8);
    List<String> problems = ShippedProject.checkProblems(sought);
    assertThat(problems).contains(ShippedProject.positionOf(sought, text,
        "{{ratio:fixture-sought-2025-01:") + ": error: expected two valuations that were set for"
        + " {{ratio:fixture-sought-2025-01:anthropic-2025-03}}, found 'fixture-sought-2025-01', the valuation of round"
        + " 'fixture-seeking-2025-01', still in talks (a multiple of it would read as growth that happened)");
    // Talks come first, whatever else differs (here the bases): no other column makes the value one
    // to grow from, and a new user told of the bases first set one to post-money in vain.
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("{{ratio:anthropic-2023:fixture-sought-2025-01}}")
        .contains("expected two valuations that were set"));
  }

  @Test
  void aCompanyPageSaysHowMuchOfWhatItRaisedInRoundsIsDebt(@TempDir Path other) throws IOException {
    // A new user's xAI page read "Raised in rounds $22 billion" with $5 billion of debt in it, unsaid.
    Path withDebt = ShippedProject.copyTo(other);
    ShippedProject.addFixtureSource(withDebt, "fixture-debt");
    Files.writeString(withDebt.resolve("data/rounds.csv"),
        "fixture-debt-2025-11,anthropic,debt,,,,7770000000,,USD,exact,2025-11,fixture-debt,,,none,,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(withDebt).orElseThrow();
    assertThat(CompanyRecord.of(b, "anthropic").debtInRounds().values()).singleElement()
        .satisfies(t -> assertThat(t.text(Lang.EN)).isEqualTo("$7.77 billion"));
    for (Lang lang : Lang.values()) {
      PageContext ctx = new PageContext(b, lang, new SiteAssets("a.css", "f.css", "s.js", "t.js"), true)
          .withMessages(ShippedProject.messages(lang.code()));
      String note = new CompanyPages(b, ctx, java.util.Map.of(), List.of(), List.of(), "")
          .page(b.company("anthropic").orElseThrow(), new java.util.TreeMap<>(), new java.util.ArrayList<>())
          .totals().get(0).note();
      assertThat(note).endsWith(lang == Lang.KO ? "(그중 차입 77억7000만달러)" : "; of which debt: $7.77 billion");
    }
  }

  @Test
  void aRoundWhoseAmountNoSourceGivesIsShownAsSuchAndNeverAddedUp(@TempDir Path other) throws IOException {
    // A new user could not enter Twelve Labs' Series A: its sources named the leads, not the amount.
    Path undisclosed = ShippedProject.copyTo(other);
    Files.writeString(undisclosed.resolve("data/rounds.csv"),
        "fixture-undisclosed,anthropic,series-a,google,,,,,USD,exact,2025-11,wyomingstar-2025-11-19,,,none,,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(undisclosed).orElseThrow();
    assertThat(b.round("fixture-undisclosed").orElseThrow().reporting().amountStated()).isFalse();
    Briefing without = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    assertThat(CompanyRecord.of(b, "anthropic").raisedInRounds()).isEqualTo(CompanyRecord.of(without, "anthropic").raisedInRounds());
    FactTable table = new FactTables(b, new Figures(b), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html").rounds();
    assertThat(table.rows().stream().filter(r -> r.id().equals("round-fixture-undisclosed")).findFirst().orElseThrow()
        .cells().get(1).text()).isEqualTo("금액 미상");
  }

  @Test
  void aStatusARoundCannotHaveIsReportedAtItsCell() throws IOException {
    ShippedProject.replace(project, "data/rounds.csv", ",,,,called-off\n", ",,,,seeking\n");
    List<String> problems = ShippedProject.checkProblems(project);
    ShippedProject.replace(project, "data/rounds.csv", ",,,,seeking\n", ",,,,called-off\n");
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("data/rounds.csv:")
        .contains("expected one of closed, talks, called-off in column 'status', found 'seeking'"));
  }
  /** A new user's rounds table read "약 30억달러 / 추정치 · 추정치" for an estimate whose claim is an estimate. */
  @Test
  void anEstimatedValuationOfARoundSaysEstimateOnce(@TempDir Path other) throws IOException {
    Path project = ShippedProject.copyTo(other);
    ShippedProject.addFixtureSource(project, "fixture-estimate");
    Files.writeString(project.resolve("data/valuations.csv"),
        "fixture-estimate-2025-01,anthropic,3000000000,USD,about,2025-01,fixture-estimate,none,,,,estimate,,estimated\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    withRounds(project, "fixture-round-2025-01,anthropic,equity,,,fixture-estimate-2025-01,2000000000,,USD,exact,2025-01,"
        + "fixture-estimate,,,none,,,,");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      FactTable rounds = new FactTables(b, new Figures(b), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").rounds();
      assertThat(rounds.rows().stream().filter(r -> r.id().equals("round-fixture-round-2025-01")).findFirst()
          .orElseThrow().cells().get(5).title()).isEqualTo(lang == Lang.KO ? "추정치" : "estimate");
    }
  }
}
