package com.moneywar.briefing.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The words of a chart SVG read from outside, as a checker that knows nothing of the renderer
 * would: every element with a {@code data-text} attribute, and the box its glyph outlines cover,
 * computed from the coordinates of its paths and the {@code translate(…)} of the groups around it.
 * A glyph may be a {@code <use>} of a path defined elsewhere in the file (by {@code xlink:href} or
 * {@code href}), moved by its {@code x} and {@code y}. Paths must use absolute commands and no other
 * transform (what the renderer writes); anything else fails loudly rather than giving a wrong box.
 */
public final class ChartTexts {
  private static final Pattern TRANSLATE =
      Pattern.compile("\\s*translate\\(\\s*(-?[\\d.]+)(?:[\\s,]+(-?[\\d.]+))?\\s*\\)\\s*");
  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE]-?\\d+)?");

  /** One piece of text and its box. */
  public record Text(String text, double minX, double minY, double maxX, double maxY) {
    public boolean overlaps(Text other) {
      double w = Math.min(maxX, other.maxX) - Math.max(minX, other.minX);
      double h = Math.min(maxY, other.maxY) - Math.max(minY, other.minY);
      return w > 0.01 && h > 0.01;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "\"%s\" [%.1f,%.1f – %.1f,%.1f]", text, minX, minY, maxX, maxY);
    }
  }

  private ChartTexts() {}

  public static List<Text> of(Path svg) {
    try {
      return of(Files.readAllBytes(svg));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Text> of(byte[] svg) {
    Document doc = parse(svg);
    List<Text> texts = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (!e.hasAttribute("data-text")) {
        continue;
      }
      double dx = 0;
      double dy = 0;
      for (Node n = e; n instanceof Element a; n = n.getParentNode()) {
        if (a.hasAttribute("transform")) {
          Matcher t = TRANSLATE.matcher(a.getAttribute("transform"));
          if (!t.matches()) {
            throw new IllegalArgumentException("a transform other than translate on or above "
                + e.getAttribute("data-text") + ": " + a.getAttribute("transform"));
          }
          dx += Double.parseDouble(t.group(1));
          dy += t.group(2) == null ? 0 : Double.parseDouble(t.group(2));
        }
      }
      double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
      NodeList paths = e.getElementsByTagNameNS("*", "path");
      for (int p = 0; p < paths.getLength(); p++) {
        Element path = (Element) paths.item(p);
        if (!isHalo(path, e)) {
          addPath(path.getAttribute("d"), 0, 0, box);
        }
      }
      NodeList uses = e.getElementsByTagNameNS("*", "use");
      for (int u = 0; u < uses.getLength(); u++) {
        Element use = (Element) uses.item(u);
        if (isHalo(use, e)) {
          continue;
        }
        String href = use.hasAttributeNS(XLINK_NS, "href") ? use.getAttributeNS(XLINK_NS, "href")
            : use.getAttribute("href");
        Element defined = href.startsWith("#") ? byId(doc, href.substring(1)) : null;
        if (defined == null || !defined.getLocalName().equals("path") || defined.hasAttribute("transform")) {
          throw new IllegalArgumentException("a <use> in " + e.getAttribute("data-text")
              + " that does not name a path without transform in the file: '" + href + "'");
        }
        addPath(defined.getAttribute("d"), number(use, "x"), number(use, "y"), box);
      }
      if (box[0] <= box[2]) {
        texts.add(new Text(e.getAttribute("data-text"), box[0] + dx, box[1] + dy, box[2] + dx, box[3] + dy));
      }
    }
    return texts;
  }

  /** Whether {@code node}, in the text {@code text}, is (in) its halo: a stroke around the glyphs, not the glyphs. */
  private static boolean isHalo(Element node, Element text) {
    for (Node n = node; n != text && n instanceof Element a; n = n.getParentNode()) {
      if ("none".equals(a.getAttribute("fill"))) {
        return true;
      }
    }
    return false;
  }

  private static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    return null;
  }

  private static double number(Element e, String attribute) {
    String value = e.getAttribute(attribute);
    return value.isEmpty() ? 0 : Double.parseDouble(value);
  }

  /** Every pair of texts whose boxes overlap, described. */
  public static List<String> overlaps(List<Text> texts) {
    List<String> found = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        if (texts.get(i).overlaps(texts.get(j))) {
          found.add(texts.get(i) + " overlaps " + texts.get(j));
        }
      }
    }
    return found;
  }

  /**
   * The number of filled paths outside any {@code data-text} element drawn in one of
   * {@code textColours} (as {@code rgb(r,g,b)}): glyphs that escaped the text elements.
   */
  public static int strayTextPaths(byte[] svg, List<String> textColours) {
    Document doc = parse(svg);
    NodeList paths = doc.getElementsByTagNameNS("*", "path");
    int stray = 0;
    for (int i = 0; i < paths.getLength(); i++) {
      Element path = (Element) paths.item(i);
      boolean inText = false;
      for (Node n = path; n instanceof Element a; n = n.getParentNode()) {
        inText |= a.hasAttribute("data-text");
      }
      String style = path.getAttribute("style");
      if (!inText && textColours.stream().anyMatch(c -> style.contains("fill:" + c + ";"))) {
        stray++;
      }
    }
    return stray;
  }

  private static void addPath(String d, double dx, double dy, double[] box) {
    if (d.chars().anyMatch(c -> "mlhvcsqtaz".indexOf(c) >= 0)) {
      throw new IllegalArgumentException("relative path commands are not supported: " + d);
    }
    if (d.chars().anyMatch(c -> "HVSTA".indexOf(c) >= 0)) {
      throw new IllegalArgumentException("only M, L, Q, C and Z are supported: " + d);
    }
    Matcher m = NUMBER.matcher(d);
    List<Double> numbers = new ArrayList<>();
    while (m.find()) {
      numbers.add(Double.parseDouble(m.group()));
    }
    for (int k = 0; k + 1 < numbers.size(); k += 2) {
      box[0] = Math.min(box[0], numbers.get(k) + dx);
      box[1] = Math.min(box[1], numbers.get(k + 1) + dy);
      box[2] = Math.max(box[2], numbers.get(k) + dx);
      box[3] = Math.max(box[3], numbers.get(k + 1) + dy);
    }
  }

  private static Document parse(byte[] svg) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("not an SVG document", e);
    }
  }
}
