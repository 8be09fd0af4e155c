package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.CompanyKind;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.RowRef;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.testing.ShippedProject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped briefing with many more rows added: 8 investors, 30 labs, 200 investments and 90
 * valuations in US dollars. Charts that name no rows draw only what a reader can take in, pick the
 * largest, and say so in both languages; charts that name rows draw every one. Expected rows are
 * worked out here with plain loops, apart from the chart code.
 */
class LargeTableChartsTest {
  private static final int INVESTORS = 8;
  private static final int LABS = 30;
  private static final int INVESTMENTS = 200;

  private static Briefing shipped;
  private static Briefing large;

  @BeforeAll
  static void addRowsToTheShippedBriefing() {
    shipped = firstEdition(new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow());
    large = grown(shipped, n -> n);
  }

  /**
   * The shipped briefing as its first edition (28 March 2024) had it: the rows from sources published by
   * then. The tests below count its three investors and their pairs.
   */
  private static Briefing firstEdition(Briefing b) {
    java.util.function.Predicate<com.moneywar.briefing.model.MoneyFact> early = f -> b.source(f.source()).orElseThrow()
        .published().compareTo(new PartialDate(2024, 3, 28)) <= 0;
    return new Briefing(b.config(), b.sources(), b.companies(), b.rates(),
        b.investments().stream().filter(early::test).toList(), b.valuations().stream().filter(early::test).toList(),
        b.talent().stream().filter(early::test).toList(), b.stories(), b.charts());
  }

  /** The shipped briefing plus the synthetic rows, their companies named by {@code name}. */
  private static Briefing grown(Briefing b, UnaryOperator<String> name) {
    String source = b.sources().get(0).id();
    List<Company> companies = new ArrayList<>(b.companies());
    for (int i = 1; i <= INVESTORS; i++) {
      companies.add(company("investor-" + i, name.apply("투자사 " + i), name.apply("Investor " + i), source));
    }
    for (int i = 1; i <= LABS; i++) {
      companies.add(company("lab-" + i, name.apply("연구소 " + i), name.apply("Lab " + i), source));
    }
    List<Investment> investments = new ArrayList<>(b.investments());
    for (int k = 0; k < INVESTMENTS; k++) {
      // Every pair once, amounts all different and in no particular order.
      String investor = "investor-" + (k % INVESTORS + 1);
      String lab = "lab-" + (k / INVESTORS + 1);
      Money amount = usd((k * 37 % INVESTMENTS + 1) * 10_000_000L);
      PartialDate date = new PartialDate(2018 + k % 6, k % 12 + 1, 0);
      if (k % 3 == 0) {
        investments.add(investment("deal-" + k, investor, lab, InvestmentKind.COMMITMENT, Optional.empty(), amount,
            InvestmentStatus.ANNOUNCED, date, source));
        investments.add(investment("deal-" + k + "-t1", investor, lab, InvestmentKind.TRANCHE,
            Optional.of("deal-" + k), usd(amount.amount().longValue() / 2), InvestmentStatus.INVESTED, date, source));
      } else {
        investments.add(investment("deal-" + k, investor, lab, InvestmentKind.SINGLE, Optional.empty(), amount,
            InvestmentStatus.INVESTED, date, source));
      }
    }
    List<Valuation> valuations = new ArrayList<>(b.valuations());
    for (int i = 1; i <= LABS; i++) {
      for (int year = 2021; year <= 2023; year++) {
        long amount = (i * 13L % LABS + 1) * 1_000_000_000L * (year - 2019);
        valuations.add(new Valuation("lab-" + i + "-" + year, "lab-" + i, usd(amount), Bound.EXACT,
            new PartialDate(year, i % 12 + 1, 0), source, Optional.empty(), 3, Localized.empty()));
      }
    }
    return new Briefing(b.config(), b.sources(), companies, b.rates(), investments, valuations, b.talent(),
        b.stories(), b.charts());
  }

  private static Company company(String id, String ko, String en, String source) {
    return new Company(id, new Localized(ko, en), CompanyKind.AI_LAB, "US", Optional.empty(), Optional.empty(), source);
  }

  private static Investment investment(String id, String investor, String investee, InvestmentKind kind,
      Optional<String> partOf, Money amount, InvestmentStatus status, PartialDate date, String source) {
    return new Investment(id, investor, investee, kind, partOf, amount, Bound.EXACT, status, date, source,
        Optional.empty(), 3, Localized.empty());
  }

  private static Money usd(long amount) {
    return new Money(BigDecimal.valueOf(amount), Money.of("1", "USD").currency());
  }

  private static ChartSpec declared(ChartKind kind) {
    return shipped.charts().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
  }

  private static ChartImage render(Briefing briefing, ChartSpec spec, Lang lang) {
    return new ChartRenderer().render(spec, briefing, lang);
  }

  private static String desc(ChartImage chart) {
    String svg = new String(chart.svg(), StandardCharsets.UTF_8);
    return svg.substring(svg.indexOf("<desc>") + 6, svg.indexOf("</desc>"));
  }

  // ---- money flows ----

  /** Committed money per pair and currency, recomputed from the rows. */
  private static Map<String, Map<List<String>, BigDecimal>> committedByCurrency(Briefing b) {
    Map<String, Map<List<String>, BigDecimal>> sums = new LinkedHashMap<>();
    for (Investment i : b.investments()) {
      if (i.kind() != InvestmentKind.TRANCHE) {
        sums.computeIfAbsent(i.amount().currency().getCurrencyCode(), c -> new LinkedHashMap<>())
            .merge(List.of(i.investor(), i.investee()), i.amount().amount(), BigDecimal::add);
      }
    }
    return sums;
  }

  @Test
  void moneyFlowsDrawsTheLargestPairsOfEachCurrencyAndNoMoreThanFit() {
    ChartSpec spec = declared(ChartKind.MONEY_FLOWS);
    Map<String, Map<List<String>, BigDecimal>> committed = committedByCurrency(large);
    for (Lang lang : Lang.values()) {
      List<List<String>> rows = render(large, spec, lang).table();
      // Bars: the pairs drawn one by one and, per currency, one "others" pair (no investee) adding up the rest.
      assertThat(rows.size() - 1).isBetween(Shortlist.FEWEST_FLOWS, Shortlist.FLOWS);
      List<List<String>> plotted = rows.subList(1, rows.size()).stream().filter(r -> !r.get(1).isEmpty()).toList();
      for (String currency : committed.keySet()) {
        List<List<String>> drawn = plotted.stream().filter(r -> r.get(2).equals(currency))
            .map(r -> List.of(r.get(0), r.get(1))).toList();
        // The largest of the currency, largest first.
        List<List<String>> largest = committed.get(currency).entrySet().stream()
            .sorted(Map.Entry.<List<String>, BigDecimal>comparingByValue().reversed()).limit(drawn.size())
            .map(e -> List.of(name(e.getKey().get(0), lang), name(e.getKey().get(1), lang))).toList();
        assertThat(drawn).as(currency).isNotEmpty().containsExactlyElementsOf(largest);
      }
    }
  }

  @Test
  void moneyFlowsSaysInBothLanguagesThatItDrawsOnlyTheLargest() {
    ChartSpec spec = declared(ChartKind.MONEY_FLOWS);
    int all = committedByCurrency(large).values().stream().mapToInt(Map::size).sum();
    ChartImage ko = render(large, spec, Lang.KO);
    ChartImage en = render(large, spec, Lang.EN);
    int shown = (int) en.table().stream().skip(1).filter(r -> !r.get(1).isEmpty()).count();
    assertThat(ko.table()).hasSameSizeAs(en.table());
    String koNote = "투자자–투자 대상 " + all + "쌍 가운데 통화별로 약속한 금액이 큰 " + shown + "쌍만 그렸다. "
        + "전체 목록은 사이트의 ‘투자’ 페이지에 있다.";
    String enNote = "Shown are the " + shown + " largest of " + all + " investor–investee pairs by amount committed, "
        + "currency by currency; the site's Investments page lists them all.";
    assertThat(ko.caption()).contains(koNote);
    assertThat(ko.alt()).startsWith("막대그래프. " + koNote);
    assertThat(desc(ko)).startsWith("막대그래프. " + koNote);
    assertThat(en.caption()).contains(enNote);
    assertThat(en.alt()).startsWith("Bar chart. " + enNote);
    assertThat(desc(en)).startsWith("Bar chart. " + enNote);
  }

  @Test
  void moneyFlowsDrawsFewerPairsWhenTheirNamesNeedMoreRoomTheSameInBothLanguages() {
    Briefing longNames = grown(shipped, n -> n + " Holdings International");
    ChartSpec spec = declared(ChartKind.MONEY_FLOWS);
    ChartImage ko = render(longNames, spec, Lang.KO);
    ChartImage en = render(longNames, spec, Lang.EN);
    assertThat(en.table().size() - 1).isBetween(Shortlist.FEWEST_FLOWS, Shortlist.FLOWS - 1);
    assertThat(ko.table()).hasSameSizeAs(en.table());
    long pairs = en.table().stream().skip(1).filter(r -> !r.get(1).isEmpty()).count();
    assertThat(en.caption()).contains("Shown are the " + pairs + " largest of");
  }

  @Test
  void namedRowsAreAllDrawnAndNothingIsSaidToBeLeftOut() {
    ChartSpec all = declared(ChartKind.MONEY_FLOWS);
    List<RowRef> rows = new ArrayList<>();
    for (int k = 0; k < 15; k++) {
      rows.add(new RowRef("investment", "deal-" + k, new SourcePos("data/charts.csv", 2, 3)));
    }
    ChartSpec named = new ChartSpec(all.id(), all.kind(), rows, List.of(), all.series(), all.currency(),
        all.scale(), all.period(), all.title(), all.caption());
    for (Lang lang : Lang.values()) {
      ChartImage chart = render(large, named, lang);
      assertThat(chart.table()).hasSize(15 + 1);
      for (int k = 0; k < 15; k++) {
        Investment i = large.investment("deal-" + k).orElseThrow();
        assertThat(chart.table().get(k + 1)).startsWith(name(i.investor(), lang), name(i.investee(), lang), "USD",
            i.amount().amount().toPlainString());
      }
      assertThat(chart.caption() + chart.alt()).doesNotContain("Shown are", "만 그렸다");
    }
  }

  // ---- valuations ----

  @Test
  void valuationsDrawsTheCompaniesWorthTheMostLatelyAndSaysSo() {
    ChartSpec spec = declared(ChartKind.VALUATIONS);
    // The latest valuation of each company, per currency.
    Map<String, Map<String, Valuation>> latest = new LinkedHashMap<>();
    for (Valuation v : large.valuations()) {
      latest.computeIfAbsent(v.amount().currency().getCurrencyCode(), c -> new LinkedHashMap<>())
          .merge(v.company(), v, (a, b) -> b.date().compareTo(a.date()) >= 0 ? b : a);
    }
    int companies = (int) large.valuations().stream().map(Valuation::company).distinct().count();
    for (Lang lang : Lang.values()) {
      ChartImage chart = render(large, spec, lang);
      List<List<String>> plotted = chart.table().subList(1, chart.table().size());
      List<String> drawn = plotted.stream().map(r -> r.get(0)).distinct().toList();
      assertThat(drawn).hasSize(Shortlist.COMPANIES);
      for (Map.Entry<String, Map<String, Valuation>> e : latest.entrySet()) {
        List<String> inCurrency = plotted.stream().filter(r -> r.get(3).equals(e.getKey())).map(r -> r.get(0))
            .distinct().toList();
        List<String> largest = e.getValue().values().stream()
            .sorted(Comparator.comparing((Valuation v) -> v.amount().amount()).reversed()).limit(inCurrency.size())
            .map(v -> name(v.company(), lang)).toList();
        assertThat(inCurrency).as(e.getKey()).isNotEmpty().containsExactlyInAnyOrderElementsOf(largest);
      }
      // Every valuation of a company drawn is in the table: its line is whole.
      for (String company : drawn) {
        long rows = large.valuations().stream().filter(v -> name(v.company(), lang).equals(company)).count();
        assertThat(plotted.stream().filter(r -> r.get(0).equals(company))).hasSize((int) rows);
      }
      String note = lang == Lang.KO
          ? "기업 " + companies + "곳 가운데 통화별로 최근 기업가치가 높은 6곳만 그렸다. 전체 목록은 사이트의 ‘기업가치’ 페이지에 있다."
          : "Shown are the 6 of " + companies + " companies with the highest latest valuation, currency by currency; "
              + "the site's Valuations page lists them all.";
      assertThat(chart.caption()).contains(note);
      assertThat(chart.alt()).contains(note);
      assertThat(desc(chart)).contains(note);
    }
  }

  // ---- cumulative ----

  @Test
  void cumulativeNamesTheLargestInvestorsAndAddsUpTheRestSoTotalsStayWhole() {
    ChartSpec spec = declared(ChartKind.CUMULATIVE);
    // Money paid in per investor, in US dollars.
    Map<String, BigDecimal> paid = new LinkedHashMap<>();
    for (Investment i : large.investments()) {
      boolean hasTranches = large.investments().stream().anyMatch(t -> t.partOf().equals(Optional.of(i.id())));
      if (i.status() == InvestmentStatus.INVESTED && !hasTranches && i.amount().currency().getCurrencyCode().equals("USD")) {
        paid.merge(i.investor(), i.amount().amount(), BigDecimal::add);
      }
    }
    BigDecimal total = paid.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<String> largest = paid.entrySet().stream()
        .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).limit(Shortlist.SERIES)
        .map(Map.Entry::getKey).toList();
    int rest = paid.size() - Shortlist.SERIES;
    for (Lang lang : Lang.values()) {
      ChartImage chart = render(large, spec, lang);
      String lastPeriod = chart.table().stream().filter(r -> r.get(2).equals("USD")).map(r -> r.get(0))
          .max(Comparator.naturalOrder()).orElseThrow();
      List<List<String>> last = chart.table().stream()
          .filter(r -> r.get(2).equals("USD") && r.get(0).equals(lastPeriod)).toList();
      String others = lang == Lang.KO ? "기타 " + rest + "곳" : rest + " others";
      List<String> expectedSeries = new ArrayList<>(largest.stream().map(id -> name(id, lang)).toList());
      expectedSeries.add(others);
      assertThat(last.stream().map(r -> r.get(3))).containsExactlyElementsOf(expectedSeries);
      for (int s = 0; s < Shortlist.SERIES; s++) {
        assertThat(new BigDecimal(last.get(s).get(4))).isEqualByComparingTo(paid.get(largest.get(s)));
      }
      BigDecimal drawn = last.stream().map(r -> new BigDecimal(r.get(4))).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(drawn).as("the total counts every investor").isEqualByComparingTo(total);
      String note = lang == Lang.KO
          ? "투자자 " + paid.size() + "곳 가운데 실제 투자액이 큰 5곳만 따로 표시하고 나머지 " + rest + "곳은 ‘기타 " + rest
              + "곳’으로 묶었다. 합계에는 모두 들어 있다."
          : "Of " + paid.size() + " investors, the 5 that paid in the most are shown one by one; the other " + rest
              + " are added up as “" + rest + " others”, so the totals include every investor.";
      assertThat(chart.caption()).contains(note);
      assertThat(chart.alt()).contains(note).contains(others);
      assertThat(desc(chart)).contains(note);
    }
  }

  @Test
  void cumulativeNeverAddsUpASingleInvestorAsOthers() {
    // The shipped three investors and three more: one over the five colours.
    List<Investment> investments = new ArrayList<>(shipped.investments());
    List<Company> companies = new ArrayList<>(shipped.companies());
    String source = shipped.sources().get(0).id();
    for (int i = 1; i <= 3; i++) {
      companies.add(company("investor-" + i, "투자사 " + i, "Investor " + i, source));
      investments.add(investment("extra-" + i, "investor-" + i, "anthropic", InvestmentKind.SINGLE, Optional.empty(),
          usd(i * 100_000_000L), InvestmentStatus.INVESTED, new PartialDate(2023, i, 0), source));
    }
    Briefing six = new Briefing(shipped.config(), shipped.sources(), companies, shipped.rates(), investments,
        shipped.valuations(), shipped.talent(), shipped.stories(), shipped.charts());
    ChartImage chart = render(six, declared(ChartKind.CUMULATIVE), Lang.EN);
    assertThat(chart.table().stream().filter(r -> r.get(2).equals("USD")).map(r -> r.get(3)).distinct())
        .containsExactlyInAnyOrder("Microsoft", "Amazon", "Google", "Investor 3", "2 others");
    assertThat(chart.caption()).contains("Of 6 investors, the 4 that paid in the most are shown one by one; "
        + "the other 2 are added up as “2 others”, so the totals include every investor.");
  }

  // ---- the shipped briefing ----

  @Test
  void theShippedChartsLeaveNoRowOut() {
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(shipped, lang)) {
        assertThat(chart.caption() + chart.alt())
            .doesNotContain("Shown are", "one by one", " others", "만 그렸다", "따로 표시하고", "기타");
      }
    }
  }

  private static String name(String company, Lang lang) {
    return large.company(company).orElseThrow().name().in(lang);
  }
}
