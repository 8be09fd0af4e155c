package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ChartTexts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new user's briefing on Europe's AI money (EUR, GBP and USD panels, a total of confirmed and
 * reported parts, a pre-money and a post-money value of one round), drawn in both languages and
 * both widths.
 */
class EuropeChartsTest {
  private static final Path PROJECT = Path.of("src/test/resources/com/moneywar/briefing/chart/europe");
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(PROJECT).orElseThrow();

  private static ChartImage render(ChartKind kind, Lang lang) {
    ChartSpec spec = B.charts().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    return new ChartRenderer().render(spec, B, lang);
  }

  private static Optional<ChartTexts.Text> text(List<ChartTexts.Text> texts, String words) {
    return texts.stream().filter(t -> t.text().equals(words)).findFirst();
  }

  @Test
  void everyTallBarShowsItsCommittedAmountAndNoPaidInAmountSitsOverIt() {
    for (Lang lang : Lang.values()) {
      ChartImage image = render(ChartKind.MONEY_FLOWS, lang);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<ChartTexts.Text> texts = ChartTexts.of(svg);
        String others = lang == Lang.KO ? "216억1500만유로" : "€21.615 billion";
        String microsoft = lang == Lang.KO ? "220억파운드" : "£22 billion";
        String othersPaid = lang == Lang.KO ? "14억1500만유로" : "€1.415 billion";
        // Over its bar, or (its pairs numbered: on a phone, or names too long for their slots) in the
        // key, with no payment on record.
        String key = String.join(" ", texts.stream().map(ChartTexts.Text::text).toList());
        assertThat(text(texts, others).isPresent() || key.contains((lang == Lang.KO ? "약속 " : "committed ") + others))
            .as(lang + ": " + texts).isTrue();
        assertThat(text(texts, microsoft).isPresent() || key.contains((lang == Lang.KO ? "약속 " : "committed ") + microsoft
            + (lang == Lang.KO ? ", 투자 기록 없음" : ", paid in: none recorded"))).as(lang + ": " + texts).isTrue();
        // The others' paid-in amount, if drawn over the bars, sits lower than their committed amount: by
        // its own short bar (in a key, it follows its committed amount).
        text(texts, others).ifPresent(committed -> text(texts, othersPaid).ifPresent(paid ->
            assertThat(paid.minY()).as(lang + ": " + texts).isGreaterThan(committed.maxY())));
        // No payment on record for Microsoft's commitment: "기록 없음" / "none recorded" by the foot of the
        // bars, under "220억파운드", and never "0파운드" / "£0", which would say nothing was paid.
        // Where the label finds no room by the bar, the note under the chart says what the missing bar means.
        // Three currencies, three scales: a bar of one panel is no measure of another's.
        assertThat(image.caption()).contains(lang == Lang.KO ? "패널끼리는 막대 길이를 비교할 수 없다"
            : "so bar lengths cannot be compared across panels");
        assertThat(image.caption()).contains(lang == Lang.KO ? "‘실제 투자한 금액’ 막대가 없는 쌍은 실제 투자액이 기록되지 않은 경우다"
            : "A pair without a “Paid in so far” bar has no payment on record (which does not mean nothing was paid).");
        assertThat(texts).noneSatisfy(t -> assertThat(t.text()).isIn("0파운드", "£0"));
      }
    }
  }

  @Test
  void aTotalOfConfirmedAndReportedPartsSaysPartlyReportedAndATotalAllReportedSaysReported() {
    ChartImage ko = render(ChartKind.MONEY_FLOWS, Lang.KO);
    ChartImage en = render(ChartKind.MONEY_FLOWS, Lang.EN);
    // 기타 5쌍: €20 billion from Brookfield, confirmed, and €200 million a16z reported.
    assertThat(ko.shownTable()).anySatisfy(row -> assertThat(row).containsExactly("기타 5쌍", "216억1500만유로(일부 보도)",
        "14억1500만유로"));
    assertThat(en.shownTable()).anySatisfy(row -> assertThat(row).containsExactly("5 other pairs",
        "€21.615 billion (partly reported)", "€1.415 billion"));
    assertThat(ko.alt()).contains("기타 5쌍은 합쳐 216억1500만유로를 약속했고 14억1500만유로를 투자했다(일부 보도).");
    // MGX → Mistral AI: reported, all of it.
    assertThat(ko.shownTable()).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("최대 10억달러(보도)"));
    assertThat(en.shownTable()).anySatisfy(row -> assertThat(row.get(1)).isEqualTo("up to $1 billion (reported)"));
  }

  @Test
  void aPairWithNoPaymentOnRecordSaysNoneRecordedInItsTableAltAndCsvNeverZero() {
    ChartImage ko = render(ChartKind.MONEY_FLOWS, Lang.KO);
    ChartImage en = render(ChartKind.MONEY_FLOWS, Lang.EN);
    assertThat(ko.shownTable()).anySatisfy(row -> assertThat(row).containsExactly("마이크로소프트 → 영국 AI 인프라", "220억파운드",
        "기록 없음"));
    assertThat(en.shownTable()).anySatisfy(row -> assertThat(row).containsExactly("Microsoft → AI infrastructure in the UK",
        "£22 billion", "none recorded"));
    assertThat(ko.alt()).contains("220억파운드를 약속했고, 실제 투자액은 아직 기록되지 않았다.")
        .doesNotContain("0파운드");
    assertThat(en.alt()).contains("£22 billion to AI infrastructure in the UK; no payment is on record yet.").doesNotContain("£0");
    // The CSV's paid-in columns are empty, not 0: the record does not say nothing was paid.
    List<String> header = en.table().get(0);
    List<String> microsoft = en.table().stream().filter(r -> r.get(2).equals("GBP")).findFirst().orElseThrow();
    assertThat(microsoft.subList(header.indexOf("Paid in: bound"), header.indexOf("Paid in: at most") + 1)).containsOnly("");
    assertThat(microsoft.get(header.indexOf("Paid in: claim"))).isEmpty();
    assertThat(microsoft.get(header.indexOf("Committed: claim"))).isEqualTo("confirmed");
  }

  @Test
  void onlyTheUnconfirmedPartOfATotalIsHatched() {
    MoneyFlowChart.Flow others = MoneyFlowChart.flows(B, B.investments()).values().stream()
        .flatMap(List::stream).filter(f -> f.currency().getCurrencyCode().equals("EUR")
            && !f.investor().equals("mgx")).collect(java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(), MoneyFlowChart.Flow::others));
    assertThat(MoneyFlowChart.unconfirmedPart(others.committedRows(), others.currency()).point().amount())
        .isEqualByComparingTo("200000000");
    assertThat(MoneyFlowChart.unconfirmedPart(others.paidRows(), others.currency()).point().amount()).isZero();
  }

  @Test
  void aPreMoneyValueIsNotJoinedToThePostMoneyOneAndAMultipleFromAnApproximateValueSaysAbout() {
    ValuationChart.Line mistral = ValuationChart.lines(B.valuations()).values().stream().flatMap(List::stream)
        .filter(l -> l.company().equals("mistral-ai") && l.points().size() == 3).findFirst().orElseThrow();
    assertThat(ValuationChart.joined(mistral)).singleElement()
        .satisfies(run -> assertThat(run).extracting(v -> v.id()).containsExactly("mistral-ai-2024-06", "mistral-ai-2025-09"));
    assertThat(render(ChartKind.VALUATIONS, Lang.KO).alt()).contains("최대 약 30.0배");
    assertThat(render(ChartKind.VALUATIONS, Lang.EN).alt()).contains("up to about 30.0 times");
    // Under the chart it says why the pre-money point stands apart (a new user saw one unjoined and no word why).
    // It names the value, whose own label may find no room by its point (a new user's Moonshot AI).
    assertThat(render(ChartKind.VALUATIONS, Lang.KO).caption())
        .contains("투자 전 기업가치(미스트랄AI 2025년 9월 7일 100억유로)는 다른 값과 선으로 잇지 않았다.");
    assertThat(render(ChartKind.VALUATIONS, Lang.EN).caption())
        .contains("A pre-money value (Mistral AI, September 7, 2025: €10 billion) is not joined to the company's other values");
  }

  @Test
  void theNoteThatPanelsCannotBeComparedNamesWhatTheChartDraws() {
    // A new user's timeline and valuations charts were said to have bar lengths that cannot be compared.
    assertThat(render(ChartKind.TIMELINE, Lang.KO).caption()).contains("패널끼리는 점의 높이를 비교할 수 없다")
        .doesNotContain("막대 길이");
    assertThat(render(ChartKind.VALUATIONS, Lang.EN).caption())
        .contains("so the heights of points cannot be compared across panels").doesNotContain("length");
  }

  @Test
  void thePanelsOfOneChartWriteTheirYearsAlike() {
    // Three currency panels side by side: the narrowest had no room for 2024년 and wrote 2024,
    // while its neighbours wrote 2024년.
    for (ChartKind kind : List.of(ChartKind.VALUATIONS, ChartKind.TIMELINE)) {
      ChartImage image = render(kind, Lang.KO);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<String> years = ChartTexts.of(svg).stream().map(ChartTexts.Text::text)
            .filter(t -> t.matches("20\\d\\d년?")).toList();
        assertThat(years).as(kind.toString()).isNotEmpty();
        assertThat(years.stream().map(y -> y.endsWith("년")).distinct()).as(kind + ": " + years).hasSize(1);
      }
    }
  }

  @Test
  void everyPanelOfANarrowChartNamesItsYearsBetweenItsPlotAndTheNextPanel() {
    // On phones the panels stand one above the other: a time axis's year line was given no room,
    // so it ran into the next panel's heading, and under the last panel it was cut off ("7월 1월 7월").
    for (Lang lang : Lang.values()) {
      for (ChartKind kind : List.of(ChartKind.VALUATIONS, ChartKind.TIMELINE)) {
        List<ChartTexts.Text> texts = ChartTexts.of(render(kind, lang).narrowSvg());
        List<String> names = lang == Lang.KO ? List.of("유로", "미국 달러", "영국 파운드")
            : List.of("Euros", "US dollars", "Pounds sterling");
        List<Double> headings = texts.stream().filter(t -> names.contains(t.text())).map(ChartTexts.Text::minY)
            .sorted().toList();
        assertThat(headings).as(kind + " " + lang + ": " + texts).hasSizeGreaterThan(1);
        for (int i = 0; i < headings.size(); i++) {
          double top = headings.get(i);
          double bottom = i + 1 < headings.size() ? headings.get(i + 1) : Double.POSITIVE_INFINITY;
          assertThat(texts).as(kind + " " + lang + ", panel " + i + ": " + texts)
              .anyMatch(t -> t.text().matches("20\\d\\d년?") && t.minY() > top && t.maxY() < bottom);
        }
      }
    }
  }

  @Test
  void aPreMoneyValueIsNeverWrittenByItsMarkAsIfItWereTheCompanysWorth() {
    // Mistral AI: €10 billion pre-money and €11.7 billion post-money, two days apart. "€10 billion"
    // alone by its mark read as the company's worth, lower than it was.
    for (Lang lang : Lang.values()) {
      ChartImage image = render(ChartKind.VALUATIONS, lang);
      String plain = lang == Lang.KO ? "100억유로" : "€10 billion";
      String marked = lang == Lang.KO ? "100억유로(투자 전)" : "€10 billion pre-money";
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<ChartTexts.Text> all = ChartTexts.of(svg);
        // The value axis writes 100억유로 too, in its column left of the plot.
        double axis = all.stream().filter(t -> t.text().equals(lang == Lang.KO ? "1000억유로" : "€100 billion"))
            .mapToDouble(ChartTexts.Text::maxX).max().orElseThrow();
        List<String> texts = all.stream().filter(t -> t.minX() > axis).map(ChartTexts.Text::text).toList();
        assertThat(texts).as(lang + ": " + texts).doesNotContain(plain);
      }
      assertThat(ValuationChart.pointLabel(B.valuation("mistral-ai-2025-09-pre").orElseThrow(),
          new ChartWording(B, lang))).isEqualTo(marked);
      // The chart's table says each row's basis: the two values of the round differ by it.
      assertThat(image.shownTable()).contains(lang == Lang.KO
          ? List.of("미스트랄AI", "2025년 9월 7일", "투자 전 기업가치", "100억유로(보도)")
          : List.of("Mistral AI", "September 7, 2025", "pre-money", "€10 billion (reported)"));
    }
  }

  @Test
  void aRoundsPreMoneyValueIsNamedInItsPostMoneyValuesLabelAndNoLabelStandsByTheWrongMark() {
    // Two new users' Mistral AI: €10 billion pre-money and about €11.7 billion post-money two days
    // apart, their marks a few pixels apart. The latest value stood level with the hollow pre-money
    // mark, its leader line ended there, and the €10 billion had no label at all.
    for (Lang lang : Lang.values()) {
      ChartImage image = render(ChartKind.VALUATIONS, lang);
      String pair = lang == Lang.KO ? "117억유로 · 100억유로(투자 전)" : "€11.7 billion · €10 billion pre-money";
      List<String> wide = ChartTexts.of(image.svg()).stream().map(ChartTexts.Text::text).toList();
      assertThat(wide).as(lang + ": " + wide).anyMatch(t -> t.endsWith(pair));
      // Narrow, on two lines (the value, the pre-money value under it) where they fit; else the value
      // alone, the note under the chart giving the pre-money value.
      List<String> narrow = ChartTexts.of(image.narrowSvg()).stream().map(ChartTexts.Text::text).toList();
      String latest = pair.substring(0, pair.indexOf(" · "));
      assertThat(narrow).as(lang + ": " + narrow).anyMatch(t -> t.endsWith(latest));
      if (lang == Lang.KO) {
        assertThat(String.join(" · ", narrow)).contains(pair);
      }
    }
  }

  @Test
  void currencyPanelsComeInOneOrderWhateverTheRowsOrder() {
    // Walk 75's money-flows chart had its euro panel left of the dollars in one edition (its first
    // row then a euro one) and right of them in the next: dollars first, then by code, in every chart.
    List<com.moneywar.briefing.model.Investment> rows = new java.util.ArrayList<>(B.investments());
    List<com.moneywar.briefing.model.Investment> reversed = new java.util.ArrayList<>(rows);
    java.util.Collections.reverse(reversed);
    for (List<com.moneywar.briefing.model.Investment> order : List.of(rows, reversed)) {
      assertThat(MoneyFlowChart.flows(B, order).keySet()).extracting(java.util.Currency::getCurrencyCode)
          .containsExactly("USD", "EUR", "GBP");
    }
    List<com.moneywar.briefing.model.Valuation> values = new java.util.ArrayList<>(B.valuations());
    java.util.Collections.reverse(values);
    assertThat(ValuationChart.lines(values).keySet()).extracting(java.util.Currency::getCurrencyCode)
        .containsExactly("USD", "EUR");
  }
}
