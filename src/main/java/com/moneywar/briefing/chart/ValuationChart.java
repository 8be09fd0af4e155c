package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.Money;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;

/**
 * What the labs are worth over time: one line per company, on a log scale by default so equal
 * growth rates look equal. Dates stay as precise as their sources ("2023", "2024년 3월") and are
 * spaced evenly rather than placed at an invented day. Each currency gets its own panel. With no
 * rows named and more companies than fit, only those with the highest latest valuation are drawn,
 * and the caption and alt text say so ({@link Shortlist}).
 */
final class ValuationChart implements KindRenderer {
  private static final double LABEL_GAP = 34;
  /** The markers' size, as the theme gives it to XChart. */
  private static final int MARKER = ChartTheme.MARKER_SIZE;

  /** One company's valuations in one currency, in date order. */
  record Line(String company, List<Valuation> points) {
    Valuation first() {
      return points.get(0);
    }

    Valuation last() {
      return points.get(points.size() - 1);
    }
  }

  private final ChartFrame frame;

  ValuationChart(ChartFrame frame) {
    this.frame = frame;
  }

  @Override
  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartWording w = new ChartWording(briefing, lang);
    List<Valuation> selected = ChartSelection.valuations(briefing, spec);
    Map<Currency, List<Line>> every = lines(selected);
    Map<Currency, List<Line>> byCurrency = Shortlist.applies(spec)
        ? Shortlist.largest(every, l -> l.last().amount().amount(), Shortlist.COMPANIES)
        : every;
    Set<Valuation> kept = byCurrency.values().stream().flatMap(List::stream).flatMap(l -> l.points().stream())
        .collect(Collectors.toSet());
    List<Valuation> rows = selected.stream().filter(kept::contains).toList();
    String cut = rows.size() < selected.size()
        ? ChartNotes.largestCompanies(w, companies(byCurrency), companies(every), every.size() > 1)
        : "";
    List<Panel> panels = new ArrayList<>();
    int series = 0;
    for (Map.Entry<Currency, List<Line>> e : byCurrency.entrySet()) {
      panels.add(panel(e.getKey(), e.getValue(), series, spec, w, byCurrency.size() > 1));
      series += e.getValue().size();
    }
    ChartDataTable table = new ChartDataTable(
        List.of(w.pick("회사", "Company"), w.pick("시점", "Date"), w.pick("통화", "Currency"),
            w.pick("기업가치", "Valuation"), w.pick("수치 성격", "Bound")),
        List.of(w.pick("회사", "Company"), w.pick("시점", "Date"), w.pick("기업가치", "Valuation")));
    for (List<Line> lines : byCurrency.values()) {
      for (Line line : lines) {
        for (Valuation v : line.points()) {
          table.row(
              List.of(w.company(v.company()), v.date().toString(), v.amount().currency().getCurrencyCode(),
                  v.amount().amount().toPlainString(), v.bound().code()),
              List.of(w.company(v.company()), w.date(v.date()), w.money(v)));
        }
      }
    }
    List<Line> all = byCurrency.values().stream().flatMap(List::stream).toList();
    String alt = alt(all, spec.scale() == ChartSpec.Scale.LOG, cut, w);
    // No legend: each line carries its company's name at its end, which is easier to read.
    byte[] svg = frame.draw(spec.title().in(lang), List.of(), panels, alt);
    boolean severalDates = rows.stream().map(Valuation::date).distinct().count() > 1;
    ChartNotes notes = new ChartNotes(w).add(cut).log(spec.scale() == ChartSpec.Scale.LOG).panels(byCurrency.size());
    if (severalDates) {
      notes.add(w.pick("가로축 시점은 출처가 밝힌 만큼만(연 또는 월) 적었고, 간격은 실제 기간에 비례하지 않는다.",
          "Dates are as precise as the sources give them and evenly spaced, not to scale."));
    }
    notes.leftOut(ChartSelection.leftOut(briefing, spec));
    return new ChartImage(spec.id(), lang, svg, spec.title().in(lang), alt, notes.after(spec.caption().in(lang)),
        SourceLine.of(briefing, rows, w), table.exact(), table.shown());
  }

  private static int companies(Map<Currency, List<Line>> lines) {
    return (int) lines.values().stream().flatMap(List::stream).map(Line::company).distinct().count();
  }

  /** Lines per currency and company, in order of first appearance; points in date order. */
  static Map<Currency, List<Line>> lines(List<Valuation> rows) {
    Map<Currency, Map<String, List<Valuation>>> grouped = new LinkedHashMap<>();
    for (Valuation v : rows) {
      grouped.computeIfAbsent(v.amount().currency(), c -> new LinkedHashMap<>())
          .computeIfAbsent(v.company(), c -> new ArrayList<>()).add(v);
    }
    Map<Currency, List<Line>> lines = new LinkedHashMap<>();
    grouped.forEach((currency, byCompany) -> lines.put(currency, byCompany.entrySet().stream()
        .map(e -> new Line(e.getKey(), e.getValue().stream().sorted(Comparator.comparing(Valuation::date)).toList()))
        .toList()));
    return lines;
  }

  private Panel panel(Currency currency, List<Line> lines, int firstSeries, ChartSpec spec, ChartWording w, boolean headed) {
    List<PartialDate> dates = new ArrayList<>(new TreeSet<>(
        lines.stream().flatMap(l -> l.points().stream()).map(Valuation::date).toList()));
    double lowest = lines.stream().flatMap(l -> l.points().stream())
        .mapToDouble(v -> v.amount().amount().doubleValue()).min().orElse(1);
    double highest = lines.stream().flatMap(l -> l.points().stream())
        .mapToDouble(v -> v.amount().amount().doubleValue()).max().orElse(1);
    java.util.function.DoubleFunction<String> tick = v -> w.label(new Money(BigDecimal.valueOf(v), currency));
    ValueAxis axis = spec.scale() == ChartSpec.Scale.LOG
        ? ValueAxis.log(lowest, highest, tick)
        : ValueAxis.linear(highest, tick);
    // An XY chart with the date's rank as x, so a company's line joins its own points even where
    // other companies have dates it lacks (a category chart breaks a line at every gap).
    XYChart chart = new XYChartBuilder().width(400).height(250).build();
    frame.theme().applyToPanel(chart.getStyler());
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
    chart.getStyler().setXAxisMin(-0.5);
    chart.getStyler().setXAxisMax(dates.size() - 0.5);
    chart.getStyler().setYAxisMin(axis.plot(axis.min()));
    chart.getStyler().setYAxisMax(axis.plot(axis.max()));
    for (int s = 0; s < lines.size(); s++) {
      Line line = lines.get(s);
      double[] xs = line.points().stream().mapToDouble(v -> dates.indexOf(v.date())).toArray();
      double[] ys = line.points().stream().mapToDouble(v -> axis.plot(v.amount().amount().doubleValue())).toArray();
      int i = firstSeries + s;
      XYSeries series = chart.addSeries(w.company(line.company()), xs, ys);
      series.setLineColor(w.colour(line.company()));
      series.setMarkerColor(w.colour(line.company()));
      series.setLineStyle(ChartTheme.line(i));
      series.setMarker(ChartTheme.marker(i));
    }
    Font name = frame.theme().bold(13f);
    Font value = frame.theme().regular(12f);
    double room = lines.stream().mapToDouble(l -> Math.max(GlyphPainter.width(endName(l, w), name),
        GlyphPainter.width(w.label(l.last()), value))).max().orElse(0) + 16;
    Panel.Overlay labels = (g, at) -> {
      double[] wanted = lines.stream().mapToDouble(l -> at.y(l.last().amount().amount().doubleValue())).toArray();
      double[] ends = LabelSpreader.apart(wanted, LABEL_GAP, LABEL_GAP / 2, at.bottom() - LABEL_GAP / 2);
      double cap = GlyphPainter.capHeight(value);
      // The names and latest values at the lines' ends come first; a value along a line is left
      // out where it would cover one of them or another value (the table still lists it).
      List<Rectangle2D> taken = new ArrayList<>();
      for (int s = 0; s < lines.size(); s++) {
        Line line = lines.get(s);
        double endX = at.center(dates.indexOf(line.last().date())) + 12;
        taken.add(GlyphPainter.box(endName(line, w), name, endX, ends[s] - 2, GlyphPainter.Align.START));
        taken.add(GlyphPainter.box(w.label(line.last()), value, endX, ends[s] + cap + 5, GlyphPainter.Align.START));
      }
      for (int s = 0; s < lines.size(); s++) {
        Line line = lines.get(s);
        int lastIndex = dates.indexOf(line.last().date());
        double endX = at.center(lastIndex) + 12;
        GlyphPainter.draw(g, endName(line, w), name, ChartTheme.INK, endX, ends[s] - 2, GlyphPainter.Align.START, true);
        GlyphPainter.draw(g, w.label(line.last()), value, ChartTheme.INK, endX, ends[s] + cap + 5, GlyphPainter.Align.START, true);
        for (Valuation v : line.points()) {
          if (v == line.last()) {
            continue;
          }
          int d = dates.indexOf(v.date());
          double y = at.y(v.amount().amount().doubleValue());
          String text = w.label(v);
          boolean roomOnTheLeft = at.center(d) - 12 - GlyphPainter.width(text, value) >= at.left();
          // Left of the first point, where the line does not go; else above the point.
          boolean left = d == 0 && roomOnTheLeft;
          double x = left ? at.center(d) - 12 : at.center(d);
          double baseline = left ? y + cap / 2 : y - 12;
          GlyphPainter.Align align = left ? GlyphPainter.Align.END : GlyphPainter.Align.CENTER;
          Rectangle2D box = GlyphPainter.box(text, value, x, baseline, align);
          if (taken.stream().noneMatch(box::intersects)) {
            taken.add(box);
            GlyphPainter.draw(g, text, value, ChartTheme.INK, x, baseline, align, true);
          }
        }
      }
      // A label's white halo must never hide a point: where one covers a marker (a line that
      // ends at the next date, under the label of the one before), the marker is drawn again on top.
      for (int s = 0; s < lines.size(); s++) {
        for (Valuation v : lines.get(s).points()) {
          double x = at.center(dates.indexOf(v.date()));
          double y = at.y(v.amount().amount().doubleValue());
          Rectangle2D mark = new Rectangle2D.Double(x - MARKER / 2.0, y - MARKER / 2.0, MARKER, MARKER);
          if (taken.stream().anyMatch(mark::intersects)) {
            g.setColor(w.colour(lines.get(s).company()));
            ChartTheme.marker(firstSeries + s).paint(g, x, y, MARKER);
          }
        }
      }
    };
    List<List<String>> categories = dates.stream().map(d -> List.of(w.shortDate(d))).toList();
    return new Panel(headed ? w.currencyName(currency) : "", chart, axis, categories, dates.size(), room, labels);
  }

  /** The name at a line's end, with its growth when it has more than one point: "앤스로픽 4.5배". */
  private static String endName(Line line, ChartWording w) {
    String name = w.company(line.company());
    if (line.points().size() < 2 || !comparable(line.first(), line.last())) {
      return name;
    }
    String ratio = ChartWording.ratio(line.last().amount().amount(), line.first().amount().amount());
    String ceiling = ceiling(line.first(), line.last(), w);
    return w.pick(name + " " + ceiling + ratio + "배", name + " " + ceiling + "×" + ratio);
  }

  /**
   * Whether a growth multiple between two valuations means something: the same basis (pre-money
   * with pre-money, post-money with post-money), neither a reported estimate nor a range.
   */
  static boolean comparable(Valuation first, Valuation last) {
    return first.basis() == last.basis() && first.basis() != com.moneywar.briefing.model.ValuationBasis.ESTIMATE
        && first.bound() != com.moneywar.briefing.model.Bound.RANGE && last.bound() != com.moneywar.briefing.model.Bound.RANGE
        && first.reporting().amountStated() && last.reporting().amountStated();
  }

  /** "최대 " / "up to " when the later value is a ceiling, "약 " / "about " when either is approximate. */
  private static String ceiling(Valuation first, Valuation last, ChartWording w) {
    if (last.bound() == com.moneywar.briefing.model.Bound.UP_TO || first.bound().openAbove()) {
      return w.pick("최대 ", "up to ");
    }
    if (first.bound() == com.moneywar.briefing.model.Bound.ABOUT || last.bound() == com.moneywar.briefing.model.Bound.ABOUT) {
      return w.pick("약 ", "about ");
    }
    return "";
  }

  /** States the finding: which company grew fastest, then each line from first to last value. */
  private static String alt(List<Line> lines, boolean log, String cut, ChartWording w) {
    List<String> sentences = new ArrayList<>();
    sentences.add(w.pick(log ? "꺾은선 그래프(로그 눈금)." : "꺾은선 그래프.", log ? "Line chart (log scale)." : "Line chart."));
    if (!cut.isEmpty()) {
      sentences.add(cut);
    }
    List<Line> growing = lines.stream().filter(l -> l.points().size() > 1 && comparable(l.first(), l.last())).toList();
    Line fastest = growing.stream().max(Comparator.comparing(
        (Line l) -> l.last().amount().amount().divide(l.first().amount().amount(), java.math.MathContext.DECIMAL64)))
        .orElse(null);
    for (Line line : lines) {
      String name = w.company(line.company());
      Valuation first = line.first();
      Valuation last = line.last();
      if (line.points().size() > 1 && !comparable(first, last)) {
        sentences.add(w.pick(ChartWording.josa(name, "은", "는") + " " + w.date(first.date()) + " " + w.money(first)
                + ", " + w.date(last.date()) + " " + w.money(last) + "(기준이 달라 배수는 계산하지 않았다).",
            name + ": " + w.money(first) + " " + ChartWording.whenEnglish(first.date()) + ", " + w.money(last) + " "
                + ChartWording.whenEnglish(last.date()) + " (on different bases, so no multiple is given)."));
        continue;
      }
      if (line.points().size() == 1) {
        sentences.add(w.pick(ChartWording.josa(name, "은", "는") + " " + w.date(last.date()) + " " + w.money(last) + ".",
            name + ": " + w.money(last) + " " + ChartWording.whenEnglish(last.date()) + "."));
        continue;
      }
      String ratio = ceiling(first, last, w) + ChartWording.ratio(last.amount().amount(), first.amount().amount());
      if (line == fastest && growing.size() > 1) {
        sentences.add(w.pick(
            name + " 기업가치가 가장 빠르게 늘었다: " + w.date(first.date()) + " " + w.money(first) + "에서 "
                + w.date(last.date()) + " " + ChartWording.ro(w.money(last)) + " " + ratio + "배가 됐다.",
            name + "’s valuation grew fastest: from " + w.money(first) + " " + ChartWording.whenEnglish(first.date()) + " to "
                + w.money(last) + " " + ChartWording.whenEnglish(last.date()) + ", " + ratio + " times as much."));
      } else {
        sentences.add(w.pick(
            ChartWording.josa(name, "은", "는") + " " + w.date(first.date()) + " " + w.money(first) + "에서 "
                + w.date(last.date()) + " " + ChartWording.ro(w.money(last)) + " " + ratio + "배.",
            name + ": from " + w.money(first) + " " + ChartWording.whenEnglish(first.date()) + " to " + w.money(last) + " "
                + ChartWording.whenEnglish(last.date()) + ", " + ratio + " times as much."));
      }
    }
    return String.join(" ", sentences);
  }
}
