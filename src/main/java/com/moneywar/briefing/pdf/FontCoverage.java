package com.moneywar.briefing.pdf;

import com.moneywar.briefing.fonts.BundledFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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

  private static final FontCoverage BUNDLED =
      new FontCoverage(List.of(cmap(BundledFont.REGULAR_TTF), cmap(BundledFont.BOLD_TTF)));

  private final List<CmapLookup> cmaps;

  private FontCoverage(List<CmapLookup> cmaps) {
    this.cmaps = List.copyOf(cmaps);
  }

  static FontCoverage bundled() {
    return BUNDLED;
  }

  boolean canDraw(int codePoint) {
    // Spaces and line ends are laid out, not drawn; control characters never reach the page.
    if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.CONTROL) {
      return true;
    }
    return cmaps.stream().allMatch(c -> c.getGlyphId(codePoint) != 0);
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

  /** Up to 20 characters either side of the first {@code codePoint} in {@code text}, on one line. */
  private static String around(String text, int codePoint) {
    String flat = text.replaceAll("\\s+", " ").strip();
    int at = flat.indexOf(new String(Character.toChars(codePoint)));
    int from = Math.max(0, at - 20);
    int to = Math.min(flat.length(), at + Character.charCount(codePoint) + 20);
    if (from > 0 && Character.isLowSurrogate(flat.charAt(from))) {
      from--;
    }
    if (to < flat.length() && Character.isLowSurrogate(flat.charAt(to))) {
      to++;
    }
    return (from > 0 ? "…" : "") + flat.substring(from, to) + (to < flat.length() ? "…" : "");
  }

  private static CmapLookup cmap(BundledFont font) {
    try {
      TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font.bytes()));
      return ttf.getUnicodeCmapLookup();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled font " + font.fileName(), e);
    }
  }
}
