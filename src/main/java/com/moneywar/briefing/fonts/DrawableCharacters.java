package com.moneywar.briefing.fonts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the bundled font can draw, by its character maps: a character counts only if both
 * the regular and the bold face have it, since any text may end up bold. The PDF checks its pages
 * with it, and {@code check} the texts, so a character the PDF would print as {@code #} is an error
 * before the build. Thread-safe; the font is read once, on first use.
 */
public final class DrawableCharacters {
  private DrawableCharacters() {}

  private static final class Maps {
    static final List<CmapLookup> BOTH = List.of(cmap(BundledFont.REGULAR_TTF), cmap(BundledFont.BOLD_TTF));
    /**
     * The answer for each character of the Basic Multilingual Plane, looked up once: every
     * character of every PDF is asked about, and a lookup boxes the character.
     */
    static final BitSet BMP = bmp();

    private static BitSet bmp() {
      BitSet drawn = new BitSet(0x10000);
      for (int c = 0; c < 0x10000; c++) {
        drawn.set(c, inBoth(c));
      }
      return drawn;
    }
  }

  /** Whether the bundled font draws {@code codePoint} (spaces, line ends and control characters are not drawn). */
  public static boolean canDraw(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.CONTROL) {
      return true;
    }
    return codePoint < 0x10000 ? Maps.BMP.get(codePoint) : inBoth(codePoint);
  }

  private static boolean inBoth(int codePoint) {
    for (CmapLookup face : Maps.BOTH) {
      if (face.getGlyphId(codePoint) == 0) {
        return false;
      }
    }
    return true;
  }

  /** Up to 20 characters either side of the first {@code codePoint} in {@code text}, on one line. */
  public static String around(String text, int codePoint) {
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
