package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * How one dated amount is marked on a time scale, so that what is known of it shows: a filled
 * marker for a confirmed figure, a hollow one for an estimate or an unconfirmed report (reported,
 * claimed, disputed); a vertical bar with end caps for a range; and a thin horizontal bar across
 * the period a date covers when it is known only to the year or the month and that period is wider
 * than the marker.
 */
final class ValuationMarks {
  static final int SIZE = ChartTheme.MARKER_SIZE;
  private static final BasicStroke SPAN = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
  private static final BasicStroke RANGE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  private ValuationMarks() {}

  /** Whether a fact is drawn hollow: an estimate, or a claim no party has confirmed. */
  static boolean hollow(MoneyFact fact) {
    boolean estimate = fact instanceof Valuation v && v.basis() == ValuationBasis.ESTIMATE;
    return estimate || fact.reporting().claim() != ClaimStatus.CONFIRMED;
  }

  /** Whether a fact's amount is drawn as an interval. */
  static boolean range(MoneyFact fact) {
    return fact.bound() == Bound.RANGE && fact.reporting().high().isPresent();
  }

  /** The top of a fact's mark, in data units: a range's upper end, else its amount. */
  static double topValue(MoneyFact fact, boolean log) {
    return range(fact) ? fact.reporting().high().get().amount().doubleValue() : fact.amount().amount().doubleValue();
  }

  /** Where the period a date may mean starts, in px (the day itself for an exact date). */
  static double left(MoneyFact fact, PanelGeometry at) {
    return Math.min(at.x(TimeAxis.x(fact.date())) - SIZE / 2.0, spanStart(fact.date(), at));
  }

  static double right(MoneyFact fact, PanelGeometry at) {
    return Math.max(at.x(TimeAxis.x(fact.date())) + SIZE / 2.0, spanEnd(fact.date(), at));
  }

  private static double spanStart(PartialDate date, PanelGeometry at) {
    return at.x(TimeAxis.x(date.firstDay()));
  }

  private static double spanEnd(PartialDate date, PanelGeometry at) {
    return at.x(TimeAxis.x(date.lastDay().plusDays(1)));
  }

  /** Whether a date's period is drawn as a span: known to the year or month, and wider than a marker. */
  static boolean spanned(PartialDate date, PanelGeometry at) {
    return date.precision() != PartialDate.Precision.DAY && spanEnd(date, at) - spanStart(date, at) > SIZE + 4;
  }

  /**
   * How far to move each mark sideways, in px, so that marks that would cover one another stand side
   * by side: two deals of one day and one amount (otherwise drawn as one), or a point inside a
   * range's bar. Marks that overlap, directly or through others, form a group, set out from left to
   * right in the order of their facts, a marker and a gap apart, around where they belong. A mark
   * that overlaps none is not in the map.
   */
  static java.util.Map<MoneyFact, Double> sideBySide(java.util.List<? extends MoneyFact> facts, PanelGeometry at,
      boolean log) {
    return sideBySide(facts, at, log, f -> f);
  }

  /**
   * {@link #sideBySide(java.util.List, PanelGeometry, boolean)}, where only marks of different
   * owners (companies) that overlap join a group: the marks of one owner are never set apart from
   * one another, unless a mark of another owner comes between them.
   */
  static java.util.Map<MoneyFact, Double> sideBySide(java.util.List<? extends MoneyFact> facts, PanelGeometry at,
      boolean log, java.util.function.Function<MoneyFact, ?> owner) {
    int n = facts.size();
    Rectangle2D[] boxes = new Rectangle2D[n];
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      boxes[i] = markBox(facts.get(i), at, log);
      group[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (boxes[i].intersects(boxes[j]) && !java.util.Objects.equals(owner.apply(facts.get(i)), owner.apply(facts.get(j)))) {
          int a = root(group, i);
          int b = root(group, j);
          group[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
    java.util.Map<Integer, java.util.List<MoneyFact>> groups = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(root(group, i), k -> new java.util.ArrayList<>()).add(facts.get(i));
    }
    java.util.Map<MoneyFact, Double> shift = new java.util.IdentityHashMap<>();
    for (java.util.List<MoneyFact> members : groups.values()) {
      for (int k = 0; members.size() > 1 && k < members.size(); k++) {
        shift.put(members.get(k), (k - (members.size() - 1) / 2.0) * (SIZE + 2));
      }
    }
    return shift;
  }

  private static int root(int[] group, int i) {
    while (group[i] != i) {
      i = group[i];
    }
    return i;
  }

  /** The box of a fact's marker and range bar (not of the span of a vague date). */
  private static Rectangle2D markBox(MoneyFact fact, PanelGeometry at, boolean log) {
    double x = at.x(TimeAxis.x(fact.date()));
    double low = at.y(fact.amount().amount().doubleValue());
    double high = at.y(topValue(fact, log));
    return new Rectangle2D.Double(x - SIZE / 2.0, Math.min(low, high) - SIZE / 2.0, SIZE, Math.abs(low - high) + SIZE);
  }

  /** Paints the mark of {@code fact} in {@code color}, with series {@code series}'s marker; returns the box it covers. */
  static Rectangle2D paint(Graphics2D g, MoneyFact fact, int series, Color color, PanelGeometry at, boolean log) {
    return paint(g, fact, ChartTheme.marker(series), color, at, log);
  }

  /** Paints the mark of {@code fact} in {@code color} with {@code marker}; returns the box it covers. */
  static Rectangle2D paint(Graphics2D g, MoneyFact fact, Marker marker, Color color, PanelGeometry at, boolean log) {
    double x = at.x(TimeAxis.x(fact.date()));
    double low = at.y(fact.amount().amount().doubleValue());
    double high = at.y(topValue(fact, log));
    double y = range(fact) ? (log ? at.y(Math.sqrt(fact.amount().amount().doubleValue() * topValue(fact, log)))
        : (low + high) / 2) : low;
    Rectangle2D box = new Rectangle2D.Double(x - SIZE / 2.0, Math.min(high, y) - SIZE / 2.0, SIZE,
        Math.abs(low - high) + SIZE);
    g.setColor(color);
    if (spanned(fact.date(), at)) {
      double from = spanStart(fact.date(), at) + 1;
      double to = spanEnd(fact.date(), at) - 1;
      g.setStroke(SPAN);
      g.draw(new Line2D.Double(from, y, to, y));
      g.draw(new Line2D.Double(from, y - 4, from, y + 4));
      g.draw(new Line2D.Double(to, y - 4, to, y + 4));
      box.add(new Rectangle2D.Double(from, y - 4, to - from, 8));
    }
    if (range(fact)) {
      g.setStroke(RANGE);
      g.draw(new Line2D.Double(x, low, x, high));
      g.draw(new Line2D.Double(x - 5, low, x + 5, low));
      g.draw(new Line2D.Double(x - 5, high, x + 5, high));
    }
    mark(g, marker, color, x, y, hollow(fact));
    return box;
  }

  /** A marker, filled, or hollow: a ring of its colour around white. */
  static void mark(Graphics2D g, Marker marker, Color color, double x, double y, boolean hollow) {
    g.setColor(color);
    marker.paint(g, x, y, SIZE);
    if (hollow) {
      g.setColor(ChartTheme.KNOCKOUT);
      marker.paint(g, x, y, SIZE - 5);
    }
  }

  /** A legend marker drawn hollow, for the legend's "hollow: estimate or unconfirmed" key. */
  static Marker hollowKey(Marker marker) {
    return new Marker() {
      @Override
      public void paint(Graphics2D g, double x, double y, int size) {
        Color color = g.getColor();
        marker.paint(g, x, y, size);
        g.setColor(ChartTheme.KNOCKOUT);
        marker.paint(g, x, y, size - 5);
        g.setColor(color);
      }
    };
  }

  /** A legend marker: a vertical bar with end caps, for a range. */
  static Marker rangeKey() {
    return new Marker() {
      @Override
      public void paint(Graphics2D g, double x, double y, int size) {
        g.setStroke(RANGE);
        g.draw(new Line2D.Double(x, y - 7, x, y + 7));
        g.draw(new Line2D.Double(x - 4, y - 7, x + 4, y - 7));
        g.draw(new Line2D.Double(x - 4, y + 7, x + 4, y + 7));
      }
    };
  }
}
