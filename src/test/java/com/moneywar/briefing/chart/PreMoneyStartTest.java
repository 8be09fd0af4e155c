package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.testing.ChartTexts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new user's Figure AI: about $2 billion pre-money (reported, 24 February 2024), $2.6 billion
 * post-money five days later, $39 billion post-money in September 2025. The line joins the two
 * post-money values; the pre-money one stands apart, hollow. Yet the chart took the pre-money value
 * for the line's first, gave no multiple at its end and said under it that its first and last
 * values were on different bases, while the text's {@code {{ratio}}} gave 15.0. The multiple is
 * measured along the line as drawn. (The new user's figures, given to a shipped company: Mistral AI
 * for Figure AI.)
 */
class PreMoneyStartTest {
  private static Valuation v(String id, String amount, Bound bound, String date, ValuationBasis basis,
      ClaimStatus claim) {
    return new Valuation(id, "mistral-ai", Money.of(amount, "USD"), bound, PartialDate.parse(date).orElseThrow(),
        ValuationChartPanelsTest.B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(), basis,
        new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false));
  }

  private static double distance(ChartTexts.Text a, ChartTexts.Text b) {
    double dx = Math.max(0, Math.max(a.minX() - b.maxX(), b.minX() - a.maxX()));
    double dy = Math.max(0, Math.max(a.minY() - b.maxY(), b.minY() - a.maxY()));
    return Math.hypot(dx, dy);
  }

  static final List<Valuation> ROWS = List.of(
      v("figure-2024-02-pre", "2000000000", Bound.ABOUT, "2024-02-24", ValuationBasis.PRE_MONEY, ClaimStatus.REPORTED),
      v("figure-2024-02", "2600000000", Bound.EXACT, "2024-02-29", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
      v("figure-2025-09", "39000000000", Bound.EXACT, "2025-09-16", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED));

  @Test
  void theMultipleIsMeasuredAlongTheLineAsDrawn() {
    for (Lang lang : Lang.values()) {
      ChartImage image = ValuationChartPanelsTest.render(ROWS, lang);
      String growth = lang == Lang.KO ? "15.0배" : "×15.0";
      for (String width : List.of("wide", "narrow")) {
        List<ChartTexts.Text> texts = ChartTexts.of(width.equals("wide") ? image.svg() : image.narrowSvg());
        assertThat(texts).as(lang + " " + width + " " + texts).anySatisfy(t -> assertThat(t.text()).contains(growth));
      }
      assertThat(image.caption()).doesNotContain("기준이 달라").doesNotContain("different bases");
      assertThat(image.alt()).contains(lang == Lang.KO ? "15.0배" : "15.0 times").doesNotContain("different bases")
          .doesNotContain("기준이 달라");
    }
  }

  /**
   * A company valued once before its round and once after, two days apart, has no line and so no
   * multiple to leave out: a new user's Mistral AI was said to have "first and last values on
   * different bases", a comparison no reader could find on the chart.
   */
  @Test
  void aValueBeforeARoundAndOneAfterItAreNoLineWithoutAMultiple() {
    List<Valuation> rows = List.of(
        v("m-2025-09-pre", "10000000000", Bound.EXACT, "2025-09-07", ValuationBasis.PRE_MONEY, ClaimStatus.REPORTED),
        v("m-2025-09", "11700000000", Bound.EXACT, "2025-09-09", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED));
    for (Lang lang : Lang.values()) {
      ChartImage image = ValuationChartPanelsTest.render(rows, lang);
      assertThat(image.caption()).doesNotContain("기준이 달라").doesNotContain("different bases")
          .contains(lang == Lang.KO ? "투자 전" : "pre-money");
      assertThat(image.alt()).doesNotContain("기준이 달라").doesNotContain("different bases")
          .doesNotContain("배").doesNotContain(" times");
      assertThat(image.alt()).contains(lang == Lang.KO ? "117억달러" : "$11.7 billion");
    }
  }

  /**
   * A value no line joins is never drawn without its company's name where the name found no room:
   * a new user's Mistral AI, €10 billion pre-money two days before €11.7 billion post-money, had its
   * "100억유로(투자 전)" drawn under Helsing's name and value, and it read as Helsing's.
   */
  @Test
  void aLoneValueWhoseNameFoundNoRoomIsNeverDrawnAsAnotherCompanysValue() {
    // The new user's rows (Helsing, Mistral AI, Nscale and Black Forest Labs), given to shipped companies.
    List<Valuation> rows = List.of(
        LonePointLabelsTest.v("h-2025-06", "openai", "12000000000", "EUR", Bound.ABOUT, "2025-06-17",
            ValuationBasis.UNSTATED, ClaimStatus.REPORTED),
        LonePointLabelsTest.v("m-2025-09-pre", "mistral-ai", "10000000000", "EUR", Bound.EXACT, "2025-09-07",
            ValuationBasis.PRE_MONEY, ClaimStatus.REPORTED),
        LonePointLabelsTest.v("m-2025-09", "mistral-ai", "11700000000", "EUR", Bound.EXACT, "2025-09-09",
            ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
        LonePointLabelsTest.v("n-2025-09", "anthropic", "3000000000", "USD", Bound.ABOUT, "2025-09-25",
            ValuationBasis.ESTIMATE, ClaimStatus.REPORTED),
        LonePointLabelsTest.v("b-2025-12", "xai", "3250000000", "USD", Bound.EXACT, "2025-12-01",
            ValuationBasis.UNSTATED, ClaimStatus.REPORTED));
    for (Lang lang : Lang.values()) {
      ChartImage image = ValuationChartPanelsTest.render(rows, lang);
      String pre = lang == Lang.KO ? "100억유로(투자 전)" : "€10 billion pre-money";
      String mistral = lang == Lang.KO ? "미스트랄AI" : "Mistral AI";
      // The value is named, in its own text, or stands nearer its company's name than any other's.
      List<String> names = lang == Lang.KO ? List.of("미스트랄AI", "오픈AI", "앤스로픽") : List.of("Mistral AI", "OpenAI",
          "Anthropic");
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<ChartTexts.Text> texts = ChartTexts.of(svg).stream().filter(t -> t.minY() > 72).toList(); // not the legend
        assertThat(texts).as(lang + " " + texts).filteredOn(t -> t.text().contains(pre)).allSatisfy(t -> {
          ChartTexts.Text nearest = texts.stream().filter(n -> names.contains(n.text()))
              .min(java.util.Comparator.comparingDouble(n -> distance(n, t))).orElseThrow();
          assertThat(t.text().contains(mistral) || nearest.text().equals(mistral)).isTrue();
        });
      }
      // And the note under the chart names the value with its company in any case.
      assertThat(image.caption()).contains(mistral);
    }
  }

  /**
   * Two pre-money values are not joined either: a new user's two pre-money values (170B, then 900B)
   * were drawn as a second line beside the post-money one, its end named "5.3배 9000억달러(투자 전)",
   * while the post-money line, the company's growth, had no multiple.
   */
  @Test
  void preMoneyValuesAreNeverJoinedNotEvenToEachOther() {
    List<Valuation> rows = List.of(
        v("a-2025-03", "61500000000", Bound.EXACT, "2025-03-03", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
        v("a-2025-09-pre", "170000000000", Bound.EXACT, "2025-09-02", ValuationBasis.PRE_MONEY, ClaimStatus.CONFIRMED),
        v("a-2025-09", "183000000000", Bound.EXACT, "2025-09-02", ValuationBasis.POST_MONEY, ClaimStatus.CONFIRMED),
        v("a-2026-05-pre", "900000000000", Bound.EXACT, "2026-05-28", ValuationBasis.PRE_MONEY, ClaimStatus.REPORTED));
    ValuationChart.Line line = new ValuationChart.Line("mistral-ai", rows);
    assertThat(ValuationChart.joined(line)).singleElement().satisfies(run -> assertThat(run).extracting(Valuation::id)
        .containsExactly("a-2025-03", "a-2025-09"));
    for (Lang lang : Lang.values()) {
      ChartImage image = ValuationChartPanelsTest.render(rows, lang);
      for (byte[] svg : List.of(image.svg())) {
        assertThat(ChartTexts.of(svg)).noneSatisfy(t -> assertThat(t.text()).containsAnyOf("5.3배", "×5.3"));
      }
      assertThat(image.alt()).doesNotContain("5.3");
    }
  }
}
