package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The shipped record drawn on a time scale: the timeline of every deal, the largest deals in the
 * money-flows chart whatever their currency, bounds and claim statuses as the prose states them.
 */
class ChartTimeAndStatusTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  private static ChartSpec spec(ChartKind kind) {
    return B.charts().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
  }

  private static String desc(ChartImage image) {
    String svg = new String(image.svg(), StandardCharsets.UTF_8);
    return svg.substring(svg.indexOf("<desc>") + 6, svg.indexOf("</desc>"));
  }

  @Test
  void everyChartKindIsRegisteredAndShipped() {
    for (ChartKind kind : ChartKind.values()) {
      ChartImage image = new ChartRenderer().render(spec(kind), B, Lang.KO);
      assertThat(image.svg().length).as(kind.code()).isGreaterThan(10_000);
    }
  }

  @Test
  void onlyALineChartOnALogScaleSaysItsSlopesAreGrowthRates() {
    // The timeline's points are joined by nothing: it has no slopes; the valuations' lines have.
    ChartImage timeline = new ChartRenderer().render(spec(ChartKind.TIMELINE), B, Lang.EN);
    assertThat(timeline.alt()).contains("log");
    assertThat(timeline.caption()).doesNotContain("slope")
        .contains("The value axis is logarithmic: the same difference in height means the same multiple, not the same amount.");
    assertThat(new ChartRenderer().render(spec(ChartKind.TIMELINE), B, Lang.KO).caption()).doesNotContain("기울기")
        .contains("세로축은 로그 눈금이라 같은 높이 차이는 같은 금액 차이가 아니라 같은 배수를 뜻한다.");
    assertThat(new ChartRenderer().render(spec(ChartKind.VALUATIONS), B, Lang.EN).caption())
        .contains("The value axis is logarithmic: equal slopes mean equal growth rates.");
  }

  /**
   * The shipped flows the timeline draws: all but OpenAI's all-stock purchase of io, which it names
   * under itself ({@code PaidInSharesTest}); the tests here add rows to these and read what is said of them.
   */
  private static List<com.moneywar.briefing.model.Flow> drawnFlows() {
    return B.flows().stream().filter(f -> !f.id().equals("openai-io-2025-05")).toList();
  }

  @Test
  void theTimelineDrawsEveryDealOfTheRecordOnceInDateOrderInBothLanguages() {
    // Each dollar once: the OpenAI rounds of October 2024 and March 2025 are points of their own, and
    // the investors' shares of them (Thrive Capital's, Microsoft's, SoftBank's, Nvidia's; SoftBank's
    // commitment of March 2025) are in those points; Amazon's convertible-note round of November
    // 2024 is in Amazon's commitment, a part of which is its share.
    List<MoneyFact> deals = new ArrayList<>();
    B.investments().stream().filter(i -> InvestmentTree.isRoot(B, i) && i.round().isEmpty()).forEach(deals::add);
    B.rounds().stream().filter(r -> !r.id().equals("anthropic-2024-11-amazon")).forEach(deals::add);
    deals.addAll(drawnFlows());
    assertThat(deals).hasSize(11);
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec(ChartKind.TIMELINE), B, lang);
      List<List<String>> rows = image.table().subList(1, image.table().size());
      assertThat(rows).hasSize(deals.size());
      assertThat(rows.stream().map(r -> r.get(0)).toList()).isSorted();
      String n = Integer.toString(deals.size());
      assertThat(image.alt()).startsWith(lang == Lang.KO
          ? "시간 축 점그래프(로그 눈금). 2023년부터 2025년 11월까지 거래 " + n + "건."
          : "Timeline (log scale): " + n + " deals from 2023 to November 2025.");
      assertThat(desc(image)).isEqualTo(image.alt().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
      // The largest deal of all is a compute purchase, not an investment: it is named, as what it is.
      assertThat(image.alt()).contains(lang == Lang.KO
          ? "2025년 11월 앤스로픽 → 마이크로소프트 컴퓨팅 구매 약정 300억달러."
          : "In November 2025, Anthropic → Microsoft: compute purchase of $30 billion.");
      // A round is named as the tables name it, with its amount, the round's total.
      assertThat(image.alt()).contains(lang == Lang.KO ? "2024년 10월 2일 오픈AI · 지분 투자 라운드 66억달러."
          : "On October 2, 2024, OpenAI · Equity round: $6.6 billion.");
      assertThat(rows).noneMatch(r -> r.contains(lang == Lang.KO ? "스라이브캐피털" : "Thrive Capital"));
      assertThat(image.alt()).contains(lang == Lang.KO ? "그 밖의 거래 2건은 표에 있다."
          : "The other 2 deals are in the table.");
      assertThat(image.caption()).contains(lang == Lang.KO ? "가로축은 실제 시간 간격이다." : "The time axis is to scale.");
    }
  }

  @Test
  void theTimelineNamesAStakePurchaseAndAnAcquisitionEachForWhatItIs() {
    // The key said "Stake or acquisition" for Meta's 49% of Scale AI, a stake bought and no acquisition.
    com.moneywar.briefing.model.Flow stake = B.flows().get(0);
    assertThat(stake.flowKind()).isEqualTo(com.moneywar.briefing.model.FlowKind.STAKE);
    com.moneywar.briefing.model.Flow takeover = new com.moneywar.briefing.model.Flow("takeover",
        com.moneywar.briefing.model.FlowKind.ACQUISITION, stake.from(), stake.to(), Optional.empty(), stake.amount(),
        stake.bound(), stake.date(), stake.source(), stake.fx(), stake.approxDigits(), stake.note(), stake.reporting());
    List<com.moneywar.briefing.model.Flow> flows = new ArrayList<>(drawnFlows());
    flows.add(takeover);
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), flows, B.stories(), B.charts());
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec(ChartKind.TIMELINE), b, lang);
      List<String> texts = com.moneywar.briefing.testing.ChartTexts.of(image.svg()).stream()
          .map(com.moneywar.briefing.testing.ChartTexts.Text::text).toList();
      String stakeWord = lang == Lang.KO ? "지분 매입" : "Stake purchase";
      String takeoverWord = lang == Lang.KO ? "인수" : "Acquisition";
      assertThat(texts).contains(stakeWord, takeoverWord).noneMatch(t -> t.contains("·인수") || t.contains(" or acq"));
      List<List<String>> rows = image.table().subList(1, image.table().size());
      assertThat(rows).filteredOn(r -> r.get(1).equals(lang == Lang.KO ? "메타" : "Meta")
              && r.get(2).equals(lang == Lang.KO ? "스케일AI" : "Scale AI"))
          .extracting(r -> r.get(3)).containsExactlyInAnyOrder(stakeWord, takeoverWord);
    }
  }

  /** The shipped stake of Meta in Scale AI as another row: a deal status, and an amount or none. */
  private static com.moneywar.briefing.model.Flow flow(String id, com.moneywar.briefing.model.DealStatus status,
      boolean amountStated) {
    com.moneywar.briefing.model.Flow f = B.flows().get(0);
    Reporting r = f.reporting();
    return new com.moneywar.briefing.model.Flow(id, f.flowKind(), f.from(), f.to(), f.percent(),
        amountStated ? f.amount() : com.moneywar.briefing.money.Money.of("0", "USD"), f.bound(), f.date(), f.source(),
        f.fx(), f.approxDigits(), f.note(), new Reporting(r.high(), r.claim(), r.otherSources(), r.alternative(),
        amountStated, r.noConversion(), status));
  }

  @Test
  void theTimelineSaysWhichDealsItDoesNotDrawAndWhyInBothLanguages() {
    // A new user's edition about Meta's offer for FuriosaAI got a deals chart without the offer, and
    // without a word about it: a rejected offer and a deal of undisclosed price are not drawn.
    List<com.moneywar.briefing.model.Flow> flows = new ArrayList<>(drawnFlows());
    flows.add(flow("rejected", com.moneywar.briefing.model.DealStatus.REJECTED, true));
    flows.add(flow("undisclosed", com.moneywar.briefing.model.DealStatus.AGREED, false));
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), flows, B.stories(), B.charts());
    ChartImage ko = new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.KO);
    ChartImage en = new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.EN);
    assertThat(ko.table()).hasSameSizeAs(new ChartRenderer().render(spec(ChartKind.TIMELINE), B, Lang.KO).table());
    assertThat(ko.caption()).contains(
        "거절된 제안 1건(메타 → 스케일AI · 지분 매입 49%)과 금액이 밝혀지지 않은 거래 1건(메타 → 스케일AI · 지분 매입 49%)은"
            + " 그리지 않았다.");
    assertThat(en.caption()).contains(
        "Not drawn: 1 rejected offer (Meta → Scale AI · 49% stake) and 1 deal of undisclosed value (Meta →"
            + " Scale AI · 49% stake).");
    // The shipped timeline draws every deal (some inside a round's point) but the one paid in shares.
    assertThat(new ChartRenderer().render(spec(ChartKind.TIMELINE), B, Lang.KO).caption())
        .contains(" 그리지 않았다. ").contains("주식 교환 방식의 거래 1건(오픈AI → io · 인수)은 그리지 않았다.");
    assertThat(new ChartRenderer().render(spec(ChartKind.TIMELINE), B, Lang.EN).caption())
        .contains("Not drawn: 1 all-stock deal (OpenAI → io · acquisition).");
  }

  @Test
  void aDealOfNoMoneyIsSaidToBeOneNotOneOfUndisclosedValue() {
    // A new user's "Apple isn't paying OpenAI" (amount 0, stated) was named under the timeline as a
    // deal whose amount was not disclosed, while the tables showed $0.
    com.moneywar.briefing.model.Flow f = flow("free", com.moneywar.briefing.model.DealStatus.AGREED, true);
    com.moneywar.briefing.model.Flow free = new com.moneywar.briefing.model.Flow(f.id(), f.flowKind(), f.from(), f.to(),
        f.percent(), com.moneywar.briefing.money.Money.of("0", "USD"), f.bound(), f.date(), f.source(), f.fx(),
        f.approxDigits(), f.note(), f.reporting());
    assertThat(free.reporting().amountStated()).isTrue();
    List<com.moneywar.briefing.model.Flow> flows = new ArrayList<>(drawnFlows());
    flows.add(free);
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), flows, B.stories(), B.charts());
    assertThat(new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.KO).caption())
        .contains("돈이 오가지 않은 거래 1건(메타 → 스케일AI · 지분 매입 49%)은 그리지 않았다.").doesNotContain("금액이 밝혀지지 않은");
    assertThat(new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.EN).caption())
        .contains("Not drawn: 1 deal with no money paid (Meta → Scale AI · 49% stake).").doesNotContain("undisclosed");
  }

  /** The shipped stake of Meta in Scale AI as a row of another kind and status. */
  private static com.moneywar.briefing.model.Flow flow(String id, com.moneywar.briefing.model.FlowKind kind,
      com.moneywar.briefing.model.DealStatus status) {
    com.moneywar.briefing.model.Flow f = flow(id, status, true);
    return new com.moneywar.briefing.model.Flow(id, kind, f.from(), f.to(), f.percent(), f.amount(), f.bound(),
        f.date(), f.source(), f.fx(), f.approxDigits(), f.note(), f.reporting());
  }

  @Test
  void anAssetPurchaseIsCalledSoOnTheTimelineNotAnAcquisition() {
    // A new user's Amazon purchase of Talen's data-centre campus read "아마존 → 탈렌 에너지 (인수)" in
    // the timeline's table and alt text, and "인수" in its legend: Amazon buying Talen. A TEST FIXTURE:
    // Meta's stake in Scale AI entered as an asset purchase, beside it as an acquisition.
    List<com.moneywar.briefing.model.Flow> flows = new ArrayList<>(drawnFlows());
    flows.add(flow("assets", com.moneywar.briefing.model.FlowKind.ASSET, com.moneywar.briefing.model.DealStatus.AGREED));
    Briefing assets = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), flows, B.stories(), B.charts());
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      ChartImage image = new ChartRenderer().render(spec(ChartKind.TIMELINE), assets, lang);
      assertThat(image.shownTable()).anySatisfy(r -> assertThat(r.get(1)).endsWith(ko ? "(자산 인수)" : "(Asset purchase)"))
          .noneSatisfy(r -> assertThat(r.get(1)).endsWith(ko ? "(인수)" : "(Acquisition)"));
      assertThat(image.table()).anySatisfy(r -> assertThat(r.get(3)).isEqualTo(ko ? "자산 인수" : "Asset purchase"));
      List<String> texts = com.moneywar.briefing.testing.ChartTexts.of(image.svg()).stream()
          .map(com.moneywar.briefing.testing.ChartTexts.Text::text).toList();
      assertThat(texts).contains(ko ? "자산 인수" : "Asset purchase").doesNotContain(ko ? "인수" : "Acquisition");
      // Both kinds on one chart share the mark and its key says both.
      flows.add(flow("takeover", com.moneywar.briefing.model.FlowKind.ACQUISITION,
          com.moneywar.briefing.model.DealStatus.AGREED));
    }
    Briefing both = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), flows, B.stories(), B.charts());
    assertThat(com.moneywar.briefing.testing.ChartTexts.of(new ChartRenderer().render(spec(ChartKind.TIMELINE), both,
        Lang.KO).svg()).stream().map(com.moneywar.briefing.testing.ChartTexts.Text::text)).contains("인수·자산 인수");
    assertThat(com.moneywar.briefing.testing.ChartTexts.of(new ChartRenderer().render(spec(ChartKind.TIMELINE), both,
        Lang.EN).svg()).stream().map(com.moneywar.briefing.testing.ChartTexts.Text::text))
        .contains("Acquisition or asset purchase");
  }

  @Test
  void aStakeSoldIsNoDealOnTheTimelineAndSaysSo() {
    // A TEST FIXTURE: Meta's stake in Scale AI entered as sold (a new user had no kind for SoftBank's
    // sale of its Nvidia shares and typed the figure by hand).
    List<com.moneywar.briefing.model.Flow> flows = new ArrayList<>(drawnFlows());
    flows.add(flow("sold", com.moneywar.briefing.model.FlowKind.SALE, com.moneywar.briefing.model.DealStatus.AGREED));
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), flows, B.stories(), B.charts());
    ChartImage ko = new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.KO);
    assertThat(ko.table()).hasSameSizeAs(new ChartRenderer().render(spec(ChartKind.TIMELINE), B, Lang.KO).table());
    assertThat(ko.caption()).contains("지분 매각 1건(메타 · 스케일AI)은 그리지 않았다.");
    assertThat(new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.EN).caption())
        .contains("Not drawn: 1 stake sale (Meta · Scale AI).");
  }

  @Test
  void aDeniedReportIsCountedAsDeniedWhateverItsStatusAndASaleIsNamedAsASale() {
    // A new user's note read "협상 중인 거래 3건(…, SK텔레콤 → 앤스로픽)": SK Telecom's stake sale, reported
    // as in talks and denied by the company, was counted as talks and drawn with an arrow as if SK
    // Telecom paid Anthropic. A TEST FIXTURE: Meta's stake in Scale AI entered as such a sale, and as
    // a joint investment in talks.
    List<com.moneywar.briefing.model.Flow> flows = new ArrayList<>(drawnFlows());
    com.moneywar.briefing.model.Flow sale = flow("sale-talks", com.moneywar.briefing.model.FlowKind.SALE,
        com.moneywar.briefing.model.DealStatus.TALKS);
    Reporting r = sale.reporting();
    flows.add(new com.moneywar.briefing.model.Flow(sale.id(), sale.flowKind(), sale.from(), sale.to(), sale.percent(),
        sale.amount(), sale.bound(), sale.date(), sale.source(), sale.fx(), sale.approxDigits(), sale.note(),
        new Reporting(r.high(), com.moneywar.briefing.model.ClaimStatus.DENIED, r.otherSources(), r.alternative(),
            r.amountStated(), r.noConversion(), r.deal())));
    flows.add(flow("joint-talks", com.moneywar.briefing.model.FlowKind.JOINT, com.moneywar.briefing.model.DealStatus.TALKS));
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), flows, B.stories(), B.charts());
    assertThat(new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.KO).caption()).contains(
        "협상 중인 거래 1건(메타 · 스케일AI 공동 투자)과 당사자가 부인한 보도 1건(메타 · 스케일AI 지분 매각 · 2025년 6월 12일)은"
            + " 그리지 않았다.");
    assertThat(new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.EN).caption()).contains(
        "Not drawn: 1 deal still in talks (Meta · Scale AI joint investment) and 1 report denied by the parties"
            + " (Meta · Scale AI stake sale · June 12, 2025).");
  }

  @Test
  void theTimelineNamesAStakeInTalksAsADealInTalksAndTellsLikeNamesApart() {
    // A new user's note read "지분 보유 기록 2건(마이크로소프트 → 오픈AI, 마이크로소프트 → 오픈AI)": one of
    // the two was a stake still in talks, not held, and the two names read the same.
    List<com.moneywar.briefing.model.Flow> flows = new ArrayList<>(drawnFlows());
    flows.add(flow("held", com.moneywar.briefing.model.FlowKind.HOLDING, com.moneywar.briefing.model.DealStatus.AGREED));
    com.moneywar.briefing.model.Flow talks = flow("held-talks", com.moneywar.briefing.model.FlowKind.HOLDING,
        com.moneywar.briefing.model.DealStatus.TALKS);
    flows.add(talks);
    // An investment in talks between the same two, reported the same day.
    Investment i = deal("meta", "scale-ai", "10000000000", "USD", Bound.EXACT, talks.date().toString());
    List<Investment> investments = new ArrayList<>(B.investments());
    investments.add(new Investment(i.id(), i.investor(), i.investee(), i.kind(), i.partOf(), i.amount(), i.bound(),
        i.status(), i.date(), i.source(), i.fx(), i.approxDigits(), i.note(), i.round(), i.role(), i.replaces(),
        i.reporting().withDeal(com.moneywar.briefing.model.DealStatus.TALKS)));
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), investments, B.valuations(),
        B.talent(), B.rounds(), flows, B.stories(), B.charts());
    String percent = talks.percent().orElseThrow().stripTrailingZeros().toPlainString() + "%";
    String ko = new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.KO).caption();
    String en = new ChartRenderer().render(spec(ChartKind.TIMELINE), b, Lang.EN).caption();
    String koDate = talks.date().in(Lang.KO);
    String enDate = talks.date().in(Lang.EN);
    // The stake says what it is, which tells it from the investment.
    assertThat(ko).contains("협상 중인 거래 2건(메타 → 스케일AI, 메타 → 스케일AI · 지분 보유(가치) " + percent + ")")
        .contains("지분 보유 기록 1건(메타 → 스케일AI · " + percent + ")");
    assertThat(en).contains("2 deals still in talks (Meta → Scale AI; Meta → Scale AI · stake held (value), " + percent
        + ")").contains("1 stake held (Meta → Scale AI · " + percent + ")");
  }

  /** A shipped commitment given another investor, amount, currency, bound and day (figures made up for the test). */
  private static Investment deal(String investor, String amount, String currency, Bound bound, String day) {
    return deal(investor, "anthropic", amount, currency, bound, day);
  }

  private static Investment deal(String investor, String investee, String amount, String currency, Bound bound,
      String day) {
    Investment i = B.investment("amazon-anthropic-2023").orElseThrow();
    return new Investment(investor + "-" + currency + "-" + day, investor, investee, i.kind(), i.partOf(),
        com.moneywar.briefing.money.Money.of(amount, currency), bound, i.status(),
        com.moneywar.briefing.model.PartialDate.parse(day).orElseThrow(), i.source(), Optional.empty(), 0, i.note(),
        Optional.empty(), Optional.empty(), Optional.empty(), i.reporting());
  }

  @Test
  void aTotalOfACeilingAndAFloorIsDrawnAndWrittenAsTheTwo() {
    // Figures made up for the test: "up to ¥1.7225 trillion" and "more than ¥1.18 trillion" from one
    // investor to one company. A new user's bar reached ¥2.9 trillion under "1조1800억엔 이상", and its
    // CSV read 2902500000000 with the bound more-than; written as the floor alone, another new user's
    // "up to $40 billion" vanished. The label says both parts, the bar reaches the two added, and the
    // CSV keeps the floor with its bound.
    var total = com.moneywar.briefing.model.InvestmentTree.Total.of(List.of(
        deal("japan", "1722500000000", "JPY", Bound.UP_TO, "2025-03-31"),
        deal("japan", "1180000000000", "JPY", Bound.MORE_THAN, "2025-11-21")), java.util.Currency.getInstance("JPY"));
    assertThat(total.text(Lang.KO)).isEqualTo("1조1800억엔 이상 + 최대 1조7225억엔");
    assertThat(MoneyFlowChart.top(total)).isEqualTo(2.9025e12);
    assertThat(total.stated().amount()).isEqualByComparingTo("1180000000000");
  }

  @Test
  void theLargestDealsOfANarrowPanelAreNamedFirstWhereverTheirNamesFit() {
    // A new user's pound panel, a third of the wide chart: three commitments of one day, £22 billion,
    // up to £11 billion and £5 billion. Only the smallest was named: the two largest found no place
    // on one line, nor above or below their marks, crowded by the others.
    // Their English names are long: "AI infrastructure in the UK" fits a third of the chart only broken.
    List<Investment> deals = List.of(
        deal("microsoft", "uk-ai-infra", "22000000000", "GBP", Bound.EXACT, "2025-09-16"),
        deal("nvidia", "uk-ai-infra", "11000000000", "GBP", Bound.UP_TO, "2025-09-16"),
        deal("google", "uk-ai-infra", "5000000000", "GBP", Bound.EXACT, "2025-09-16"),
        deal("amazon", "800000000", "GBP", Bound.EXACT, "2023-10-02"),
        deal("mgx", "20000000000", "EUR", Bound.EXACT, "2025-02-09"),
        deal("lightspeed", "100000000", "EUR", Bound.EXACT, "2021-11-09"),
        deal("amazon", "1000000000", "USD", Bound.UP_TO, "2025-07-01"),
        deal("google", "285000000", "USD", Bound.EXACT, "2025-09-25"));
    List<com.moneywar.briefing.model.Company> companies = new ArrayList<>(B.companies());
    companies.add(new com.moneywar.briefing.model.Company("uk-ai-infra", new com.moneywar.briefing.model.Localized(
        "영국 AI 인프라", "AI infrastructure in the UK"), B.companies().get(0).kind(), "GB", Optional.empty(),
        Optional.empty(), B.companies().get(0).source()));
    Briefing b = new Briefing(B.config(), B.sources(), companies, B.rates(), deals, B.valuations(), B.talent(),
        List.of(), List.of(), B.stories(), B.charts());
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec(ChartKind.TIMELINE), b, lang);
      for (com.moneywar.briefing.chart.SvgDrawing drawing : List.of(image.wide(), image.narrow())) {
        List<String> texts = com.moneywar.briefing.testing.ChartTexts.of(drawing.bytes()).stream()
            .map(com.moneywar.briefing.testing.ChartTexts.Text::text).toList();
        for (String investor : lang == Lang.KO ? List.of("마이크로소프트", "엔비디아") : List.of("Microsoft", "Nvidia")) {
          assertThat(texts).as(lang + " " + drawing.width()).anySatisfy(t -> assertThat(t).startsWith(investor + " →"));
        }
      }
    }
  }

  @Test
  void moneyFlowsShowTheLargestDealsOfEachPanelLargestFirst() {
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec(ChartKind.MONEY_FLOWS), B, lang);
      List<List<String>> usd = image.table().stream().skip(1)
          .filter(r -> r.get(2).equals("USD") && !r.get(1).isEmpty()).toList();
      // Meta → Scale AI, USD 14.3 billion, is among the largest deals: it is drawn.
      assertThat(usd).anySatisfy(r -> assertThat(r.subList(0, 2)).containsExactly(
          lang == Lang.KO ? "메타" : "Meta", lang == Lang.KO ? "스케일AI" : "Scale AI"));
      List<BigDecimal> committed = usd.stream().map(r -> new BigDecimal(r.get(3))).toList();
      assertThat(committed).isSortedAccordingTo((a, b) -> b.compareTo(a));
      // The euro panel keeps its own pair: the currencies do not take turns.
      assertThat(image.table().stream().skip(1).filter(r -> r.get(2).equals("EUR"))).hasSize(1);
    }
  }

  @Test
  void aRangePlusAnApproximateAmountIsLabelledAnApproximateRangeKeepingItsFloor() {
    com.moneywar.briefing.model.MoneyFact range = B.moneyFacts().get("spending:meta-capex-2025-10");
    com.moneywar.briefing.model.MoneyFact about = B.moneyFacts().get("spending:amazon-capex-2025-10");
    assertThat(range.bound()).isEqualTo(Bound.RANGE);
    assertThat(about.bound()).isEqualTo(Bound.ABOUT);
    InvestmentTree.Total sum = InvestmentTree.Total.of(List.of(range, about), range.amount().currency());
    for (Lang lang : Lang.values()) {
      ChartWording w = new ChartWording(B, lang);
      assertThat(TotalWording.label(sum, w)).isEqualTo(lang == Lang.KO ? "약 1950억~1970억달러" : "about $195–197 billion");
      assertThat(w.money(sum)).isEqualTo(TotalWording.label(sum, w));
    }
  }

  @Test
  void aCeilingIsNeverLabelledAboutInEitherLanguage() {
    Investment ceiling = B.investment("softbank-openai-2025-03").orElseThrow();
    Investment about = B.investment("softbank-openai-2024-10").orElseThrow();
    assertThat(ceiling.bound()).isEqualTo(Bound.UP_TO);
    assertThat(about.bound()).isEqualTo(Bound.ABOUT);
    InvestmentTree.Total sum = InvestmentTree.Total.of(List.of(ceiling, about), ceiling.amount().currency());
    for (Lang lang : Lang.values()) {
      ChartWording w = new ChartWording(B, lang);
      String high = w.label(sum.high().orElseThrow());
      assertThat(TotalWording.label(sum, w)).isEqualTo(w.pick("최대 약 ", "up to about ") + high);
      assertThat(w.money(sum)).isEqualTo(lang == Lang.KO ? "최대 약 305억달러" : "up to about $30.5 billion");
      // Alone, the ceiling is "up to" and the approximate amount "about", as in the prose.
      InvestmentTree.Total alone = InvestmentTree.Total.of(List.of(ceiling), ceiling.amount().currency());
      assertThat(TotalWording.label(alone, w)).startsWith(w.pick("최대 ", "up to ")).doesNotContain(w.pick("약", "about"));
      InvestmentTree.Total approx = InvestmentTree.Total.of(List.of(about), ceiling.amount().currency());
      assertThat(TotalWording.label(approx, w)).startsWith(w.pick("약 ", "about "));
      // An approximate amount plus a floor ("more than") is "about … or more", never plain "about".
      Investment floor = new Investment(ceiling.id(), ceiling.investor(), ceiling.investee(), ceiling.kind(),
          ceiling.partOf(), ceiling.amount(), Bound.MORE_THAN, ceiling.status(), ceiling.date(), ceiling.source(),
          ceiling.fx(), ceiling.approxDigits(), ceiling.note());
      InvestmentTree.Total open = InvestmentTree.Total.of(List.of(floor, about), ceiling.amount().currency());
      assertThat(w.money(open)).isEqualTo(lang == Lang.KO ? "약 305억달러 이상" : "about $30.5 billion or more");
    }
  }

  @Test
  void estimatesAndUnconfirmedClaimsAreHollowAndSaySoInWords() {
    Valuation plain = B.valuation("openai-2025-03").orElseThrow();
    Valuation estimate = new Valuation(plain.id(), plain.company(), plain.amount(), plain.bound(), plain.date(),
        plain.source(), plain.fx(), plain.approxDigits(), plain.note(), ValuationBasis.ESTIMATE, Reporting.PLAIN);
    Valuation reported = new Valuation(plain.id(), plain.company(), plain.amount(), plain.bound(), plain.date(),
        plain.source(), plain.fx(), plain.approxDigits(), plain.note(), plain.basis(),
        new Reporting(Optional.empty(), ClaimStatus.DISPUTED, List.of(), Optional.empty(), true, false));
    assertThat(ValuationMarks.hollow(plain)).isFalse();
    assertThat(ValuationMarks.hollow(estimate)).isTrue();
    assertThat(ValuationMarks.hollow(reported)).isTrue();
    ChartWording ko = new ChartWording(B, Lang.KO);
    ChartWording en = new ChartWording(B, Lang.EN);
    assertThat(ko.money(reported)).isEqualTo("3000억달러(반론 있음)");
    assertThat(en.money(reported)).isEqualTo("$300 billion (disputed)");
    assertThat(ko.money(estimate)).isEqualTo("3000억달러(추정치)");
    // The legend explains the hollow mark only when the chart has one.
    assertThat(ValuationChart.legend(List.of(plain), en)).isEmpty();
    assertThat(ValuationChart.legend(List.of(plain, reported), en)).extracting(ChartFrame.Key::label)
        .containsExactly("Hollow: an estimate, or a report or claim not confirmed");
  }

  @Test
  void aRangeIsDrawnAsOneIntervalAndExplained() {
    Valuation plain = B.valuation("openai-2025-03").orElseThrow();
    Valuation range = new Valuation("r", plain.company(), plain.amount(), Bound.RANGE, plain.date(), plain.source(),
        plain.fx(), plain.approxDigits(), plain.note(), plain.basis(), new Reporting(
        Optional.of(com.moneywar.briefing.money.Money.of("500000000000", "USD")), ClaimStatus.CONFIRMED, List.of(),
        Optional.empty(), true, false));
    assertThat(ValuationMarks.range(range)).isTrue();
    assertThat(ValuationMarks.topValue(range, true)).isEqualTo(5e11);
    // On a log axis the line passes the middle of the interval: the geometric mean.
    assertThat(ValuationChart.middle(range, true)).isCloseTo(Math.sqrt(3e11 * 5e11), org.assertj.core.data.Offset.offset(1.0));
    assertThat(ValuationChart.legend(List.of(range), new ChartWording(B, Lang.KO))).extracting(ChartFrame.Key::label)
        .containsExactly("세로 막대: 범위로 보도된 수치");
  }

  @Test
  void theValuationsChartSaysItsTimeAxisIsToScale() {
    ChartImage ko = new ChartRenderer().render(spec(ChartKind.VALUATIONS), B, Lang.KO);
    ChartImage en = new ChartRenderer().render(spec(ChartKind.VALUATIONS), B, Lang.EN);
    assertThat(ko.caption()).contains("가로축은 실제 시간 간격이다. 연도나 달만 알려진 수치는 그 기간의 한가운데에 찍고")
        .doesNotContain("간격은 실제 기간에 비례하지 않는다");
    assertThat(en.caption()).contains("The time axis is to scale.").doesNotContain("evenly spaced");
  }

  @Test
  void aPinnedRowKeepsItsSeriesInACumulativeChartHoweverSmall() {
    ChartSpec declared = spec(ChartKind.CUMULATIVE);
    List<String> before = CumulativeChart.totals(B, declared).get(0).series();
    assertThat(before).doesNotContain("nvidia").contains(CumulativeChart.OTHERS);
    ChartSpec pinned = new ChartSpec(declared.id(), declared.kind(), declared.rows(),
        List.of(new com.moneywar.briefing.model.RowRef("investment", "nvidia-openai-2024-10",
            new com.moneywar.briefing.model.SourcePos("data/charts.csv", 4, 5))),
        declared.compare(), declared.series(), declared.currency(), declared.scale(), declared.period(),
        declared.title(), declared.caption());
    List<String> after = CumulativeChart.totals(B, pinned).get(0).series();
    assertThat(after).contains("nvidia").hasSameSizeAs(before);
  }

  @Test
  void theCumulativeChartsLastBarRunsToTheLatestPaymentAndIsAWholeYearWhenThatIsTheYearsLastDay() {
    // A new user's last payment, dated 2025-12-31, made the bars read "2024년 말" and then
    // "2025년 12월 31일까지".
    java.util.Currency usd = java.util.Currency.getInstance("USD");
    for (String[] c : List.of(new String[] {"2025-12-31", "2025년 말", "End of 2025"},
        new String[] {"2025-12-30", "2025년 12월 30일까지", "To Dec 30, 2025"},
        new String[] {"2025-12", "2025년 12월까지", "To Dec 2025"})) {
      CumulativeChart.Totals t = new CumulativeChart.Totals(usd, List.of(), 0, List.of(2024, 2025),
          List.of("2024-12-31", c[0]), List.of(), List.of(), ChartSpec.Period.YEAR);
      assertThat(CumulativeChart.periodLabel(t, 0, ChartSpec.Period.YEAR, new ChartWording(B, Lang.KO))).isEqualTo("2024년 말");
      assertThat(CumulativeChart.periodLabel(t, 1, ChartSpec.Period.YEAR, new ChartWording(B, Lang.KO))).isEqualTo(c[1]);
      assertThat(CumulativeChart.periodLabel(t, 1, ChartSpec.Period.YEAR, new ChartWording(B, Lang.EN))).isEqualTo(c[2]);
    }
  }

  @Test
  void theCumulativeChartSaysWhichPaymentsAreOnlyReportedInBothLanguages() {
    ChartImage ko = new ChartRenderer().render(spec(ChartKind.CUMULATIVE), B, Lang.KO);
    ChartImage en = new ChartRenderer().render(spec(ChartKind.CUMULATIVE), B, Lang.EN);
    // Thrive Capital's $1.25 billion of October 2024 is reported, all of it; Microsoft's sum is its
    // confirmed $13 billion of 2023 and up to $1 billion reported in 2024; Amazon's is all confirmed.
    assertThat(ko.shownTable()).contains(List.of("2024년 10월 2일까지", "스라이브캐피털", "12억5000만달러(보도)"),
        List.of("2024년 10월 2일까지", "마이크로소프트", "최대 140억달러(일부 보도)"),
        List.of("2024년 10월 2일까지", "아마존", "40억달러"), List.of("2023년 말", "마이크로소프트", "130억달러"));
    assertThat(en.shownTable()).contains(List.of("To Oct 2, 2024", "Thrive Capital", "$1.25 billion (reported)"),
        List.of("To Oct 2, 2024", "Microsoft", "up to $14 billion (partly reported)"),
        List.of("To Oct 2, 2024", "Amazon", "$4 billion"), List.of("End of 2023", "Microsoft", "$13 billion"));
    assertThat(ko.alt()).contains("2024년 10월 2일까지 최대 약 203억5000만달러(일부 보도)로 늘었다.",
        "마이크로소프트 최대 140억달러(일부 보도), 아마존 40억달러, 스라이브캐피털 12억5000만달러(보도)");
    assertThat(en.alt()).contains("to up to about $20.35 billion (partly reported) by October 2, 2024.",
        "Microsoft up to $14 billion (partly reported), Amazon $4 billion, Thrive Capital $1.25 billion (reported)");
    // The CSV says it too, with the part not confirmed.
    assertThat(en.table().get(0)).endsWith("Claim", "Not confirmed");
    assertThat(en.table()).contains(List.of("2024", "2024-10-02", "USD", "Microsoft", "14000000000", "partly reported",
        "1000000000"), List.of("2024", "2024-10-02", "USD", "Thrive Capital", "1250000000", "reported", "1250000000"),
        List.of("2024", "2024-10-02", "USD", "Amazon", "4000000000", "confirmed", ""));
    assertThat(new String(ko.svg(), StandardCharsets.UTF_8)).contains("빗금: 추정치이거나 확인되지 않은 보도·주장");
    assertThat(new String(en.svg(), StandardCharsets.UTF_8)).contains("Hatched: an estimate, or a report or claim not confirmed");
  }

  @Test
  void theCumulativeChartHatchesOnlyTheUnconfirmedPartOfEachSegment() {
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec(ChartKind.CUMULATIVE), B, lang);
      // The dashed outlines: the legend's key, then Microsoft's top ($1 billion reported of $14 billion),
      // Thrive Capital's whole segment ($1.25 billion) and the others' ($600 million, all reported).
      List<Double> heights = dashedHeights(new String(image.svg(), StandardCharsets.UTF_8));
      assertThat(heights).as(lang.toString()).hasSize(4);
      double billion = heights.get(1);
      assertThat(heights.get(2) / billion).isCloseTo(1.25, org.assertj.core.data.Offset.offset(0.02));
      assertThat(heights.get(3) / billion).isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.02));
    }
    // A segment all confirmed is not hatched: the 2023 bars have none, and an edition before any
    // reported payment draws no dashed outline and no key.
    CumulativeChart.Totals usd = CumulativeChart.totals(B, spec(ChartKind.CUMULATIVE)).get(0);
    assertThat(usd.anyUnconfirmed(0, -1)).isFalse();
    assertThat(usd.allUnconfirmed(1, usd.series().indexOf("thrive-capital"))).isTrue();
    assertThat(usd.unconfirmed(1, usd.series().indexOf("microsoft")).point().amount()).isEqualByComparingTo("1000000000");
  }

  private static List<Double> dashedHeights(String svg) {
    List<Double> heights = new ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("<rect height=\"([0-9.]+)\"[^>]*stroke-dasharray")
        .matcher(svg);
    while (m.find()) {
      heights.add(Double.parseDouble(m.group(1)));
    }
    return heights;
  }

  @Test
  void aMoneyFlowsChartOfStakesAloneIsDrawnAndPassesTheCheck() {
    // A new user's series had a stake bought and no investment row: check refused the chart, which the
    // docs say draws each stake bought ("expected at least one row to plot, found none").
    Briefing stakesOnly = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), List.of(), B.valuations(),
        B.talent(), List.of(), B.flows(), B.spending(), List.of(), List.of(spec(ChartKind.MONEY_FLOWS)));
    assertThat(com.moneywar.briefing.model.ChartSelection.drawable(stakesOnly, spec(ChartKind.MONEY_FLOWS))).isTrue();
    assertThat(new com.moneywar.briefing.validate.BriefingValidator().validate(new com.moneywar.briefing.load.LoadedProject(
        stakesOnly, new com.moneywar.briefing.model.Origins(java.util.Map.of()))).problems())
        .as("only the config's key figures, which name investments, are missing")
        .allSatisfy(p -> assertThat(p.toString()).startsWith("briefing.properties:"));
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec(ChartKind.MONEY_FLOWS), stakesOnly, lang);
      assertThat(image.shownTable()).hasSize(2);
      assertThat(image.alt()).contains(lang == Lang.KO ? "메타는 스케일AI 지분 49%를 143억달러에 사들였다"
          : "Meta bought a 49% stake in Scale AI for $14.3 billion");
    }
  }

  @Test
  void noPairIsCalledTheLargestAmountPaidInWhenNothingWasPaid() {
    // A new user's alt text: "National Growth Fund is to invest ₩370 billion in FuriosaAI, the largest amount paid in".
    // A TEST FIXTURE: every payment of the shipped record taken as only planned.
    List<com.moneywar.briefing.model.Investment> planned = B.investments().stream()
        .map(i -> i.status() != com.moneywar.briefing.model.InvestmentStatus.INVESTED ? i
            : new com.moneywar.briefing.model.Investment(i.id(), i.investor(), i.investee(), i.kind(), i.partOf(),
                i.amount(), i.bound(), com.moneywar.briefing.model.InvestmentStatus.PLANNED, i.date(), i.source(), i.fx(),
                i.approxDigits(), i.note(), i.round(), i.role(), i.replaces(), i.reporting()))
        .toList();
    Briefing nothingPaid = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), planned, B.valuations(),
        B.talent(), B.rounds(), List.of(), B.spending(), B.stories(), B.charts());
    ChartImage ko = new ChartRenderer().render(spec(ChartKind.MONEY_FLOWS), nothingPaid, Lang.KO);
    ChartImage en = new ChartRenderer().render(spec(ChartKind.MONEY_FLOWS), nothingPaid, Lang.EN);
    assertThat(ko.alt()).doesNotContain("가장 큰 금액");
    assertThat(en.alt()).doesNotContain("the largest amount paid in");
    // With payments, the largest is still named (the shipped record: Meta's stake in Scale AI).
    assertThat(new ChartRenderer().render(spec(ChartKind.MONEY_FLOWS), B, Lang.EN).alt())
        .contains("the largest amount paid in");
  }

  /** A new user's one-deal timeline read "2025년 8월 29일부터 2025년 8월 29일까지 거래 1건". */
  @Test
  void aTimelineOfOneDaySaysTheDayNotASpan() {
    com.moneywar.briefing.model.SourcePos at = com.moneywar.briefing.model.SourcePos.whole("data/charts.csv");
    ChartSpec one = new ChartSpec("one", ChartKind.TIMELINE,
        List.of(new com.moneywar.briefing.model.RowRef("round", "anthropic-2024-11-amazon", at)), List.of(), Optional.empty(),
        Optional.empty(), ChartSpec.Scale.LOG, ChartSpec.Period.YEAR,
        new com.moneywar.briefing.model.Localized("거래", "Deals"), new com.moneywar.briefing.model.Localized("", ""));
    assertThat(new ChartRenderer().render(one, B, Lang.KO).alt())
        .startsWith("시간 축 점그래프(로그 눈금). 2024년 11월 22일 거래 1건.");
    assertThat(new ChartRenderer().render(one, B, Lang.EN).alt())
        .startsWith("Timeline (log scale): 1 deal on November 22, 2024.");
  }

  /**
   * A single investment announced or planned is drawn as one not yet paid: a new user's government
   * contribution "earmarked in the 2026 budget" was drawn and named as an investment made. The row
   * added here is a TEST FIXTURE, not a reported figure.
   */
  @Test
  void aPlannedSingleInvestmentIsDrawnAsPlannedNotAsMoneyPaid(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-planned");
    ShippedProject.appendRows(project, "data/investments.csv", "fixture-planned-2025-10,google,anthropic,single,,"
        + "1000000000,USD,exact,planned,2025-10-01,fixture-planned,none" + ",".repeat(12) + "\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage timeline = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(timeline.table()).anyMatch(r -> r.contains(lang == Lang.KO ? "투자 예정" : "Planned investment")
          && r.contains("1000000000"));
      assertThat(com.moneywar.briefing.testing.ChartTexts.of(timeline.svg()).stream()
          .map(com.moneywar.briefing.testing.ChartTexts.Text::text))
          .contains(lang == Lang.KO ? "투자 예정" : "Planned investment");
      // The shipped investments, all paid in, are drawn as before.
      assertThat(timeline.table()).anyMatch(r -> r.contains(lang == Lang.KO ? "투자" : "Investment")
          && r.contains("13000000000"));
    }
  }

  /**
   * A single investment announced is called so on the timeline, as its key figure and the tables
   * call it: a new user's announced grant read "투자 예정" under the chart and "투자 발표" above it.
   * The rows added here are TEST FIXTURES, not reported figures.
   */
  @Test
  void anAnnouncedSingleInvestmentIsCalledAnnouncedBesideAPlannedOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-planned");
    ShippedProject.appendRows(project, "data/investments.csv", "fixture-planned-2025-10,google,anthropic,single,,"
        + "1000000000,USD,exact,planned,2025-10-01,fixture-planned,none" + ",".repeat(12) + "\n"
        + "fixture-announced-2025-10,amazon,anthropic,single,,"
        + "2000000000,USD,exact,announced,2025-10-02,fixture-planned,none" + ",".repeat(12) + "\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      ChartImage timeline = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(timeline.table()).anyMatch(r -> r.contains(ko ? "투자 발표" : "Announced investment")
          && r.contains("2000000000"));
      assertThat(timeline.table()).anyMatch(r -> r.contains(ko ? "투자 예정" : "Planned investment")
          && r.contains("1000000000"));
      // One mark for both, its key naming each.
      assertThat(com.moneywar.briefing.testing.ChartTexts.of(timeline.svg()).stream()
          .map(com.moneywar.briefing.testing.ChartTexts.Text::text))
          .contains(ko ? "투자 예정·투자 발표" : "Planned investment or announced investment");
    }
  }
}
