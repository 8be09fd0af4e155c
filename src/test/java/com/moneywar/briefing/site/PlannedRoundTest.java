package com.moneywar.briefing.site;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static com.moneywar.briefing.testing.ShippedProject.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.Headline;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bond sale being marketed or a listing being prepared is no negotiation: a new user's Oracle
 * bond sale of $15 billion, reported before it closed (rounds.csv, {@code type=debt}, {@code
 * status=talks}), read "오라클 · 차입 · 협상 중". A debt or IPO round not yet closed reads {@code 추진
 * 중} / {@code planned} wherever its status is said; an equity round in talks keeps {@code 협상 중} /
 * {@code in talks}. The rows added here are TEST FIXTURES, not reported figures.
 */
class PlannedRoundTest {
  @TempDir static Path dir;
  private static Path project;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-planned");
    // The valuation the listing aims at ("at a valuation of about $500 billion"), named by the IPO row.
    java.nio.file.Files.writeString(project.resolve("data/valuations.csv"),
        "fixture-ipo-value,openai,555000000000,USD,about,2025-11,fixture-planned,none,,,,,,\n",
        java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    RoundInTalksTest.withRounds(project,
        "fixture-bonds-talks,anthropic,debt,,,,15500000000,,USD,exact,2025-11,fixture-planned,,reported,none,,,,talks",
        "fixture-ipo-talks,openai,ipo,,,fixture-ipo-value,6660000000,,USD,about,2025-11,fixture-planned,,,none,,,,talks",
        "fixture-equity-talks,anthropic,equity,,,,4440000000,,USD,exact,2025-11,fixture-planned,,,none,,,,talks",
        "fixture-bonds-sold,openai,debt,,,,7770000000,,USD,exact,2025-11,fixture-planned,,,none,,,,closed");
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  private static FigureRef round(String id) {
    return new FigureRef("round", List.of(id), "", "{{round:" + id + "}}", SourcePos.startOf("t"));
  }

  @Test
  void aBondSaleOrAListingNotYetClosedIsPlannedInItsFullForm() {
    Figures figures = new Figures(briefing);
    assertThat(figures.text(round("fixture-bonds-talks"), Lang.KO)).isEqualTo("155억달러(추진 중)");
    assertThat(figures.text(round("fixture-bonds-talks"), Lang.EN)).isEqualTo("$15.5 billion (planned)");
    assertThat(figures.text(round("fixture-ipo-talks"), Lang.KO)).isEqualTo("약 66억6000만달러(추진 중)");
    assertThat(figures.text(round("fixture-ipo-talks"), Lang.EN)).isEqualTo("about $6.66 billion (planned)");
    // Shares still being negotiated are in talks.
    assertThat(figures.text(round("fixture-equity-talks"), Lang.KO)).isEqualTo("44억4000만달러(협상 중)");
    assertThat(figures.text(round("fixture-equity-talks"), Lang.EN)).isEqualTo("$4.44 billion (in talks)");
  }

  @Test
  void theRoundsTableAndTheKeyFiguresSayPlanned() {
    Figures figures = new Figures(briefing);
    for (Lang lang : Lang.values()) {
      FactTable table = new FactTables(briefing, figures, lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").rounds();
      Map<String, String> names = new java.util.HashMap<>();
      Map<String, String> raised = new java.util.HashMap<>();
      table.rows().forEach(r -> names.put(r.id(), r.cells().get(0).text()));
      table.rows().forEach(r -> raised.put(r.id(), r.cells().get(1).text()));
      boolean ko = lang == Lang.KO;
      // Said once in the row, beside the amount under "raised", where the amount would read as raised.
      assertThat(names.get("round-fixture-bonds-talks")).isEqualTo(ko ? "앤스로픽 ·\u00a0차입"
          : "Anthropic ·\u00a0Debt financing");
      assertThat(raised.get("round-fixture-bonds-talks")).endsWith(ko ? " · 추진 중" : " · planned");
      assertThat(names.get("round-fixture-ipo-talks")).isEqualTo(ko ? "오픈AI ·\u00a0기업공개(IPO)"
          : "OpenAI ·\u00a0IPO");
      assertThat(raised.get("round-fixture-ipo-talks")).endsWith(ko ? " · 추진 중" : " · planned");
      assertThat(names.get("round-fixture-equity-talks")).isEqualTo(ko ? "앤스로픽 ·\u00a0지분 투자"
          : "Anthropic ·\u00a0Equity round");
      assertThat(raised.get("round-fixture-equity-talks")).endsWith(ko ? " · 협상 중" : " · in talks");
      List<Headline> heads = SiteRenderer.headlines(briefing, figures,
          List.of(round("fixture-bonds-talks"), round("fixture-ipo-talks"), round("fixture-equity-talks")), lang,
          lang.code() + "/index.html", SiteRenderer.RowPlaces.of(briefing));
      assertThat(heads).extracting(Headline::label).containsExactly(
          ko ? "앤스로픽 차입 · 추진 중" : "Anthropic debt financing · planned",
          ko ? "오픈AI IPO · 추진 중" : "OpenAI IPO · planned",
          ko ? "앤스로픽 지분 투자 · 협상 중" : "Anthropic equity round · in talks");
    }
  }

  @Test
  void aSearchResultSaysPlanned() {
    for (Lang lang : Lang.values()) {
      String index = SearchIndexText.of(briefing, lang);
      boolean ko = lang == Lang.KO;
      assertThat(index).contains(ko ? "155억달러(추진 중, 보도)" : "$15.5 billion (planned; reported)",
          ko ? "44억4000만달러(협상 중)" : "$4.44 billion (in talks)");
      assertThat(index).doesNotContain(ko ? "155억달러(협상 중" : "$15.5 billion (in talks");
    }
  }

  @Test
  void aPlanSaidAgainNextToAPlannedRoundIsReportedAsTalksAre() throws IOException {
    String ko = "data/texts/ai-money-war-2025-11-28.ko.md";
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    try {
      replace(project, ko, "에 사들였다.", "에 사들였다. 앤스로픽이 추진하는 {{round:fixture-bonds-talks}} 규모의 회사채도 있다.");
      replace(project, en, "so it is not counted in investment totals.", "so it is not counted in investment totals."
          + " Anthropic plans to sell {{round:fixture-bonds-talks}} of bonds.");
      assertThat(ShippedProject.checkProblems(project)).containsExactlyInAnyOrder(
          positionOf(project, ko, "{{round:fixture-bonds-talks}}") + ": error: expected the status said once:"
              + " {{round:fixture-bonds-talks}} already says '추진 중' in its brackets, found '추진' before it ('앤스로픽이"
              + " 추진하는 {{round:fixture-bonds-talks}}'); write {{round:fixture-bonds-talks:amount}} (or :krw) and"
              + " keep your words, or drop them",
          positionOf(project, en, "{{round:fixture-bonds-talks}}") + ": error: expected the status said once:"
              + " {{round:fixture-bonds-talks}} already says 'planned' in its brackets, found 'plans' before it"
              + " ('Anthropic plans to sell {{round:fixture-bonds-talks}}'); write {{round:fixture-bonds-talks:amount}}"
              + " (or :krw) and keep your words, or drop them");
      // "In talks" is no word of a plan's: said of a bond sale, it is the writer's (the banks may be in talks).
      replace(project, ko, "앤스로픽이 추진하는 {{round:fixture-bonds-talks}}", "앤스로픽이 은행과 협상 중인 {{round:fixture-bonds-talks}}");
      replace(project, en, "Anthropic plans to sell {{round:fixture-bonds-talks}} of bonds.",
          "Anthropic is in talks with banks over {{round:fixture-bonds-talks}} of bonds; the explanation came later.");
      assertThat(new BriefingBuild(BuildListener.silent()).check(project).problems()).isEmpty();
    } finally {
      ShippedProject.copyTree(ShippedProject.ROOT.resolve("data/texts"), project.resolve("data/texts"));
    }
  }

  /** The caption under the shipped chart of {@code kind} that names no rows, in {@code lang}. */
  private static String caption(com.moneywar.briefing.model.ChartKind kind, Lang lang) {
    com.moneywar.briefing.model.ChartSpec spec = briefing.charts().stream()
        .filter(c -> c.kind() == kind && c.rows().isEmpty()).findFirst().orElseThrow();
    return new com.moneywar.briefing.chart.ChartRenderer().render(spec, briefing, lang).caption();
  }

  @Test
  void theTimelineNamesABondSaleNotYetClosedAsPlannedNotAsADealInTalks() {
    // A new user's timeline said "협상 중인 거래 1건(xAI · 차입)" of a bond sale being marketed.
    String ko = caption(com.moneywar.briefing.model.ChartKind.TIMELINE, Lang.KO);
    String en = caption(com.moneywar.briefing.model.ChartKind.TIMELINE, Lang.EN);
    assertThat(ko).contains("추진 중인 차입·상장 2건(앤스로픽 · 차입, 오픈AI · 기업공개(IPO))")
        .contains("협상 중인 거래").doesNotContain("협상 중인 거래 1건(앤스로픽 · 차입");
    assertThat(en).contains("2 debt financings or listings still planned (Anthropic · Debt financing, OpenAI · IPO)");
  }

  @Test
  void aMoneyFlowsChartNamesABondSaleItLeavesOutAsDebtNotAsAFundingRound() {
    // A new user's chart said "투자 유치 라운드 1건(xAI · 차입)은 투자자별 금액이 없어 그리지 않았다".
    String ko = caption(com.moneywar.briefing.model.ChartKind.MONEY_FLOWS, Lang.KO);
    String en = caption(com.moneywar.briefing.model.ChartKind.MONEY_FLOWS, Lang.EN);
    assertThat(ko).contains("대출·채권 1건(오픈AI · 차입 77억7000만달러)은 투자가 아니어서 그리지 않았다.");
    java.util.regex.Matcher rounds = java.util.regex.Pattern.compile("투자 유치 라운드 [^.]*\\.").matcher(ko);
    while (rounds.find()) {
      assertThat(rounds.group()).as("the funding rounds the chart leaves out").doesNotContain("차입");
    }
    assertThat(en).contains("Loans and bonds bought are debt, not investment, and are not drawn: OpenAI · Debt financing $7.77 billion");
  }

  /** A new user's IPO being prepared said "planned", and the valuation it named "in talks". */
  @Test
  void theValuationAListingBeingPreparedNamesIsPlannedNotInTalks() {
    Figures figures = new Figures(briefing);
    FigureRef value = new FigureRef("valuation", List.of("fixture-ipo-value"), "", "v", SourcePos.startOf("t"));
    assertThat(figures.text(value, Lang.KO)).isEqualTo("약 5550억달러(추진 중)");
    assertThat(figures.text(value, Lang.EN)).isEqualTo("about $555 billion (planned)");
  }
}
