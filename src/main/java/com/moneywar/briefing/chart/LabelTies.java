package com.moneywar.briefing.chart;

import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Whether a label beside a mark can be read as naming any other mark, and the leader line that ties
 * a label set further off to its own mark. A label needs no leader when it touches its own mark
 * (within {@link #BESIDE} px) and every other mark is at least {@link #MARGIN} px further from it
 * ({@link #LEVEL_MARGIN} px for one level with a line of the label);
 * a mark level with its own and beyond it (seen from the label) is excused, as a reader meets the
 * label's own mark first.
 */
final class LabelTies {
  /** The farthest a label may stand from its mark without a leader line, in px. */
  static final double BESIDE = 8;
  /** How much further than its own mark every other mark must be from a label without a leader, in px. */
  static final double MARGIN = 12;
  /** The same for a mark level with a line of the label, which a reader's eye meets along the line. */
  static final double LEVEL_MARGIN = 30;

  /** How far a name tied to its mark by a leader line keeps from every other mark, in px. */
  static final double TIED_CLEARANCE = 18;

  private LabelTies() {}

  /** The shortest distance between two boxes, 0 when they touch or overlap. */
  static double gap(Rectangle2D a, Rectangle2D b) {
    double dx = Math.max(0, Math.max(a.getMinX() - b.getMaxX(), b.getMinX() - a.getMaxX()));
    double dy = Math.max(0, Math.max(a.getMinY() - b.getMaxY(), b.getMinY() - a.getMaxY()));
    return Math.hypot(dx, dy);
  }

  /** Whether {@code label} unmistakably names {@code own} among {@code others}, without a leader line. */
  static boolean unmistakable(Rectangle2D label, Rectangle2D own, List<Rectangle2D> others) {
    double mine = gap(label, own);
    if (mine > BESIDE) {
      return false;
    }
    boolean leftOf = label.getMaxX() <= own.getCenterX();
    boolean rightOf = label.getMinX() >= own.getCenterX();
    for (Rectangle2D other : others) {
      boolean level = Math.abs(other.getCenterY() - own.getCenterY()) < 2;
      boolean beyond = level && (leftOf && other.getCenterX() > own.getCenterX()
          || rightOf && other.getCenterX() < own.getCenterX());
      boolean inLine = other.getMaxY() >= label.getMinY() && other.getMinY() <= label.getMaxY();
      if (!beyond && gap(label, other) < mine + (inLine ? LEVEL_MARGIN : MARGIN)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code label}, set off from its mark, keeps {@link #LEVEL_MARGIN} px from every one of
   * {@code others} level with a line of it: a reader's eye runs along the line to the nearest mark
   * before it finds the leader line.
   */
  static boolean clearAlongItsLines(Rectangle2D label, List<Rectangle2D> others) {
    return others.stream().noneMatch(o -> o.getMaxY() >= label.getMinY() && o.getMinY() <= label.getMaxY()
        && gap(label, o) < LEVEL_MARGIN);
  }

  /**
   * The leader line from a label of several lines to the centre of its mark: to the line nearest
   * the mark, so that it never ends in the empty corner of the block beside a shorter line.
   */
  static Line2D leader(List<Rectangle2D> lines, double x, double y, double size) {
    Rectangle2D nearest = lines.get(0);
    for (Rectangle2D line : lines) {
      if (gap(line, new Rectangle2D.Double(x, y, 0, 0)) < gap(nearest, new Rectangle2D.Double(x, y, 0, 0))) {
        nearest = line;
      }
    }
    return leader(nearest, x, y, size);
  }

  /**
   * The leader line from a label's box to the centre of its mark: from the point of the box nearest
   * the mark, less a small gap, to just outside a marker {@code size} px across.
   */
  static Line2D leader(Rectangle2D label, double x, double y, double size) {
    double px = Math.max(label.getMinX(), Math.min(label.getMaxX(), x));
    double py = Math.max(label.getMinY(), Math.min(label.getMaxY(), y));
    double length = Point2D.distance(px, py, x, y);
    double ux = (px - x) / length;
    double uy = (py - y) / length;
    double start = size / 2 + 3;
    return new Line2D.Double(x + ux * start, y + uy * start, px - ux * 2, py - uy * 2);
  }
}
