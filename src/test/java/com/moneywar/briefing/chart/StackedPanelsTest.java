package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.FlowKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.testing.ChartTexts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new user's timeline of the AI chip challengers on a phone: the US-dollar panel, from $1 million
 * to $100 billion with five deals, fitted sixteen axis labels into about 170 px and they touched
 * (500억달러 on 1000억달러), while the won panel, one deal, got as much height. Stacked panels share
 * their height by what each must show, and a value axis's labels never touch. (The new user's
 * deals, as they entered them.)
 */
class StackedPanelsTest {
  private static final Briefing B = PaidInLabelsTest.B;

  static Briefing chipChallengers() {
    List<Company> companies = new ArrayList<>(B.companies());
    companies.addAll(List.of(TimelineLabelTiesTest.company("furiosaai", "퓨리오사AI", "FuriosaAI"),
        TimelineLabelTiesTest.company("rebellions", "리벨리온", "Rebellions"),
        TimelineLabelTiesTest.company("groq", "그록", "Groq"),
        TimelineLabelTiesTest.company("cerebras", "세레브라스", "Cerebras Systems"),
        TimelineLabelTiesTest.company("ibk", "IBK기업은행", "Industrial Bank of Korea"),
        TimelineLabelTiesTest.company("lionx", "라이온엑스벤처스", "LionX Ventures"),
        TimelineLabelTiesTest.company("pegatron", "페가트론", "Pegatron"),
        TimelineLabelTiesTest.company("benchmark", "벤치마크", "Benchmark")));
    return new Briefing(B.config(), B.sources(), companies, B.rates(), List.of(
        TimelineLabelTiesTest.single("ibk", "ibk", "furiosaai", "10000000000", "KRW", Bound.EXACT, "2025-07-14",
            ClaimStatus.CONFIRMED),
        TimelineLabelTiesTest.single("lionx", "lionx", "rebellions", "6000000", "USD", Bound.EXACT, "2025-08-27",
            ClaimStatus.REPORTED),
        TimelineLabelTiesTest.single("pegatron", "pegatron", "rebellions", "2000000", "USD", Bound.EXACT, "2025-08-27",
            ClaimStatus.REPORTED),
        TimelineLabelTiesTest.single("benchmark", "benchmark", "cerebras", "225000000", "USD", Bound.AT_LEAST,
            "2026-02", ClaimStatus.REPORTED)),
        List.of(), List.of(), B.rounds(), List.of(
        TimelineLabelTiesTest.flow("nvidia-groq", FlowKind.LICENSE, "nvidia", "groq", "20000000000", Bound.ABOUT,
            "2025-12-24", ClaimStatus.REPORTED),
        TimelineLabelTiesTest.flow("openai-cerebras", FlowKind.COMPUTE_PURCHASE, "openai", "cerebras", "10000000000",
            Bound.MORE_THAN, "2026-01-14", ClaimStatus.CONFIRMED)), B.stories(), B.charts());
  }

  /** The value axis's labels of the panel in a currency, top first: the amounts right-aligned in its gutter. */
  private static List<ChartTexts.Text> axis(List<ChartTexts.Text> texts, String currencyWord, Lang lang) {
    List<ChartTexts.Text> amounts = texts.stream().filter(t -> lang == Lang.KO ? t.text().matches("[\\d억만조]+" + currencyWord)
        : t.text().matches("\\Q" + currencyWord + "\\E[\\d.]+( (million|billion|trillion))?")).toList();
    // The gutter's labels end where the widest of them does.
    double end = amounts.stream().mapToDouble(t -> Math.round(t.maxX())).boxed()
        .collect(java.util.stream.Collectors.groupingBy(x -> x, java.util.stream.Collectors.counting()))
        .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    return amounts.stream().filter(t -> Math.abs(t.maxX() - end) < 1.5).sorted(Comparator.comparing(ChartTexts.Text::minY))
        .toList();
  }

  @Test
  void stackedPanelsShareTheirHeightByWhatTheyShowAndAxisLabelsNeverTouch() {
    ChartSpec spec = B.charts().stream().filter(c -> c.kind() == ChartKind.TIMELINE).findFirst().orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, chipChallengers(), lang);
      List<ChartTexts.Text> texts = ChartTexts.of(image.narrowSvg());
      List<ChartTexts.Text> won = axis(texts, lang == Lang.KO ? "원" : "₩", lang);
      List<ChartTexts.Text> dollars = axis(texts, lang == Lang.KO ? "달러" : "$", lang);
      for (List<ChartTexts.Text> labels : List.of(won, dollars)) {
        assertThat(labels).as(lang + " " + texts).hasSizeGreaterThan(2);
        for (int i = 1; i < labels.size(); i++) {
          assertThat(labels.get(i).minY() - labels.get(i - 1).maxY()).as(lang + " " + labels).isGreaterThanOrEqualTo(3);
        }
      }
      // The won panel, one deal over less than two powers of ten, is lower than the dollar panel,
      // five deals over five.
      double wonHeight = won.get(won.size() - 1).maxY() - won.get(0).minY();
      double dollarHeight = dollars.get(dollars.size() - 1).maxY() - dollars.get(0).minY();
      assertThat(wonHeight).as(lang + " " + won + " " + dollars).isLessThan(dollarHeight * 0.6);
    }
  }

  @Test
  void aLogAxisOverManyPowersOfTenLabelsOnlyWhatFitsWideAndNarrow() {
    // Figures made up for the test: deals from $100 thousand to $500 billion, seven powers of ten.
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), List.of(
        TimelineLabelTiesTest.single("small", "amazon", "anthropic", "100000", "USD", Bound.EXACT, "2024-01-10",
            ClaimStatus.CONFIRMED),
        TimelineLabelTiesTest.single("large", "microsoft", "openai", "500000000000", "USD", Bound.EXACT, "2025-01-10",
            ClaimStatus.CONFIRMED)), List.of(), List.of(), B.rounds(), List.of(), B.stories(), B.charts());
    ChartSpec spec = B.charts().stream().filter(c -> c.kind() == ChartKind.TIMELINE).findFirst().orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, b, lang);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<ChartTexts.Text> labels = axis(ChartTexts.of(svg), lang == Lang.KO ? "달러" : "$", lang);
        assertThat(labels).as(lang + " " + labels).hasSizeGreaterThan(4);
        for (int i = 1; i < labels.size(); i++) {
          assertThat(labels.get(i).minY() - labels.get(i - 1).maxY()).as(lang + " " + labels).isGreaterThanOrEqualTo(3);
        }
      }
    }
  }

  @Test
  void aShortLogAxisLabelsOnlyItsPowersOfTenThenEverySecondOne() {
    ValueAxis axis = ValueAxis.log(2e6, 2e10, v -> "");
    assertThat(axis.labelled(400, 10.5)).isEqualTo(axis.ticks());
    assertThat(axis.labelled(170, 10.5)).containsExactly(1e6, 1e7, 1e8, 1e9, 1e10, 1e11);
    assertThat(axis.labelled(50, 10.5)).containsExactly(1e6, 1e8, 1e10);
    // A linear axis keeps its few round steps.
    ValueAxis linear = ValueAxis.linear(13e9, v -> "");
    assertThat(linear.labelled(40, 10.5)).isEqualTo(linear.ticks());
  }
}
