package com.moneywar.briefing.chart;

import java.awt.Font;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds room for labels among marks and other labels: each label has its candidate places, best
 * first, and takes the first whose box stays inside the bounds and touches no mark and no label
 * placed before it. A label with no free place is not drawn (the data table still lists it).
 */
final class LabelPlacer {
  /** Free space kept around each label, in px. */
  static final double PAD = 2;

  /** A label put somewhere: its text, font, where its baseline starts, and the box it covers. */
  record Placed(String text, Font font, double x, double baseline, Rectangle2D box, double anchorX, double anchorY) {}

  /** How far above its mark a label may sit without a leader line to it, in px. */
  static final double LEADER = 12;

  private final Rectangle2D bounds;
  private final List<Rectangle2D> taken = new ArrayList<>();
  /** Leader lines drawn: no label crosses them. */
  private final List<Line2D> leaders = new ArrayList<>();
  /** Marks the next labels keep {@link #clearance} px away from: marks they do not name. */
  private List<Rectangle2D> keepAway = List.of();
  private double clearance;

  LabelPlacer(Rectangle2D bounds) {
    this.bounds = bounds;
  }

  /** The labels placed (their boxes, by identity): kept {@link #labelGap} apart side by side. */
  private final java.util.Set<Rectangle2D> labels = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private double labelGap = PAD;

  /**
   * From now on, a label keeps {@code gap} px from another label level with it: two names two
   * pixels apart on one line read as one ("싱킹머신즈랩 · 시드 20억달러 리플렉션AI · 지분").
   */
  void labelGap(double gap) {
    this.labelGap = gap;
  }

  private void took(Rectangle2D label) {
    taken.add(label);
    labels.add(label);
  }

  /** Takes again exactly the room labels held before they were given back. */
  void retake(List<Placed> placed) {
    placed.forEach(p -> took(p.box()));
  }

  /** Where labels may go. */
  Rectangle2D bounds() {
    return (Rectangle2D) bounds.clone();
  }

  void obstacle(Rectangle2D box) {
    taken.add(box);
  }

  /** Where the next labels' centres may fall, left to right; unbounded unless set. */
  private double centreFrom = Double.NEGATIVE_INFINITY;
  private double centreTo = Double.POSITIVE_INFINITY;

  /**
   * From now on, a label's centre stays between {@code from} and {@code to}: a bar's amount over its
   * own pair, never leaning so far that it reads as the neighbour's.
   */
  void centreWithin(double from, double to) {
    this.centreFrom = from;
    this.centreTo = to;
  }

  /**
   * From now on, labels keep {@code clearance} px away from each of {@code marks} (the marks other
   * than the one a label names), so that no label ends right next to a mark it does not name.
   */
  void keepAway(List<Rectangle2D> marks, double clearance) {
    this.keepAway = List.copyOf(marks);
    this.clearance = clearance;
  }

  /** Whether a label covering {@code box} would be inside the bounds and clear of everything placed. */
  boolean free(Rectangle2D box) {
    return free(box, 0);
  }

  /** {@link #free(Rectangle2D)}, with the bounds reaching {@code above} px higher. */
  boolean free(Rectangle2D box, double above) {
    Rectangle2D padded = new Rectangle2D.Double(box.getX() - PAD, box.getY() - PAD, box.getWidth() + 2 * PAD,
        box.getHeight() + 2 * PAD);
    Rectangle2D clear = new Rectangle2D.Double(box.getX() - clearance, box.getY() - clearance,
        box.getWidth() + 2 * clearance, box.getHeight() + 2 * clearance);
    Rectangle2D apart = new Rectangle2D.Double(box.getX() - labelGap, box.getY(), box.getWidth() + 2 * labelGap,
        box.getHeight());
    return inside(box, above) && taken.stream().noneMatch(padded::intersects) && keepAway.stream().noneMatch(clear::intersects)
        && leaders.stream().noneMatch(l -> l.intersects(padded))
        && (labelGap <= PAD || labels.stream().noneMatch(apart::intersects));
  }

  /**
   * Places {@code text} at the first free place: for each of {@code baselines}, centred on {@code
   * x}, then starting at {@code x - align}, then ending at {@code x + align} (so a label wider than
   * its bar may lean away from a taller neighbour).
   */
  Optional<Placed> placeLeaning(String text, Font font, double x, double align, double... baselines) {
    double width = GlyphPainter.width(text, font);
    double anchorY = baselines[0] + 5;
    for (double baseline : baselines) {
      for (double cx : new double[] {x, x - align + width / 2, x + align - width / 2}) {
        Optional<Placed> p = place(text, font, cx, baseline);
        if (p.isEmpty()) {
          continue;
        }
        Placed at = p.get();
        if (anchorY - at.box().getMaxY() > LEADER) {
          // Far above its mark: a leader line joins them, and it must cross nothing either.
          Rectangle2D leader = new Rectangle2D.Double(x - 1, at.box().getMaxY(), 2, anchorY - 1 - at.box().getMaxY());
          taken.remove(taken.size() - 1);
          if (taken.stream().anyMatch(leader::intersects)) {
            continue;
          }
          took(at.box());
          taken.add(leader);
        }
        return Optional.of(new Placed(at.text(), at.font(), at.x(), at.baseline(), at.box(), x, anchorY));
      }
    }
    return Optional.empty();
  }

  /**
   * Places {@code text} as {@link #placeLeaning} does, but never with a leader line: for a label
   * that names its mark in its own words ("투자 …" / "paid …") and sits in a short stack right above
   * the mark's other label, where a leader would have to cross that label.
   */
  Optional<Placed> placeStacked(String text, Font font, double x, double align, double... baselines) {
    double width = GlyphPainter.width(text, font);
    for (double baseline : baselines) {
      for (double cx : new double[] {x, x - align + width / 2, x + align - width / 2}) {
        Optional<Placed> p = place(text, font, cx, baseline);
        if (p.isPresent()) {
          Placed at = p.get();
          return Optional.of(new Placed(at.text(), at.font(), at.x(), at.baseline(), at.box(), x, at.box().getMaxY()));
        }
      }
    }
    return Optional.empty();
  }

  private boolean inside(Rectangle2D box) {
    return inside(box, 0);
  }

  private boolean inside(Rectangle2D box, double above) {
    return box.getMinY() >= bounds.getMinY() - above && box.getMaxY() <= bounds.getMaxY()
        && box.getMinX() >= bounds.getMinX() - 0.01 && box.getMaxX() <= bounds.getMaxX() + 0.01;
  }

  /**
   * Places lines of text as one block, each line centred on {@code x}, the first with its baseline
   * at {@code baseline} and each next one {@code lineHeight} lower, moved sideways to stay inside
   * the bounds: all lines or none.
   */
  Optional<List<Placed>> placeBlock(List<String> lines, Font font, double x, double baseline, double lineHeight) {
    double widest = lines.stream().mapToDouble(l -> GlyphPainter.width(l, font)).max().orElse(0);
    double cx = Math.max(bounds.getMinX() + widest / 2, Math.min(bounds.getMaxX() - widest / 2, x));
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      double b = baseline + i * lineHeight;
      Rectangle2D box = GlyphPainter.box(lines.get(i), font, cx, b, GlyphPainter.Align.CENTER);
      if (!free(box)) {
        return Optional.empty();
      }
      placed.add(new Placed(lines.get(i), font, cx - GlyphPainter.width(lines.get(i), font) / 2, b, box, cx, b + 5));
    }
    placed.forEach(p -> took(p.box()));
    return Optional.of(placed);
  }

  /**
   * Places lines of text as one block beside a mark, exactly where asked (never moved to fit): each
   * line starting at {@code x} when {@code rightward}, else ending there; the first line's baseline
   * at {@code baseline}, each next one {@code lineHeight} lower. All lines or none.
   */
  Optional<List<Placed>> placeBlockBeside(List<String> lines, Font font, double x, boolean rightward, double baseline,
      double lineHeight) {
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      double width = GlyphPainter.width(lines.get(i), font);
      double cx = rightward ? x + width / 2 : x - width / 2;
      double b = baseline + i * lineHeight;
      Rectangle2D box = GlyphPainter.box(lines.get(i), font, cx, b, GlyphPainter.Align.CENTER);
      if (!free(box)) {
        return Optional.empty();
      }
      placed.add(new Placed(lines.get(i), font, cx - width / 2, b, box, cx, b + 5));
    }
    placed.forEach(p -> took(p.box()));
    return Optional.of(placed);
  }

  /**
   * Places {@code text} beside its mark, exactly where asked (never moved to fit): starting at
   * {@code x} when {@code rightward}, else ending there.
   */
  Optional<Placed> placeBeside(String text, Font font, double x, boolean rightward, double baseline) {
    double width = GlyphPainter.width(text, font);
    double cx = rightward ? x + width / 2 : x - width / 2;
    Rectangle2D box = GlyphPainter.box(text, font, cx, baseline, GlyphPainter.Align.CENTER);
    if (!free(box) || cx < centreFrom || cx > centreTo) {
      return Optional.empty();
    }
    took(box);
    return Optional.of(new Placed(text, font, cx - width / 2, baseline, box, cx, baseline + 5));
  }

  /**
   * Places {@code text} centred on {@code x}, at the first of {@code baselines} where it fits;
   * moved sideways to stay inside the bounds.
   */
  Optional<Placed> place(String text, Font font, double x, double... baselines) {
    double width = GlyphPainter.width(text, font);
    double cx = Math.max(bounds.getMinX() + width / 2, Math.min(bounds.getMaxX() - width / 2, x));
    if (cx < centreFrom || cx > centreTo) {
      return Optional.empty();
    }
    for (double baseline : baselines) {
      Rectangle2D box = GlyphPainter.box(text, font, cx, baseline, GlyphPainter.Align.CENTER);
      if (free(box)) {
        took(box);
        return Optional.of(new Placed(text, font, cx - width / 2, baseline, box, cx, baseline + 5));
      }
    }
    return Optional.empty();
  }

  /** Takes back labels placed: their room is free again. */
  void release(List<Placed> placed) {
    placed.forEach(p -> {
      taken.remove(p.box());
      labels.remove(p.box());
    });
  }

  /** A leader line drawn: no label placed later crosses it. */
  void obstacle(Line2D leader) {
    leaders.add(leader);
  }

  /** Takes back a leader line: labels may cross its room again. */
  void release(Line2D leader) {
    leaders.remove(leader);
  }

  /**
   * Whether {@code line} crosses no mark, label or leader line but {@code own} (the mark it ties a
   * label to), and keeps {@code clearance} px from the marks kept away from.
   */
  boolean clear(Line2D line, double clearance, Rectangle2D own) {
    return taken.stream().filter(box -> !box.equals(own)).noneMatch(line::intersects)
        && leaders.stream().noneMatch(line::intersectsLine)
        && keepAway.stream().noneMatch(box -> line.intersects(box.getX() - clearance, box.getY() - clearance,
        box.getWidth() + 2 * clearance, box.getHeight() + 2 * clearance));
  }
}
