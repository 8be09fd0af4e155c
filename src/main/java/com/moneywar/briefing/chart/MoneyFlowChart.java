package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.money.MoneyFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;

/**
 * Big Tech → AI lab money: for each investor and lab, what was committed and what was actually
 * invested, in US dollars (deals in other currencies are left out and named in the caption).
 */
final class MoneyFlowChart {
  private static final Currency USD = Currency.getInstance("USD");
  private static final BigDecimal BILLION = new BigDecimal("1e9");
  private static final Localized TITLE = new Localized("빅테크 → AI 스타트업 투자", "Big Tech → AI lab money");
  private static final Localized COMMITTED = new Localized("약속한 금액", "Committed");
  private static final Localized INVESTED = new Localized("투자 완료", "Invested");

  private final ChartTheme theme;

  MoneyFlowChart(ChartTheme theme) {
    this.theme = theme;
  }

  ChartImage render(Briefing briefing, Lang lang) {
    Map<String, Money[]> flows = flows(briefing);
    List<String> pairs = new ArrayList<>();
    List<Double> committed = new ArrayList<>();
    List<Double> invested = new ArrayList<>();
    MoneyFormat format = lang == Lang.KO ? MoneyFormat.korean() : MoneyFormat.english();
    List<List<String>> table = new ArrayList<>();
    table.add(List.of(lang == Lang.KO ? "투자자 → 투자 대상" : "Investor → investee",
        COMMITTED.in(lang) + " (USD)", INVESTED.in(lang) + " (USD)"));
    List<List<String>> shown = new ArrayList<>();
    shown.add(List.of(table.get(0).get(0), COMMITTED.in(lang), INVESTED.in(lang)));
    for (Map.Entry<String, Money[]> e : flows.entrySet()) {
      String[] ids = e.getKey().split(">");
      String label = name(briefing, ids[0], lang) + " → " + name(briefing, ids[1], lang);
      pairs.add(label);
      committed.add(billions(e.getValue()[0]));
      invested.add(billions(e.getValue()[1]));
      table.add(List.of(label, e.getValue()[0].amount().toPlainString(), e.getValue()[1].amount().toPlainString()));
      shown.add(List.of(label, format.format(e.getValue()[0]), format.format(e.getValue()[1])));
    }
    CategoryChart chart = new CategoryChartBuilder().width(720).height(420).title(TITLE.in(lang)).build();
    theme.apply(chart.getStyler());
    chart.getStyler().setAxisTickLabelsFont(theme.regular(12f));
    chart.getStyler().setAxisTitleFont(theme.regular(12f));
    chart.getStyler().setAxisTickLabelsColor(ChartTheme.INK);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setPlotGridLinesColor(ChartTheme.GRID);
    chart.getStyler().setAxisTicksLineVisible(false);
    chart.getStyler().setXAxisTitleVisible(false);
    chart.getStyler().setYAxisTitleVisible(false);
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setLabelsFont(theme.regular(11f));
    // Labels sit inside the bar tops: white on the dark series, ink on the light one.
    chart.getStyler().setLabelsFontColorAutomaticEnabled(true);
    chart.getStyler().setLabelsFontColorAutomaticLight(java.awt.Color.WHITE);
    chart.getStyler().setLabelsFontColorAutomaticDark(ChartTheme.INK);
    chart.getStyler().setLabelsPosition(0.92);
    chart.getStyler().setYAxisMin(0.0);
    double highest = committed.stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
    chart.getStyler().setYAxisMax(Math.ceil(highest * 1.15 / 2.0) * 2.0); // room for the bar labels
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
    chart.getStyler().setYAxisDecimalPattern("#0");
    chart.setCustomYAxisTickLabelsFormatter(v -> format.axisLabel(new Money(BigDecimal.valueOf(v).multiply(BILLION), USD)));
    chart.addSeries(COMMITTED.in(lang), pairs, committed);
    chart.addSeries(INVESTED.in(lang), pairs, invested);
    String svg = svg(chart);
    String alt = alt(briefing, flows, lang, format);
    String caption = lang == Lang.KO
        ? "투자자와 AI 스타트업별로 약속한 금액과 실제 투자한 금액(미국 달러 기준). 유로화 투자(마이크로소프트 → 미스트랄AI)는 통화가 달라 제외했다."
        : "What each investor committed to each AI lab and what it has invested so far, in US dollars. The euro deal (Microsoft → Mistral AI) is left out.";
    String sourceLine = lang == Lang.KO ? "출처: 원문 기사(2024년 3월 28일), CNBC" : "Source: seed article (March 28, 2024), CNBC";
    return new ChartImage("money-flows", lang, svg.getBytes(StandardCharsets.UTF_8), TITLE.in(lang), alt, caption, sourceLine, table, shown);
  }

  /** Committed and invested dollars per investor>investee pair, in input order. */
  private static Map<String, Money[]> flows(Briefing briefing) {
    Map<String, Money[]> flows = new LinkedHashMap<>();
    for (Investment i : briefing.investments()) {
      if (!i.amount().currency().equals(USD)) {
        continue;
      }
      Money[] pair = flows.computeIfAbsent(i.investor() + ">" + i.investee(),
          k -> new Money[] {new Money(BigDecimal.ZERO, USD), new Money(BigDecimal.ZERO, USD)});
      if (i.kind() != InvestmentKind.TRANCHE) {
        pair[0] = pair[0].plus(i.amount());
      }
      boolean paid = i.status() == InvestmentStatus.INVESTED;
      boolean counted = i.kind() == InvestmentKind.TRANCHE || i.kind() == InvestmentKind.SINGLE;
      if (paid && counted) {
        pair[1] = pair[1].plus(i.amount());
      }
    }
    return flows;
  }

  private static String alt(Briefing briefing, Map<String, Money[]> flows, Lang lang, MoneyFormat format) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Money[]> e : flows.entrySet()) {
      String[] ids = e.getKey().split(">");
      String who = name(briefing, ids[0], lang) + " → " + name(briefing, ids[1], lang);
      parts.add(lang == Lang.KO
          ? who + ": 약속 " + format.format(e.getValue()[0]) + ", 투자 완료 " + format.format(e.getValue()[1])
          : who + ": " + format.format(e.getValue()[0]) + " committed, " + format.format(e.getValue()[1]) + " invested");
    }
    String lead = lang == Lang.KO
        ? "막대 그래프. 마이크로소프트의 오픈AI 투자가 가장 크다. "
        : "Bar chart. Microsoft's investment in OpenAI is the largest. ";
    return lead + String.join(lang == Lang.KO ? "; " : "; ", parts) + ".";
  }

  private static String name(Briefing briefing, String companyId, Lang lang) {
    return briefing.company(companyId).map(Company::name).map(n -> n.in(lang)).orElse(companyId);
  }

  private static double billions(Money money) {
    return money.amount().divide(BILLION).doubleValue(); // display only: XChart plots doubles
  }

  /** XChart's SVG with the empty default namespaces removed: browsers draw those parts blank. */
  static String svg(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8).replace(" xmlns=\"\"", "");
  }
}
