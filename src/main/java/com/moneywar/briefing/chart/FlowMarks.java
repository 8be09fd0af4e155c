package com.moneywar.briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a money-flows panel draws over XChart's bars: white hatching and a dashed outline on the bars
 * of a report or claim no party has confirmed, and the amounts above the bars, placed so that none
 * touches a bar or another amount.
 */
final class FlowMarks {
  private static final BasicStroke DASHED =
      new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
  private static final BasicStroke HATCH = new BasicStroke(1.5f);
  private static final BasicStroke RANGE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

  private FlowMarks() {}

  static Rectangle2D bar(PanelGeometry at, int category, int series, double value) {
    double width = at.barWidth(2);
    double x = at.bar(category, series, 2) - width / 2;
    double top = at.y(value);
    return new Rectangle2D.Double(x, top, width, at.y(0) - top);
  }

  /**
   * Over each bar whose total is reported as a range (low to high, the low above zero), the range
   * itself: a capped vertical bar from the low to the high end, so that the bar, drawn to the high
   * end, is read as an interval and not as a figure. Returns whether it drew any.
   */
  static boolean ranges(Graphics2D g, List<MoneyFlowChart.Flow> flows, PanelGeometry at, ValueAxis axis) {
    boolean drawn = false;
    for (int i = 0; i < flows.size(); i++) {
      for (int s = 0; s < 2; s++) {
        com.moneywar.briefing.model.InvestmentTree.Total total =
            s == 0 ? flows.get(i).committedTotal() : flows.get(i).paidTotal();
        if (!MoneyFlowChart.ranged(total)) {
          continue;
        }
        double x = at.bar(i, s, 2);
        double low = at.y(axis.plot(total.low().amount().doubleValue()));
        double high = at.y(axis.plot(total.high().get().amount().doubleValue()));
        g.setColor(ChartTheme.INK);
        g.setStroke(RANGE);
        g.draw(new Line2D.Double(x, low, x, high));
        g.draw(new Line2D.Double(x - 5, low, x + 5, low));
        g.draw(new Line2D.Double(x - 5, high, x + 5, high));
        drawn = true;
      }
    }
    return drawn;
  }

  /** The least height, in px, of the hatched part of a bar, so that a small unconfirmed part can be seen. */
  static final double LEAST_HATCH = 3;

  /**
   * Hatches and outlines, dashed, the part of each bar that is not confirmed: the whole bar when
   * none of its rows is, else its top, as tall as the unconfirmed rows add up to (at least {@link
   * #LEAST_HATCH} px), over the confirmed part left plain.
   */
  static void hatchUnconfirmed(Graphics2D g, List<MoneyFlowChart.Flow> flows, PanelGeometry at,
      List<Double> promised, List<Double> paid) {
    for (int i = 0; i < flows.size(); i++) {
      MoneyFlowChart.Flow f = flows.get(i);
      for (int s = 0; s < 2; s++) {
        List<com.moneywar.briefing.model.MoneyFact> rows = s == 0 ? f.committedRows() : f.paidRows();
        double unconfirmed = MoneyFlowChart.top(MoneyFlowChart.unconfirmedPart(rows, f.currency()));
        Rectangle2D bar = bar(at, i, s, s == 0 ? promised.get(i) : paid.get(i));
        if (unconfirmed <= 0 || bar.getHeight() <= 0) {
          continue;
        }
        boolean all = rows.stream().allMatch(ValuationMarks::hollow);
        double height = all ? bar.getHeight()
            : Math.min(bar.getHeight(), Math.max(LEAST_HATCH, at.y(0) - at.y(unconfirmed)));
        hatch(g, new Rectangle2D.Double(bar.getX(), bar.getY(), bar.getWidth(), height),
            s == 0 ? ChartTheme.PAID : ChartTheme.INK);
      }
    }
  }

  /** White hatching over a bar and a dashed outline round it: a figure not confirmed (every bar chart). */
  static void hatch(Graphics2D g, Rectangle2D bar, java.awt.Color outline) {
    Shape clip = g.getClip();
    g.clip(bar);
    g.setColor(ChartTheme.KNOCKOUT);
    g.setStroke(HATCH);
    for (double d = -bar.getHeight(); d < bar.getWidth(); d += 6) {
      g.draw(new Line2D.Double(bar.getX() + d, bar.getMaxY(), bar.getX() + d + bar.getHeight(), bar.getY()));
    }
    g.setClip(clip);
    g.setColor(outline);
    g.setStroke(DASHED);
    g.draw(bar);
  }

  /**
   * The amounts over the bars, in the largest font from 12 px down to 10 px in which all of them
   * find room, else in the one that places the most. The committed amounts, each bar's main figure,
   * go first: right above their bar, else higher up with a leader, else over the pair saying
   * "약속" / "committed". A paid-in amount then goes right above its own bar, or starting at its
   * left edge and reaching away from the committed bar beside it, never higher up over a taller
   * neighbour as a bare amount, where it would seem to name that bar; beside a committed bar no
   * taller than its own, whose label took the room, it goes over the pair saying "투자" / "paid".
   * Where no font gives every paid-in amount room by its bar (a narrow chart, whose bars are
   * narrower than their amounts), those left over go over their pairs, right on the committed
   * amount, saying "투자 …" / "paid …" ("투자 기록 없음" / "paid in: none recorded", on two lines
   * where one would reach over a neighbour); higher up only tied to the committed amount by a
   * hairline, and untied only where there is no other room: no bar is left without its amount,
   * which would read as nothing. A pair whose two amounts are one says it once, on two or three
   * lines where the room over it is narrower ("약 2670억원" over "지분 매입").
   */
  static List<LabelPlacer.Placed> labels(List<MoneyFlowChart.Flow> flows, ChartWording w, PanelGeometry at,
      List<Double> promised, List<Double> paid, ChartTheme theme) {
    Attempt best = null;
    for (float size = 12f; size >= 10f; size -= 1f) {
      // Paid-in amounts over their pairs on two lines where one would reach over a neighbour, then
      // on one line only, which on a crowded phone chart may leave room for one more of them.
      for (boolean narrow : new boolean[] {true, false}) {
        Attempt a = attempt(flows, w, at, promised, paid, theme.bold(size), narrow);
        if (a.got() == a.wanted() && a.moved() == 0) {
          return a.placed();
        }
        // Else the font that places the most, with the fewest paid-in amounts moved over their pairs.
        if (best == null || a.got() > best.got() || a.got() == best.got() && a.moved() < best.moved()) {
          best = a;
        }
      }
    }
    return best.placed();
  }

  /** The amounts placed in one font, how many were to be, and how many paid-in ones went over their pairs. */
  private record Attempt(List<LabelPlacer.Placed> placed, int wanted, int got, int moved) {}

  /** The amounts of every pair in {@code font}, each by its bar, else (a paid-in one) over its pair. */
  private static Attempt attempt(List<MoneyFlowChart.Flow> flows, ChartWording w, PanelGeometry at,
      List<Double> promised, List<Double> paid, Font font, boolean twoLines) {
    double step = GlyphPainter.capHeight(font) + 6;
    LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(at.left(), -6, at.right() - at.left(), at.bottom() + 6));
    for (int i = 0; i < flows.size(); i++) {
      placer.obstacle(bar(at, i, 0, promised.get(i)));
      placer.obstacle(bar(at, i, 1, paid.get(i)));
    }
    List<LabelPlacer.Placed> placed = new ArrayList<>();
    int wanted = 0;
    // How many of the wanted labels were placed (one on two lines is one).
    int got = 0;
    int moved = 0;
    boolean[] split = new boolean[flows.size()];
    // The lowest a line right on each pair's committed amount may reach: a paid-in amount with no room by its bar goes there.
    double[] committedAt = new double[flows.size()];
    // Each pair's committed amount as placed (null where it found no room).
    Rectangle2D[] committedBox = new Rectangle2D[flows.size()];
    for (int i = 0; i < flows.size(); i++) {
      MoneyFlowChart.Flow f = flows.get(i);
      double committedTop = at.y(promised.get(i)) - 5;
      wanted++;
      // Over its own pair: a label leaning into the next pair's slot would read as that pair's amount.
      ownSlot(placer, at, i, flows.size());
      if (f.oneAmount()) {
        Optional<LabelPlacer.Placed> p = placer.placeLeaning(MoneyFlowChart.equalLabel(f, w), font, at.center(i),
            at.barWidth(2), above(committedTop, step));
        // Wider than the room over its pair (a panel of one stake, a sixth of a wide chart): on
        // lines right over the bars, the amount, then what it is; the amount broken where it is too
        // wide itself ("about" over "₩267 billion"); the amount alone where that is too tall.
        if (p.isEmpty()) {
          double room = flows.size() == 1 ? at.right() - at.left() : at.slot();
          List<String> lines = MoneyFlowChart.equalLines(f, w);
          Optional<List<LabelPlacer.Placed>> block = Optional.empty();
          for (List<String> tried : List.of(lines, lines.subList(0, 1))) {
            List<String> wrapped = tried.stream().flatMap(l -> wrap(l, font, room).stream()).toList();
            if (block.isEmpty() && wrapped.size() > 1) {
              block = placer.placeBlock(wrapped, font, at.center(i), committedTop - (wrapped.size() - 1) * step, step);
            }
          }
          if (block.isPresent()) {
            placed.addAll(block.get());
            got++;
            continue;
          }
          // Never no amount at all: the amount alone, higher up, tied to its pair.
          p = placer.placeLeaning(lines.get(0), font, at.center(i), at.barWidth(2), above(committedTop, step));
        }
        got += add(placed, p);
        continue;
      }
      split[i] = true;
      String committedText = MoneyFlowChart.label(f.committedTotal(), w);
      // A stake agreed and not yet closed says what it is, as it does once closed (walk 75's Nvidia →
      // Intel read "50억달러" alone until the deal closed, then "50억달러 · 지분 4% 이상").
      String stake = MoneyFlowChart.stakeSuffix(f, w);
      // On one line right over the bar, else on two there, else on one line higher up with a leader:
      // a new user's "$14.3 billion · 49% stake" went six lines up, over a neighbour, where two lines
      // right over its own bar had room.
      Optional<LabelPlacer.Placed> p = stake.isEmpty() ? Optional.empty()
          : placer.placeLeaning(committedText + stake, font, at.bar(i, 0, 2), at.barWidth(2) / 2, committedTop);
      Optional<List<LabelPlacer.Placed>> block = Optional.empty();
      if (p.isEmpty() && !stake.isEmpty()) {
        // On two lines over the bar: the amount, then what it is.
        block = placer.placeBlock(List.of(committedText, stake.substring(" · ".length())), font, at.bar(i, 0, 2),
            committedTop - step, step);
        if (block.isEmpty()) {
          p = placer.placeLeaning(committedText + stake, font, at.bar(i, 0, 2), at.barWidth(2) / 2,
              above(committedTop, step));
        }
      }
      if (p.isEmpty() && block.isEmpty()) {
        p = placer.placeLeaning(committedText, font, at.bar(i, 0, 2), at.barWidth(2) / 2, above(committedTop, step));
      }
      int plus = committedText.indexOf(" + ");
      if (p.isEmpty() && block.isEmpty() && plus > 0) {
        // A floor and a ceiling, too wide for one line ("about $3.1 billion or more + up to $5 billion",
        // left out of a new user's chart): the two on two lines right over the bar.
        block = placer.placeBlock(List.of(committedText.substring(0, plus + 2), committedText.substring(plus + 3)), font,
            at.bar(i, 0, 2), committedTop - step, step);
      }
      if (block.isPresent()) {
        placed.addAll(block.get());
        committedAt[i] = block.get().get(0).box().getMinY() - 2 * LabelPlacer.PAD - 0.5;
        committedBox[i] = block.get().get(0).box().createUnion(block.get().get(1).box());
        got++;
        continue;
      }
      if (p.isEmpty()) {
        // No room by its bar: over the pair, saying which bar it belongs to, with a leader down to
        // the pair when it had to go higher than a line above it (on a narrow chart such labels
        // stack up far from their bars).
        double paidTop = at.y(paid.get(i)) - 5;
        p = placer.placeLeaning(w.pick("약속 ", "committed ") + committedText, font, at.center(i), at.barWidth(2),
            above(Math.min(paidTop, committedTop), step));
      }
      committedAt[i] = p.map(l -> l.box().getMinY() - 2 * LabelPlacer.PAD - 0.5).orElse(committedTop);
      committedBox[i] = p.map(LabelPlacer.Placed::box).orElse(null);
      got += add(placed, p);
    }
    for (int i = 0; i < flows.size(); i++) {
      if (!split[i]) {
        continue;
      }
      wanted++;
      ownSlot(placer, at, i, flows.size());
      String paidText = MoneyFlowChart.paidLabel(flows.get(i), w);
      boolean shorter = paid.get(i) < promised.get(i);
      Optional<LabelPlacer.Placed> p = paidLabel(placer, paidText, font, at, i, at.y(paid.get(i)) - 5, shorter);
      if (p.isEmpty() && !shorter && !flows.get(i).paidRows().isEmpty()) {
        // As tall as the committed bar, whose label took the room over both: over the pair, saying
        // which bar it belongs to, as a committed amount does when it has to move.
        double top = at.y(paid.get(i)) - 5;
        // Stacked right on its pair's committed label, it reads as that pair's even where it is wider.
        placer.centreWithin(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
        p = placer.placeStacked(w.pick("실제 ", "paid ") + paidText, font, at.center(i), at.barWidth(2),
            top, top - step, top - 2 * step);
      }
      if (p.isEmpty()) {
        // No room by its own bar: over the pair, right on its committed amount, saying which bar it
        // is ("실제 …", as the legend's 실제 투자한 금액: "투자 …" above a committed amount reads as that
        // amount's); where it would reach over a neighbour's, on two narrower lines there ("투자" over
        // "기록 없음"). Higher up, apart from its pair, it would float between the pairs with no
        // clear owner (a new user's phone chart had one on the top gridline between two pairs):
        // only where neither fits.
        ownSlot(placer, at, i, flows.size());
        boolean none = flows.get(i).paidRows().isEmpty();
        List<String> lines = List.of(none ? w.pick("투자", "paid in:") : w.pick("실제", "paid"), paidText);
        String words = String.join(" ", lines);
        double descent = Math.max(GlyphPainter.box(words, font, 0, 0, GlyphPainter.Align.START).getMaxY(),
            GlyphPainter.box(paidText, font, 0, 0, GlyphPainter.Align.START).getMaxY());
        double on = committedAt[i] - descent;
        // On one line where it stays over its own pair, else first on two.
        // Only "기록 없음" / "none recorded" goes under its word: a bare amount there, right on the
        // committed amount, would read as one of a column of the pair's amounts.
        boolean wrap = twoLines && none;
        if (!wrap || GlyphPainter.width(words, font) <= at.slot()) {
          p = placer.placeStacked(words, font, at.center(i), at.barWidth(2), on);
        }
        if (p.isEmpty() && wrap) {
          Optional<List<LabelPlacer.Placed>> block = placer.placeBlock(lines, font, at.center(i), on - step, step);
          if (block.isPresent() && Math.abs(block.get().get(0).anchorX() - at.center(i)) < at.slot() / 2) {
            placed.addAll(block.get());
            got++;
            moved++;
            continue;
          }
          block.ifPresent(placer::release);
          p = placer.placeStacked(words, font, at.center(i), at.barWidth(2), on);
        }
        if (p.isEmpty()) {
          p = tied(placer, words, font, at, i, on, step, committedBox[i]);
        }
        if (p.isEmpty()) {
          // Untied, higher over its pair, rather than no amount at all, which would read as nothing.
          double[] higher = above(on, step);
          p = placer.placeStacked(words, font, at.center(i), at.barWidth(2),
              java.util.Arrays.copyOfRange(higher, 1, higher.length));
        }
        moved += p.isPresent() ? 1 : 0;
      }
      got += add(placed, p);
    }
    return new Attempt(placed, wanted, got, moved);
  }

  /**
   * A paid-in amount over pair {@code i} higher than right on its committed amount (where a
   * neighbour's label took that room), tied to its pair by a hairline down to the committed amount
   * at the pair's centre, which crosses no other label: apart from its pair and untied it would
   * float between the pairs with no clear owner.
   */
  private static Optional<LabelPlacer.Placed> tied(LabelPlacer placer, String words, Font font, PanelGeometry at,
      int i, double on, double step, Rectangle2D committed) {
    double x = at.center(i);
    double down = committed == null ? on : committed.getMinY();
    for (int k = 1; k < 8; k++) {
      Optional<LabelPlacer.Placed> p = placer.placeStacked(words, font, x, at.barWidth(2), on - k * step);
      if (p.isEmpty()) {
        continue;
      }
      Rectangle2D box = p.get().box();
      Line2D leader = new Line2D.Double(x, box.getMaxY() + 1, x, down - 1);
      if (box.getMinX() < x && box.getMaxX() > x && placer.clear(leader, 0, committed)) {
        placer.obstacle(leader);
        return Optional.of(new LabelPlacer.Placed(words, font, p.get().x(), p.get().baseline(), box, x, down));
      }
      placer.release(List.of(p.get()));
    }
    return Optional.empty();
  }

  /**
   * Keeps the next labels' centres over pair {@code i}'s slot; the first and the last pair may lean
   * out past the plot's edge side, where no other pair stands (a wide label there is moved inwards).
   */
  private static void ownSlot(LabelPlacer placer, PanelGeometry at, int i, int pairs) {
    placer.centreWithin(i == 0 ? Double.NEGATIVE_INFINITY : at.center(i) - at.slot() / 2,
        i == pairs - 1 ? Double.POSITIVE_INFINITY : at.center(i) + at.slot() / 2);
  }

  /**
   * A paid-in amount next to its own bar, at most a few px above it (so no leader line). Beside a
   * taller committed bar it starts at the bar's left edge and reaches away from that bar, never
   * over it, where it would read as that bar's amount; else it is centred or leans either way.
   */
  private static Optional<LabelPlacer.Placed> paidLabel(LabelPlacer placer, String text, Font font, PanelGeometry at,
      int category, double top, boolean shorter) {
    double x = at.bar(category, 1, 2);
    double half = at.barWidth(2) / 2;
    double[] near = {top, top - 4, top - 8};
    if (!shorter) {
      return placer.placeLeaning(text, font, x, half, near);
    }
    if (GlyphPainter.width(text, font) <= 2 * half) {
      // Narrow enough to stay over its own bar: centred, or leaning within it.
      Optional<LabelPlacer.Placed> p = placer.placeLeaning(text, font, x, half, near);
      if (p.isPresent()) {
        return p;
      }
    }
    for (double baseline : near) {
      Optional<LabelPlacer.Placed> p = placer.placeBeside(text, font, x - half + LabelPlacer.PAD + 0.5, true, baseline);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /**
   * Draws the labels, each with a hairline down to its bar when it had to go more than a line
   * above it.
   */
  static void draw(Graphics2D g, List<LabelPlacer.Placed> labels) {
    for (LabelPlacer.Placed p : labels) {
      if (p.anchorY() - p.box().getMaxY() > LabelPlacer.LEADER) {
        g.setColor(ChartTheme.MUTED);
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(p.anchorX(), p.box().getMaxY() + 1, p.anchorX(), p.anchorY() - 1));
      }
      GlyphPainter.draw(g, p.text(), p.font(), ChartTheme.INK, p.x(), p.baseline(), GlyphPainter.Align.START, true);
    }
  }

  /** A legend swatch: a light bar hatched white, with a dashed outline. */
  static org.knowm.xchart.style.markers.Marker hatchKey() {
    return hatchKey(ChartTheme.PROMISED, ChartTheme.PAID);
  }

  /**
   * A legend swatch of the given fill hatched white, with a dashed outline of the given colour: a
   * chart whose bars are companies' colours takes a neutral one, so the key reads as no company.
   */
  static org.knowm.xchart.style.markers.Marker hatchKey(java.awt.Color fill, java.awt.Color outline) {
    return new org.knowm.xchart.style.markers.Marker() {
      @Override
      public void paint(Graphics2D g, double x, double y, int size) {
        Rectangle2D box = new Rectangle2D.Double(x - 7, y - 7, 14, 14);
        g.setColor(fill);
        g.fill(box);
        Shape clip = g.getClip();
        g.clip(box);
        g.setColor(ChartTheme.KNOCKOUT);
        g.setStroke(HATCH);
        for (double d = -14; d < 14; d += 5) {
          g.draw(new Line2D.Double(box.getX() + d, box.getMaxY(), box.getX() + d + 14, box.getY()));
        }
        g.setClip(clip);
        g.setColor(outline);
        g.setStroke(DASHED);
        g.draw(box);
      }
    };
  }

  /** Baselines from {@code baseline} up, one line apart, as far as a taller neighbour may reach. */
  private static double[] above(double baseline, double step) {
    double[] up = new double[8];
    for (int i = 0; i < up.length; i++) {
      up[i] = baseline - i * step;
    }
    return up;
  }

  /**
   * A label as lines no wider than {@code room}: itself where it fits, else broken at the first
   * space that leaves both parts within it ("about" over "₩267 billion", the amount kept whole);
   * itself where no break does.
   */
  static List<String> wrap(String text, Font font, double room) {
    if (GlyphPainter.width(text, font) <= room) {
      return List.of(text);
    }
    for (int i = text.indexOf(' '); i > 0; i = text.indexOf(' ', i + 1)) {
      String head = text.substring(0, i);
      String tail = text.substring(i + 1);
      if (GlyphPainter.width(head, font) <= room && GlyphPainter.width(tail, font) <= room) {
        return List.of(head, tail);
      }
    }
    return List.of(text);
  }

  /** Adds a label placed; returns how many it added, 0 or 1. */
  private static int add(List<LabelPlacer.Placed> placed, Optional<LabelPlacer.Placed> p) {
    p.ifPresent(placed::add);
    return p.isPresent() ? 1 : 0;
  }
}
