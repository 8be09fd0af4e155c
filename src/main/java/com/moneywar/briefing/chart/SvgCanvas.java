package com.moneywar.briefing.chart;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A white drawing surface that becomes an SVG file: the same vector library XChart uses to
 * write SVG, then cleaned so that every browser and the PDF engine show it, and so the same
 * drawing always gives the same bytes.
 */
final class SvgCanvas {
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
  private static final Pattern SVG_OPEN = Pattern.compile("<svg[^>]*>");

  private final int width;
  private final int height;
  private final VectorGraphics2D graphics = new VectorGraphics2D();

  SvgCanvas(int width, int height) {
    this.width = width;
    this.height = height;
    graphics.setColor(Color.WHITE);
    graphics.fill(new Rectangle2D.Double(0, 0, width, height));
  }

  Graphics2D graphics() {
    return graphics;
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
    return clean(out.toString(StandardCharsets.UTF_8), title, description).getBytes(StandardCharsets.UTF_8);
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
