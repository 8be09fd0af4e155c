package com.moneywar.briefing.chart;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A drawing surface that becomes an SVG file: the same vector library XChart uses to write SVG,
 * then cleaned so that every browser and the PDF engine show it, and so the same drawing always
 * gives the same bytes.
 *
 * <p>Words are kept apart from the marks: each piece of text is one {@code <g data-text="…">}
 * holding its glyph outlines, drawn above the marks, and the canvas knows its box. A piece of text
 * whose box would overlap one already placed is not drawn (it is "thinned", and {@link #thinned()}
 * names it): no two texts of a chart are ever drawn on top of each other. The colours follow the
 * page's colour scheme through {@link ChartTheme#style}; the file without that style is light.
 */
final class SvgCanvas {
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
  private static final Pattern SVG_OPEN = Pattern.compile("<svg[^>]*>");
  /** The space kept free around every text's box, in px: two texts are at least twice this apart. */
  static final double TEXT_MARGIN = 0.5;
  /** The canvas being drawn on this thread, so that {@link GlyphPainter} can hand it the words. */
  private static final ThreadLocal<SvgCanvas> DRAWING = new ThreadLocal<>();

  /**
   * One piece of text: its words, its outline in the coordinates of the graphics it was drawn on
   * (where its element goes in the file), its box on the canvas, its colour, its halo, and its
   * glyphs one by one (empty when the text is written as one outline).
   */
  record TextMark(String text, Shape outline, Rectangle2D box, Color color, boolean halo,
      List<GlyphRun.Placed> glyphs) {
    TextMark {
      glyphs = List.copyOf(glyphs);
    }
  }

  /**
   * Where a text goes among the marks: a tiny square far off the canvas, drawn in its place in the
   * vector stream and replaced by the text's element in the file, so marks drawn after a text
   * (a point redrawn over a label) stay above it.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("<rect\\s[^>]*x=\"-(1\\d{5})\"[^>]*/>");
  private static final int PLACEHOLDER_X = 100000;

  private final int width;
  private final int height;
  private final VectorGraphics2D graphics = new VectorGraphics2D();
  private final List<TextMark> texts = new ArrayList<>();
  private final List<String> thinned = new ArrayList<>();

  SvgCanvas(int width, int height) {
    this.width = width;
    this.height = height;
    DRAWING.set(this);
  }

  int width() {
    return width;
  }

  Graphics2D graphics() {
    return graphics;
  }

  /** The canvas whose graphics {@code g} is, if it is being drawn on this thread. */
  static SvgCanvas drawingOn(Graphics2D g) {
    SvgCanvas canvas = DRAWING.get();
    return canvas != null && canvas.graphics == g ? canvas : null;
  }

  /**
   * Places a piece of text drawn as {@code outline} (in the coordinates of the graphics); returns
   * false, and draws nothing, when its box would overlap a text already placed or reach past the
   * edge of the chart.
   */
  boolean text(String text, Shape outline, Color color, boolean halo) {
    return text(text, outline, color, halo, List.of());
  }

  /**
   * Places a piece of text as {@link #text(String, Shape, Color, boolean)} does; in the file, its
   * {@code glyphs} (which cover {@code outline} exactly) are each placed from one definition.
   */
  boolean text(String text, Shape outline, Color color, boolean halo, List<GlyphRun.Placed> glyphs) {
    Rectangle2D box = graphics.getTransform().createTransformedShape(outline).getBounds2D();
    if (!inside(box)) {
      thinned.add(text); // it would be cut by the edge of the chart
      return false;
    }
    for (TextMark placed : texts) {
      if (overlap(placed.box(), box)) {
        thinned.add(text);
        return false;
      }
    }
    Color before = graphics.getColor();
    graphics.setColor(color);
    graphics.fill(new Rectangle2D.Double(-PLACEHOLDER_X - texts.size(), -PLACEHOLDER_X, 1, 1));
    graphics.setColor(before);
    texts.add(new TextMark(text, outline, box, color, halo, glyphs));
    return true;
  }

  /** Whether two boxes, each grown by {@link #TEXT_MARGIN}, share any area. */
  static boolean overlap(Rectangle2D a, Rectangle2D b) {
    double m = 2 * TEXT_MARGIN;
    return a.getMinX() < b.getMaxX() + m && b.getMinX() < a.getMaxX() + m
        && a.getMinY() < b.getMaxY() + m && b.getMinY() < a.getMaxY() + m;
  }

  /** Whether a text with box {@code box} (canvas coordinates) would be placed: inside the chart, clear of every text. */
  boolean fits(Rectangle2D box) {
    return inside(box) && texts.stream().noneMatch(t -> overlap(t.box(), box));
  }

  private boolean inside(Rectangle2D box) {
    return box.getMinX() >= -TEXT_MARGIN && box.getMinY() >= -TEXT_MARGIN && box.getMaxX() <= width + TEXT_MARGIN
        && box.getMaxY() <= height + TEXT_MARGIN;
  }

  /** The texts placed, in drawing order. */
  List<TextMark> texts() {
    return List.copyOf(texts);
  }

  /** The texts left out because they would have overlapped another, in drawing order. */
  List<String> thinned() {
    return List.copyOf(thinned);
  }

  /** The drawing as SVG, titled and described for anyone who opens the file on its own. */
  byte[] svg(String title, String description) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new SVGProcessor().getDocument(graphics.getCommands(), new PageSize(0, 0, width, height));
    try {
      doc.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (DRAWING.get() == this) {
      DRAWING.remove();
    }
    String svg = clean(out.toString(StandardCharsets.UTF_8), title, description);
    Matcher open = SVG_OPEN.matcher(svg);
    open.find();
    int afterHead = svg.indexOf("</desc>", open.end()) + "</desc>".length();
    java.util.Set<ChartTheme.Themed> colours = new java.util.TreeSet<>(
        java.util.Comparator.comparing(ChartTheme::textClass));
    texts.forEach(t -> colours.add(ChartTheme.themed(t.color())));
    String background = "\n  <style>" + ChartTheme.style(colours, svg) + "</style>\n  <rect class=\"bg\" fill=\""
        + ChartTheme.hex(ChartTheme.PAPER) + "\" width=\"" + width + "\" height=\"" + height + "\"/>";
    StringBuilder withTexts = new StringBuilder();
    Map<String, String> glyphIds = new LinkedHashMap<>();
    Matcher placeholder = PLACEHOLDER.matcher(svg);
    int copied = 0;
    while (placeholder.find()) {
      withTexts.append(svg, copied, placeholder.start());
      withTexts.append(element(texts.get(Integer.parseInt(placeholder.group(1)) - PLACEHOLDER_X), glyphIds));
      copied = placeholder.end();
    }
    if (!glyphIds.isEmpty()) {
      StringBuilder defs = new StringBuilder("\n  <defs>");
      glyphIds.forEach((d, id) -> defs.append("<path id=\"").append(id).append("\" d=\"").append(d).append("\"/>"));
      background += defs.append("</defs>");
    }
    svg = withTexts.append(svg, copied, svg.length()).toString();
    if (svg.contains("x=\"-" + PLACEHOLDER_X)) {
      throw new IllegalStateException("a text's place was not found in the SVG");
    }
    svg = svg.substring(0, afterHead) + background + svg.substring(afterHead);
    return svg.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The element of one text: a group named by its words, its glyphs inside. Each distinct glyph
   * outline is defined once in the file ({@code <path id="gl1">} in {@code <defs>}, ids in order of
   * first use, kept in {@code glyphIds}) and placed with {@code <use xlink:href x y>}, which browsers
   * and the PDF's SVG engine (Batik) both draw, taking the fill, and for the halo the stroke, of
   * the group around it. A text whose glyphs could not be told apart is one outline, as a path.
   */
  private static String element(TextMark t, Map<String, String> glyphIds) {
    ChartTheme.Themed colour = ChartTheme.themed(t.color());
    // The words as read: a no-break space (which keeps an amount on one line) is a space.
    StringBuilder e = new StringBuilder("<g data-text=\"").append(attribute(t.text().replace('\u00a0', ' ')))
        .append("\" class=\"")
        .append(ChartTheme.textClass(colour)).append("\" fill=\"").append(ChartTheme.hex(colour.light()))
        .append("\">");
    if (!t.glyphs().isEmpty()) {
      StringBuilder uses = new StringBuilder();
      for (GlyphRun.Placed glyph : t.glyphs()) {
        String id = glyphIds.computeIfAbsent(pathData(glyph.outline()), d -> "gl" + (glyphIds.size() + 1));
        uses.append("<use xlink:href=\"#").append(id).append("\" x=\"").append(number(glyph.x()))
            .append("\" y=\"").append(number(glyph.y())).append("\"/>");
      }
      if (t.halo()) {
        e.append("<g class=\"halo\" fill=\"none\" stroke=\"").append(ChartTheme.hex(ChartTheme.PAPER))
            .append("\" stroke-width=\"4\" stroke-linejoin=\"round\">").append(uses).append("</g>");
      }
      return e.append(uses).append("</g>").toString();
    }
    String d = pathData(t.outline());
    if (t.halo()) {
      e.append("<path class=\"halo\" fill=\"none\" stroke=\"").append(ChartTheme.hex(ChartTheme.PAPER))
          .append("\" stroke-width=\"4\" stroke-linejoin=\"round\" d=\"").append(d).append("\"/>");
    }
    return e.append("<path d=\"").append(d).append("\"/></g>").toString();
  }

  /** An outline as SVG path data, coordinates rounded to 1/100 px. */
  static String pathData(Shape outline) {
    StringBuilder d = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      switch (type) {
        case PathIterator.SEG_MOVETO -> point(d.append('M'), c, 0);
        case PathIterator.SEG_LINETO -> point(d.append('L'), c, 0);
        case PathIterator.SEG_QUADTO -> point(point(d.append('Q'), c, 0).append(' '), c, 2);
        case PathIterator.SEG_CUBICTO -> point(point(point(d.append('C'), c, 0).append(' '), c, 2).append(' '), c, 4);
        default -> d.append('Z');
      }
    }
    return d.toString();
  }

  private static StringBuilder point(StringBuilder d, double[] c, int i) {
    return d.append(number(c[i])).append(',').append(number(c[i + 1]));
  }

  private static String number(double v) {
    BigDecimal rounded = BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.signum() == 0 ? "0" : rounded.toPlainString();
  }

  private static String attribute(String text) {
    return escape(text).replace("\"", "&quot;");
  }

  /**
   * Removes what breaks display or reproducibility: the empty default namespaces that make
   * browsers and openhtmltopdf draw children blank; the DOCTYPE whose DTD a parser might fetch
   * from the network; clip ids taken from hash codes. Rounds coordinates to 1/100 px, which no one
   * can see, to keep the files small.
   */
  static String clean(String svg, String title, String description) {
    String s = DOCTYPE.matcher(svg).replaceFirst("").replace(" xmlns=\"\"", "");
    s = renumberAndRound(s);
    Matcher open = SVG_OPEN.matcher(s);
    if (open.find()) {
      String head = "\n  <title>" + escape(title) + "</title>\n  <desc>" + escape(description) + "</desc>";
      s = s.substring(0, open.end()) + head + s.substring(open.end());
    }
    return s;
  }

  /**
   * Numbers clip ids in order of first appearance ({@code clip-1179405234} → {@code clip1}) and
   * rounds every decimal with three or more decimals to two, half up, without trailing zeros
   * ({@code 3.640625} → {@code 3.64}, {@code 2.005} → {@code 2.01}, {@code -0.004} → {@code 0}),
   * in one pass over the characters.
   *
   * <p>It gives exactly what these two rules, applied one after the other, gave: replace each
   * match of {@code clip-?\d+} by its number, then each match of {@code -?\d+\.\d{3,}} by
   * {@code new BigDecimal(match).setScale(2, HALF_UP).stripTrailingZeros()} as plain text ("0" when
   * zero). A decimal is rounded as a whole, however many digits its integer part has.
   */
  static String renumberAndRound(String s) {
    int n = s.length();
    StringBuilder out = new StringBuilder(n);
    Map<String, String> ids = new HashMap<>();
    int copied = 0; // s[copied, i) is still to be copied unchanged
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == 'c' && s.startsWith("clip", i)) {
        int digits = i + 4 < n && s.charAt(i + 4) == '-' ? i + 5 : i + 4;
        int end = digitsEnd(s, digits);
        if (end == digits) { // "clip-path", "clip-x": not an id
          i++;
          continue;
        }
        out.append(s, copied, i);
        String id = ids.computeIfAbsent(s.substring(i, end), k -> Integer.toString(ids.size() + 1));
        out.append("clip");
        int fracEnd = decimalsEnd(s, end);
        if (fracEnd > 0) {
          // The new number followed by decimals is a decimal of the renumbered text: round it.
          appendRounded(out, false, id, 0, id.length(), s, end + 1, fracEnd);
          i = fracEnd;
        } else {
          out.append(id);
          i = end;
        }
        copied = i;
        continue;
      }
      boolean minus = c == '-';
      if (minus || isDigit(c)) {
        int intStart = minus ? i + 1 : i;
        int intEnd = digitsEnd(s, intStart);
        if (intEnd == intStart) {
          i++; // a lone minus
          continue;
        }
        int fracEnd = decimalsEnd(s, intEnd);
        if (fracEnd < 0) {
          i = intEnd; // no decimal here, nor at any later start inside these digits
          continue;
        }
        out.append(s, copied, i);
        appendRounded(out, minus, s, intStart, intEnd, s, intEnd + 1, fracEnd);
        i = fracEnd;
        copied = i;
        continue;
      }
      i++;
    }
    out.append(s, copied, n);
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int i = from;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code .ddd…} (three digits or more) at {@code dot}, or -1 if there is none. */
  private static int decimalsEnd(String s, int dot) {
    if (dot >= s.length() || s.charAt(dot) != '.') {
      return -1;
    }
    int end = digitsEnd(s, dot + 1);
    return end - (dot + 1) >= 3 ? end : -1;
  }

  /**
   * Appends {@code -int.frac} rounded half up to two decimals, as {@link BigDecimal#toPlainString()}
   * writes it after {@link BigDecimal#stripTrailingZeros()}: no leading or trailing zeros, "0" for
   * zero (never "-0").
   */
  private static void appendRounded(StringBuilder out, boolean minus, CharSequence whole, int intStart, int intEnd,
      CharSequence frac, int fracStart, int fracEnd) {
    int length = intEnd - intStart + 3; // a leading digit for the carry, the integer part, two decimals
    char[] d = new char[length];
    d[0] = '0';
    for (int k = intStart; k < intEnd; k++) {
      d[k - intStart + 1] = whole.charAt(k);
    }
    d[length - 2] = frac.charAt(fracStart);
    d[length - 1] = frac.charAt(fracStart + 1);
    if (frac.charAt(fracStart + 2) >= '5') {
      int k = length - 1;
      while (d[k] == '9') {
        d[k--] = '0';
      }
      d[k]++;
    }
    int first = 0;
    while (first < length - 3 && d[first] == '0') {
      first++;
    }
    boolean zero = first == length - 3 && d[first] == '0' && d[length - 2] == '0' && d[length - 1] == '0';
    if (zero) {
      out.append('0');
      return;
    }
    if (minus) {
      out.append('-');
    }
    out.append(d, first, length - 2 - first);
    if (d[length - 1] != '0') {
      out.append('.').append(d[length - 2]).append(d[length - 1]);
    } else if (d[length - 2] != '0') {
      out.append('.').append(d[length - 2]);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
