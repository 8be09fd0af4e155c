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
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
  private static final Pattern CLIP_ID = Pattern.compile("clip-?\\d+");
  private static final Pattern LONG_DECIMAL = Pattern.compile("-?\\d+\\.\\d{3,}");
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
    s = renumberClips(s);
    s = round(s);
    Matcher open = SVG_OPEN.matcher(s);
    if (open.find()) {
      String head = "\n  <title>" + escape(title) + "</title>\n  <desc>" + escape(description) + "</desc>";
      s = s.substring(0, open.end()) + head + s.substring(open.end());
    }
    return s;
  }

  private static String renumberClips(String s) {
    Map<String, String> ids = new LinkedHashMap<>();
    Matcher m = CLIP_ID.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String id = ids.computeIfAbsent(m.group(), k -> "clip" + (ids.size() + 1));
      m.appendReplacement(out, id);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String round(String s) {
    Matcher m = LONG_DECIMAL.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      BigDecimal v = new BigDecimal(m.group()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
      String text = v.signum() == 0 ? "0" : v.toPlainString();
      m.appendReplacement(out, text);
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
