package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.RoundType;
import com.moneywar.briefing.model.Source;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each new kind of fact, its bound and its claim status, as readers see them in both languages. */
class FactRenderingTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  private final Figures figures = new Figures(B);

  private String figure(String kind, String id, String field, Lang lang) {
    return figures.text(new FigureRef(kind, List.of(id), field, "{{…}}", SourcePos.startOf("t")), lang);
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static List<String> headlineLabels(Briefing b, Lang lang, String... refs) {
    List<FigureRef> list = java.util.Arrays.stream(refs).map(r -> r.split(":"))
        .map(r -> new FigureRef(r[0], List.of(r[1]), "", "{{…}}", SourcePos.startOf("t"))).toList();
    return SiteRenderer.headlines(b, new Figures(b), list, lang, "ko/index.html", SiteRenderer.RowPlaces.of(b))
        .stream().map(com.moneywar.briefing.site.view.Headline::label).toList();
  }

  @Test
  void aHeadlineFigureSaysWhatKindOfDealOrValuationItIs() {
    // A compute purchase is not money put into the seller, nor a stake an investment; a round is
    // named as a sentence names it; an estimated valuation says so, as the table does.
    assertThat(headlineLabels(B, Lang.KO, "flow:anthropic-azure-2025-11", "flow:meta-scale-ai-2025-06",
        "round:openai-2025-03")).containsExactly("앤스로픽 → 마이크로소프트 · 컴퓨팅 구매 약정",
            "메타 → 스케일AI · 지분 49% 매입 · 2025년 6월 12일 완료", "오픈AI 지분 투자");
    assertThat(headlineLabels(B, Lang.EN, "flow:anthropic-azure-2025-11", "flow:meta-scale-ai-2025-06",
        "round:openai-2025-03")).containsExactly("Anthropic → Microsoft · compute purchase",
            "Meta → Scale AI · 49% stake · completed June 12, 2025", "OpenAI equity round");
    com.moneywar.briefing.model.Valuation v = B.valuations().get(0);
    Briefing estimated = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(),
        List.of(new com.moneywar.briefing.model.Valuation(v.id(), v.company(), v.amount(), v.bound(), v.date(),
            v.source(), v.fx(), v.approxDigits(), v.note(), com.moneywar.briefing.model.ValuationBasis.ESTIMATE,
            v.reporting())), B.talent(), B.rounds(), B.flows(), B.stories(), List.of());
    String company = B.company(v.company()).orElseThrow().name().in(Lang.KO);
    assertThat(headlineLabels(estimated, Lang.KO, "valuation:" + v.id())).containsExactly(company + " 기업가치 추정치");
    assertThat(headlineLabels(B, Lang.KO, "valuation:" + v.id())).containsExactly(company + " 기업가치");
    Briefing preMoney = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(),
        List.of(new com.moneywar.briefing.model.Valuation(v.id(), v.company(), v.amount(), v.bound(), v.date(),
            v.source(), v.fx(), v.approxDigits(), v.note(), com.moneywar.briefing.model.ValuationBasis.PRE_MONEY,
            v.reporting())), B.talent(), B.rounds(), B.flows(), B.stories(), List.of());
    assertThat(headlineLabels(preMoney, Lang.KO, "valuation:" + v.id())).containsExactly(company + " 투자 전 기업가치");
    assertThat(headlineLabels(preMoney, Lang.EN, "valuation:" + v.id()))
        .containsExactly(B.company(v.company()).orElseThrow().name().in(Lang.EN) + " pre-money valuation");
  }

  private String sum(String inside, Lang lang) {
    var m = com.moneywar.briefing.model.Placeholders.parse(0, 0, "{{" + inside + "}}", inside);
    assertThat(m.isValid()).as(m.error()).isTrue();
    return figures.text(new FigureRef(m.kind(), m.ids(), m.field(), m.text(), SourcePos.startOf("t")), lang);
  }

  @Test
  void aSumAddsItsRowsUpNeverFirmerThanTheyAre() {
    // $4 billion + $13 billion, each converted at its own rate.
    String both = "sum:investment:amazon-anthropic-2023+microsoft-openai-2023";
    assertThat(sum(both + ":amount", Lang.KO)).isEqualTo("170억달러");
    assertThat(sum(both + ":amount", Lang.EN)).isEqualTo("$17 billion");
    java.math.BigDecimal won = java.util.stream.Stream.of("amazon-anthropic-2023", "microsoft-openai-2023")
        .map(id -> B.investment(id).orElseThrow())
        .map(i -> i.amount().convert(B.krwRateFor(i).orElseThrow().rate(), Money.KRW).amount())
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    String krw = AmountText.approximately(new Money(won, Money.KRW).roundToSignificant(3), Optional.empty(), Lang.KO);
    assertThat(sum(both, Lang.KO)).isEqualTo("170억달러(" + krw + ")");
    assertThat(sum(both + ":krw", Lang.KO)).isEqualTo(krw);
    assertThat(sum(both, Lang.EN)).startsWith("$17 billion (about ₩").endsWith(" trillion)");
    // A row not converted (fx=none) leaves the sum without a won figure.
    assertThat(sum("sum:investment:amazon-anthropic-2023+amazon-anthropic-2024-11", Lang.KO)).isEqualTo("120억달러");
    // $1.25 billion and up to $1 billion: up to $2.25 billion (a range, $1.25–2.25 billion, would read
    // as one a report gave), and no won figure for a ceiling.
    String capped = "sum:investment:thrive-openai-2024-10+microsoft-openai-2024-10";
    assertThat(sum(capped, Lang.EN)).isEqualTo("up to $2.25 billion");
    assertThat(sum(capped, Lang.KO)).isEqualTo("최대 22억5000만달러");
    // Two ceilings add up to one, and their won figure is the sum of theirs, as each shows its own
    // (walk 75's "최대 150억달러" stood bare beside "최대 100억달러(약 14조7000억원)").
    String ceilings = "sum:investment:nvidia-anthropic-2025-11+microsoft-anthropic-2025-11";
    String nvidia = sum("investment:nvidia-anthropic-2025-11:krw", Lang.KO);
    assertThat(nvidia).startsWith("최대 약 ").endsWith("원");
    assertThat(sum(ceilings, Lang.KO)).startsWith("최대 150억달러(약 ").endsWith("원)");
    // Standing alone, it carries the bound, as a row's does.
    assertThat(sum(ceilings + ":krw", Lang.KO)).startsWith("최대 약 ").endsWith("원");
    assertThat(sum(ceilings, Lang.EN)).startsWith("up to $15 billion (about ₩").endsWith(" trillion)");
  }

  @Test
  void aSumsWonFigureIsRoundedAsCoarselyAsItsCoarsestPartNotToItsFewestDigits() {
    // A new user's parts read 417조, 357조 and 54조 (two digits), and their sum 830조: rounded to two
    // significant digits, it disagreed with the 828조 a reader adds up. A TEST FIXTURE: the shipped
    // amazon-anthropic-2023 ($4 billion, about 5조4000억원) converted at two digits, microsoft-openai-2023
    // ($13 billion, about 17조5000억원) at three: both to 1000억원, so the sum is too.
    List<com.moneywar.briefing.model.Investment> investments = B.investments().stream().map(i -> !i.id()
        .equals("amazon-anthropic-2023") ? i : new com.moneywar.briefing.model.Investment(i.id(), i.investor(),
            i.investee(), i.kind(), i.partOf(), i.amount(), i.bound(), i.status(), i.date(), i.source(), i.fx(),
            2, i.note(), i.round(), i.role(), i.replaces(), i.reporting()))
        .toList();
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), investments, B.valuations(),
        B.talent(), B.rounds(), B.flows(), B.stories(), B.charts());
    assertThat(b.investment("microsoft-openai-2023").orElseThrow().approxDigits()).isEqualTo(3);
    java.math.BigDecimal won = java.util.stream.Stream.of("amazon-anthropic-2023", "microsoft-openai-2023")
        .map(id -> b.investment(id).orElseThrow())
        .map(i -> i.amount().convert(b.krwRateFor(i).orElseThrow().rate(), Money.KRW).amount())
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    Money expected = new Money(won.setScale(-11, java.math.RoundingMode.HALF_UP), Money.KRW);
    assertThat(expected.amount()).isNotEqualByComparingTo(new Money(won, Money.KRW).roundToSignificant(2).amount());
    var m = com.moneywar.briefing.model.Placeholders.parse(0, 0, "{{…}}",
        "sum:investment:amazon-anthropic-2023+microsoft-openai-2023:krw");
    assertThat(new Figures(b).text(new FigureRef(m.kind(), m.ids(), m.field(), m.text(), SourcePos.startOf("t")), Lang.KO))
        .isEqualTo(AmountText.approximately(expected, Optional.empty(), Lang.KO));
  }

  @Test
  void aSumOfADisputedRowAndAConfirmedOneIsPartlyDisputed() {
    // A TEST FIXTURE: the shipped microsoft-openai-2023 made disputed.
    List<com.moneywar.briefing.model.Investment> investments = B.investments().stream().map(i -> !i.id()
        .equals("microsoft-openai-2023") ? i : new com.moneywar.briefing.model.Investment(i.id(), i.investor(),
            i.investee(), i.kind(), i.partOf(), i.amount(), i.bound(), i.status(), i.date(), i.source(), i.fx(),
            i.approxDigits(), i.note(), i.round(), i.role(), i.replaces(), new com.moneywar.briefing.model.Reporting(
                Optional.empty(), com.moneywar.briefing.model.ClaimStatus.DISPUTED, List.of(), Optional.empty(), true,
                false)))
        .toList();
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), investments, B.valuations(),
        B.talent(), B.rounds(), B.flows(), B.stories(), B.charts());
    Figures disputed = new Figures(b);
    var mixed = com.moneywar.briefing.model.Placeholders.parse(0, 0, "{{…}}",
        "sum:investment:amazon-anthropic-2024-11+microsoft-openai-2023");
    FigureRef ref = new FigureRef(mixed.kind(), mixed.ids(), mixed.field(), mixed.text(), SourcePos.startOf("t"));
    assertThat(disputed.text(ref, Lang.KO)).isEqualTo("210억달러(일부 반론 있음)");
    assertThat(disputed.text(ref, Lang.EN)).isEqualTo("$21 billion (partly disputed)");
  }

  @Test
  void boundsAreWrittenInEachLanguagesPressStyle() {
    Optional<Money> fifty = Optional.of(usd("50000000000"));
    assertThat(AmountText.of(Bound.RANGE, usd("40000000000"), fifty, Lang.KO)).isEqualTo("400억~500억달러");
    assertThat(AmountText.of(Bound.RANGE, usd("40000000000"), fifty, Lang.EN)).isEqualTo("$40–50 billion");
    assertThat(AmountText.of(Bound.RANGE, usd("800000000"), Optional.of(usd("1200000000")), Lang.EN))
        .isEqualTo("$800 million–$1.2 billion");
    assertThat(AmountText.of(Bound.MORE_THAN, usd("1000000000"), Optional.empty(), Lang.KO)).isEqualTo("10억달러 이상");
    assertThat(AmountText.of(Bound.MORE_THAN, usd("1000000000"), Optional.empty(), Lang.EN)).isEqualTo("more than $1 billion");
    assertThat(AmountText.of(Bound.AT_LEAST, usd("1000000000"), Optional.empty(), Lang.KO)).isEqualTo("최소 10억달러");
    assertThat(AmountText.of(Bound.AT_LEAST, usd("1000000000"), Optional.empty(), Lang.EN)).isEqualTo("at least $1 billion");
    assertThat(AmountText.approximately(Money.of("55000000000000", "KRW"), Optional.of(Money.of("69000000000000", "KRW")),
        Lang.KO)).isEqualTo("약 55조~69조원");
    assertThat(AmountText.approximately(Money.of("55000000000000", "KRW"), Optional.of(Money.of("69000000000000", "KRW")),
        Lang.EN)).isEqualTo("about ₩55–69 trillion");
  }

  /** The shipped briefing with one valuation's bound changed. */
  private static Briefing withBound(String valuationId, Bound bound, com.moneywar.briefing.model.ClaimStatus claim) {
    return new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(),
        B.valuations().stream().map(v -> !v.id().equals(valuationId) ? v
            : new com.moneywar.briefing.model.Valuation(v.id(), v.company(), v.amount(), bound, v.date(),
                v.source(), v.fx(), v.approxDigits(), v.note(), v.basis(), new com.moneywar.briefing.model.Reporting(
                    v.reporting().high(), claim, v.reporting().otherSources(), v.reporting().alternative(),
                    v.reporting().amountStated(), v.reporting().noConversion(), v.reporting().deal()))).toList(),
        B.talent(), B.rounds(), B.flows(), B.stories(), List.of());
  }

  private static Briefing withBound(String valuationId, Bound bound) {
    return new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(),
        B.valuations().stream().map(v -> !v.id().equals(valuationId) ? v
            : new com.moneywar.briefing.model.Valuation(v.id(), v.company(), v.amount(), bound, v.date(),
                v.source(), v.fx(), v.approxDigits(), v.note(), v.basis(), v.reporting())).toList(),
        B.talent(), B.rounds(), B.flows(), B.stories(), List.of());
  }

  @Test
  void aWonFigureStandingApartFromItsAmountKeepsTheAmountsBound() {
    // anthropic-2024-03: up to $18.4 billion, about ₩25 trillion at two digits.
    assertThat(figure("valuation", "anthropic-2024-03", "krw", Lang.KO)).isEqualTo("최대 약 25조원");
    assertThat(figure("valuation", "anthropic-2024-03", "krw", Lang.EN)).isEqualTo("up to about ₩25 trillion");
    assertThat(figure("valuation", "anthropic-2024-03", "", Lang.KO)).isEqualTo("최대 184억달러(약 25조원)");
    assertThat(figure("valuation", "anthropic-2024-03", "", Lang.EN)).isEqualTo("up to $18.4 billion (about ₩25 trillion)");
    FigureRef ref = new FigureRef("valuation", List.of("anthropic-2024-03"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(SiteRenderer.headlines(B, figures, List.of(ref), Lang.KO, "ko/index.html", SiteRenderer.RowPlaces.of(B))
        .get(0).krw()).isEqualTo("최대 약 25조원");
    Figures floor = new Figures(withBound("anthropic-2024-03", Bound.MORE_THAN));
    FigureRef krw = new FigureRef("valuation", List.of("anthropic-2024-03"), "krw", "{{…}}", SourcePos.startOf("t"));
    assertThat(floor.text(krw, Lang.KO)).isEqualTo("약 25조원 이상");
    assertThat(floor.text(krw, Lang.EN)).isEqualTo("more than about ₩25 trillion");
    // The Korean full form puts the brackets by the amount and the bound word last, as the press does.
    assertThat(floor.text(ref, Lang.KO)).isEqualTo("184억달러(약 25조원) 이상");
    assertThat(floor.text(ref, Lang.EN)).isEqualTo("more than $18.4 billion (about ₩25 trillion)");
    // What is said of the whole figure comes after the bound word: "(약 25조원, 추정치) 이상" read as if
    // the won figure were the estimate.
    Figures estimate = new Figures(withBound("anthropic-2024-03", Bound.MORE_THAN, com.moneywar.briefing.model.ClaimStatus.ESTIMATED));
    assertThat(estimate.text(ref, Lang.KO)).isEqualTo("184억달러(약 25조원) 이상(추정치)");
    assertThat(estimate.text(ref, Lang.EN)).isEqualTo("more than $18.4 billion (about ₩25 trillion; estimate)");
    Figures atLeast = new Figures(withBound("anthropic-2024-03", Bound.AT_LEAST));
    assertThat(atLeast.text(krw, Lang.KO)).isEqualTo("최소 약 25조원");
    assertThat(atLeast.text(krw, Lang.EN)).isEqualTo("at least about ₩25 trillion");
    // An exact amount's won figure is plainly approximate.
    assertThat(figure("investment", "amazon-anthropic-t2", "krw", Lang.KO)).isEqualTo("약 3조7100억원");
  }

  @Test
  void placeholdersOfRoundsFlowsClaimsAndBases() {
    assertThat(figure("round", "openai-2025-03", "", Lang.KO)).isEqualTo("최대 400억달러");
    assertThat(figure("round", "openai-2025-03", "", Lang.EN)).isEqualTo("up to $40 billion");
    assertThat(figure("round", "openai-2025-03", "lead", Lang.KO)).isEqualTo("소프트뱅크그룹");
    // Lists as each language's press writes them: "A, B and C" (no serial comma) / "A, B, C".
    assertThat(figure("round", "openai-2025-03", "investors", Lang.EN))
        .isEqualTo("SoftBank Group, Microsoft, Coatue Management, Altimeter Capital and Thrive Capital");
    assertThat(figure("round", "openai-2025-03", "investors", Lang.KO))
        .isEqualTo("소프트뱅크그룹, 마이크로소프트, 코튜매니지먼트, 알티미터캐피털, 스라이브캐피털");
    assertThat(figure("round", "anthropic-2025-03", "investors", Lang.EN))
        .isEqualTo("Lightspeed Venture Partners, Bessemer Venture Partners and General Catalyst");
    assertThat(figure("round", "anthropic-2025-03", "type", Lang.KO)).isEqualTo("시리즈E");
    assertThat(figure("round", "anthropic-2025-03", "type", Lang.EN)).isEqualTo("Series E");
    assertThat(figure("flow", "meta-scale-ai-2025-06", "", Lang.KO)).isEqualTo("143억달러");
    assertThat(figure("flow", "meta-scale-ai-2025-06", "", Lang.EN)).isEqualTo("$14.3 billion");
    assertThat(figure("flow", "meta-scale-ai-2025-06", "percent", Lang.KO)).isEqualTo("49%");
    assertThat(figure("talent", "meta-signing-bonus-claim-2025-06", "", Lang.KO)).isEqualTo("1억달러(당사자 부인)");
    assertThat(figure("talent", "meta-signing-bonus-claim-2025-06", "", Lang.EN)).isEqualTo("$100 million (denied)");
    assertThat(figure("investment", "microsoft-openai-2024-10", "", Lang.KO)).isEqualTo("최대 10억달러");
    assertThat(figure("investment", "microsoft-openai-2024-10", "claim", Lang.KO)).isEqualTo("보도");
    assertThat(figure("investment", "microsoft-openai-2024-10", "claim", Lang.EN)).isEqualTo("reported");
    assertThat(figure("valuation", "openai-2025-03", "basis", Lang.KO)).isEqualTo("투자 후 기업가치");
    assertThat(figure("valuation", "scale-ai-2025-06", "", Lang.KO)).isEqualTo("290억달러(추정치)");
    assertThat(figure("valuation", "scale-ai-2025-06", "", Lang.EN)).isEqualTo("$29 billion (estimate)");
    // The seed's figures are unchanged.
    assertThat(figure("investment", "amazon-anthropic-t2", "", Lang.KO)).isEqualTo("27억5000만달러(약 3조7100억원)");
    assertThat(figure("investment", "amazon-anthropic-t2", "", Lang.EN)).isEqualTo("$2.75 billion (about ₩3.71 trillion)");
  }

  @Test
  void aRatioIsAlwaysGivenToOneDecimalAsTheDocsAndChartsGiveIt() {
    // 615억 ÷ 41억 = 15 exactly: still "15.0", as the chart's line end says "15.0배" / "×15.0".
    assertThat(figures.text(new FigureRef("ratio", List.of("anthropic-2023", "anthropic-2025-03"), "", "{{…}}",
        SourcePos.startOf("t")), Lang.KO)).isEqualTo("15.0");
    assertThat(figures.text(new FigureRef("ratio", List.of("anthropic-2023", "anthropic-2025-03"), "", "{{…}}",
        SourcePos.startOf("t")), Lang.EN)).isEqualTo("15.0");
    assertThat(figures.text(new FigureRef("ratio", List.of("anthropic-2023", "anthropic-2024-03"), "", "{{…}}",
        SourcePos.startOf("t")), Lang.EN)).isEqualTo("up to 4.5");
  }

  @Test
  void aRatioKeepsWhatTheBoundsOfBothValuesLetOneSay() {
    // A new user's Scale AI went from about $14 billion to more than $29 billion: "약 2.1배" dropped the floor.
    com.moneywar.briefing.model.Valuation base = B.valuation("anthropic-2023").orElseThrow();
    java.util.function.BiFunction<Bound, String, com.moneywar.briefing.model.Valuation> v = (bound, amount) ->
        new com.moneywar.briefing.model.Valuation(base.id() + bound.code() + amount, base.company(),
            new Money(new java.math.BigDecimal(amount), base.amount().currency()), bound, base.date(), base.source(),
            base.fx(), base.approxDigits(), base.note(), base.basis(), base.reporting());
    record Case(Bound from, Bound to, String ko, String en) {}
    for (Case c : List.of(new Case(Bound.EXACT, Bound.EXACT, "2.1", "2.1"),
        new Case(Bound.ABOUT, Bound.MORE_THAN, "최소 약 2.1", "at least about 2.1"),
        // 29 ÷ 14 = 2.07…: a floor is rounded down ("at least 2.1" would be false), a ceiling up.
        new Case(Bound.EXACT, Bound.AT_LEAST, "최소 2.0", "at least 2.0"),
        new Case(Bound.UP_TO, Bound.EXACT, "최소 2.0", "at least 2.0"),
        new Case(Bound.EXACT, Bound.UP_TO, "최대 2.1", "up to 2.1"),
        new Case(Bound.ABOUT, Bound.UP_TO, "최대 약 2.1", "up to about 2.1"),
        new Case(Bound.MORE_THAN, Bound.ABOUT, "최대 약 2.1", "up to about 2.1"),
        new Case(Bound.ABOUT, Bound.EXACT, "약 2.1", "about 2.1"))) {
      com.moneywar.briefing.model.Valuation from = v.apply(c.from(), "14000000000");
      com.moneywar.briefing.model.Valuation to = v.apply(c.to(), "29000000000");
      List<com.moneywar.briefing.model.Valuation> both = new java.util.ArrayList<>(B.valuations());
      both.add(from);
      both.add(to);
      Figures f = new Figures(new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), both,
          B.talent(), B.rounds(), B.flows(), B.stories(), B.charts()));
      FigureRef ref = new FigureRef("ratio", List.of(from.id(), to.id()), "", "{{…}}", SourcePos.startOf("t"));
      assertThat(f.text(ref, Lang.KO)).as(c.toString()).isEqualTo(c.ko());
      assertThat(f.text(ref, Lang.EN)).as(c.toString()).isEqualTo(c.en());
      assertThat(com.moneywar.briefing.model.MultipleBound.of(from, to).bounded()).isTrue();
    }
    // A ceiling and a floor at once leave the multiple unknown: check refuses it, and the chart gives none.
    assertThat(com.moneywar.briefing.model.MultipleBound.of(v.apply(Bound.UP_TO, "1"), v.apply(Bound.UP_TO, "2"))
        .bounded()).isFalse();
    assertThat(com.moneywar.briefing.model.MultipleBound.of(v.apply(Bound.EXACT, "1"), v.apply(Bound.EXACT, "2")).words(Lang.KO))
        .isEmpty();
  }

  /** The shipped briefing with round {@code anthropic-2025-03} (a Series E) of type {@code code} instead. */
  private static Figures withAnthropicRoundOfType(String code) {
    List<Round> rounds = B.rounds().stream().map(r -> !r.id().equals("anthropic-2025-03") ? r
        : new Round(r.id(), r.investee(), new RoundType(code), r.lead(), r.participants(), r.valuation(), r.amount(),
            r.bound(), r.date(), r.source(), r.fx(), r.approxDigits(), r.note(), r.reporting())).toList();
    return new Figures(new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), rounds, B.flows(), B.stories(), B.charts()));
  }

  private static String typeOf(Figures f, Lang lang, String following) {
    return f.text(new FigureRef("round", List.of("anthropic-2025-03"), "type", "{{…}}", SourcePos.startOf("t")), lang,
        following);
  }

  @Test
  void aRoundTypeInProseNamesTheRoundAsASentenceNeedsIt() {
    Figures seed = withAnthropicRoundOfType("seed");
    assertThat(typeOf(seed, Lang.EN, ".")).isEqualTo("seed round"); // "in a seed round.", never "in a Seed."
    assertThat(typeOf(seed, Lang.KO, "에서")).isEqualTo("시드 라운드");
    assertThat(typeOf(withAnthropicRoundOfType("pre-seed"), Lang.EN, "")).isEqualTo("pre-seed round");
    assertThat(typeOf(withAnthropicRoundOfType("pre-seed"), Lang.KO, "")).isEqualTo("프리시드 라운드");
    assertThat(typeOf(withAnthropicRoundOfType("series-f"), Lang.EN, "")).isEqualTo("Series F");
    assertThat(typeOf(withAnthropicRoundOfType("series-f"), Lang.KO, "")).isEqualTo("시리즈F");
    assertThat(typeOf(withAnthropicRoundOfType("equity"), Lang.EN, "")).isEqualTo("equity round");
    assertThat(typeOf(withAnthropicRoundOfType("debt"), Lang.EN, "")).isEqualTo("debt financing");
    assertThat(typeOf(withAnthropicRoundOfType("convertible-note"), Lang.KO, "")).isEqualTo("전환사채");
    // A listing: the acronym keeps its capitals in a sentence ("its IPO", never "its ipo").
    assertThat(typeOf(withAnthropicRoundOfType("ipo"), Lang.EN, "")).isEqualTo("IPO");
    assertThat(typeOf(withAnthropicRoundOfType("ipo"), Lang.KO, "")).isEqualTo("IPO");
    assertThat(new RoundType("ipo").label(Lang.KO)).isEqualTo("기업공개(IPO)");
    assertThat(new RoundType("ipo").newMoney()).isTrue();
    // A text that writes the word itself after the placeholder gets it once.
    assertThat(typeOf(seed, Lang.KO, " 라운드에서")).isEqualTo("시드");
    assertThat(typeOf(seed, Lang.EN, " round led by")).isEqualTo("seed");
    assertThat(typeOf(seed, Lang.EN, " roundup")).isEqualTo("seed round");
    assertThat(typeOf(withAnthropicRoundOfType("series-f"), Lang.KO, " 라운드에서")).isEqualTo("시리즈F");
    assertThat(typeOf(withAnthropicRoundOfType("equity"), Lang.EN, " round.")).isEqualTo("equity");
    // Tables keep their short labels.
    assertThat(new RoundType("seed").label(Lang.EN)).isEqualTo("Seed");
  }

  @Test
  void aRoundsTypeNeverStandsOnALineWithoutItsDot() throws IOException {
    // On a phone the round cell wrapped as 앤스로픽 / · / 시리즈G, the dot alone on its line.
    FactTables ko = new FactTables(B, figures, Lang.KO, ShippedProject.messages("ko"), "ko/investments.html");
    String cell = ko.rounds().rows().stream().filter(r -> r.id().equals("round-openai-2025-03")).findFirst()
        .orElseThrow().cells().get(0).text();
    assertThat(cell).isEqualTo("오픈AI ·\u00a0지분 투자");
  }

  @Test
  void tablesShowRoundsFlowsClaimsAndUnconvertedRows() throws IOException {
    FactTables ko = new FactTables(B, figures, Lang.KO, ShippedProject.messages("ko"), "ko/investments.html");
    FactTables en = new FactTables(B, figures, Lang.EN, ShippedProject.messages("en"), "en/investments.html");
    assertThat(row(ko.rounds(), "round-openai-2025-03")).contains("오픈AI · 지분 투자", "최대 400억달러", "소프트뱅크그룹",
        "3000억달러", "환산 안 함");
    // The valuation's basis on a line of its own under the amount, so that the table of nine columns fits the page.
    FactTable.Cell valuation = ko.rounds().rows().stream().filter(r -> r.id().equals("round-openai-2025-03")).findFirst()
        .orElseThrow().cells().get(5);
    assertThat(valuation.text()).isEqualTo("3000억달러");
    assertThat(valuation.title()).isEqualTo("투자 후 기업가치");
    assertThat(row(en.rounds(), "round-anthropic-2024-11-amazon")).contains("Anthropic · Convertible note", "$4 billion",
        "Amazon");
    assertThat(row(en.flows(), "flow-meta-scale-ai-2025-06")).contains("Meta → Scale AI", "Stake", "$14.3 billion", "49%",
        "Other figure: $14.8 billion (The Daily Star (citing Reuters)).");
    assertThat(row(ko.flows(), "flow-anthropic-azure-2025-11")).contains("앤스로픽 → 마이크로소프트", "컴퓨팅 구매 약정",
        "300억달러");
    assertThat(row(ko.talent(), "meta-signing-bonus-claim-2025-06")).contains("1억달러 · 당사자 부인");
    assertThat(row(en.talent(), "meta-signing-bonus-claim-2025-06")).contains("$100 million · denied");
    assertThat(row(ko.investments(), "thrive-openai-2024-10")).contains("단건 투자 · 지분 투자(주도)", "12억5000만달러 · 보도",
        "다른 수치: 약 12억달러 (로이터(힌두스탄타임스 인용)).");
    assertThat(row(en.valuations(), "scale-ai-2025-06")).contains("$29 billion", "estimate");
    // A raised commitment names the one it replaces by its date and amount, never by its id.
    assertThat(row(ko.investments(), "amazon-anthropic-2024-11")).contains("이전 약정을 대체 (2023년 9월, 40억달러).")
        .doesNotContain("amazon-anthropic-2023");
    assertThat(row(en.investments(), "amazon-anthropic-2023")).contains("(November 22, 2024, $8 billion).")
        .doesNotContain("amazon-anthropic-2024-11");
  }

  /**
   * The shipped briefing plus a test fixture (not shipped data): a secondary sale of OpenAI shares
   * whose sources name the buyers, Thrive Capital, SoftBank and MGX, and no lead.
   */
  private static Briefing withRoundWithoutLead() {
    return withRoundOf(List.of("thrive-capital", "softbank", "mgx"));
  }

  private static Briefing withRoundOf(List<String> participants) {
    Round model = B.round("openai-2024-10").orElseThrow();
    List<Round> rounds = new java.util.ArrayList<>(B.rounds());
    rounds.add(new Round("fixture-secondary", "openai", new RoundType("secondary"), List.of(),
        participants, Optional.empty(), model.amount(), Bound.ABOUT, model.date(),
        model.source(), model.fx(), model.approxDigits(), new com.moneywar.briefing.model.Localized(
            "테스트용 행.", "Test fixture."), new com.moneywar.briefing.model.Reporting(Optional.empty(),
        com.moneywar.briefing.model.ClaimStatus.CONFIRMED, List.of(), Optional.empty(), true, true)));
    return new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), rounds, B.flows(), B.stories(), B.charts());
  }

  @Test
  void theParticipantsPlaceholderListsTheOtherInvestorsAsTheInvestorsListDoes() {
    assertThat(figure("round", "openai-2025-03", "participants", Lang.EN))
        .isEqualTo("Microsoft, Coatue Management, Altimeter Capital and Thrive Capital");
    assertThat(figure("round", "openai-2025-03", "participants", Lang.KO))
        .isEqualTo("마이크로소프트, 코튜매니지먼트, 알티미터캐피털, 스라이브캐피털");
    assertThat(figure("round", "anthropic-2025-03", "participants", Lang.EN))
        .isEqualTo("Bessemer Venture Partners and General Catalyst");
    // Each name is its own figure, linked to its company, as the investors list's names are.
    FigureRef ref = new FigureRef("round", List.of("openai-2025-03"), "participants", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.companies(ref)).containsExactly("microsoft", "coatue", "altimeter-capital", "thrive-capital");
    // Without a lead, the investors are the participants alone.
    Figures noLead = new Figures(withRoundWithoutLead());
    for (String field : List.of("participants", "investors")) {
      FigureRef r = new FigureRef("round", List.of("fixture-secondary"), field, "{{…}}", SourcePos.startOf("t"));
      assertThat(noLead.text(r, Lang.EN)).isEqualTo("Thrive Capital, SoftBank Group and MGX");
      assertThat(noLead.text(r, Lang.KO)).isEqualTo("스라이브캐피털, 소프트뱅크그룹, MGX");
    }
  }

  @Test
  void aRoundWhoseSourcesNameNoInvestorSaysSoInBothColumns() throws IOException {
    Briefing b = withRoundOf(List.of());
    FactTables en = new FactTables(b, new Figures(b), Lang.EN, ShippedProject.messages("en"), "en/investments.html");
    assertThat(row(en.rounds(), "round-fixture-secondary")).startsWith("OpenAI · Secondary sale · no new money for the"
        + " company | about $6.6 billion | not converted | not named | not named |  | October 2, 2024");
  }

  @Test
  void aRoundWithoutALeadSaysSoInItsLeadColumnInBothLanguages() throws IOException {
    Briefing b = withRoundWithoutLead();
    FactTables ko = new FactTables(b, new Figures(b), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html");
    FactTables en = new FactTables(b, new Figures(b), Lang.EN, ShippedProject.messages("en"), "en/investments.html");
    assertThat(row(ko.rounds(), "round-fixture-secondary"))
        .isEqualTo("오픈AI · 구주 매각 · 회사 유입 자금 아님 | 약 66억달러 | 환산 안 함 | 밝혀지지 않음"
            + " | 스라이브캐피털, 소프트뱅크그룹, MGX |  | 2024년 10월 2일 | 블룸버그(NDTV 프로핏 게재) | 테스트용 행.");
    assertThat(row(en.rounds(), "round-fixture-secondary")).isEqualTo("OpenAI · Secondary sale · no new money for the"
        + " company | about $6.6 billion"
        + " | not converted | not named | Thrive Capital, SoftBank Group, MGX |  | October 2, 2024"
        + " | Bloomberg (via NDTV Profit) | Test fixture.");
    // A project whose own messages file predates the word still gets it, never an empty cell.
    Map<String, String> older = new java.util.HashMap<>(ShippedProject.messages("ko"));
    older.remove("table.leadNotNamed");
    FactTables oldMessages = new FactTables(b, new Figures(b), Lang.KO, older, "ko/investments.html");
    assertThat(oldMessages.rounds().rows().stream().filter(r -> r.id().equals("round-fixture-secondary")).findFirst()
        .orElseThrow().cells().get(3).text()).isEqualTo("밝혀지지 않음");
    // A round with a lead lists it.
    assertThat(row(en.rounds(), "round-openai-2024-10")).contains("| Thrive Capital |");
  }

  @Test
  void anInvestmentsRoleInItsRoundComesFromTheRoundWhenTheRowLeavesItOut() throws IOException {
    List<com.moneywar.briefing.model.Investment> investments = B.investments().stream().map(i -> !i.id().equals(
        "thrive-openai-2024-10") ? i : new com.moneywar.briefing.model.Investment(i.id(), i.investor(), i.investee(),
            i.kind(), i.partOf(), i.amount(), i.bound(), i.status(), i.date(), i.source(), i.fx(), i.approxDigits(),
            i.note(), i.round(), Optional.empty(), i.replaces(), i.reporting())).toList();
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), investments, B.valuations(),
        B.talent(), B.rounds(), B.flows(), B.stories(), B.charts());
    FactTables ko = new FactTables(b, new Figures(b), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html");
    assertThat(row(ko.investments(), "thrive-openai-2024-10")).contains("단건 투자 · 지분 투자(주도)");
    assertThat(row(ko.investments(), "nvidia-openai-2024-10")).contains("단건 투자 · 지분 투자(참여)");
    // A type whose name ends in brackets takes the role after a dot (a new user's "기업공개(IPO)(참여)").
    List<Round> rounds = B.rounds().stream().map(r -> !r.id().equals("openai-2024-10") ? r
        : new Round(r.id(), r.investee(), new RoundType("ipo"), r.lead(), r.participants(), r.valuation(), r.amount(),
            r.bound(), r.date(), r.source(), r.fx(), r.approxDigits(), r.note(), r.reporting())).toList();
    Briefing ipo = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), investments, B.valuations(),
        B.talent(), rounds, B.flows(), B.stories(), B.charts());
    assertThat(row(new FactTables(ipo, new Figures(ipo), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html")
        .investments(), "nvidia-openai-2024-10")).contains("단건 투자 · 기업공개(IPO) · 참여").doesNotContain(")(");
    assertThat(row(new FactTables(ipo, new Figures(ipo), Lang.EN, ShippedProject.messages("en"), "en/investments.html")
        .investments(), "nvidia-openai-2024-10")).contains("Single investment · IPO (participant)");
  }

  @Test
  void aRowsNoteNamesEachOtherOutletOnceAndNotTheRowsOwnAgain() throws IOException {
    FactTables en = new FactTables(B, figures, Lang.EN, ShippedProject.messages("en"), "en/investments.html");
    assertThat(row(en.flows(), "flow-meta-scale-ai-2025-06")).contains("RTTNews (via Nasdaq.com)",
        "Also reported by: HNGN, International Business Times.");
    // The same outlet's other report: the source column names it, the note does not repeat it.
    Briefing oneOutlet = new Briefing(B.config(), B.sources().stream().map(s -> new Source(s.id(),
        new com.moneywar.briefing.model.Localized("로이터", "Reuters"), s.title(), s.url(), s.published(), Optional.empty(),
        s.language())).toList(), B.companies(), B.rates(), B.investments(), B.valuations(), B.talent(), B.rounds(), B.flows(),
        B.stories(), B.charts());
    FactTables same = new FactTables(oneOutlet, new Figures(oneOutlet), Lang.EN, ShippedProject.messages("en"), "en/investments.html");
    assertThat(row(same.flows(), "flow-meta-scale-ai-2025-06")).contains("Reuters").doesNotContain("Also reported by");
  }

  /** A row's cells as a reader reads them: a no-break space (which keeps "· 시리즈G" together) reads as a space. */
  private static String row(FactTable table, String id) {
    return table.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().cells().stream()
        .map(FactTable.Cell::text).collect(Collectors.joining(" | ")).replace('\u00a0', ' ');
  }


  @Test
  void theOtherFigureOfARowIsWrittenWithItsBoundAndItsWonFigureAtTheRowsRate(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // A new user typed "2조3000억원", the figure a second source gave, by hand: {{flow:ID:alt}} writes it.
    assertThat(figure("flow", "meta-scale-ai-2025-06", "alt", Lang.KO)).isEqualTo("148억달러");
    assertThat(figure("flow", "meta-scale-ai-2025-06", "alt", Lang.EN)).isEqualTo("$14.8 billion");
    assertThat(figure("investment", "thrive-openai-2024-10", "alt", Lang.KO)).isEqualTo("약 12억달러");
    // Converted at the row's own rate, as the amount is: 148억달러 × 1370 and 143억달러 × 1370.
    Path project = withMetaScaleAiConverted(dir);
    Figures converted = new Figures(new BriefingBuild(BuildListener.silent()).check(project).orElseThrow());
    FigureRef alt = new FigureRef("flow", List.of("meta-scale-ai-2025-06"), "alt", "{{…}}", SourcePos.startOf("t"));
    FigureRef full = new FigureRef("flow", List.of("meta-scale-ai-2025-06"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(converted.text(alt, Lang.KO)).isEqualTo("148억달러(약 20조3000억원)");
    assertThat(converted.text(alt, Lang.EN)).isEqualTo("$14.8 billion (about ₩20.3 trillion)");
    assertThat(converted.text(full, Lang.KO)).isEqualTo("143억달러(약 19조6000억원)");
    assertThat(converted.detail(alt, Lang.EN)).hasValueSatisfying(d -> assertThat(d).startsWith("Rate $1 = ₩1,370"));
  }

  /** A TEST FIXTURE: the shipped project with Meta's Scale AI stake converted at a rate of 12 June 2025, 1,370. */
  private static Path withMetaScaleAiConverted(Path dir) throws IOException {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.replace(project, "data/flows.csv", "dailystar-2025-06-14,none,", "dailystar-2025-06-14,,");
    Path rates = project.resolve("data/exchange_rates.csv");
    Files.writeString(rates, Files.readString(rates).stripTrailing()
        + "\nusd-krw-2025-06-12,USD,KRW,1370,2025-06-12,rttnews-2025-06-13,market,,\n", StandardCharsets.UTF_8);
    return project;
  }

  @Test
  void anOtherFigureInAnotherCurrencyIsWrittenInItsCurrencyAndNotConvertedAtTheRowsRate(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    // Three new users had an other report's figure in another currency ("more than $1.5 billion" for a
    // €1.3 billion stake, "$100m (Nkr1.07bn)") and could keep it only in a note.
    Path project = withMetaScaleAiConverted(dir);
    ShippedProject.addColumn(project, "data/flows.csv", "alt_currency");
    Path flows = project.resolve("data/flows.csv");
    Files.writeString(flows, Files.readAllLines(flows, StandardCharsets.UTF_8).stream()
        .map(l -> l.startsWith("meta-scale-ai-2025-06,") ? l + "EUR" : l).collect(Collectors.joining("\n", "", "\n")),
        StandardCharsets.UTF_8);
    com.moneywar.briefing.model.Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    Figures figures = new Figures(b);
    FigureRef alt = new FigureRef("flow", List.of("meta-scale-ai-2025-06"), "alt", "{{…}}", SourcePos.startOf("t"));
    FigureRef full = new FigureRef("flow", List.of("meta-scale-ai-2025-06"), "", "{{…}}", SourcePos.startOf("t"));
    // In euros, with no won figure: the row's rate converts dollars.
    assertThat(figures.text(alt, Lang.KO)).isEqualTo("148억유로");
    assertThat(figures.text(alt, Lang.EN)).isEqualTo("€14.8 billion");
    assertThat(figures.text(full, Lang.KO)).isEqualTo("143억달러(약 19조6000억원)");
    // Said to be the same deal in another currency, not another figure (a new user's Reuters dollar
    // price of a euro deal read "다른 수치").
    assertThat(row(new FactTables(b, figures, Lang.EN, ShippedProject.messages("en"), "en/investments.html").flows(),
        "flow-meta-scale-ai-2025-06")).contains("In another currency: €14.8 billion").doesNotContain("Other figure");
    assertThat(row(new FactTables(b, figures, Lang.KO, ShippedProject.messages("ko"), "ko/investments.html").flows(),
        "flow-meta-scale-ai-2025-06")).contains("다른 통화 기준: 148억유로").doesNotContain("다른 수치");
    // A currency cell of its own, checked as the row's is.
    Files.writeString(flows, Files.readString(flows, StandardCharsets.UTF_8).replace(",EUR\n", ",EURO\n"),
        StandardCharsets.UTF_8);
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p).contains("alt_currency")
        .contains("did you mean 'EUR'?"));
  }

  @Test
  void aSumWithAFloorAmongItsRowsHasNoWonFigureThatWouldDropTheFloor(@org.junit.jupiter.api.io.TempDir Path dir) {
    // Both rows are converted; "약 150억달러 이상" has no one won amount that says "or more".
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.replace(project, "data/investments.csv", "microsoft-anthropic-2025-11,microsoft,anthropic,commitment,,"
        + "5000000000,USD,up-to,", "microsoft-anthropic-2025-11,microsoft,anthropic,commitment,,5000000000,USD,about,");
    ShippedProject.replace(project, "data/investments.csv", "nvidia-anthropic-2025-11,nvidia,anthropic,commitment,,"
        + "10000000000,USD,up-to,", "nvidia-anthropic-2025-11,nvidia,anthropic,commitment,,10000000000,USD,more-than,");
    // Loaded, not checked: the texts' particles after the Nvidia figure no longer fit "이상".
    Figures converted = new Figures(new com.moneywar.briefing.load.ProjectLoader().load(project).orElseThrow().briefing());
    FigureRef sum = new FigureRef("sum", List.of("investment:microsoft-anthropic-2025-11", "investment:nvidia-anthropic-2025-11"),
        "", "{{…}}", SourcePos.startOf("t"));
    FigureRef one = new FigureRef("investment", List.of("microsoft-anthropic-2025-11"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(converted.text(one, Lang.KO)).isEqualTo("약 50억달러(약 7조3800억원)");
    assertThat(converted.text(sum, Lang.KO)).isEqualTo("약 150억달러 이상");
    assertThat(converted.text(sum, Lang.EN)).isEqualTo("about $15 billion or more");
  }

  @Test
  void aSpendingFigureSaysItsAmountPeriodAndStatusInEachLanguage() {
    assertThat(figure("spending", "meta-capex-2025-10", "", Lang.KO)).isEqualTo("700억~720억달러(약 100조~103조원)");
    assertThat(figure("spending", "meta-capex-2025-10", "amount", Lang.EN)).isEqualTo("$70–72 billion");
    assertThat(figure("spending", "meta-capex-2025-10", "period", Lang.KO)).isEqualTo("2025년");
    assertThat(figure("spending", "microsoft-ai-dc-fy2025", "period", Lang.KO)).isEqualTo("2025회계연도");
    assertThat(figure("spending", "microsoft-ai-dc-fy2025", "period", Lang.EN)).isEqualTo("fiscal 2025");
    assertThat(figure("spending", "amazon-capex-2025-10", "status", Lang.KO)).isEqualTo("계획");
    assertThat(figure("spending", "amazon-capex-2025-10", "status", Lang.EN)).isEqualTo("planned");
    assertThat(figure("spending", "meta-capex-2025-01", "date", Lang.EN)).isEqualTo("January 24, 2025");
    // Two companies' plans for one year add up. A range plus an approximate figure is an approximate
    // range: both ends kept ("up to about $197 billion" dropped the $195 billion floor), and so is its
    // won figure, each end converted at each row's rate (70억·72억 × 1431.7 and 1250억 × 1431.7:
    // 100조 and 103조 plus 179조). It had shown 약 279조원 alone, the low ends only.
    String both = "sum:spending:meta-capex-2025-10+amazon-capex-2025-10";
    assertThat(sum(both + ":amount", Lang.KO)).isEqualTo("약 1950억~1970억달러");
    assertThat(sum(both + ":amount", Lang.EN)).isEqualTo("about $195–197 billion");
    assertThat(sum(both, Lang.KO)).isEqualTo("약 1950억~1970억달러(약 279조~282조원)");
    assertThat(sum(both, Lang.EN)).isEqualTo("about $195–197 billion (about ₩279–282 trillion)");
    assertThat(sum(both + ":krw", Lang.KO)).isEqualTo("약 279조~282조원");
    assertThat(figure("spending", "meta-capex-2025-10", "", Lang.EN)).contains("₩");
    // Every form of period, as a sentence writes it.
    for (String[] p : List.of(new String[] {"2025-Q3", "2025년 3분기", "Q3 2025"},
        new String[] {"FY2025-Q1", "2025회계연도 1분기", "Q1 of fiscal 2025"},
        new String[] {"2025-2028", "2025~2028년", "2025\u20132028"})) {
      com.moneywar.briefing.model.SpendingPeriod period = period(p[0]);
      assertThat(period.code()).isEqualTo(p[0]);
      assertThat(period.words(Lang.KO)).isEqualTo(p[1]);
      assertThat(period.words(Lang.EN)).isEqualTo(p[2]);
    }
  }

  private static com.moneywar.briefing.model.SpendingPeriod period(String code) {
    boolean fiscal = code.startsWith("FY");
    String rest = fiscal ? code.substring(2) : code;
    int year = Integer.parseInt(rest.substring(0, 4));
    if (rest.contains("-Q")) {
      return new com.moneywar.briefing.model.SpendingPeriod(fiscal, year, year, rest.charAt(rest.length() - 1) - '0');
    }
    int last = rest.length() > 4 ? Integer.parseInt(rest.substring(5)) : year;
    return new com.moneywar.briefing.model.SpendingPeriod(fiscal, year, last, 0);
  }

  @Test
  void aStakeSoldIsNamedBySellerAndCompanyWithNoArrow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    // A TEST FIXTURE: SoftBank selling 1% of Nvidia (no arrow: the buyers paid, not Nvidia).
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    java.nio.file.Files.writeString(project.resolve("data/flows.csv"), "fixture-sale,sale,softbank,nvidia,1,agreed,,,"
        + "5830000000,,USD,exact,2025-10,wyomingstar-2025-11-19,,,,,,none,,시험용.,Fixture.\n",
        java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(headlineLabels(b, Lang.KO, "flow:fixture-sale")).containsExactly("소프트뱅크그룹 · 엔비디아 지분 1% 매각");
    assertThat(headlineLabels(b, Lang.EN, "flow:fixture-sale")).containsExactly("SoftBank Group · Nvidia 1% stake sold");
    assertThat(row(new FactTables(b, new Figures(b), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html").flows(),
        "flow-fixture-sale")).contains("소프트뱅크그룹 · 엔비디아", "지분 매각", "58억3000만달러");
    // Buying a company's plant is no buying the company (a new user's card read "소프트뱅크 → 샤프 · 인수").
    ShippedProject.replace(project, "data/flows.csv", "fixture-sale,sale,softbank,nvidia,1,", "fixture-sale,asset-purchase,softbank,nvidia,,");
    Briefing asset = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(headlineLabels(asset, Lang.KO, "flow:fixture-sale")).containsExactly("소프트뱅크그룹 → 엔비디아 · 자산 인수");
    assertThat(headlineLabels(asset, Lang.EN, "flow:fixture-sale")).containsExactly("SoftBank Group → Nvidia · asset purchase");
  }

  @Test
  void aDeniedReportOfTalksIsNotStatedAsTalksInItsKeyFigure() {
    // A TEST FIXTURE: OpenAI's round of October 2024 as a report of talks its parties deny (a new
    // user's card read "xAI 지분 투자 · 협상 중" over "100억달러(당사자 부인)").
    Round model = B.round("openai-2024-10").orElseThrow();
    java.util.function.Function<com.moneywar.briefing.model.ClaimStatus, Briefing> with = claim -> {
      List<Round> rounds = new java.util.ArrayList<>(B.rounds());
      rounds.add(new Round("fixture-talks", "openai", model.type(), model.lead(), model.participants(), Optional.empty(),
          model.amount(), model.bound(), model.date(), model.source(), model.fx(), model.approxDigits(), model.note(),
          new com.moneywar.briefing.model.Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, true,
              com.moneywar.briefing.model.DealStatus.TALKS)));
      return new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
          B.talent(), rounds, B.flows(), B.stories(), B.charts());
    };
    assertThat(headlineLabels(with.apply(com.moneywar.briefing.model.ClaimStatus.REPORTED), Lang.KO, "round:fixture-talks"))
        .containsExactly("오픈AI 지분 투자 · 협상 중");
    assertThat(headlineLabels(with.apply(com.moneywar.briefing.model.ClaimStatus.DENIED), Lang.KO, "round:fixture-talks"))
        .containsExactly("오픈AI 지분 투자");
  }

  @Test
  void anInvestmentsKeyFigureSaysWhetherItIsAPromiseOrMoneyPaidIn() {
    // A new user's card read "마이크로소프트 → 오픈AI" over a commitment, as over money paid in.
    assertThat(headlineLabels(B, Lang.KO, "investment:amazon-anthropic-2024-11", "investment:amazon-anthropic-t2"))
        .containsExactly("아마존 → 앤스로픽 · 투자 약정", "아마존 → 앤스로픽 · 분할 투자");
    assertThat(headlineLabels(B, Lang.EN, "investment:amazon-anthropic-2024-11"))
        .containsExactly("Amazon → Anthropic · commitment");
    // A payment planned, not made yet: two new users read a planned share as money paid. A tranche
    // says it is one (a new user's one instalment read as all SoftBank put in).
    assertThat(headlineLabels(B, Lang.KO, "investment:softbank-openai-2025-03-t1"))
        .containsExactly("소프트뱅크그룹 → 오픈AI · 분할 투자 예정");
    assertThat(headlineLabels(B, Lang.EN, "investment:softbank-openai-2025-03-t1"))
        .containsExactly("SoftBank Group → OpenAI · tranche, planned");
    // A plan the parties deny is no plan: the value says "(당사자 부인)" (a new user's denied
    // Alibaba → DeepSeek read "· 투자 예정").
    List<Investment> investments = B.investments().stream().map(i -> !i.id().equals("softbank-openai-2025-03-t1") ? i
        : new Investment(i.id(), i.investor(), i.investee(), i.kind(), i.partOf(), i.amount(), i.bound(), i.status(),
            i.date(), i.source(), i.fx(), i.approxDigits(), i.note(), i.round(), i.role(), i.replaces(),
            new com.moneywar.briefing.model.Reporting(i.reporting().high(), com.moneywar.briefing.model.ClaimStatus.DENIED,
                i.reporting().otherSources(), i.reporting().alternative(), i.reporting().amountStated(),
                i.reporting().noConversion(), i.reporting().deal()))).toList();
    Briefing denied = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), investments, B.valuations(),
        B.talent(), B.rounds(), B.flows(), B.stories(), B.charts());
    for (Lang lang : Lang.values()) {
      assertThat(headlineLabels(denied, lang, "investment:softbank-openai-2025-03-t1"))
          .containsExactly(lang == Lang.KO ? "소프트뱅크그룹 → 오픈AI" : "SoftBank Group → OpenAI");
    }
  }

  @Test
  void aSpendingHeadlineNamesTheCompanyPeriodKindAndStatus() {
    assertThat(headlineLabels(B, Lang.KO, "spending:meta-capex-2025-10", "spending:microsoft-ai-dc-fy2025"))
        .containsExactly("메타 · 2025년 설비투자 계획", "마이크로소프트 · 2025회계연도 AI 인프라 투자 계획");
    assertThat(headlineLabels(B, Lang.EN, "spending:meta-capex-2025-10"))
        .containsExactly("Meta · 2025 capital expenditure (planned)");
  }

  /** A fixture row: Meta's 2025 capex guidance as {@code bound}, {@code low} and {@code high} billion dollars. */
  private static com.moneywar.briefing.model.Spending capex(String id, Bound bound, String low, String high) {
    return new com.moneywar.briefing.model.Spending(id, "meta", com.moneywar.briefing.model.SpendingKind.CAPEX,
        Optional.of(period("2025")), com.moneywar.briefing.model.SpendingStatus.PLANNED, Optional.empty(), usd(low + "000000000"),
        bound, com.moneywar.briefing.model.PartialDate.parse("2025-01-24").orElseThrow(), "livemint-2025-01-24",
        Optional.empty(), 3, new com.moneywar.briefing.model.Localized("", ""),
        new com.moneywar.briefing.model.Reporting(high.isEmpty() ? Optional.empty() : Optional.of(usd(high + "000000000")),
            com.moneywar.briefing.model.ClaimStatus.CONFIRMED, List.of(), Optional.empty(), true, true));
  }

  @Test
  void aRevisionIsRaisedCutOrRevisedByBothEndsOfTheTwoFigures() {
    var raised = com.moneywar.briefing.model.SpendingRevision.RAISED;
    var cut = com.moneywar.briefing.model.SpendingRevision.CUT;
    var revised = com.moneywar.briefing.model.SpendingRevision.REVISED;
    java.util.function.BiFunction<com.moneywar.briefing.model.Spending, com.moneywar.briefing.model.Spending,
        com.moneywar.briefing.model.SpendingRevision> of = com.moneywar.briefing.model.SpendingRevision::of;
    // The low end up, the high end the same: raised. 75 about → 85 exact: raised.
    assertThat(of.apply(capex("a", Bound.RANGE, "66", "72"), capex("b", Bound.RANGE, "70", "72"))).isEqualTo(raised);
    assertThat(of.apply(capex("a", Bound.ABOUT, "75", ""), capex("b", Bound.EXACT, "85", ""))).isEqualTo(raised);
    assertThat(of.apply(capex("a", Bound.RANGE, "64", "72"), capex("b", Bound.RANGE, "60", "65"))).isEqualTo(cut);
    // Ends that cross, the same figure again, and bounds that cannot be set against each other: revised.
    assertThat(of.apply(capex("a", Bound.RANGE, "60", "65"), capex("b", Bound.RANGE, "55", "70"))).isEqualTo(revised);
    assertThat(of.apply(capex("a", Bound.EXACT, "80", ""), capex("b", Bound.EXACT, "80", ""))).isEqualTo(revised);
    assertThat(of.apply(capex("a", Bound.AT_LEAST, "50", ""), capex("b", Bound.UP_TO, "60", ""))).isEqualTo(revised);
    // A floor restated no lower is a raise whose size was not given ("more than the 380 billion yuan,
    // without saying how much more"); a floor restated lower is no cut of anything known.
    assertThat(of.apply(capex("a", Bound.MORE_THAN, "380", ""), capex("b", Bound.MORE_THAN, "380", ""))).isEqualTo(raised);
    assertThat(of.apply(capex("a", Bound.AT_LEAST, "50", ""), capex("b", Bound.AT_LEAST, "40", ""))).isEqualTo(cut);
    assertThat(raised.from("600억~650억달러", Lang.KO)).isEqualTo("600억~650억달러에서 상향");
    assertThat(cut.from("$60–65 billion", Lang.EN)).isEqualTo("Cut from $60–65 billion");
    assertThat(raised.later("450조원", Lang.KO)).isEqualTo("이후 450조원으로 상향");
    assertThat(revised.later("$80 billion", Lang.EN)).isEqualTo("Later revised to $80 billion");
  }

  private static String note(Briefing b, Lang lang, String rowId) {
    Map<String, String> t = ShippedProject.messages(lang.code());
    FactTable table = new FactTables(b, new Figures(b), lang, t, lang.code() + "/investments.html").spending();
    return table.rows().stream().filter(r -> r.id().equals("spending-" + rowId)).findFirst()
        .map(r -> r.cells().get(r.cells().size() - 1).text()).orElse("(no row)");
  }

  @Test
  void theSpendingTableSaysWhatEachRevisionChangedAsOfTheEditionsDate() {
    // The whole record: the July figure was raised from April's and later raised again.
    assertThat(note(B, Lang.KO, "meta-capex-2025-07")).startsWith("640억~720억달러에서 상향. 이후 700억~720억달러로 상향. ");
    assertThat(note(B, Lang.EN, "meta-capex-2025-10")).startsWith("Raised from $66–72 billion. Third-quarter");
    // An edition of 1 May 2025: April's figure is the latest, with nothing after it; July's is not on the record.
    Briefing may = com.moneywar.briefing.model.AsOf.of(B, java.time.LocalDate.of(2025, 5, 1));
    assertThat(note(may, Lang.KO, "meta-capex-2025-04")).startsWith("600억~650억달러에서 상향. 1분기 실적 발표.");
    assertThat(note(may, Lang.KO, "meta-capex-2025-07")).isEqualTo("(no row)");
    // The status stands beside the amount, as a claim status does.
    FactTable table = new FactTables(B, new Figures(B), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html")
        .spending();
    FactTable.Row row = table.rows().stream().filter(r -> r.id().equals("spending-meta-capex-2025-10")).findFirst().orElseThrow();
    assertThat(row.cells().get(0).text()).isEqualTo("메타 ·\u00a02025년 설비투자");
    assertThat(row.cells().get(1).text()).isEqualTo("700억~720억달러 · 계획");
    assertThat(table.caption()).isEqualTo("설비투자·투자 계획");
  }

  @Test
  void aRevisionOnlyReportedIsSaidToBeReportedWhereTheRevisedRowNamesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // A new user's budget a newspaper said "may double" read "이후 약 2000억루피로 상향" under the
    // approved one, as if done. Here Meta's October figure is made a report (a TEST FIXTURE change).
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    ShippedProject.replace(project, "data/spending.csv", "USD,range,2025-10-29,ndtvprofit-2025-10-30,,,",
        "USD,range,2025-10-29,ndtvprofit-2025-10-30,,reported,");
    Briefing b = new com.moneywar.briefing.pipeline.BriefingBuild(com.moneywar.briefing.pipeline.BuildListener.silent())
        .check(project).orElseThrow();
    assertThat(note(b, Lang.KO, "meta-capex-2025-07")).startsWith("640억~720억달러에서 상향. 이후 700억~720억달러로 상향(보도). ");
    assertThat(note(b, Lang.EN, "meta-capex-2025-07")).contains("Later raised to $70–72 billion (reported). ");
  }

  @Test
  void anEditionBeforeTheRateAFactNamesSaysTheFigureIsNotConverted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // A TEST FIXTURE: OpenAI's valuation of 2 October 2024 named with the rate of 29 October 2025
    // (that of a later report of it). An edition of December 2024 has no such rate yet.
    java.nio.file.Path project = ShippedProject.withAValuationAtALaterRate(dir);
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    java.util.function.Function<Briefing, List<String>> cells = b -> new FactTables(b, new Figures(b), Lang.KO,
        ShippedProject.messages("ko"), "ko/investments.html").valuations().rows().stream()
        .filter(r -> r.id().endsWith("openai-2024-10")).findFirst().orElseThrow()
        .cells().stream().map(FactTable.Cell::text).toList();
    assertThat(cells.apply(whole)).contains("약 225조원").doesNotContain("환산 안 함");
    Briefing december = com.moneywar.briefing.model.AsOf.of(whole, java.time.LocalDate.of(2024, 12, 1));
    assertThat(cells.apply(december)).contains("환산 안 함").noneMatch(c -> c.contains("조원"));
    assertThat(new Figures(december).fact(december.valuation("openai-2024-10").orElseThrow(), "", Lang.KO))
        .isEqualTo("1570억달러");
  }

  @Test
  void aKeyFigureOnOneLineSaysItsBoundOnceWithItsWonFigureAndStatusInOneBracket() {
    // A TEST FIXTURE: OpenAI's valuation of March 2024 made "more than $86 billion". A new user's
    // e-mail read "3800억위안 이상(약 75조원 이상)".
    Briefing floor = withBound("openai-2024-03", Bound.MORE_THAN);
    var fact = floor.valuation("openai-2024-03").orElseThrow();
    assertThat(new Figures(floor).inlineKeyFigure(fact, Lang.KO)).isEqualTo("860억달러(약 116조원) 이상");
    // Reported, and not converted: the status after the whole figure, as the tables write it.
    Briefing reported = new Briefing(floor.config(), floor.sources(), floor.companies(), floor.rates(), floor.investments(),
        floor.valuations().stream().map(v -> !v.id().equals("openai-2024-03") ? v : new com.moneywar.briefing.model.Valuation(
            v.id(), v.company(), v.amount(), v.bound(), v.date(), v.source(), Optional.empty(), v.approxDigits(), v.note(),
            v.basis(), new com.moneywar.briefing.model.Reporting(Optional.empty(),
                com.moneywar.briefing.model.ClaimStatus.REPORTED, List.of(), Optional.empty(), true, true))).toList(),
        floor.talent(), floor.rounds(), floor.flows(), floor.stories(), List.of());
    assertThat(new Figures(reported).inlineKeyFigure(reported.valuation("openai-2024-03").orElseThrow(), Lang.KO))
        .isEqualTo("860억달러 이상(보도)");
    assertThat(new Figures(floor).inlineKeyFigure(fact, Lang.EN)).isEqualTo("more than $86 billion (about ₩116 trillion)");
    // A ceiling keeps its word before the amount; a reported figure says so inside the same brackets.
    var pay = B.talent().get(0);
    assertThat(new Figures(B).inlineKeyFigure(pay, Lang.KO)).isEqualTo("최대 100만달러(약 13억4600만원)");
    var thrive = B.investment("thrive-openai-2024-10").orElseThrow();
    assertThat(new Figures(B).inlineKeyFigure(thrive, Lang.KO)).isEqualTo("12억5000만달러(보도)");
    assertThat(new Figures(B).inlineKeyFigure(thrive, Lang.EN)).isEqualTo("$1.25 billion (reported)");
  }

  @Test
  void anOtherFigureFromAnotherReportOfTheRowsOwnOutletSaysItsDate(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // A TEST FIXTURE: Thrive Capital's "about $1.2 billion" credited to a second WSJ report (a new
    // user read "Other figure: $41 billion (ITWeb)" on a row whose own source was ITWeb too).
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    java.nio.file.Path sources = project.resolve("data/sources.csv");
    String wsj;
    try {
      wsj = java.nio.file.Files.readAllLines(sources).stream().filter(l -> l.startsWith("wsj-2024-10-03,")).findFirst()
          .orElseThrow();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ShippedProject.replace(project, "data/sources.csv", wsj, wsj + "\n" + wsj.replaceFirst("^wsj-2024-10-03,", "wsj-2024-10-05,")
        .replace(",2024-10-03,", ",2024-10-05,").replaceFirst(",https?://[^,]*,", ",,"));
    ShippedProject.replace(project, "data/investments.csv", "1200000000,about,reuters-2024-10-03", "1200000000,about,wsj-2024-10-05");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    FactTables en = new FactTables(b, new Figures(b), Lang.EN, ShippedProject.messages("en"), "en/investments.html");
    assertThat(row(en.investments(), "thrive-openai-2024-10"))
        .contains("Other figure: about $1.2 billion (The Wall Street Journal (via Mint), October 5, 2024).");
    // Another outlet's figure needs no date.
    assertThat(row(new FactTables(B, new Figures(B), Lang.EN, ShippedProject.messages("en"), "en/investments.html")
        .investments(), "thrive-openai-2024-10")).contains("Other figure: about $1.2 billion (Reuters").doesNotContain(", October 3, 2024)");
  }

  @Test
  void aYenRateIsQuotedPer100YenAsTheKoreanPressQuotesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    // A TEST FIXTURE: a yen rate of 9.4 won (100엔당 940원).
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    java.nio.file.Files.writeString(project.resolve("data/exchange_rates.csv"),
        "fixture-jpy,JPY,KRW,9.4,2025-11-21,wyomingstar-2025-11-19,market,,\n", java.nio.charset.StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    var rate = b.rate("fixture-jpy").orElseThrow();
    assertThat(new Figures(b).rateLine(rate, Lang.KO)).startsWith("100엔 = 940원 (2025년 11월 21일, ");
    assertThat(new Figures(b).rateLine(rate, Lang.EN)).startsWith("100 yen = ₩940 (November 21, 2025, ");
    assertThat(new Figures(b).shortRateNote(rate, Lang.KO)).isEqualTo("환율 100엔 = 940원, 2025년 11월 21일");
    // The same rate typed per 100 yen is refused with the rate it means.
    ShippedProject.replace(project, "data/exchange_rates.csv", "fixture-jpy,JPY,KRW,9.4,", "fixture-jpy,JPY,KRW,940,");
    assertThat(ShippedProject.checkProblems(project)).anyMatch(p -> p.startsWith("data/exchange_rates.csv:") && p.endsWith(
        "error: expected the won for one yen in column 'rate' (about 9 to 10 in 2024 and 2025), found '940'; a rate quoted"
            + " per 100 yen (100엔당 940원) is written divided by 100: 9.4"));
  }

  @Test
  void aRateFarFromWhatTheWonHasBeenWorthIsRefusedAsATypo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    // A new user's "1.467" for 1467.6 passed, and the site printed "최대 100억달러(최대 약 147억원)".
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    java.nio.file.Files.writeString(project.resolve("data/exchange_rates.csv"),
        "fixture-usd,USD,KRW,1.467,2025-11-21,wyomingstar-2025-11-19,market,,\n"
            + "fixture-cny,CNY,KRW,197.4,2025-11-21,wyomingstar-2025-11-19,market,,\n", java.nio.charset.StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    java.util.List<String> problems = ShippedProject.checkProblems(project);
    assertThat(problems).anyMatch(p -> p.startsWith(ShippedProject.positionOf(project, "data/exchange_rates.csv", "1.467"))
        && p.endsWith("error: expected the won for one USD in column 'rate' (about 1,050 to 1,500 won in 2015 to 2026;"
            + " 500 to 3000 is taken as plausible), found '1.467'; check the decimal point"));
    // A yuan at 197.4 won is what it was worth: no problem with it.
    assertThat(problems).noneMatch(p -> p.contains("197.4"));
  }

  @Test
  void aDealsClosingDayIsAFieldOfItsFlowAndAnErrorWhereItHasNone(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // A new user typed "December 26" by hand for the day Nvidia's Intel stake closed.
    assertThat(figure("flow", "meta-scale-ai-2025-06", "closed", Lang.KO)).isEqualTo("2025년 6월 12일");
    assertThat(figure("flow", "meta-scale-ai-2025-06", "closed", Lang.EN)).isEqualTo("June 12, 2025");
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    ShippedProject.replace(project, en, "so it is not counted in investment totals.",
        "so it is not counted in investment totals. It closed on {{flow:meta-scale-ai-2025-06:closed}};"
            + " the Azure deal on {{flow:anthropic-azure-2025-11:closed}}.");
    assertThat(ShippedProject.checkProblems(project)).singleElement().asString()
        .startsWith(ShippedProject.positionOf(project, en, "{{flow:anthropic-azure-2025-11:closed}}"))
        .endsWith("error: expected a flow whose deal closed (column 'closed') for {{flow:anthropic-azure-2025-11:closed}},"
            + " found 'anthropic-azure-2025-11' in data/flows.csv, which gives no closing date on or before this edition's date");
  }

  @Test
  void aCommitmentReplacedByASmallerOneSaysItWasCut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // A new user's $30 billion that replaced a letter of intent for up to $100 billion read "Replaces
    // an earlier commitment". A TEST FIXTURE: SoftBank's commitment cut to $20 billion.
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    ShippedProject.appendRows(project, "data/investments.csv", "fixture-cut,softbank,openai,commitment,,20000000000,"
        + "USD,exact,announced,2025-12-01,itweb-2025-04-01,none,,축소.,Cut.,softbank-openai-2025-03,,,,,,,,\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    java.util.function.BiFunction<Lang, String, String> note = (lang, id) -> new FactTables(b, new Figures(b), lang,
        ShippedProject.messages(lang.code()), lang.code() + "/investments.html").investments().rows().stream()
        .filter(r -> r.id().equals(id)).findFirst().orElseThrow().cells().stream().map(FactTable.Cell::text)
        .reduce((x, y) -> y).orElseThrow();
    assertThat(note.apply(Lang.EN, "fixture-cut")).startsWith("Cuts an earlier commitment (March 31, 2025, up to $30 billion).");
    assertThat(note.apply(Lang.KO, "softbank-openai-2025-03")).contains("이후 약정으로 축소됨 (2025년 12월 1일, 200억달러).");
    // A raise still replaces.
    assertThat(note.apply(Lang.EN, "amazon-anthropic-2024-11")).contains("Replaces an earlier commitment");
  }

  @Test
  void aMultiplesCeilingIsRoundedUpAndItsFloorDownSoItsWordsStayTrue() {
    java.math.BigDecimal to = new java.math.BigDecimal("2.65");
    java.math.BigDecimal from = java.math.BigDecimal.ONE;
    // "more than $1 billion" to $2.65 billion: at most 2.65 times, so "최대 2.7" (a new user read it as rounded up
    // past the data; "최대 2.6" would be false), and at least 2.64 times is "최소 2.6", never "최소 2.7".
    assertThat(new com.moneywar.briefing.model.MultipleBound(true, false, false).number(to, from)).isEqualTo("2.7");
    assertThat(new com.moneywar.briefing.model.MultipleBound(true, false, false).number(new java.math.BigDecimal("2.61"), from))
        .isEqualTo("2.7");
    assertThat(new com.moneywar.briefing.model.MultipleBound(false, true, false).number(new java.math.BigDecimal("2.69"), from))
        .isEqualTo("2.6");
    assertThat(new com.moneywar.briefing.model.MultipleBound(false, false, false).number(new java.math.BigDecimal("2.65"), from))
        .isEqualTo("2.7");
    assertThat(new com.moneywar.briefing.model.MultipleBound(false, false, false).number(new java.math.BigDecimal("3"), from))
        .isEqualTo("3.0");
  }

  @Test
  void aPledgeInTheSpendingTableIsNotCalledAPlanTwice() {
    // A test fixture (not shipped data): Meta's 2025 guidance entered as a pledge, planned then spent.
    java.util.function.Function<com.moneywar.briefing.model.SpendingStatus, FactTable.Row> row = status -> {
      var meta = B.spending("meta-capex-2025-10").orElseThrow();
      var pledge = new com.moneywar.briefing.model.Spending("fixture-pledge", "meta",
          com.moneywar.briefing.model.SpendingKind.PLEDGE, meta.period(), status, Optional.empty(), meta.amount(),
          meta.bound(), meta.date(), meta.source(), meta.fx(), meta.approxDigits(), meta.note(), meta.reporting());
      Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
          B.talent(), B.rounds(), B.flows(), List.of(pledge), B.stories(), List.of());
      return new FactTables(b, new Figures(b), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html").spending()
          .rows().get(0);
    };
    FactTable.Row planned = row.apply(com.moneywar.briefing.model.SpendingStatus.PLANNED);
    assertThat(planned.cells().get(0).text()).isEqualTo("메타 ·\u00a02025년 투자 계획");
    assertThat(planned.cells().get(1).text()).isEqualTo("700억~720억달러");
    assertThat(row.apply(com.moneywar.briefing.model.SpendingStatus.SPENT).cells().get(1).text())
        .isEqualTo("700억~720억달러 · 실적");
  }

  @Test
  void spendingIsNeverAddedIntoACompanysInvestmentTotals() {
    Briefing without = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), B.investments(), B.valuations(),
        B.talent(), B.rounds(), B.flows(), List.of(), B.stories(), List.of());
    for (String company : List.of("meta", "microsoft", "amazon")) {
      var with = com.moneywar.briefing.model.CompanyRecord.of(B, company);
      var none = com.moneywar.briefing.model.CompanyRecord.of(without, company);
      assertThat(with.other().spending()).as(company).isNotEmpty();
      assertThat(with.committedBy()).as(company).isEqualTo(none.committedBy());
      assertThat(with.paidBy()).as(company).isEqualTo(none.paidBy());
      assertThat(with.committedTo()).as(company).isEqualTo(none.committedTo());
    }
  }

  @Test
  void aPrintEditionListsItsRatesOldestFirst() {
    // A new user's PDF listed its rates in the order its text used them, not by date.
    List<FigureRef> refs = List.of(
        new FigureRef("investment", List.of("microsoft-anthropic-2025-11"), "", "{{…}}", SourcePos.startOf("t")),
        new FigureRef("investment", List.of("amazon-anthropic-t2"), "", "{{…}}", SourcePos.startOf("t")));
    List<String> rates = SiteRenderer.rates(B, new Figures(B), null, refs, Lang.EN);
    assertThat(rates).hasSize(2);
    assertThat(rates.get(0)).contains("March 28, 2024");
    assertThat(rates.get(1)).contains("November 21, 2025");
  }

  @Test
  void aWonFigureInTheWritersBracketsAfterItsAmountLeavesTheBoundToTheAmount() {
    // Walk 126: "{{…:amount}}({{…:krw}})" read "최대 1000억달러(최대 약 140조원)"; the press writes the bound once.
    String both = "{{investment:nvidia-anthropic-2025-11:amount}}({{investment:nvidia-anthropic-2025-11:krw}})";
    String ko = figures.inline(both, Lang.KO);
    assertThat(ko).startsWith("최대 100억달러(약 ").doesNotContain("(최대");
    assertThat(figures.inline("It pledged " + both.replace("}}({{", "}} ({{"), Lang.EN))
        .startsWith("It pledged up to $10 billion (about ₩").doesNotContain("(up to");
    // Anywhere else the won figure keeps its bound: it stands alone there.
    assertThat(figures.inline("{{investment:nvidia-anthropic-2025-11:amount}}, {{investment:nvidia-anthropic-2025-11:krw}}",
        Lang.KO)).isEqualTo("최대 100억달러, 최대 " + ko.substring(ko.indexOf("(") + 1, ko.length() - 1));
  }
}
