package com.moneywar.briefing.cli;

/**
 * How many terminal cells a text takes, as terminals lay it out: East Asian wide and fullwidth
 * characters (Unicode East Asian Width W and F: Hangul syllables and leading jamo, CJK, kana,
 * fullwidth forms, most emoji) take two, combining marks and zero-width characters none, every
 * other character one. The ranges follow Markus Kuhn's {@code wcwidth}, with the Hangul Jamo
 * Extended blocks and the emoji blocks that later Unicode versions made wide. Thread-safe.
 */
final class DisplayWidth {
  /** Pairs of first and last code point of the wide ranges, in order. */
  private static final int[] WIDE = {
    0x1100, 0x115F, // Hangul Jamo, leading consonants
    0x2329, 0x232A, // angle brackets
    0x2E80, 0x303E, // CJK radicals, punctuation
    0x3041, 0x33FF, // kana, Hangul compatibility jamo, CJK compatibility
    0x3400, 0x4DBF, // CJK extension A
    0x4E00, 0x9FFF, // CJK unified ideographs
    0xA000, 0xA4CF, // Yi
    0xA960, 0xA97F, // Hangul Jamo Extended-A
    0xAC00, 0xD7A3, // Hangul syllables
    0xF900, 0xFAFF, // CJK compatibility ideographs
    0xFE10, 0xFE19, // vertical forms
    0xFE30, 0xFE6F, // CJK compatibility forms, small forms
    0xFF00, 0xFF60, // fullwidth forms
    0xFFE0, 0xFFE6, // fullwidth signs
    0x1F300, 0x1F64F, // pictographs, emoticons
    0x1F680, 0x1F6FF, // transport and map symbols
    0x1F900, 0x1F9FF, // supplemental symbols and pictographs
    0x20000, 0x2FFFD, // CJK extensions B and later
    0x30000, 0x3FFFD,
  };

  private DisplayWidth() {}

  /** The cells {@code text} takes in a terminal. */
  static int of(CharSequence text) {
    return text.codePoints().map(DisplayWidth::of).sum();
  }

  /** The cells one code point takes: 0, 1 or 2. */
  static int of(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT
        || (codePoint >= 0x1160 && codePoint <= 0x11FF) || (codePoint >= 0xD7B0 && codePoint <= 0xD7FF)) {
      return 0; // combining marks, zero-width joiners and spaces, Hangul vowel and final jamo
    }
    for (int i = 0; i < WIDE.length && codePoint >= WIDE[i]; i += 2) {
      if (codePoint <= WIDE[i + 1]) {
        return 2;
      }
    }
    return 1;
  }
}
