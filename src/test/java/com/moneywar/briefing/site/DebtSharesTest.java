package com.moneywar.briefing.site;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.CompaniesIndex;
import com.moneywar.briefing.site.view.CompanyPage;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.Headline;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lender's loan or a bond buyer's bonds, entered as its share of a {@code debt} round, is debt,
 * not an investment: a new user's Hyperion SPV page read "Paid in about $28 billion or more", $21
 * billion of it bonds bought by Pimco and BlackRock, labelled "(Investment)" on the timeline. Debt
 * is called so wherever it is shown, and never added into the investment totals, the money-flows
 * and cumulative charts or a sum with an investment; it has totals of its own. The rows added here
 * are TEST FIXTURES, not reported figures: Fidelity's loan facility to Anthropic (a commitment whose
 * tranche names no round, debt through it) and MGX's bonds.
 */
class DebtSharesTest {
  @TempDir static Path dir;
  private static Briefing briefing;
  private static Briefing pristine;

  private static final String INVESTMENTS_HEADER = "id,investor,investee,kind,part_of,amount,currency,bound,status,"
      + "date,source,fx,approx_digits,note_ko,note_en,replaces,round,role,amount_high,sources,claim,alt_amount,alt_bound,"
      + "alt_source";

  @BeforeAll
  static void load() throws IOException {
    pristine = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    briefing = new BriefingBuild(BuildListener.silent()).check(withDebt(dir)).orElseThrow();
  }

  /** The shipped project with the fixture loan round and its shares, copied into {@code into}. */
  static Path withDebt(Path into) throws IOException {
    Path project = ShippedProject.copyTo(into);
    ShippedProject.addFixtureSource(project, "fixture-debt");
    Files.writeString(project.resolve("data/rounds.csv"), "fixture-loan-2025-11,anthropic,debt,fidelity,mgx,,"
        + "5550000000,,USD,exact,2025-11,fixture-debt,,,none,,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertThat(Files.readAllLines(project.resolve("data/investments.csv"), StandardCharsets.UTF_8).get(0))
        .isEqualTo(INVESTMENTS_HEADER);
    append(project, "id=fixture-facility investor=fidelity kind=commitment amount=2220000000 status=announced"
        + " round=fixture-loan-2025-11");
    append(project, "id=fixture-facility-t1 investor=fidelity kind=tranche part_of=fixture-facility amount=555000000"
        + " status=invested");
    append(project, "id=fixture-bonds-mgx investor=mgx kind=single amount=1110000000 status=invested"
        + " round=fixture-loan-2025-11");
    return project;
  }

  /** Appends an investment into Anthropic in USD, dated 2025-11, from the fixture source, with the cells {@code k=v}. */
  static void append(Path project, String cells) throws IOException {
    Map<String, String> row = new TreeMap<>(Map.of("investee", "anthropic", "currency", "USD", "bound", "exact",
        "date", "2025-11", "source", "fixture-debt", "fx", "none"));
    Arrays.stream(cells.split(" ")).forEach(c -> row.put(c.substring(0, c.indexOf('=')), c.substring(c.indexOf('=') + 1)));
    String line = Arrays.stream(INVESTMENTS_HEADER.split(",")).map(h -> row.getOrDefault(h, ""))
        .collect(Collectors.joining(","));
    Files.writeString(project.resolve("data/investments.csv"), line + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
  }

  private static String kindCell(FactTable table, String id) {
    return table.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().cells().get(1).text();
  }

  private static String statusCell(FactTable table, String id) {
    return table.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().cells().get(4).text();
  }

  private static FigureRef investment(String id) {
    return new FigureRef("investment", List.of(id), "", "{{investment:" + id + "}}", SourcePos.startOf("t"));
  }

  @Test
  void aLoanOrBondsAreCalledDebtInTheTablesTheKeyFiguresAndTheSearch() {
    Figures figures = new Figures(briefing);
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      FactTables tables = new FactTables(briefing, figures, lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html");
      FactTable table = tables.investments();
      // Loans and bonds in a table of their own, never among the investments.
      FactTable debt = tables.debt();
      assertThat(debt.caption()).isEqualTo(ko ? "대출·채권 내역" : "Loans and bonds");
      assertThat(debt.columns().get(0)).isEqualTo(ShippedProject.messages(lang.code()).get("col.flow.debt"));
      assertThat(table.rows()).noneMatch(r -> r.id().startsWith("fixture-bonds") || r.id().startsWith("fixture-facility"));
      assertThat(kindCell(debt, "fixture-bonds-mgx")).isEqualTo(ko ? "대출·채권(참여)" : "Debt (participant)");
      assertThat(kindCell(debt, "fixture-facility")).isEqualTo(ko ? "대출·채권 약정(주도)" : "Debt commitment (lead)");
      // A tranche that names no round is debt through the commitment it draws on.
      assertThat(kindCell(debt, "fixture-facility-t1")).isEqualTo(ko ? "└ 대출·채권 분할분" : "└ Debt tranche");
      assertThat(statusCell(debt, "fixture-bonds-mgx")).isEqualTo(ko ? "집행 완료" : "Funded");
      // A share of an equity round is what it was.
      assertThat(kindCell(table, "thrive-openai-2024-10")).isEqualTo(ko ? "단건 투자 · 지분 투자(주도)"
          : "Single investment · Equity round (lead)");
      assertThat(statusCell(table, "thrive-openai-2024-10")).isEqualTo(ko ? "집행 완료" : "Invested");

      List<Headline> heads = SiteRenderer.headlines(briefing, figures, List.of(investment("fixture-bonds-mgx"),
          investment("fixture-facility"), investment("amazon-anthropic-2024-11")), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(briefing));
      assertThat(heads).extracting(Headline::label).containsExactly(
          ko ? "MGX → 앤스로픽 · 대출·채권" : "MGX → Anthropic · debt",
          ko ? "피델리티 → 앤스로픽 · 대출·채권 약정" : "Fidelity Management & Research → Anthropic · debt commitment",
          ko ? "아마존 → 앤스로픽 · 투자 약정" : "Amazon → Anthropic · commitment");

      String index = SearchIndexText.of(briefing, lang);
      assertThat(index).contains(ko ? "MGX → 앤스로픽 (Anthropic) · 11억1000만달러 · 대출·채권 · 집행 완료"
          : "MGX → Anthropic (앤스로픽) · $1.11 billion · Debt · Funded");
    }
  }

  @Test
  void debtIsNeverAddedIntoTheInvestmentTotalsAndHasTotalsOfItsOwn() {
    CompanyRecord anthropic = CompanyRecord.of(briefing, "anthropic");
    CompanyRecord before = CompanyRecord.of(pristine, "anthropic");
    assertThat(anthropic.committedTo()).isEqualTo(before.committedTo());
    assertThat(anthropic.paidInto()).isEqualTo(before.paidInto());
    // Committed: the facility (2.22, of which 0.555 drawn) and the bonds (1.11).
    assertThat(anthropic.lentTo().values()).singleElement().satisfies(t -> assertThat(t.text(Lang.EN))
        .isEqualTo("$3.33 billion"));
    CompanyRecord fidelity = CompanyRecord.of(briefing, "fidelity");
    assertThat(fidelity.committedBy()).isEmpty();
    assertThat(fidelity.paidBy()).isEmpty();
    assertThat(fidelity.lentBy().values()).singleElement().satisfies(t -> assertThat(t.text(Lang.KO))
        .isEqualTo("22억2000만달러"));
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      PageContext ctx = new PageContext(briefing, lang, new SiteAssets("a.css", "f.css", "s.js", "t.js"), true)
          .withMessages(ShippedProject.messages(lang.code()));
      CompanyPages pages = new CompanyPages(briefing, ctx, Map.of(), List.of(), List.of(), "");
      CompanyPage page = pages.page(briefing.company("anthropic").orElseThrow(), new TreeMap<>(), new ArrayList<>());
      // Every loan and bond row is a lender's share of its debt round: said so, beside what the round
      // raised (a new user's bond issuer read "Borrowed $27 billion" beside "Borrowed (loans and bonds) $21 billion").
      String named = ko ? "채권자별로 밝혀진 차입" : "Lent by the lenders named";
      assertThat(page.totals()).extracting(CompanyPage.Total::label).contains(named)
          .doesNotContain(ko ? "대출·채권으로 빌린 돈" : "Borrowed (loans and bonds)");
      assertThat(page.totals()).filteredOn(t -> t.label().equals(named))
          .singleElement().satisfies(t -> assertThat(t.value()).isEqualTo(ko ? "33억3000만달러" : "$3.33 billion"));
      // Its tables keep the investments and the debt apart, the debt between a lender and a borrower.
      FactTable received = page.tables().stream().filter(t -> t.caption().equals(ko ? "받은 투자" : "Investments received"))
          .findFirst().orElseThrow();
      assertThat(received.rows()).extracting(FactTable.Row::id).doesNotContain("fixture-bonds-mgx", "fixture-facility",
          "fixture-facility-t1").contains("amazon-anthropic-2024-11");
      FactTable borrowed = page.tables().stream().filter(t -> t.caption().equals(ko ? "대출·채권으로 빌린 돈"
          : "Borrowed (loans and bonds)")).findFirst().orElseThrow();
      assertThat(borrowed.rows()).extracting(FactTable.Row::id)
          .containsExactly("fixture-facility", "fixture-facility-t1", "fixture-bonds-mgx");
      assertThat(borrowed.columns().get(0)).isEqualTo(ko ? "채권자 → 차입자" : "Lender → borrower");
      // Its rounds, a loan among them, are headed as such: a lender is no "lead investor".
      FactTable rounds = page.tables().stream().filter(t -> t.rows().stream().anyMatch(r -> r.id()
          .equals("round-fixture-loan-2025-11"))).findFirst().orElseThrow();
      assertThat(rounds.caption()).isEqualTo(ko ? "투자 유치·차입 라운드" : "Funding rounds and debt financings");
      assertThat(rounds.columns()).contains(ko ? "주도 투자자·대주" : "Lead investor or lender");
      FactTable joined = pages.page(briefing.company("fidelity").orElseThrow(), new TreeMap<>(), new ArrayList<>())
          .tables().stream().filter(t -> t.rows().stream().anyMatch(r -> r.id().equals("round-fixture-loan-2025-11")))
          .findFirst().orElseThrow();
      assertThat(joined.caption()).isEqualTo(ko ? "참여한 투자·대출 라운드" : "Rounds it invested in or lent to");
      CompanyPage lender = pages.page(briefing.company("mgx").orElseThrow(), new TreeMap<>(), new ArrayList<>());
      assertThat(lender.totals()).extracting(CompanyPage.Total::label, CompanyPage.Total::value)
          .contains(org.assertj.core.groups.Tuple.tuple(ko ? "대출·채권으로 빌려준 돈" : "Lent to others (loans and bonds)",
              ko ? "11억1000만달러" : "$1.11 billion"));
      // The companies index adds up the same: paid in is investment, and what was raised says its debt.
      CompaniesIndex.CompanyRow row = pages.index().groups().stream().flatMap(g -> g.companies().stream())
          .filter(c -> c.name().equals(ko ? "앤스로픽" : "Anthropic")).findFirst().orElseThrow();
      assertThat(row.paidIn()).isEqualTo(CompanyPages.text(before.paidInto(), lang));
      // Said under the amounts, not after them in one cell that cannot wrap (it ran into the next column).
      assertThat(row.raised()).doesNotContain("차입", "debt");
      assertThat(row.raisedDebt()).isEqualTo(ko ? "그중 차입 55억5000만달러" : "of which debt: $5.55 billion");
    }
    // The company's download says which rows are debt.
    String csv = new String(CompanyPages.csv(anthropic), StandardCharsets.UTF_8);
    assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",sources,debt");
    assertThat(csv.lines().filter(l -> l.startsWith("investments,fixture-") || l.startsWith("rounds,fixture-")))
        .hasSize(4).allMatch(l -> l.endsWith(",true"));
    assertThat(csv.lines().filter(l -> l.startsWith("investments,amazon-anthropic-2024-11,")))
        .singleElement().satisfies(l -> assertThat(l).endsWith(",false"));
  }

  @Test
  void chartsOfInvestmentLeaveDebtOutAndSaySoWhileTheTimelineDrawsItAsDebt() {
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      List<ChartImage> without = new ChartRenderer().render(pristine, lang);
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        ChartImage before = without.stream().filter(c -> c.name().equals(chart.name())).findFirst().orElseThrow();
        if (chart.name().equals("money-flows") || chart.name().equals("cumulative")) {
          assertThat(chart.table()).as(chart.name()).isEqualTo(before.table());
          assertThat(chart.caption()).as(chart.name()).isEqualTo(before.caption() + " " + (ko
              ? "대출·채권 2건(피델리티 → 앤스로픽 22억2000만달러, MGX → 앤스로픽 11억1000만달러)은 투자가 아니어서 그리지 않았다."
              : "Loans and bonds bought are debt, not investment, and are not drawn: Fidelity Management & Research →"
                  + " Anthropic $2.22 billion, MGX → Anthropic $1.11 billion."));
        } else if (chart.name().equals("timeline")) {
          // The loan round is drawn as debt, one point for its money: the lenders' shares are inside it.
          assertThat(chart.table()).as(chart.name())
              .contains(List.of("2025-11", "", ko ? "앤스로픽" : "Anthropic", ko ? "대출·채권 · 차입" : "Debt · Debt financing",
                  "USD", "5550000000", "exact", "", "confirmed"))
              .noneMatch(r -> r.contains("2220000000") || r.contains("1110000000"));
          // Its lenders' shares are named as debt among what is inside another point, not as investment.
          assertThat(chart.caption()).as(chart.name()).contains(ko
              ? "차입 금액에 이미 포함된 대주별 대출·채권 2건(피델리티 → 앤스로픽, MGX → 앤스로픽)"
              : "2 lenders' shares of debt financings (Fidelity Management & Research → Anthropic, MGX → Anthropic)")
              .doesNotContain(ko ? "투자자별 투자 2건" : "2 investors' shares");
        }
      }
    }
  }

  @Test
  void aSumOrAChartOfInvestmentThatTakesInDebtIsRefusedAndSoIsACommitmentOfDebtAndShares(@TempDir Path other)
      throws IOException {
    Path project = withDebt(other);
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    ShippedProject.replace(project, en, "so it is not counted in investment totals.", "so it is not counted in"
        + " investment totals. Lenders and Amazon put in {{sum:investment:fixture-bonds-mgx+amazon-anthropic-t2}}."
        + " Two loans came to {{sum:investment:fixture-bonds-mgx+fixture-facility}}.");
    ShippedProject.replace(project, "data/charts.csv", "money-flows,money-flows,,", "money-flows,money-flows,"
        + "fixture-bonds-mgx amazon-anthropic-2024-11,");
    // A share of an equity round among the tranches of a loan.
    Files.writeString(project.resolve("data/rounds.csv"), "fixture-equity-2025-11,anthropic,equity,,fidelity,,"
        + "9990000000,,USD,exact,2025-11,fixture-debt,,,none,,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    append(project, "id=fixture-facility-t2 investor=fidelity kind=tranche part_of=fixture-facility amount=111000000"
        + " status=invested round=fixture-equity-2025-11");
    // A chart of investment whose currency only debt has: nothing to draw, and it says why.
    append(project, "id=fixture-bonds-gbp investor=mgx kind=single amount=444000000 currency=GBP status=invested"
        + " round=fixture-loan-2025-11");
    Files.writeString(project.resolve("data/charts.csv"), "fixture-gbp,money-flows,,,,,GBP,,,파운드,Pounds,설명,Caption\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    assertThat(ShippedProject.checkProblems(project)).containsExactly(
        positionOf(project, "data/charts.csv", "fixture-bonds-mgx") + ": error: expected the id of an investment (a"
            + " chart of kind 'money-flows' adds up investment only), found 'fixture-bonds-mgx', debt: a share of debt"
            + " round 'fixture-loan-2025-11' (a loan or bonds bought, money lent, not invested); a chart of kind"
            + " 'timeline' draws debt",
        positionOf(project, "data/charts.csv", "money-flows,,,,,GBP") + ": error: expected at least one investment to"
            + " plot, found only debt ('fixture-bonds-gbp': loans and bonds bought, which a chart of kind 'money-flows'"
            + " does not add up); a chart of kind 'timeline' draws debt",
        positionOf(project, "data/investments.csv", "fixture-equity-2025-11") + ": error: expected rounds of one"
            + " kind in a commitment and its tranches, found 'fixture-equity-2025-11' (equity) here and"
            + " 'fixture-loan-2025-11' (debt) in 'fixture-facility' (line "
            + positionOf(project, "data/investments.csv", "fixture-facility,").split(":")[1] + "): debt (a loan,"
            + " bonds) and shares are never parts of one commitment",
        positionOf(project, en, "{{sum:investment:fixture-bonds-mgx+amazon") + ": error: expected rows of one kind of"
            + " money in {{sum:investment:fixture-bonds-mgx+amazon-anthropic-t2}}, found 'fixture-bonds-mgx' (debt: a"
            + " share of debt round 'fixture-loan-2025-11') and 'amazon-anthropic-t2' (an investment): debt is never"
            + " added to investment; write the two figures instead, {{investment:fixture-bonds-mgx}} and"
            + " {{investment:amazon-anthropic-t2}}");
  }
}
