package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A valuations chart with a panel per currency, where one company has a line in two of them (a
 * new user's MiniMax, valued in US dollars before its listing and in Hong Kong dollars after).
 * The figures are made up for the test.
 */
class ValuationChartPanelsTest {
  static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  static final ChartSpec SPEC = B.charts().stream().filter(s -> s.kind() == ChartKind.VALUATIONS).findFirst()
      .orElseThrow();

  static Valuation v(String id, String company, String amount, String currency, String date) {
    return new Valuation(id, company, Money.of(amount, currency), Bound.EXACT, PartialDate.parse(date).orElseThrow(),
        B.sources().get(0).id(), Optional.empty(), 0, Localized.empty());
  }

  /** An estimate reported as a range, as an offer's price range makes one. */
  static Valuation range(String id, String company, String low, String high, String currency, String date) {
    return new Valuation(id, company, Money.of(low, currency), Bound.RANGE, PartialDate.parse(date).orElseThrow(),
        B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(), ValuationBasis.ESTIMATE,
        new Reporting(Optional.of(Money.of(high, currency)), ClaimStatus.CONFIRMED, List.of(), Optional.empty(), true,
            false));
  }

  static Briefing with(List<Valuation> valuations) {
    return new Briefing(B.config(), B.sources(), B.companies(), B.rates(), List.of(), valuations, List.of(),
        B.stories(), B.charts());
  }

  static ChartImage render(List<Valuation> valuations, Lang lang) {
    return new ChartRenderer().render(SPEC, with(valuations), lang);
  }

  @Test
  void aNoteOnAMissingMultipleNamesThePanelItIsAbout() {
    // Anthropic's dollar line has its multiple (×2.0); its Hong Kong dollar line, from a range
    // estimate to a price, has none: the note must not read as if no panel gave one.
    List<Valuation> rows = List.of(v("a-usd-1", "anthropic", "10000000000", "USD", "2024-01"),
        v("a-usd-2", "anthropic", "20000000000", "USD", "2025-01"),
        range("a-hkd-1", "anthropic", "40000000000", "50000000000", "HKD", "2025-06"),
        v("a-hkd-2", "anthropic", "70000000000", "HKD", "2026-01"),
        v("o-usd-1", "openai", "30000000000", "USD", "2024-03"));
    ChartImage ko = render(rows, Lang.KO);
    ChartImage en = render(rows, Lang.EN);
    assertThat(ko.caption()).contains("홍콩달러 패널의 앤스로픽은 처음과 마지막 값의 기준이 달라 배수를 적지 않았다.");
    assertThat(en.caption()).contains(
        "No multiple is given for Anthropic in the Hong Kong dollar panel: its first and last values are on different bases.");
    // One panel: the note names no panel.
    ChartImage one = render(rows.subList(2, 4), Lang.EN);
    assertThat(one.caption()).contains("No multiple is given for Anthropic: its first and last values are on different bases.");
  }

  /** Where a panel of {@code lines} puts things, painted at 600 × 300 px. */
  static PanelGeometry geometry(List<Valuation> points) {
    TimeAxis time = TimeAxis.covering(points.stream().map(Valuation::date).toList());
    ValueAxis axis = ValueAxis.log(1e9, 1e11, x -> "");
    org.knowm.xchart.XYChart chart = TimeAxisPainter.plot(ChartTheme.load(), time, axis);
    java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(600, 300,
        java.awt.image.BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    chart.paint(g, 600, 300);
    g.dispose();
    return new PanelGeometry(chart, axis);
  }

  @Test
  void pointsOfTwoCompaniesThatWouldCoincideStandSideBySide() {
    // A new user's Baichuan and Zhipu, both 20 billion yuan in July 2024: one hid the other.
    Valuation baichuan = v("b", "anthropic", "20000000000", "CNY", "2024-07");
    Valuation zhipu = v("z", "openai", "20000000000", "CNY", "2024-07");
    Valuation zhipuLater = v("z2", "openai", "21000000000", "CNY", "2024-07-20");
    List<Valuation> all = List.of(baichuan, zhipu, zhipuLater);
    var lines = ValuationChart.lines(all).values().iterator().next();
    var shift = ValuationChart.apart(lines, geometry(all), true);
    assertThat(shift).containsKeys(baichuan, zhipu);
    assertThat(Math.abs(shift.get(baichuan) - shift.get(zhipu))).isGreaterThanOrEqualTo(ValuationMarks.SIZE);
    // The chart says why two points of one date stand apart.
    assertThat(render(all, Lang.EN).caption()).contains(
        "Points of different companies with one date and one value are drawn side by side; their date is the same.");
    // Two points of one company are never set apart from each other (its line would bend).
    Valuation own = v("z3", "openai", "20000000000", "CNY", "2024-07-02");
    var alone = ValuationChart.lines(List.of(zhipu, own)).values().iterator().next();
    assertThat(ValuationChart.apart(alone, geometry(List.of(zhipu, own)), true)).isEmpty();
  }

  @Test
  void aCompanyHasOneMarkerInEveryPanel() {
    // Zhipu was a triangle in the yuan panel and the legend, a diamond in the Hong Kong dollar panel:
    // here OpenAI is the second line of the yuan panel and the first of the Hong Kong dollar one.
    List<Valuation> rows = List.of(v("b", "mistral-ai", "20000000000", "CNY", "2024-07"),
        v("b2", "mistral-ai", "30000000000", "CNY", "2025-07"),
        v("z", "openai", "40000000000", "CNY", "2024-01"), v("z2", "openai", "50000000000", "CNY", "2025-01"),
        v("z3", "openai", "51000000000", "HKD", "2026-01"), v("z4", "openai", "61000000000", "HKD", "2026-03"),
        v("m", "anthropic", "9000000000", "HKD", "2025-12"));
    java.awt.Color c = CompanyPalette.of(with(rows)).colour("openai");
    String fill = "fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ");stroke:none";
    for (Lang lang : Lang.values()) {
      ChartImage image = render(rows, lang);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        // A marker is one filled shape: its kind of element, and for a path its number of corners.
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<(\\w+)([^>]*" + java.util.regex.Pattern.quote(fill)
            + "[^>]*)>").matcher(new String(svg, java.nio.charset.StandardCharsets.UTF_8));
        java.util.Set<String> shapes = new java.util.TreeSet<>();
        while (m.find()) {
          shapes.add(m.group(1) + " " + m.group(2).split(" L", -1).length);
        }
        assertThat(shapes).as(lang + ": OpenAI's markers").hasSize(1);
      }
    }
  }
  @Test
  void aCompanyDrawnInOnePanelIsDrawnInEveryPanelItHasALineIn() {
    // A new user's four Chinese labs: seven lines over three currencies, four companies. The room of
    // six companies was spent as six lines, and Zhipu's dollar value was left out under a note that
    // said all four companies were shown.
    List<Valuation> rows = List.of(v("moonshot", "anthropic", "3300000000", "USD", "2024-08"),
        v("minimax", "openai", "4000000000", "USD", "2025-07"),
        v("zhipu-usd", "mistral-ai", "3000000000", "USD", "2024-05"),
        v("baichuan", "meta", "20000000000", "CNY", "2024-07"),
        v("zhipu-cny", "mistral-ai", "40000000000", "CNY", "2025-03"),
        v("zhipu-hkd", "mistral-ai", "51000000000", "HKD", "2026-01"),
        v("minimax-hkd", "openai", "50000000000", "HKD", "2026-01"));
    for (Lang lang : Lang.values()) {
      ChartImage chart = render(rows, lang);
      assertThat(chart.table()).hasSize(rows.size() + 1);
      assertThat(chart.caption()).doesNotContain("4곳만").doesNotContain("of 4 companies");
    }
    // Eight companies in one currency: six are drawn, and the note counts companies.
    List<String> ids = List.of("anthropic", "openai", "amazon", "google", "microsoft", "meta", "mistral-ai", "nvidia");
    List<Valuation> eight = new java.util.ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      eight.add(v("e" + i, ids.get(i), String.valueOf((i + 1) * 1_000_000_000L), "USD", "2025-01"));
    }
    eight.add(v("nvidia-hkd", "nvidia", "9000000000", "HKD", "2025-02"));
    ChartImage chart = render(eight, Lang.EN);
    // Nvidia, the largest, is drawn in both panels at the cost of one company; Anthropic and OpenAI,
    // the smallest in dollars, are not drawn.
    assertThat(chart.table().stream().skip(1).map(r -> r.get(0)).distinct()).hasSize(6).contains("Nvidia")
        .doesNotContain("Anthropic", "OpenAI");
    assertThat(chart.table().stream().filter(r -> r.get(0).equals("Nvidia"))).hasSize(2);
    assertThat(chart.caption()).contains("Shown are the 6 of 8 companies with the highest latest valuation");
  }
}
