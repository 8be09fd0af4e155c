package com.moneywar.briefing.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Which characters of a print document the bundled font cannot draw. openhtmltopdf prints a
 * silent {@code #} for such a character; checking the text against the font's character map
 * before rendering turns that into an error the user can act on. A character counts as drawable
 * only if both the regular and the bold face have it, since any text may end up bold. Thread-safe.
 */
final class FontCoverage {
  /** A character the font lacks, and the text around its first occurrence. */
  record Missing(int codePoint, String text) {
    String character() {
      return new String(Character.toChars(codePoint));
    }

    String codePointName() {
      return String.format("U+%04X", codePoint);
    }
  }

  private static final FontCoverage BUNDLED = new FontCoverage();

  private FontCoverage() {}

  static FontCoverage bundled() {
    return BUNDLED;
  }

  boolean canDraw(int codePoint) {
    return com.moneywar.briefing.fonts.DrawableCharacters.canDraw(codePoint);
  }

  /** Each character the body's text needs and the font lacks, once, in document order. */
  List<Missing> missing(Document doc) {
    Map<Integer, Missing> found = new LinkedHashMap<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text) {
        String s = text.getWholeText();
        s.codePoints().filter(cp -> !canDraw(cp) && !found.containsKey(cp))
            .forEach(cp -> found.put(cp, new Missing(cp, around(s, cp))));
      }
    }, doc.body());
    return new ArrayList<>(found.values());
  }

  private static String around(String text, int codePoint) {
    return com.moneywar.briefing.fonts.DrawableCharacters.around(text, codePoint);
  }
}
