package com.moneywar.briefing.chart;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.knowm.xchart.style.markers.Marker;

/**
 * The marker of each kind of deal one timeline draws. A kind keeps its own marker (a round's
 * triangle, a commitment's square) unless a kind before it in the chart's key has the same one; it
 * then takes the first of {@link #SPARE} that no kind of the chart has. So no two kinds of one chart
 * differ in colour alone: a new user's funding round and stake purchase were both triangles, blue and
 * purple, in a chart whose key promised that colour is never the only cue.
 */
final class KindShapes {
  private KindShapes() {}

  /**
   * Shapes no kind has of its own, each unlike the five markers and one another at 10 px; the last
   * two, whose hollow form is faint, only for a chart of eleven or twelve kinds.
   */
  static final List<Marker> SPARE = List.of(star(), plus(), triangle(true), triangle(false), cross(),
      hourglass(false), hourglass(true));

  /** The marker of each kind in {@code drawn}, no two alike while spare shapes last. */
  static <K extends Enum<K>> Map<K, Marker> of(Class<K> type, Set<K> drawn, java.util.function.ToIntFunction<K> own) {
    Map<K, Marker> shapes = new EnumMap<>(type);
    List<Marker> taken = new ArrayList<>();
    for (K kind : type.getEnumConstants()) {
      if (!drawn.contains(kind)) {
        continue;
      }
      Marker marker = ChartTheme.marker(own.applyAsInt(kind));
      if (taken.contains(marker)) {
        marker = SPARE.stream().filter(s -> !taken.contains(s)).findFirst().orElse(marker);
      }
      taken.add(marker);
      shapes.put(kind, marker);
    }
    return shapes;
  }

  /** A marker that fills {@code unit}, a path around (0, 0) about 2 wide, scaled to the marker's size. */
  private static Marker filled(Path2D unit) {
    return new Marker() {
      @Override
      public void paint(Graphics2D g, double x, double y, int size) {
        // Scaled to the size asked for, so that a hollow mark's inner, smaller copy
        // (ValuationMarks.mark) is the same shape.
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        at.scale(size / 2.0, size / 2.0);
        g.fill(at.createTransformedShape(unit));
      }
    };
  }

  /** A five-pointed star, a little larger than the others, whose points make it look smaller. */
  private static Marker star() {
    Path2D p = new Path2D.Double();
    for (int i = 0; i < 10; i++) {
      double r = i % 2 == 0 ? 1.35 : 0.55;
      double a = -Math.PI / 2 + i * Math.PI / 5;
      double px = r * Math.cos(a);
      double py = r * Math.sin(a) + 0.12;
      if (i == 0) {
        p.moveTo(px, py);
      } else {
        p.lineTo(px, py);
      }
    }
    p.closePath();
    return filled(p);
  }

  /** A plus sign of thick bars. */
  private static Marker plus() {
    return filled(plusPath());
  }

  private static Path2D plusPath() {
    Path2D p = new Path2D.Double();
    double t = 0.38;
    double r = 1.1;
    p.moveTo(-t, -r);
    p.lineTo(t, -r);
    p.lineTo(t, -t);
    p.lineTo(r, -t);
    p.lineTo(r, t);
    p.lineTo(t, t);
    p.lineTo(t, r);
    p.lineTo(-t, r);
    p.lineTo(-t, t);
    p.lineTo(-r, t);
    p.lineTo(-r, -t);
    p.lineTo(-t, -t);
    p.closePath();
    return p;
  }

  /** A triangle pointing right or left. */
  private static Marker triangle(boolean right) {
    Path2D p = new Path2D.Double();
    double s = right ? 1 : -1;
    p.moveTo(-s * 0.95, -1.1);
    p.lineTo(s * 1.15, 0);
    p.lineTo(-s * 0.95, 1.1);
    p.closePath();
    return filled(p);
  }

  /** Two triangles meeting at their points: upright (an hourglass) or lying (a bow tie). */
  private static Marker hourglass(boolean lying) {
    Path2D p = new Path2D.Double();
    p.moveTo(-1, -1);
    if (lying) {
      p.lineTo(-1, 1);
      p.lineTo(1, -1);
    } else {
      p.lineTo(1, -1);
      p.lineTo(-1, 1);
    }
    p.lineTo(1, 1);
    p.closePath();
    return filled(p);
  }

  /** A plus sign turned by 45 degrees. */
  private static Marker cross() {
    Path2D p = (Path2D) plusPath().clone();
    p.transform(AffineTransform.getRotateInstance(Math.PI / 4));
    return filled(p);
  }
}
