package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PayPeriod;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * The talent pay offer in context: each deal (or valuation) the editor names, divided by the pay,
 * as "how many researchers it would pay for a year". A million-dollar salary next to a
 * ten-billion-dollar deal would be an invisible bar; as a count, the scale of the deals is plain.
 * Only figures from the data: the deal, the pay, and their quotient.
 */
final class TalentChart implements KindRenderer {
  private final ChartFrame frame;

  TalentChart(ChartFrame frame) {
    this.frame = frame;
  }

  /** The quotient a bar shows: how many times the pay fits in the amount, to two decimals. */
  static BigDecimal times(MoneyFact fact, TalentOffer offer) {
    BigDecimal q = fact.amount().amount().divide(offer.amount().amount(), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros();
    return q.scale() < 0 ? q.setScale(0) : q;
  }

  /**
   * How firm a count is, from the bounds of the amount and of the pay: a ceiling on the amount
   * ("up to") or a floor under the pay ("more than") makes it "at most"; a floor under the amount or
   * a ceiling on the pay makes it "at least"; both at once leave only a rough comparison.
   */
  enum CountBound {
    EXACT("exact"), ABOUT("about"), AT_MOST("at-most"), AT_MOST_ABOUT("at-most-about"), AT_LEAST("at-least"),
    AT_LEAST_ABOUT("at-least-about"), ROUGH("rough");

    final String code;

    CountBound(String code) {
      this.code = code;
    }

    static CountBound of(MoneyFact amount, TalentOffer pay) {
      return of(amount.bound(), pay.bound());
    }

    static CountBound of(Bound amount, Bound pay) {
      boolean about = amount == Bound.ABOUT || pay == Bound.ABOUT;
      boolean atMost = amount.ceiling() || pay == Bound.AT_LEAST || pay == Bound.MORE_THAN;
      boolean atLeast = amount == Bound.AT_LEAST || amount == Bound.MORE_THAN || pay.ceiling();
      if (atMost && atLeast) {
        return ROUGH;
      }
      if (atMost) {
        return about ? AT_MOST_ABOUT : AT_MOST;
      }
      if (atLeast) {
        return about ? AT_LEAST_ABOUT : AT_LEAST;
      }
      return about ? ABOUT : EXACT;
    }

    /** The count with its bound and unit: {@code 최대 500건} / {@code at most 500}. */
    String text(String count, String unit, ChartWording w) {
      return switch (this) {
        case EXACT -> count + unit;
        // Both ceilings (or both floors): the true count may be higher or lower; the notes say why.
        case ROUGH -> w.pick(count + unit + "(불확실)", count + " (uncertain)");
        case ABOUT -> w.pick("약 ", "about ") + count + unit;
        case AT_MOST -> w.pick("최대 ", "at most ") + count + unit;
        case AT_MOST_ABOUT -> w.pick("최대 약 ", "at most about ") + count + unit;
        case AT_LEAST -> w.pick("최소 ", "at least ") + count + unit;
        case AT_LEAST_ABOUT -> w.pick("약 " + count + unit + " 이상", "about " + count + " or more");
      };
    }
  }

  /** The count a bar shows, in words: {@code 최대 500건} / {@code at most 500}. */
  private static String countText(MoneyFact fact, TalentOffer offer, ChartWording w, String unit) {
    return CountBound.of(fact, offer).text(w.wholeCount(times(fact, offer)), unit, w);
  }

  @Override
  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartWording w = new ChartWording(briefing, lang);
    TalentOffer offer = ChartSelection.offer(briefing, spec).orElseThrow();
    List<MoneyFact> compared = ChartSelection.compared(briefing, spec);
    boolean yearly = offer.period() == PayPeriod.YEAR;
    String unit = yearly ? w.pick("명", "") : w.pick("건", "");
    String pay = w.money(offer);

    List<String> keys = new ArrayList<>();
    List<Double> counts = new ArrayList<>();
    List<List<String>> categories = new ArrayList<>();
    String countHeader = yearly ? w.pick("1년간 고용할 수 있는 연구자 수", "Researchers it would pay for a year")
        : w.pick("보상 패키지 수", "Pay packages");
    ChartDataTable table = new ChartDataTable(
        List.of(w.pick("비교 대상", "Compared with"), w.pick("통화", "Currency"), w.pick("금액", "Amount"),
            yearly ? w.pick("연봉", "Pay per year") : w.pick("보상 패키지", "Pay package"), countHeader,
            w.pick("수의 성격", "Count: bound")),
        List.of(w.pick("비교 대상", "Compared with"), w.pick("금액", "Amount"), countHeader));
    for (int i = 0; i < compared.size(); i++) {
      MoneyFact fact = compared.get(i);
      BigDecimal n = times(fact, offer);
      keys.add(i + ":" + fact.id());
      counts.add(n.doubleValue()); // display only: XChart plots doubles
      categories.add(lines(fact, w));
      table.row(
          List.of(String.join(" ", lines(fact, w)), fact.amount().currency().getCurrencyCode(),
              fact.amount().amount().toPlainString(), offer.amount().amount().toPlainString(), n.toPlainString(),
              CountBound.of(fact, offer).code),
          List.of(String.join(" ", lines(fact, w)), w.money(fact), countText(fact, offer, w, unit)));
    }
    double highest = counts.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    ValueAxis axis = ValueAxis.linear(highest, v -> v == 0 ? "0" : v != Math.rint(v) ? "" : w.wholeCount(BigDecimal.valueOf(v)) + unit);
    CategoryChart chart = new CategoryChartBuilder().width(400).height(250).build();
    frame.theme().applyToPanel(chart.getStyler());
    chart.getStyler().setAvailableSpaceFill(0.5);
    chart.getStyler().setYAxisMin(axis.plot(axis.min()));
    chart.getStyler().setYAxisMax(axis.plot(axis.max()));
    CategorySeries series = chart.addSeries(countHeader, keys, counts);
    series.setFillColor(ChartTheme.PAID);
    Font bold = frame.theme().bold(12f);
    Font regular = frame.theme().regular(11.5f);
    // A count from a figure that is not confirmed (the deal's or the pay's) is hatched, as on every bar chart.
    boolean[] unconfirmed = new boolean[compared.size()];
    for (int i = 0; i < compared.size(); i++) {
      unconfirmed[i] = compared.get(i).reporting().claim() != ClaimStatus.CONFIRMED
          || offer.reporting().claim() != ClaimStatus.CONFIRMED;
    }
    Panel.Overlay labels = (g, at) -> {
      for (int i = 0; i < compared.size(); i++) {
        if (unconfirmed[i]) {
          double width = at.barWidth(1);
          double top = at.y(counts.get(i));
          FlowMarks.hatch(g, new java.awt.geom.Rectangle2D.Double(at.bar(i, 0, 1) - width / 2, top, width,
              at.y(0) - top), ChartTheme.PAID);
        }
      }
      for (int i = 0; i < compared.size(); i++) {
        double top = at.y(counts.get(i));
        GlyphPainter.draw(g, countText(compared.get(i), offer, w, unit), bold, ChartTheme.INK, at.center(i), top - 20,
            GlyphPainter.Align.CENTER);
        GlyphPainter.draw(g, w.label(compared.get(i)), regular, ChartTheme.MUTED, at.center(i), top - 6, GlyphPainter.Align.CENTER);
      }
    };
    String heading = yearly
        ? w.pick("연봉 " + pay + " 기준, 1년간 고용할 수 있는 연구자 수", "Researchers the money would pay for a year, at " + pay + " each")
        : w.pick("보상 " + pay + " 기준, 패키지 수", "Pay packages of " + pay + " the money would buy");
    Panel panel = new Panel(heading, chart, axis, categories, compared.size(), 0, labels).namingEvery();
    String alt = alt(offer, compared, w, unit);
    List<ChartFrame.Key> legend = new ArrayList<>();
    for (boolean u : unconfirmed) {
      if (u) {
        legend.add(new ChartFrame.Key(w.pick("빗금: 추정치이거나 확인되지 않은 보도·주장", "Hatched: an estimate, or a report or claim not confirmed"),
            ChartTheme.MUTED, FlowMarks.hatchKey(), new java.awt.BasicStroke(0f)));
        break;
      }
    }
    byte[] svg = frame.draw(spec.title().in(lang), legend, List.of(panel), alt);
    ChartNotes notes = new ChartNotes(w).add(w.pick(
        // The pay in the sentence, not in brackets: it may carry its own (반론 있음). The role after
        // a colon, as a label: it may name people (AI 연구자) or the pay itself (사이닝 보너스(올트먼 주장)).
        "각 금액을 " + (yearly ? "연봉 " : "보상 ") + ChartWording.ro(pay) + " 나눈 값이다. 보상 제안: "
            + offer.role().in(lang) + ".",
        "Each amount divided by the " + (yearly ? "yearly pay, " : "pay, ") + pay + ". Pay offer: "
            + offer.role().in(lang) + "."));
    if (compared.stream().anyMatch(f -> CountBound.of(f, offer) == CountBound.ROUGH)) {
      notes.add(w.pick("‘불확실’은 금액과 보상이 모두 상한(또는 모두 하한)이라 실제 수가 이보다 많을 수도 적을 수도 있다는 뜻이다.",
          "“Uncertain”: the amount and the pay are both ceilings (or both floors), so the true count may be higher or lower."));
    }
    List<MoneyFact> plotted = new ArrayList<>();
    plotted.add(offer);
    plotted.addAll(compared);
    return new ChartImage(spec.id(), lang, svg, spec.title().in(lang), alt, notes.after(spec.caption().in(lang)),
        SourceLine.of(briefing, plotted, w), table.exact(), table.shown());
  }

  /** The words under a bar: "아마존 →" / "앤스로픽", or a company and the date of its valuation. */
  private static List<String> lines(MoneyFact fact, ChartWording w) {
    if (fact instanceof Investment i) {
      return List.of(w.company(i.investor()) + " →", w.company(i.investee()));
    }
    if (fact instanceof com.moneywar.briefing.model.Round r) {
      return List.of(w.company(r.investee()), r.type().phrase(w.lang()));
    }
    if (fact instanceof com.moneywar.briefing.model.Flow f) {
      // Partners side by side, a payer and a payee with an arrow; the kind under them, as the tables say it.
      return List.of(w.company(f.from()) + (f.flowKind().partners() ? " ·" : " →"),
          w.company(f.to()) + " " + f.kindWords(w.lang()).toLowerCase(java.util.Locale.ROOT));
    }
    Valuation v = (Valuation) fact;
    return List.of(w.company(v.company()) + w.pick(" 기업가치", " valuation"), w.shortDate(v.date()));
  }

  /** A compared amount inside a sentence: "마이크로소프트의 오픈AI 투자 130억달러" / "Microsoft’s $13 billion in OpenAI". */
  private static String phrase(MoneyFact fact, ChartWording w) {
    if (fact instanceof Investment i) {
      return w.pick(w.company(i.investor()) + "의 " + w.company(i.investee()) + " 투자 " + w.money(fact),
          ChartWording.possessive(w.company(i.investor())) + " " + w.money(fact) + " in " + w.company(i.investee()));
    }
    if (fact instanceof com.moneywar.briefing.model.Round r) {
      return w.pick(w.company(r.investee()) + " " + r.type().phrase(w.lang()) + " " + w.money(fact),
          ChartWording.possessive(w.company(r.investee())) + " " + r.type().phrase(w.lang()) + " of " + w.money(fact));
    }
    if (fact instanceof com.moneywar.briefing.model.Flow f) {
      String kind = f.kindWords(w.lang());
      return w.pick(w.company(f.from()) + "·" + w.company(f.to()) + " " + kind + " " + w.money(fact),
          "the " + w.money(fact) + " " + kind.toLowerCase(java.util.Locale.ROOT) + " of " + w.company(f.from())
              + " and " + w.company(f.to()));
    }
    Valuation v = (Valuation) fact;
    return w.pick(w.company(v.company()) + " 기업가치 " + w.money(fact) + "(" + w.date(v.date()) + ")",
        ChartWording.possessive(w.company(v.company())) + " valuation of " + w.money(fact) + " (" + w.date(v.date()) + ")");
  }

  /** States the finding: the largest amount in researcher-years first, then the others. */
  private static String alt(TalentOffer offer, List<MoneyFact> compared, ChartWording w, String unit) {
    MoneyFact biggest = compared.stream()
        .max(java.util.Comparator.comparing((MoneyFact f) -> f.amount().amount())).orElseThrow();
    List<String> rest = new ArrayList<>();
    for (MoneyFact f : compared) {
      if (f != biggest) {
        rest.add(w.pick(ChartWording.josa(phrase(f, w), "은 ", "는 "), phrase(f, w) + ": ") + countText(f, offer, w, unit));
      }
    }
    String count = countText(biggest, offer, w, "");
    String first = offer.period() == PayPeriod.YEAR
        ? w.pick("막대그래프. 연봉 " + w.money(offer) + " 기준으로 따지면 " + ChartWording.josa(phrase(biggest, w), "은", "는")
                + " 연구자 " + CountBound.of(biggest, offer).text(w.wholeCount(times(biggest, offer)), "명", w)
                + "을 1년간 고용할 수 있는 돈이다.",
            "Bar chart. At a pay of " + w.money(offer) + " a year, " + phrase(biggest, w) + " would pay " + count
                + " researchers for a year.")
        : w.pick("막대그래프. 보상 " + w.money(offer) + " 기준으로 " + ChartWording.josa(phrase(biggest, w), "은", "는") + " "
                + CountBound.of(biggest, offer).text(w.wholeCount(times(biggest, offer)), "건", w) + "에 해당한다.",
            "Bar chart. " + phrase(biggest, w) + " equals " + count + " pay packages of " + w.money(offer) + ".");
    return rest.isEmpty() ? first : first + " " + String.join(w.pick(", ", "; "), rest) + ".";
  }
}
