package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.money.Money;
import java.awt.Font;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * Money actually paid in, added up period by period: one stacked bar per period, one segment per
 * investor (or investee), the total on top and each segment named beside the last bar. Promises
 * not yet paid are not counted. Each currency gets its own panel. With no rows named and more series
 * than colours, the smallest are stacked together as one "others" series, so totals stay whole
 * ({@link Shortlist}).
 */
final class CumulativeChart implements KindRenderer {
  private static final double LABEL_GAP = 18;

  /** A payment: money that was actually invested, on a date, credited to one series. */
  record Payment(String series, Money amount, PartialDate date, Investment row) {}

  /** The series that adds up the ones left unnamed; no company id is empty. */
  static final String OTHERS = "";

  /**
   * The running totals of one currency: per period, per series, in stacking order.
   *
   * @param series company ids, largest first; the last is {@link #OTHERS} when {@code others} > 0
   * @param others how many series are added up in the last one, {@code OTHERS}; 0 when all are named
   */
  record Totals(Currency currency, List<String> series, int others, List<Integer> periods, List<String> periodEnds,
      List<List<Money>> cumulative, List<Payment> payments, ChartSpec.Period step) {
    /**
     * The sum up to period {@code p} of series {@code s} (all series when negative), with what is
     * known of it: the bars plot {@link #cumulative()}, the words say "약", "최대" or a range when
     * the payments do ({@link InvestmentTree.Total}).
     */
    InvestmentTree.Total stated(int p, int s) {
      return InvestmentTree.Total.of(rows(p, s), currency);
    }

    /** The payments added up to period {@code p} in series {@code s} (all series when negative). */
    List<Investment> rows(int p, int s) {
      return payments.stream()
          .filter(x -> period(x.date(), step) <= periods.get(p))
          .filter(x -> s < 0 || (series.contains(x.series()) ? x.series() : OTHERS).equals(series.get(s)))
          .map(Payment::row).toList();
    }

    /**
     * The part of {@link #stated} that no party has confirmed (reported, claimed, disputed): zero
     * when every payment is confirmed ({@link MoneyFlowChart#unconfirmedPart}).
     */
    InvestmentTree.Total unconfirmed(int p, int s) {
      return MoneyFlowChart.unconfirmedPart(List.copyOf(rows(p, s)), currency);
    }

    /** Whether any payment of this currency's chart is not confirmed. */
    boolean anyUnconfirmed() {
      return payments.stream().anyMatch(x -> ValuationMarks.hollow(x.row()));
    }

    /** Whether any payment of the sum is not confirmed. */
    boolean anyUnconfirmed(int p, int s) {
      return rows(p, s).stream().anyMatch(ValuationMarks::hollow);
    }

    /** Whether every payment of the sum is not confirmed (and there is one). */
    boolean allUnconfirmed(int p, int s) {
      List<Investment> rows = rows(p, s);
      return !rows.isEmpty() && rows.stream().allMatch(ValuationMarks::hollow);
    }

    /**
     * The status of a sum, for the table and the alt text, as the money-flows chart says it
     * (docs/charts.md, "Status of a total"): nothing when every payment is confirmed;
     * {@code (보도)} / {@code  (reported)} (or the payments' other statuses) when none is; {@code
     * (일부 보도)} / {@code  (partly reported)} when only some are.
     */
    String status(int p, int s, ChartWording w) {
      return words(p, s, c -> AmountText.claim(c, w.lang()), w.pick("(", " ("), w.pick("(일부 ", " (partly "), ")");
    }

    /**
     * The status of a sum in the CSV: {@code confirmed}, the payments' own status when none is
     * confirmed ({@code reported}), else {@code partly reported}; empty for a sum of nothing.
     */
    String claimCode(int p, int s) {
      if (rows(p, s).isEmpty()) {
        return "";
      }
      String words = words(p, s, ClaimStatus::code, "", "partly ", "");
      return words.isEmpty() ? ClaimStatus.CONFIRMED.code() : words;
    }

    private String words(int p, int s, java.util.function.Function<ClaimStatus, String> name, String all,
        String partly, String close) {
      List<Investment> rows = rows(p, s);
      List<ClaimStatus> claims = rows.stream().map(r -> r.reporting().claim())
          .filter(c -> c != ClaimStatus.CONFIRMED).distinct().sorted().toList();
      if (claims.isEmpty()) {
        return "";
      }
      String text = String.join(", ", claims.stream().map(name).toList());
      return (allUnconfirmed(p, s) ? all : partly) + text + close;
    }

    /** A series as the reader sees it: the company, or "기타 3곳" / "3 others". */
    String name(int s, ChartWording w) {
      return series.get(s).equals(OTHERS) ? ChartNotes.others(w, others) : w.company(series.get(s));
    }

    java.awt.Color colour(int s, ChartWording w) {
      return series.get(s).equals(OTHERS) ? ChartTheme.OTHERS : w.colour(series.get(s));
    }

    Money total(int period) {
      Money sum = new Money(BigDecimal.ZERO, currency);
      for (Money m : cumulative.get(period)) {
        sum = sum.plus(m);
      }
      return sum;
    }
  }

  private final ChartFrame frame;

  CumulativeChart(ChartFrame frame) {
    this.frame = frame;
  }

  @Override
  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartWording w = new ChartWording(briefing, lang);
    String column = spec.seriesColumn().orElse("investor");
    List<Totals> all = totals(briefing, spec);
    List<Panel> panels = new ArrayList<>();
    List<ChartFrame.Key> legend = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    List<String> cuts = new ArrayList<>();
    // Every series is a company: they take their colours together, so no two share one.
    w.showing(all.stream().flatMap(t -> t.series().stream()).filter(s -> !s.equals(OTHERS)).toList());
    for (Totals t : all) {
      panels.add(panel(t, spec.period(), w, all.size() > 1, all.size()));
      for (int s = 0; s < t.series().size(); s++) {
        if (!seen.contains(t.name(s, w))) {
          seen.add(t.name(s, w));
          legend.add(ChartFrame.Key.bar(t.name(s, w), t.colour(s, w)));
        }
      }
      if (t.others() > 0) {
        int named = t.series().size() - 1;
        String cut = ChartNotes.largestSeries(w, named, named + t.others(), column.equals("investor"));
        cuts.add(all.size() > 1 ? w.currencyName(t.currency()) + ": " + cut : cut);
      }
    }
    if (all.stream().anyMatch(Totals::anyUnconfirmed)) {
      legend.add(new ChartFrame.Key(w.pick("빗금: 추정치이거나 확인되지 않은 보도·주장", "Hatched: an estimate, or a report or claim not confirmed"),
          ChartTheme.MUTED, FlowMarks.hatchKey(ChartTheme.MUTED, ChartTheme.INK), new java.awt.BasicStroke(0f)));
    }
    String who = column.equals("investor") ? w.pick("투자자", "Investor") : w.pick("투자 대상", "Investee");
    String amount = w.pick("누적 투자액", "Paid in, cumulative");
    ChartDataTable table = new ChartDataTable(
        List.of(w.pick("기간", "Period"), w.pick("기준일", "As of"), w.pick("통화", "Currency"), who, amount,
            w.pick("확인 여부", "Claim"), w.pick("확인되지 않은 금액", "Not confirmed")),
        List.of(w.pick("시점", "As of"), who, amount));
    List<Investment> plotted = new ArrayList<>();
    for (Totals t : all) {
      t.payments().forEach(p -> plotted.add(p.row()));
      for (int p = 0; p < t.periods().size(); p++) {
        for (int s = 0; s < t.series().size(); s++) {
          Money m = t.cumulative().get(p).get(s);
          table.row(
              List.of(periodCode(t.periods().get(p), spec.period()), t.periodEnds().get(p),
                  t.currency().getCurrencyCode(), t.name(s, w), m.amount().toPlainString(), t.claimCode(p, s),
                  t.anyUnconfirmed(p, s) ? t.unconfirmed(p, s).point().amount().toPlainString() : ""),
              List.of(periodLabel(t, p, spec.period(), w), t.name(s, w), w.money(t.stated(p, s)) + t.status(p, s, w)));
        }
      }
    }
    String alt = alt(all, spec.period(), cuts, w);
    byte[] svg = frame.draw(spec.title().in(lang), legend, panels, alt);
    ChartNotes notes = new ChartNotes(w)
        .add(w.pick("실제로 투자된 돈만 더했고, 약속만 하고 아직 넣지 않은 돈은 뺐다.",
            "Only money actually paid in is counted; sums promised but not yet paid are not."));
    cuts.forEach(notes::add);
    notes.panels(all.size(), ChartNotes.Marks.LINES).leftOut(ChartSelection.leftOut(briefing, spec)).debt(ChartSelection.debtLeftOut(briefing, spec));
    return new ChartImage(spec.id(), lang, svg, spec.title().in(lang), alt, notes.after(spec.caption().in(lang)),
        SourceLine.of(briefing, plotted, w), table.exact(), table.shown());
  }

  /**
   * The running totals per currency. Paid in means an invested row with no tranches under it
   * ({@link InvestmentTree#paidRows}). Periods run without gaps from the first
   * payment's to the last's; series are stacked largest first, so the biggest sits at the bottom.
   */
  static List<Totals> totals(Briefing briefing, ChartSpec spec) {
    int limit = Shortlist.applies(spec) ? Shortlist.SERIES : Integer.MAX_VALUE;
    String column = spec.seriesColumn().orElse("investor");
    Map<Currency, List<Payment>> byCurrency = PanelOrder.map();
    Set<String> pinned = new java.util.HashSet<>();
    for (Investment top : ChartSelection.investments(briefing, spec)) {
      if (spec.pinned(top.id())) {
        pinned.add(column.equals("investee") ? top.investee() : top.investor());
      }
      for (Investment i : InvestmentTree.paidRows(briefing, top)) {
        {
          String series = column.equals("investee") ? i.investee() : i.investor();
          byCurrency.computeIfAbsent(i.amount().currency(), c -> new ArrayList<>())
              .add(new Payment(series, i.amount(), i.date(), i));
        }
      }
    }
    List<Totals> totals = new ArrayList<>();
    byCurrency.forEach((currency, payments) -> totals.add(totals(currency, payments, spec.period(), limit, pinned)));
    return totals;
  }

  /**
   * The running totals of one currency's payments. With more than {@code limit} series, the
   * {@code limit} largest are named (one fewer when only one would be left) and the rest are added
   * up in one last series, {@link #OTHERS}.
   */
  private static Totals totals(Currency currency, List<Payment> payments, ChartSpec.Period period, int limit,
      Set<String> pinned) {
    Money zero = new Money(BigDecimal.ZERO, currency);
    Map<String, Money> sums = new LinkedHashMap<>();
    payments.forEach(p -> sums.merge(p.series(), p.amount(), Money::plus));
    List<String> ranked = sums.entrySet().stream()
        .sorted(Map.Entry.<String, Money>comparingByValue(Comparator.comparing(Money::amount)).reversed())
        .map(Map.Entry::getKey).toList();
    List<String> series = ranked;
    int others = 0;
    if (ranked.size() > limit) {
      int kept = ranked.size() == limit + 1 ? limit - 1 : limit; // "others" always adds up two or more
      // The editor's pinned series first, then the largest, in the order of size.
      List<String> pins = ranked.stream().filter(pinned::contains).toList();
      List<String> chosen = new ArrayList<>(pins);
      ranked.stream().filter(r -> !pinned.contains(r)).limit(Math.max(0, kept - pins.size())).forEach(chosen::add);
      Set<String> named = Set.copyOf(chosen);
      others = ranked.size() - named.size();
      series = new ArrayList<>(ranked.stream().filter(named::contains).toList());
      if (others > 0) {
        series.add(OTHERS);
      }
      payments = payments.stream()
          .map(p -> named.contains(p.series()) ? p : new Payment(OTHERS, p.amount(), p.date(), p.row())).toList();
    }
    int first = payments.stream().mapToInt(p -> period(p.date(), period)).min().orElseThrow();
    int last = payments.stream().mapToInt(p -> period(p.date(), period)).max().orElseThrow();
    PartialDate latest = payments.stream().map(Payment::date).max(Comparator.naturalOrder()).orElseThrow();
    List<Integer> periods = new ArrayList<>();
    List<String> ends = new ArrayList<>();
    List<List<Money>> cumulative = new ArrayList<>();
    for (int p = first; p <= last; p++) {
      periods.add(p);
      ends.add(p == last ? latest.toString() : endOf(p, period).toString());
      List<Money> row = new ArrayList<>();
      for (String s : series) {
        Money sum = zero;
        for (Payment pay : payments) {
          if (pay.series().equals(s) && period(pay.date(), period) <= p) {
            sum = sum.plus(pay.amount());
          }
        }
        row.add(sum);
      }
      cumulative.add(row);
    }
    return new Totals(currency, List.copyOf(series), others, periods, ends, cumulative, payments, period);
  }

  /** A period as one number: the year, or quarters or months counted from year 0. */
  private static int period(PartialDate date, ChartSpec.Period period) {
    return switch (period) {
      case YEAR -> date.year();
      case QUARTER -> date.year() * 4 + (date.month() - 1) / 3;
      case MONTH -> date.year() * 12 + date.month() - 1;
    };
  }

  private static LocalDate endOf(int p, ChartSpec.Period period) {
    return switch (period) {
      case YEAR -> LocalDate.of(p, 12, 31);
      case QUARTER -> YearMonth.of(p / 4, (p % 4) * 3 + 3).atEndOfMonth();
      case MONTH -> YearMonth.of(p / 12, p % 12 + 1).atEndOfMonth();
    };
  }

  private static String periodCode(int p, ChartSpec.Period period) {
    return switch (period) {
      case YEAR -> Integer.toString(p);
      case QUARTER -> (p / 4) + "-Q" + (p % 4 + 1);
      case MONTH -> String.format("%04d-%02d", p / 12, p % 12 + 1);
    };
  }

  /**
   * "2023년 말" / "End of 2023" for a whole period; the last one runs to the latest payment ("2025년
   * 3월 13일까지"), unless that payment is on the period's last day, which makes it whole.
   */
  static String periodLabel(Totals t, int index, ChartSpec.Period period, ChartWording w) {
    int p = t.periods().get(index);
    if (index == t.periods().size() - 1) {
      PartialDate latest = PartialDate.parse(t.periodEnds().get(index)).orElseThrow();
      if (!latest.toString().equals(endOf(p, period).toString())) {
        return w.pick(w.date(latest) + "까지", "To " + w.shortDate(latest));
      }
    }
    return switch (period) {
      case YEAR -> w.pick(p + "년 말", "End of " + p);
      case QUARTER -> w.pick((p / 4) + "년 " + (p % 4 + 1) + "분기 말", "End of Q" + (p % 4 + 1) + " " + (p / 4));
      case MONTH -> w.pick((p / 12) + "년 " + (p % 12 + 1) + "월 말",
          "End of " + w.shortDate(new PartialDate(p / 12, p % 12 + 1, 0)));
    };
  }

  private Panel panel(Totals t, ChartSpec.Period period, ChartWording w, boolean headed, int panelCount) {
    List<String> keys = t.periods().stream().map(p -> periodCode(p, period)).toList();
    double highest = t.total(t.periods().size() - 1).amount().doubleValue();
    ValueAxis axis = ValueAxis.linear(highest, v -> w.label(new Money(BigDecimal.valueOf(v), t.currency())));
    CategoryChart chart = new CategoryChartBuilder().width(400).height(250).build();
    frame.theme().applyToPanel(chart.getStyler());
    chart.getStyler().setStacked(true);
    chart.getStyler().setAvailableSpaceFill(0.62);
    chart.getStyler().setYAxisMin(axis.plot(axis.min()));
    chart.getStyler().setYAxisMax(axis.plot(axis.max()));
    for (int s = 0; s < t.series().size(); s++) {
      List<Double> ys = new ArrayList<>();
      for (List<Money> row : t.cumulative()) {
        ys.add(row.get(s).amount().doubleValue()); // display only: XChart plots doubles
      }
      CategorySeries series = chart.addSeries(t.name(s, w), keys, ys);
      series.setFillColor(t.colour(s, w));
    }
    Font bold = frame.theme().bold(12f);
    Font regular = frame.theme().regular(12f);
    int last = t.periods().size() - 1;
    // A segment too thin or too narrow for its label is named beside the last bar; any but the
    // bottom one may be, and the bottom one too when it is hatched only at its top (its label goes
    // in the plain part, else beside), and the room must be kept before the bars are laid out.
    double room = 0;
    for (int s = 0; s < t.series().size(); s++) {
      if (s > 0 || t.series().size() > 1 && t.anyUnconfirmed(last, s) && !t.allUnconfirmed(last, s)) {
        room = Math.max(room, 14 + GlyphPainter.width(segmentLabel(t, s, last, w), regular));
      }
    }
    // Labels beside the bars may take at most two fifths of the panel's share of the width; beyond
    // that the bars would vanish, so such segments are named by the legend and the table only.
    boolean beside = room <= (ChartFrame.WIDTH - 32.0) / panelCount * 0.4;
    double kept = beside ? room : 0;
    Panel.Overlay labels = (g, at) -> {
      double cap = GlyphPainter.capHeight(regular);
      List<Integer> outside = new ArrayList<>();
      List<Double> wanted = new ArrayList<>();
      Font totals = totalsFont(t, w, at.slot());
      for (int p = 0; p <= last; p++) {
        Money total = t.total(p);
        if (totals != null || p == last) { // when totals do not fit side by side, only the latest
          String text = TotalWording.label(t.stated(p, -1), w);
          Font font = totals == null ? bold : totals;
          double half = GlyphPainter.width(text, font) / 2;
          // Kept inside the panel: a long total over the last bar ends at the panel's right edge.
          double x = Math.max(at.left() + half, Math.min(at.right() + kept - half, at.center(p)));
          GlyphPainter.draw(g, text, font, ChartTheme.INK, x, at.y(total.amount().doubleValue()) - 6,
              GlyphPainter.Align.CENTER);
        }
        double below = 0;
        for (int s = 0; s < t.series().size(); s++) {
          double value = t.cumulative().get(p).get(s).amount().doubleValue();
          double top = at.y(below + value);
          double bottom = at.y(below);
          below += value;
          String name = t.name(s, w);
          String amount = TotalWording.label(t.stated(p, s), w);
          double fits = at.barWidth(1) - 8;
          java.awt.Color ink = ChartTheme.onFill(t.colour(s, w));
          double mid = (top + bottom) / 2;
          java.awt.geom.Rectangle2D hatched = hatch(g, t, p, s, at, top, bottom);
          if (t.series().size() == 1) {
            continue; // the total above the bar says it all
          }
          // A segment hatched only at its top is labelled within its plain part, else beside the bar:
          // a label across the edge between the two parts covers the plain one, and the whole
          // segment reads as unconfirmed; one on the hatched part alone reads as that part's amount.
          List<double[]> parts = new ArrayList<>();
          if (!hatched.isEmpty() && hatched.getMaxY() < bottom - 0.5) {
            parts.add(new double[] {hatched.getMaxY(), bottom});
          } else {
            parts.add(new double[] {top, bottom});
          }
          boolean labelled = false;
          // An amount wider than its bar ("up to $14 billion" on a phone) is broken at a space onto
          // two lines under the name, rather than left out.
          List<String> amountLines = GlyphPainter.width(amount, bold) <= fits ? List.of(amount) : boundApart(amount);
          boolean amountFits = amountLines.size() <= 2
              && amountLines.stream().allMatch(l -> GlyphPainter.width(l, bold) <= fits);
          for (double[] part : parts) {
            double middle = (part[0] + part[1]) / 2;
            double height = part[1] - part[0];
            double step = cap + 6;
            double extra = (amountLines.size() - 1) * step;
            if (amountFits && height >= 2 * cap + 14 + extra && GlyphPainter.width(name, regular) <= fits) {
              double nameY = middle - 3 - extra / 2;
              List<java.awt.geom.Rectangle2D> boxes = new ArrayList<>();
              boxes.add(GlyphPainter.box(name, regular, at.center(p), nameY, GlyphPainter.Align.CENTER));
              for (int k = 0; k < amountLines.size(); k++) {
                boxes.add(GlyphPainter.box(amountLines.get(k), bold, at.center(p), nameY + cap + 6 + k * step,
                    GlyphPainter.Align.CENTER));
              }
              plate(g, hatched, t.colour(s, w), boxes.toArray(new java.awt.geom.Rectangle2D[0]));
              GlyphPainter.draw(g, name, regular, ink, at.center(p), nameY, GlyphPainter.Align.CENTER);
              for (int k = 0; k < amountLines.size(); k++) {
                GlyphPainter.draw(g, amountLines.get(k), bold, ink, at.center(p), nameY + cap + 6 + k * step,
                    GlyphPainter.Align.CENTER);
              }
              labelled = true;
              break;
            }
          }
          for (int k = 0; !labelled && k < parts.size(); k++) {
            double middle = (parts.get(k)[0] + parts.get(k)[1]) / 2;
            if (parts.get(k)[1] - parts.get(k)[0] >= cap + 8 && GlyphPainter.width(amount, bold) <= fits) {
              plate(g, hatched, t.colour(s, w), GlyphPainter.box(amount, bold, at.center(p), middle + cap / 2,
                  GlyphPainter.Align.CENTER));
              GlyphPainter.draw(g, amount, bold, ink, at.center(p), middle + cap / 2, GlyphPainter.Align.CENTER);
              labelled = true;
            }
          }
          if (!labelled && p == last && value > 0) {
            outside.add(s);
            wanted.add(mid);
          }
        }
      }
      if (!beside) {
        return;
      }
      double[] ys = LabelSpreader.apart(wanted.stream().mapToDouble(Double::doubleValue).toArray(), 16, 0, at.bottom());
      double x = at.center(last) + at.barWidth(1) / 2 + 8;
      for (int k = 0; k < outside.size(); k++) {
        GlyphPainter.draw(g, segmentLabel(t, outside.get(k), last, w), regular, ChartTheme.INK, x,
            ys[k] + cap / 2, GlyphPainter.Align.START);
      }
    };
    List<List<String>> categories = new ArrayList<>();
    for (int p = 0; p <= last; p++) {
      categories.add(periodLines(periodLabel(t, p, period, w), period));
    }
    return new Panel(headed ? w.currencyName(t.currency()) : "", chart, axis, categories, t.periods().size(),
        kept, labels);
  }

  /**
   * Hatches, with a dashed outline, the part of segment ({@code p}, {@code s}) that is not
   * confirmed, as the money-flows chart does (docs/charts.md, "Status of a total"): the whole
   * segment when none of its payments is confirmed, else its top, as tall as the unconfirmed
   * payments add up to (at least {@link FlowMarks#LEAST_HATCH} px); returns the part hatched, empty
   * when none is.
   */
  private static java.awt.geom.Rectangle2D hatch(java.awt.Graphics2D g, Totals t, int p, int s, PanelGeometry at,
      double top, double bottom) {
    java.awt.geom.Rectangle2D none = new java.awt.geom.Rectangle2D.Double();
    if (bottom - top <= 0 || !t.anyUnconfirmed(p, s)) {
      return none;
    }
    double unconfirmed = MoneyFlowChart.top(t.unconfirmed(p, s));
    if (unconfirmed <= 0) {
      return none;
    }
    double height = t.allUnconfirmed(p, s) ? bottom - top
        : Math.min(bottom - top, Math.max(FlowMarks.LEAST_HATCH, at.y(0) - at.y(unconfirmed)));
    double width = at.barWidth(1);
    java.awt.geom.Rectangle2D part = new java.awt.geom.Rectangle2D.Double(at.center(p) - width / 2, top, width, height);
    FlowMarks.hatch(g, part, ChartTheme.INK);
    return part;
  }

  /**
   * Under a label drawn on a hatched part, a plate of the segment's own colour, so that the
   * hatching does not cross the words and they keep their contrast.
   */
  private static void plate(java.awt.Graphics2D g, java.awt.geom.Rectangle2D hatched, java.awt.Color colour,
      java.awt.geom.Rectangle2D... boxes) {
    for (java.awt.geom.Rectangle2D box : boxes) {
      java.awt.geom.Rectangle2D padded = new java.awt.geom.Rectangle2D.Double(box.getX() - 2, box.getY() - 1,
          box.getWidth() + 4, box.getHeight() + 2);
      if (!hatched.isEmpty() && hatched.intersects(padded)) {
        g.setColor(colour);
        g.fill(padded.createIntersection(hatched));
      }
    }
  }

  /** A period inside an English sentence: "at the end of 2023", "by March 28, 2024". */
  private static String sentencePeriod(Totals t, int index, ChartSpec.Period period, ChartWording w) {
    if (index == t.periods().size() - 1) {
      return "by " + w.date(PartialDate.parse(t.periodEnds().get(index)).orElseThrow());
    }
    int p = t.periods().get(index);
    return "at the end of " + switch (period) {
      case YEAR -> Integer.toString(p);
      case QUARTER -> "Q" + (p % 4 + 1) + " " + (p / 4);
      case MONTH -> w.date(new PartialDate(p / 12, p % 12 + 1, 0));
    };
  }

  /**
   * An amount on two lines, its bound words ("up to about", "최대") over the figure with its unit
   * ("$14 billion", "140억달러"), which are never parted; on one line when it has no bound words.
   */
  static List<String> boundApart(String amount) {
    int at = 0;
    while (at < amount.length() && !Character.isDigit(amount.charAt(at))) {
      at++;
    }
    int space = amount.lastIndexOf(' ', at);
    return space <= 0 ? List.of(amount) : List.of(amount.substring(0, space), amount.substring(space + 1));
  }

  /** The largest bold font, 12 px down to 10 px, in which every total fits its slot; null if none. */
  private Font totalsFont(Totals t, ChartWording w, double slot) {
    for (float size = 12f; size >= 10f; size -= 1f) {
      Font font = frame.theme().bold(size);
      boolean fits = true;
      for (int p = 0; p < t.periods().size(); p++) {
        fits &= GlyphPainter.width(TotalWording.label(t.stated(p, -1), w), font) <= slot - 4;
      }
      if (fits) {
        return font;
      }
    }
    return null;
  }

  /** A period label on one line for years; on two for quarters and months, whose slots are narrow. */
  private static List<String> periodLines(String label, ChartSpec.Period period) {
    if (period == ChartSpec.Period.YEAR) {
      return List.of(label);
    }
    int split = label.indexOf(' ', label.length() / 2 - 2);
    return split < 0 ? List.of(label) : List.of(label.substring(0, split), label.substring(split + 1));
  }

  static String segmentLabel(Totals t, int series, int period, ChartWording w) {
    return t.name(series, w) + " " + TotalWording.label(t.stated(period, series), w);
  }

  /** States the finding: how the total grew from the first period to the last, and who gave what. */
  private static String alt(List<Totals> all, ChartSpec.Period period, List<String> cuts, ChartWording w) {
    List<String> sentences = new ArrayList<>();
    sentences.add(w.pick("누적 막대그래프.", "Stacked bar chart."));
    sentences.addAll(cuts);
    for (Totals t : all) {
      int last = t.periods().size() - 1;
      String subject = all.size() > 1
          ? w.pick(w.currencyAdjective(t.currency()) + "로 실제 투자된 돈은",
              "Money paid in " + w.currencyInSentence(t.currency()))
          : w.pick("실제로 투자된 돈은", "Money actually paid in");
      String total = w.money(t.stated(last, -1)) + t.status(last, -1, w);
      String first = w.money(t.stated(0, -1)) + t.status(0, -1, w);
      String grew = last == 0
          ? w.pick(subject + " " + periodLabel(t, last, period, w) + " " + ChartWording.josa(total, "이다.", "다."),
              subject + " came to " + total + " " + sentencePeriod(t, last, period, w) + ".")
          : w.pick(subject + " " + periodLabel(t, 0, period, w) + " " + first + "에서 "
                  + periodLabel(t, last, period, w) + " " + ChartWording.ro(total) + " 늘었다.",
              subject + " grew from " + first + " " + sentencePeriod(t, 0, period, w) + " to "
                  + total + " " + sentencePeriod(t, last, period, w) + ".");
      sentences.add(grew);
      List<String> parts = new ArrayList<>();
      for (int s = 0; s < t.series().size(); s++) {
        parts.add(t.name(s, w) + " " + w.money(t.stated(last, s)) + t.status(last, s, w));
      }
      sentences.add(w.pick("그중 " + String.join(", ", parts) + ".", "Of that: " + String.join(", ", parts) + "."));
    }
    return String.join(" ", sentences);
  }
}
