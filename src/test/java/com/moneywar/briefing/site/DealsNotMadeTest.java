package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
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
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offer turned down (flows.csv, {@code status=rejected}), a letter of intent or a memorandum is a
 * figure that never changed hands: it is never drawn, and wherever it is shown it says so; so is a
 * stake held or money two partners put in together, which goes from neither to the other. The row added here is a TEST FIXTURE, not a
 * reported figure.
 */
class DealsNotMadeTest {
  @TempDir static Path dir;
  private static Briefing briefing;
  private static Path project;
  /** The shipped project without the rows added here. */
  private static Briefing pristine;

  @BeforeAll
  static void load() throws IOException {
    project = ShippedProject.copyTo(dir);
    Files.writeString(project.resolve("data/sources.csv"),
        "fixture-offer,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2025-10-01,,en\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Path flows = project.resolve("data/flows.csv");
    assertThat(Files.readAllLines(flows, StandardCharsets.UTF_8).get(0)).startsWith("id,kind,from,to,percent,status,paid,closed,amount,");
    Files.writeString(flows, "fixture-offer-2025-10,acquisition,meta,openai,,rejected,,,500000000000,,USD,exact,2025-10,"
        + "fixture-offer,,reported,,,,none,,시험용 값,Test value\n"
        // A compute deal stated in gigawatts alone: its price was not disclosed.
        + "fixture-gigawatts-2025-10,compute-purchase,openai,nvidia,,,,,,,USD,exact,2025-10,fixture-offer,,confirmed,"
        + ",,,none,,시험용 값: 6GW,Test value: 6 GW\n"
        // A stake held, with the value reported for it: no money changing hands.
        + "fixture-holding-2025-10,holding,microsoft,openai,27,,,,135000000000,,USD,about,2025-10,fixture-offer,,reported,"
        + ",,,none,,시험용 값,Test value\n"
        // Money two partners put in together: none goes from one to the other.
        + "fixture-joint-2025-10,joint,microsoft,openai,,,,,777000000000,,USD,exact,2025-10,fixture-offer,,confirmed,"
        + ",,,none,,시험용 값,Test value\n"
        // Goods other than compute bought from a supplier: money from buyer to supplier.
        + "fixture-supply-2025-10,supply,openai,nvidia,,,,,888000000,,USD,exact,2025-10,fixture-offer,,confirmed,"
        + ",,,none,,시험용 값,Test value\n"
        // A supply deal signed only as a letter of intent, and a compute deal only as a memorandum: neither binds.
        + "fixture-intent-2025-10,supply,openai,nvidia,,intent,,,4440000000,,USD,exact,2025-10,fixture-offer,,confirmed,"
        + ",,,none,,시험용 값,Test value\n"
        + "fixture-memorandum-2025-10,compute-purchase,openai,microsoft,,memorandum,,,5550000000,,USD,exact,2025-10,"
        + "fixture-offer,,confirmed,,,,none,,시험용 값,Test value\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    pristine = new BriefingBuild(BuildListener.silent()).check(ShippedProject.copyTo(dir.resolve("pristine")))
        .orElseThrow();
  }

  @Test
  void twoPartnersAreWrittenWithTheDotBetweenThem() throws IOException {
    // Walk 74's tables read "오픈AI SK텔레콤": the dot between two partners' linked names had vanished.
    Path site = com.moneywar.briefing.testing.BuiltSite.build(project, dir.resolve("site"));
    org.jsoup.nodes.Document ko = org.jsoup.Jsoup.parse(site.resolve("ko/investments.html").toFile(), "UTF-8");
    assertThat(ko.select("th[scope=row]").eachText()).contains("마이크로소프트 · 오픈AI");
  }

  @Test
  void anOfferTurnedDownIsReadAsOneAndNeverDrawn() {
    assertThat(briefing.flow("fixture-offer-2025-10").orElseThrow().reporting().deal()).isEqualTo(DealStatus.REJECTED);
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("500000000000");
        assertThat(chart.alt()).as(chart.name()).doesNotContain("5000억", "$500 billion");
      }
    }
  }

  @Test
  void aDealWhosePriceWasNotDisclosedIsARowWithNoAmountAndNeverDrawn() {
    var deal = briefing.flow("fixture-gigawatts-2025-10").orElseThrow();
    assertThat(deal.reporting().amountStated()).isFalse();
    assertThat(deal.reporting().plottable()).isFalse();
    FigureRef ref = new FigureRef("flow", List.of(deal.id()), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(briefing).text(ref, Lang.KO)).isEqualTo("금액 미상");
    assertThat(new Figures(briefing).text(ref, Lang.EN)).isEqualTo("no amount given");
    for (ChartImage chart : new ChartRenderer().render(briefing, Lang.EN)) {
      assertThat(chart.alt()).as(chart.name()).doesNotContain("no amount given");
    }
  }

  @Test
  void aStakeHeldIsShownAsAHoldingAndNeverDrawnAsMoneyPaid() throws IOException {
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("135000000000");
      }
    }
    FigureRef ref = new FigureRef("flow", List.of("fixture-holding-2025-10"), "", "{{…}}", SourcePos.startOf("t"));
    Figures figures = new Figures(briefing);
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("마이크로소프트 → 오픈AI · 지분 27% 보유");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("Microsoft → OpenAI · 27% stake held");
    FactTable table = new FactTables(briefing, figures, Lang.KO, ShippedProject.messages("ko"), "ko/investments.html").flows();
    assertThat(table.rows().stream().filter(r -> r.id().equals("flow-fixture-holding-2025-10")).findFirst().orElseThrow()
        .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "))).contains("지분 보유(가치)", "27%");
  }

  @Test
  void aJointInvestmentNamesBothPartnersWithNoArrowAndIsNeverDrawnNorAddedToEitherSide() throws IOException {
    for (Lang lang : Lang.values()) {
      List<ChartImage> without = new ChartRenderer().render(pristine, lang);
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("777000000000");
        assertThat(chart.alt()).as(chart.name()).doesNotContain("7770억", "$777 billion");
        if (!chart.name().equals("timeline")) { // the timeline draws the supply deal added here
          // Microsoft → OpenAI's totals are what they were: the joint money is on neither side.
          assertThat(chart.table()).as(chart.name()).isEqualTo(without.stream()
              .filter(c -> c.name().equals(chart.name())).findFirst().orElseThrow().table());
        }
      }
    }
    FigureRef ref = new FigureRef("flow", List.of("fixture-joint-2025-10"), "", "{{…}}", SourcePos.startOf("t"));
    Figures figures = new Figures(briefing);
    assertThat(figures.text(ref, Lang.KO)).isEqualTo("7770억달러");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("마이크로소프트 · 오픈AI 공동 투자");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("Microsoft and OpenAI joint investment");
    assertThat(row("fixture-joint-2025-10", Lang.KO)).startsWith("마이크로소프트 · 오픈AI | 공동 투자 | ")
        .doesNotContain("→");
    assertThat(row("fixture-joint-2025-10", Lang.EN)).startsWith("Microsoft · OpenAI | Joint investment | ");
    // The timeline says it leaves the joint investment and the stake held out, and why: a new
    // user's ₩2.4 trillion joint investment was simply not there.
    ChartImage ko = new ChartRenderer().render(briefing, Lang.KO).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow();
    ChartImage en = new ChartRenderer().render(briefing, Lang.EN).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow();
    assertThat(ko.caption()).contains("공동 투자 1건(마이크로소프트 · 오픈AI)", "지분 보유 기록 1건(마이크로소프트 → 오픈AI · 27%)")
        .contains("그리지 않았다.");
    assertThat(en.caption()).contains("1 joint investment (Microsoft · OpenAI)", "1 stake held (Microsoft → OpenAI · 27%)");
  }

  @Test
  void aSupplyDealIsDrawnAsMoneyFromBuyerToSupplierUnderItsOwnName() throws IOException {
    for (Lang lang : Lang.values()) {
      ChartImage timeline = new ChartRenderer().render(briefing, lang).stream()
          .filter(c -> c.name().equals("timeline")).findFirst().orElseThrow();
      String kind = lang == Lang.KO ? "공급 계약" : "Supply deal";
      assertThat(timeline.table()).as(lang.code())
          .anySatisfy(r -> assertThat(r).contains(kind, "888000000").doesNotContain("Compute purchase", "컴퓨팅"));
      assertThat(new String(timeline.svg(), StandardCharsets.UTF_8)).as(lang.code()).contains("data-text=\"" + kind + "\"");
    }
    FigureRef ref = new FigureRef("flow", List.of("fixture-supply-2025-10"), "", "{{…}}", SourcePos.startOf("t"));
    Figures figures = new Figures(briefing);
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("오픈AI → 엔비디아 · 공급 계약");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("OpenAI → Nvidia · supply deal");
    assertThat(row("fixture-supply-2025-10", Lang.KO)).startsWith("오픈AI → 엔비디아 | 공급 계약 | ");
  }

  @Test
  void aLetterOfIntentOrAMemorandumIsNeverDrawnAndSaysSoWhereverItIsShown() throws IOException {
    assertThat(briefing.flow("fixture-intent-2025-10").orElseThrow().reporting().deal()).isEqualTo(DealStatus.INTENT);
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("4440000000", "5550000000");
        assertThat(chart.alt()).as(chart.name()).doesNotContain("44억4000만", "$4.44 billion", "55억5000만", "$5.55 billion");
      }
    }
    ChartImage ko = new ChartRenderer().render(briefing, Lang.KO).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow();
    assertThat(ko.caption()).contains("의향서 단계인 거래 1건(오픈AI → 엔비디아 · 공급 계약)", "양해각서 단계인 거래 1건(오픈AI → 마이크로소프트 · 컴퓨팅 구매 약정)");
    ChartImage en = new ChartRenderer().render(briefing, Lang.EN).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow();
    assertThat(en.caption()).contains("1 letter of intent (OpenAI → Nvidia · supply deal)",
        "1 memorandum of understanding (OpenAI → Microsoft · compute purchase commitment)");
    Figures figures = new Figures(briefing);
    FigureRef intent = new FigureRef("flow", List.of("fixture-intent-2025-10"), "", "{{…}}", SourcePos.startOf("t"));
    FigureRef memo = new FigureRef("flow", List.of("fixture-memorandum-2025-10"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(intent, Lang.KO)).isEqualTo("44억4000만달러(의향서)");
    assertThat(figures.text(intent, Lang.EN)).isEqualTo("$4.44 billion (letter of intent)");
    assertThat(figures.text(memo, Lang.KO)).isEqualTo("55억5000만달러(양해각서)");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(intent, memo), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).stream().map(h -> h.label()).toList())
        .containsExactly("오픈AI → 엔비디아 · 공급 의향서", "오픈AI → 마이크로소프트 · 컴퓨팅 구매 양해각서");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(intent, memo), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).stream().map(h -> h.label()).toList())
        .containsExactly("OpenAI → Nvidia · supply letter of intent",
            "OpenAI → Microsoft · compute purchase memorandum of understanding");
    assertThat(row("fixture-intent-2025-10", Lang.KO)).contains("공급 계약 · 의향서");
    assertThat(row("fixture-intent-2025-10", Lang.EN)).contains("Supply deal · letter of intent");
    assertThat(row("fixture-memorandum-2025-10", Lang.KO)).contains("컴퓨팅 구매 약정 · 양해각서");
  }

  /** The cells of a row of the flows table, joined by " | ". */
  private static String row(String id, Lang lang) throws IOException {
    FactTable table = new FactTables(briefing, new Figures(briefing), lang, ShippedProject.messages(lang.code()),
        lang.code() + "/investments.html").flows();
    return table.rows().stream().filter(r -> r.id().equals("flow-" + id)).findFirst().orElseThrow()
        .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
  }

  @Test
  void everyPlaceThatShowsItSaysTheOfferWasTurnedDown() throws IOException {
    Figures figures = new Figures(briefing);
    FigureRef full = new FigureRef("flow", List.of("fixture-offer-2025-10"), "", "{{…}}", SourcePos.startOf("t"));
    FigureRef status = new FigureRef("flow", List.of("fixture-offer-2025-10"), "status", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(full, Lang.KO)).isEqualTo("5000억달러(제안 거절)");
    assertThat(figures.text(full, Lang.EN)).isEqualTo("$500 billion (offer rejected)");
    assertThat(figures.text(status, Lang.KO)).isEqualTo("제안 거절");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(full), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("메타 → 오픈AI · 인수 제안 거절");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(full), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("Meta → OpenAI · acquisition offer rejected");
    FactTable table = new FactTables(briefing, figures, Lang.KO, ShippedProject.messages("ko"), "ko/investments.html").flows();
    String row = table.rows().stream().filter(r -> r.id().equals("flow-fixture-offer-2025-10")).findFirst()
        .orElseThrow().cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
    assertThat(row).contains("인수 · 제안 거절");
  }

}
