package com.moneywar.briefing.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaks for Korean as Korean is set: between words (at spaces), never between two Hangul
 * syllables, which openhtmltopdf would otherwise do since it ignores {@code word-break: keep-all}.
 */
final class HangulLineBreaker implements FSTextBreaker {
  private final BreakIterator lines = BreakIterator.getLineInstance(Locale.KOREAN);
  private String text = "";

  @Override
  public void setText(String newText) {
    text = newText;
    lines.setText(newText);
  }

  @Override
  public int next() {
    int at = lines.next();
    while (at != BreakIterator.DONE && at > 0 && at < text.length()
        && isKoreanWordChar(text.charAt(at - 1)) && isKoreanWordChar(text.charAt(at))) {
      at = lines.next();
    }
    return at;
  }

  /** Hangul and the characters that cling to it in a word: digits, closing brackets, particles. */
  private static boolean isKoreanWordChar(char c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    boolean hangul = block == Character.UnicodeBlock.HANGUL_SYLLABLES
        || block == Character.UnicodeBlock.HANGUL_JAMO
        || block == Character.UnicodeBlock.HANGUL_COMPATIBILITY_JAMO;
    return hangul || Character.isLetterOrDigit(c) || "()[]·.,%".indexOf(c) >= 0;
  }
}
