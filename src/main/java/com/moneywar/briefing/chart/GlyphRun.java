package com.moneywar.briefing.chart;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A line of text as separate glyphs, each an outline drawn at the origin and the point it is
 * placed at, so that an SVG can define each distinct glyph once and place it wherever the line
 * uses it. The run is only given when its glyphs, placed, cover exactly the outline the line was
 * drawn with (the same points, to a thousandth of a pixel); a line the font shapes otherwise is
 * drawn whole, as before, so a chart never looks different for being smaller.
 */
final class GlyphRun {
  private static final double SAME = 1e-3;
  /** Glyph outlines at the origin already made, per thread, by font and glyph code. */
  private static final ThreadLocal<Map<Font, Map<Integer, Shape>>> OUTLINES = ThreadLocal.withInitial(HashMap::new);
  private static final int MAX_REMEMBERED = 20_000;

  /** One glyph: its outline with its origin at (0, 0), and where that origin goes. */
  record Placed(Shape outline, double x, double y) {}

  private GlyphRun() {}

  /**
   * The glyphs of {@code text} set in {@code font} from ({@code x}, {@code y}), if they cover
   * exactly {@code outline}; empty otherwise.
   */
  static Optional<List<Placed>> of(String text, Font font, FontRenderContext frc, double x, double y, Shape outline) {
    char[] chars = text.toCharArray();
    GlyphVector vector = font.layoutGlyphVector(frc, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
    List<Placed> glyphs = new ArrayList<>(vector.getNumGlyphs());
    Map<Integer, Shape> outlines = OUTLINES.get().computeIfAbsent(font, f -> new HashMap<>());
    if (outlines.size() >= MAX_REMEMBERED) {
      outlines.clear();
    }
    for (int i = 0; i < vector.getNumGlyphs(); i++) {
      int code = vector.getGlyphCode(i);
      Shape shape = outlines.computeIfAbsent(code,
          c -> font.createGlyphVector(frc, new int[] {c}).getGlyphOutline(0));
      Point2D at = vector.getGlyphPosition(i);
      if (!shape.getPathIterator(null).isDone()) { // a space has no outline and needs no place
        glyphs.add(new Placed(shape, x + at.getX(), y + at.getY()));
      }
    }
    return covers(glyphs, outline) ? Optional.of(List.copyOf(glyphs)) : Optional.empty();
  }

  /** Whether the glyphs, placed, trace the same segments as {@code outline}, in the same order. */
  private static boolean covers(List<Placed> glyphs, Shape outline) {
    PathIterator whole = outline.getPathIterator(null);
    double[] a = new double[6];
    double[] b = new double[6];
    for (Placed glyph : glyphs) {
      AffineTransform move = AffineTransform.getTranslateInstance(glyph.x(), glyph.y());
      for (PathIterator part = glyph.outline().getPathIterator(move); !part.isDone(); part.next()) {
        if (whole.isDone()) {
          return false;
        }
        int type = part.currentSegment(a);
        if (whole.currentSegment(b) != type) {
          return false;
        }
        for (int k = 0; k < points(type) * 2; k++) {
          if (Math.abs(a[k] - b[k]) > SAME) {
            return false;
          }
        }
        whole.next();
      }
    }
    return whole.isDone();
  }

  private static int points(int segment) {
    return switch (segment) {
      case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 1;
      case PathIterator.SEG_QUADTO -> 2;
      case PathIterator.SEG_CUBICTO -> 3;
      default -> 0;
    };
  }
}
