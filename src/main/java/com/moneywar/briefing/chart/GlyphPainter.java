package com.moneywar.briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws words as filled glyph outlines, as XChart does, so the SVG needs no font to display and
 * looks the same in every browser and in the PDF. On an {@link SvgCanvas} each piece of text is
 * handed to the canvas, which keeps it as one element with its words and box, and leaves out a
 * piece that would overlap another. Measures with a fixed render context, so the
 * same text always gives the same bytes.
 */
final class GlyphPainter {
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final BasicStroke HALO = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  /** Where the given x lies on the text: its start, its centre or its end. */
  enum Align {
    START,
    CENTER,
    END
  }

  private GlyphPainter() {}

  static double width(String text, Font font) {
    if (text.isEmpty()) {
      return 0;
    }
    Map<String, Double> widths = WIDTHS.get().computeIfAbsent(font, f -> new HashMap<>());
    Double width = widths.get(text);
    if (width == null) {
      if (widths.size() >= MAX_REMEMBERED) {
        widths.clear();
      }
      width = (double) new TextLayout(text, font, FRC).getAdvance();
      widths.put(text, width);
    }
    return width;
  }

  /**
   * Widths already measured, per thread (each language's charts are drawn on their own). Fitting
   * labels measures the same words again for every font size and step it tries; a layout per
   * measure made a long date axis take seconds.
   */
  private static final ThreadLocal<Map<Font, Map<String, Double>>> WIDTHS = ThreadLocal.withInitial(HashMap::new);
  private static final int MAX_REMEMBERED = 20_000;

  /** The height of capital letters and Hangul above the baseline, for centring a line on a point. */
  static double capHeight(Font font) {
    return new TextLayout("H가", font, FRC).getBounds().getHeight() * 0.92;
  }

  /** The height of the ink of one line: from the top of its tallest glyph to the bottom of its lowest. */
  static double inkHeight(String text, Font font) {
    return text.isEmpty() ? 0 : new TextLayout(text, font, FRC).getBounds().getHeight();
  }

  /** The box one line would cover if drawn with its baseline at {@code y}. */
  static Rectangle2D box(String text, Font font, double x, double y, Align align) {
    if (text.isEmpty()) {
      return new Rectangle2D.Double(x, y, 0, 0);
    }
    double[] m = MEASURES.get().computeIfAbsent(font, f -> new HashMap<>()).get(text);
    if (m == null) {
      Map<String, double[]> measures = MEASURES.get().get(font);
      if (measures.size() >= MAX_REMEMBERED) {
        measures.clear();
      }
      TextLayout layout = new TextLayout(text, font, FRC);
      m = new double[] {layout.getAdvance(), layout.getAscent(), layout.getDescent()};
      measures.put(text, m);
    }
    return new Rectangle2D.Double(left(x, m[0], align), y - m[1], m[0], m[1] + m[2]);
  }

  /**
   * The advance, ascent and descent of lines already measured, per thread: placing a label tries
   * the same lines at many places, and a layout per try made a crowded timeline take seconds.
   */
  private static final ThreadLocal<Map<Font, Map<String, double[]>>> MEASURES =
      ThreadLocal.withInitial(HashMap::new);

  /**
   * Whether one line drawn at {@code x}, {@code y} would be placed, not thinned: on an {@link
   * SvgCanvas}, whether its box is inside the chart and clear of every text already drawn; on other
   * graphics, always.
   */
  static boolean fits(Graphics2D g, String text, Font font, double x, double y, Align align) {
    SvgCanvas canvas = SvgCanvas.drawingOn(g);
    if (canvas == null || text.isEmpty()) {
      return true;
    }
    TextLayout layout = new TextLayout(text, font, FRC);
    Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(left(x, layout.getAdvance(), align), y));
    return canvas.fits(g.getTransform().createTransformedShape(outline).getBounds2D());
  }

  /** Where a line {@code width} wide starts when it is aligned to {@code x}. */
  private static double left(double x, double width, Align align) {
    return switch (align) {
      case START -> x;
      case CENTER -> x - width / 2;
      case END -> x - width;
    };
  }

  /** Draws one line with its baseline at {@code y}; returns the box it covers. */
  static Rectangle2D draw(Graphics2D g, String text, Font font, Color color, double x, double y, Align align) {
    return draw(g, text, font, color, x, y, align, false);
  }

  /**
   * Draws one line with its baseline at {@code y}, with a white halo when it may cross a line or a
   * grid so it stays readable; returns the box it covers.
   */
  static Rectangle2D draw(
      Graphics2D g, String text, Font font, Color color, double x, double y, Align align, boolean halo) {
    if (text.isEmpty()) {
      return new Rectangle2D.Double(x, y, 0, 0);
    }
    TextLayout layout = new TextLayout(text, font, FRC);
    double width = layout.getAdvance();
    double left = left(x, width, align);
    Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(left, y));
    Rectangle2D box = new Rectangle2D.Double(left, y - layout.getAscent(), width, layout.getAscent() + layout.getDescent());
    SvgCanvas canvas = SvgCanvas.drawingOn(g);
    if (canvas != null) {
      canvas.text(text, outline, color, halo, GlyphRun.of(text, font, FRC, left, y, outline).orElse(List.of()));
      return box;
    }
    if (halo) {
      g.setColor(Color.WHITE);
      g.setStroke(HALO);
      g.draw(outline);
    }
    g.setColor(color);
    g.fill(outline);
    return box;
  }
}
