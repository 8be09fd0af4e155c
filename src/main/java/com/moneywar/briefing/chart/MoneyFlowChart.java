package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.InvestmentTree.Total;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.money.Money;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * Big Tech → AI lab money: for each investor → investee pair, what was committed next to what has
 * been paid in so far, as two bars of one blue, light and dark. Each currency gets its own panel:
 * amounts are never converted to be compared. With no rows named and more pairs than fit, only the
 * largest commitments are drawn, and the caption and alt text say so ({@link Shortlist}).
 */
final class MoneyFlowChart implements KindRenderer {
  /** One investor → investee pair in one currency. */
  record Flow(String investor, String investee, Total committedTotal, Total paidTotal, boolean promised,
      List<Investment> rows) {
    Money committed() {
      return committedTotal.point();
    }

    Money invested() {
      return paidTotal.point();
    }
  }

  private final ChartFrame frame;

  MoneyFlowChart(ChartFrame frame) {
    this.frame = frame;
  }

  @Override
  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartWording w = new ChartWording(briefing, lang);
    String committed = committed(w);
    String invested = invested(w);
    Map<Currency, List<Flow>> every = flows(briefing, ChartSelection.investments(briefing, spec));
    // The largest pairs only when there are more than fit, by count or by the room their names need.
    Map<Currency, List<Flow>> byCurrency = Shortlist.applies(spec)
        && (count(every) > Shortlist.FLOWS || !fitsInEveryLanguage(every, briefing))
        ? largest(every, briefing)
        : every;
    List<Panel> panels = panels(byCurrency, w);
    int shown = count(byCurrency);
    String cut = shown < count(every) ? ChartNotes.largestFlows(w, shown, count(every), every.size() > 1) : "";

    ChartDataTable table = new ChartDataTable(
        List.of(w.pick("투자자", "Investor"), w.pick("투자 대상", "Investee"), w.pick("통화", "Currency"),
            committed, w.pick("약속한 금액 성격", "Committed: bound"), w.pick("약속한 금액 하한", "Committed: at least"),
            w.pick("약속한 금액 상한", "Committed: at most"),
            invested, w.pick("실제 투자한 금액 성격", "Paid in: bound"), w.pick("실제 투자한 금액 하한", "Paid in: at least"),
            w.pick("실제 투자한 금액 상한", "Paid in: at most")),
        List.of(w.pick("투자자 → 투자 대상", "Investor → investee"), committed, invested));
    List<Investment> plotted = new ArrayList<>();
    for (Map.Entry<Currency, List<Flow>> e : byCurrency.entrySet()) {
      for (Flow f : e.getValue()) {
        plotted.addAll(f.rows());
        table.row(
            List.of(w.company(f.investor()), w.company(f.investee()), e.getKey().getCurrencyCode(),
                f.committed().amount().toPlainString(), f.committedTotal().bound().code(),
                f.committedTotal().low().amount().toPlainString(),
                f.committedTotal().high().map(h -> h.amount().toPlainString()).orElse(""),
                f.invested().amount().toPlainString(), f.paidTotal().bound().code(),
                f.paidTotal().low().amount().toPlainString(),
                f.paidTotal().high().map(h -> h.amount().toPlainString()).orElse("")),
            List.of(w.company(f.investor()) + " → " + w.company(f.investee()), w.money(f.committedTotal()),
                w.money(f.paidTotal())));
      }
    }
    List<Flow> all = byCurrency.values().stream().flatMap(List::stream).toList();
    String alt = alt(all, cut, w);
    List<ChartFrame.Key> legend = List.of(
        ChartFrame.Key.bar(committed, ChartTheme.PROMISED), ChartFrame.Key.bar(invested, ChartTheme.PAID));
    byte[] svg = frame.draw(spec.title().in(lang), legend, panels, alt);
    ChartNotes notes = new ChartNotes(w)
        .add(w.pick("‘약속한 금액’은 발표되거나 계획된 투자 총액이고, 한 번에 투자한 건은 투자액 그 자체다.",
            "“Committed” is the announced or planned total; for a one-off investment it is the investment itself."))
        .add(cut)
        .panels(byCurrency.size())
        .leftOut(ChartSelection.leftOut(briefing, spec));
    return new ChartImage(spec.id(), lang, svg, spec.title().in(lang), alt,
        notes.after(spec.caption().in(lang)), SourceLine.of(briefing, plotted, w), table.exact(), table.shown());
  }

  /**
   * The largest pairs by amount committed, as many as can be named under their bars in every
   * language, so that both editions show the same pairs: {@link Shortlist#FLOWS} down to {@link
   * Shortlist#FEWEST_FLOWS}.
   */
  private Map<Currency, List<Flow>> largest(Map<Currency, List<Flow>> every, Briefing briefing) {
    for (int n = Shortlist.FLOWS; n > Shortlist.FEWEST_FLOWS; n--) {
      Map<Currency, List<Flow>> largest = Shortlist.largest(every, f -> f.committed().amount(), n);
      if (fitsInEveryLanguage(largest, briefing)) {
        return largest;
      }
    }
    return Shortlist.largest(every, f -> f.committed().amount(), Shortlist.FEWEST_FLOWS);
  }

  private boolean fitsInEveryLanguage(Map<Currency, List<Flow>> byCurrency, Briefing briefing) {
    for (Lang lang : Lang.values()) {
      if (!frame.categoriesFit(panels(byCurrency, new ChartWording(briefing, lang)))) {
        return false;
      }
    }
    return true;
  }

  private static String committed(ChartWording w) {
    return w.pick("약속한 금액", "Committed");
  }

  private static String invested(ChartWording w) {
    return w.pick("실제 투자한 금액", "Paid in so far");
  }

  private List<Panel> panels(Map<Currency, List<Flow>> byCurrency, ChartWording w) {
    List<Panel> panels = new ArrayList<>();
    byCurrency.forEach((currency, flows) ->
        panels.add(panel(currency, flows, w, byCurrency.size() > 1, committed(w), invested(w))));
    return panels;
  }

  private Panel panel(Currency currency, List<Flow> flows, ChartWording w, boolean headed, String committed,
      String invested) {
    List<String> keys = new ArrayList<>();
    List<Double> promised = new ArrayList<>();
    List<Double> paid = new ArrayList<>();
    List<List<String>> categories = new ArrayList<>();
    for (Flow f : flows) {
      keys.add(f.investor() + ">" + f.investee());
      promised.add(f.committed().amount().doubleValue()); // display only: XChart plots doubles
      paid.add(f.invested().amount().doubleValue());
      categories.add(List.of(w.company(f.investor()) + " →", w.company(f.investee())));
    }
    double highest = promised.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    ValueAxis axis = ValueAxis.linear(highest, v -> w.label(new Money(BigDecimal.valueOf(v), currency)));
    CategoryChart chart = new CategoryChartBuilder().width(400).height(250).build();
    frame.theme().applyToPanel(chart.getStyler());
    chart.getStyler().setAvailableSpaceFill(0.72);
    chart.getStyler().setYAxisMin(axis.plot(axis.min()));
    chart.getStyler().setYAxisMax(axis.plot(axis.max()));
    chart.addSeries(committed, keys, promised).setFillColor(ChartTheme.PROMISED);
    chart.addSeries(invested, keys, paid).setFillColor(ChartTheme.PAID);
    Panel.Overlay labels = (g, at) -> {
      Font font = fittingFont(flows, w, at.slot());
      if (font == null) {
        return; // too many pairs for readable amounts on the bars: the axis and the table carry them
      }
      double cap = GlyphPainter.capHeight(font);
      for (int i = 0; i < flows.size(); i++) {
        Flow f = flows.get(i);
        double left = at.center(i) - at.slot() / 2 + 2;
        double right = at.center(i) + at.slot() / 2 - 2;
        if (f.committed().compareAmount(f.invested()) == 0) {
          // Equal bars: one label over both says it plainly and cannot collide.
          String text = equalLabel(f, w);
          GlyphPainter.draw(g, text, font, ChartTheme.INK, within(at.center(i), GlyphPainter.width(text, font), left, right),
              at.y(promised.get(i)) - 6, GlyphPainter.Align.CENTER);
          continue;
        }
        String a = label(f.committedTotal(), w);
        String b = label(f.paidTotal(), w);
        double wa = GlyphPainter.width(a, font);
        double wb = GlyphPainter.width(b, font);
        double xa = within(at.bar(i, 0, 2), wa, left, right);
        double xb = within(at.bar(i, 1, 2), wb, left, right);
        double ya = at.y(promised.get(i)) - 6;
        double yb = at.y(paid.get(i)) - 6;
        GlyphPainter.draw(g, a, font, ChartTheme.INK, xa, ya, GlyphPainter.Align.CENTER);
        boolean clash = xa + wa / 2 + 3 > xb - wb / 2 && Math.abs(ya - yb) < cap + 4;
        double paidHeight = at.y(0) - at.y(paid.get(i));
        if (!clash) {
          GlyphPainter.draw(g, b, font, ChartTheme.INK, xb, yb, GlyphPainter.Align.CENTER);
        } else if (paidHeight >= cap + 10 && wb <= at.barWidth(2) - 4) {
          GlyphPainter.draw(g, b, font, ChartTheme.onFill(ChartTheme.PAID), at.bar(i, 1, 2), yb + 6 + cap + 5,
              GlyphPainter.Align.CENTER);
        } else {
          GlyphPainter.draw(g, b, font, ChartTheme.INK, xb, ya - cap - 5, GlyphPainter.Align.CENTER);
        }
      }
    };
    return new Panel(headed ? w.currencyName(currency) : "", chart, axis, categories, flows.size(), 0, labels);
  }

  private static String equalLabel(Flow f, ChartWording w) {
    return label(f.committedTotal(), w) + (f.promised() ? w.pick(", 전액 투자", ", all paid in") : "");
  }

  /** The largest font, 12 px down to 10 px, in which every amount fits its category; null if none. */
  private Font fittingFont(List<Flow> flows, ChartWording w, double slot) {
    for (float size = 12f; size >= 10f; size -= 1f) {
      Font font = frame.theme().bold(size);
      boolean fits = flows.stream().allMatch(f -> f.committed().compareAmount(f.invested()) == 0
          ? GlyphPainter.width(equalLabel(f, w), font) <= slot - 4
          : Math.max(GlyphPainter.width(label(f.committedTotal(), w), font),
              GlyphPainter.width(label(f.paidTotal(), w), font)) <= slot - 4);
      if (fits) {
        return font;
      }
    }
    return null;
  }

  /** The centre of a label of {@code width} at {@code x}, moved to stay between {@code left} and {@code right}. */
  private static double within(double x, double width, double left, double right) {
    return Math.max(left + width / 2, Math.min(right - width / 2, x));
  }

  private static String label(Total total, ChartWording w) {
    if (total.point().amount().signum() == 0) {
      return "0";
    }
    return w.label(total.stated(), total.bound(), total.high());
  }

  /**
   * Committed and paid-in money per pair, per currency, in order of first appearance, added up by
   * {@link InvestmentTree}: committed is the sum of the roots (a commitment that raises an earlier
   * one replaces it), paid in the sum of the invested rows without tranches under them.
   */
  static Map<Currency, List<Flow>> flows(Briefing briefing, List<Investment> tops) {
    Map<Currency, Map<String, List<Investment>>> roots = new LinkedHashMap<>();
    for (Investment top : tops) {
      roots.computeIfAbsent(top.amount().currency(), c -> new LinkedHashMap<>())
          .computeIfAbsent(top.investor() + ">" + top.investee(), k -> new ArrayList<>()).add(top);
    }
    Map<Currency, List<Flow>> lists = new LinkedHashMap<>();
    roots.forEach((currency, pairs) -> {
      List<Flow> flows = new ArrayList<>();
      pairs.forEach((pair, pairRoots) -> {
        List<Investment> rows = new ArrayList<>();
        List<Investment> paid = new ArrayList<>();
        for (Investment root : pairRoots) {
          rows.addAll(InvestmentTree.subtree(briefing, root));
          paid.addAll(InvestmentTree.paidRows(briefing, root));
        }
        Investment first = pairRoots.get(0);
        flows.add(new Flow(first.investor(), first.investee(), Total.of(pairRoots, currency),
            Total.of(paid, currency), pairRoots.stream().anyMatch(i -> i.kind() == InvestmentKind.COMMITMENT),
            rows));
      });
      lists.put(currency, List.copyOf(flows));
    });
    return lists;
  }

  private static int count(Map<Currency, List<Flow>> flows) {
    return flows.values().stream().mapToInt(List::size).sum();
  }


  /** States the finding: the biggest flow first, then what each pair committed and paid in. */
  private static String alt(List<Flow> flows, String cut, ChartWording w) {
    List<String> sentences = new ArrayList<>();
    sentences.add(w.pick("막대그래프.", "Bar chart."));
    if (!cut.isEmpty()) {
      sentences.add(cut);
    }
    // Amounts are compared only within one currency: the first panel's.
    java.util.Currency main = flows.get(0).committed().currency();
    List<Flow> comparable = flows.stream().filter(f -> f.committed().currency().equals(main)).toList();
    Flow biggest = comparable.stream().max(Comparator.comparing(f -> f.invested().amount())).orElseThrow();
    List<Flow> ordered = new ArrayList<>();
    ordered.add(biggest);
    flows.stream().filter(f -> f != biggest).forEach(ordered::add);
    for (Flow f : ordered) {
      String who = w.company(f.investor());
      String whom = w.company(f.investee());
      String committed = w.money(f.committedTotal());
      String paid = w.money(f.paidTotal());
      boolean all = committed.equals(paid);
      String ko;
      String en;
      if (!f.promised() && f.invested().amount().signum() == 0) {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 " + ChartWording.josa(committed, "을", "를") + " 투자할 예정이다.";
        en = who + " is to invest " + committed + " in " + whom + ".";
      } else if (!f.promised() && all) {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 " + ChartWording.josa(paid, "을", "를") + " 투자했다.";
        en = who + " invested " + paid + " in " + whom + ".";
      } else if (all) {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 약속한 " + ChartWording.josa(committed, "을", "를") + " 모두 투자했다.";
        en = who + " has paid in all of the " + committed + " it committed to " + whom + ".";
      } else if (f.invested().amount().signum() == 0) {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 " + ChartWording.josa(committed, "을", "를")
            + " 약속했지만 아직 투자하지 않았다.";
        en = who + " has committed " + committed + " to " + whom + " but paid in nothing yet.";
      } else {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 약속한 " + committed + " 가운데 "
            + ChartWording.josa(paid, "을", "를") + " 투자했다.";
        en = who + " has paid in " + paid + " of the " + committed + " it committed to " + whom + ".";
      }
      if (f == biggest && comparable.size() > 1) {
        // The largest paid-in flow comes first and says so.
        ko = ko.substring(0, ko.length() - 1) + "(가장 큰 금액).";
        en = en.substring(0, en.length() - 1) + ", the largest amount.";
      }
      sentences.add(w.pick(ko, en));
    }
    return String.join(" ", sentences);
  }
}
