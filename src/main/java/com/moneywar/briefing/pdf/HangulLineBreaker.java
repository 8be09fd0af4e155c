package com.moneywar.briefing.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Line breaks for Korean as Korean is set: a word (eojeol, the run between two spaces) that holds
 * Hangul is never broken, so a line ends only at a space. openhtmltopdf would otherwise break
 * between any two syllables, since it ignores {@code word-break: keep-all}, and the JDK's line
 * iterator also breaks after a hyphen or before an opening bracket inside a Korean word
 * ({@code ‘마이크로소프트(MS)-오픈AI’}). Words without Hangul keep the JDK's rules, so English still
 * breaks after a hyphen or a slash. Not thread-safe: openhtmltopdf uses one per layout.
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
    while (at != BreakIterator.DONE && insideKoreanWord(text, at)) {
      at = lines.next();
    }
    return at;
  }

  /** Whether offset {@code at} falls between two non-space characters of a word that holds Hangul. */
  static boolean insideKoreanWord(String text, int at) {
    if (at <= 0 || at >= text.length()
        || Character.isWhitespace(text.charAt(at - 1)) || Character.isWhitespace(text.charAt(at))) {
      return false;
    }
    int start = at;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end).codePoints().anyMatch(HangulLineBreaker::isHangul);
  }

  static boolean isHangul(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
  }
}
