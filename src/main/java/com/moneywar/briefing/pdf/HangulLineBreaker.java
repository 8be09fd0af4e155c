package com.moneywar.briefing.pdf;

import com.openhtmltopdf.extend.FSTextBreaker;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;

/**
 * Line breaks for Korean as Korean is set: a word (eojeol, the run between two spaces) that holds
 * Hangul is never broken, so a line ends only at a space. openhtmltopdf would otherwise break
 * between any two syllables, since it ignores {@code word-break: keep-all}, and the JDK's line
 * iterator also breaks after a hyphen or before an opening bracket inside a Korean word
 * ({@code ‘마이크로소프트(MS)-오픈AI’}). So nothing separates a closing bracket, a quote or a figure
 * from the particle after it ({@code 615억달러(약 88조4000억원)로}). A bound word stays with the
 * figure it qualifies: no break at the space after a whole word 약, 최대, 최소 or 총 when a digit
 * follows ({@code 약 88조4000억원}, {@code 최대 100억달러}). A range of figures is never broken after its
 * dash ({@code ₩7–14 billion}). Words without Hangul otherwise keep the JDK's rules, so English still
 * breaks after a hyphen between words or a slash.
 *
 * <p>A word wider than the whole line is not this class's business: the PDF's style sets
 * {@code word-wrap: break-word} (outside tables), so openhtmltopdf breaks such a word between characters (only
 * then, as a browser does with {@code overflow-wrap}). Not thread-safe: openhtmltopdf uses one per
 * layout.
 */
final class HangulLineBreaker implements FSTextBreaker {
  /** Korean words that qualify the number after them, as the site writes bounds and estimates. */
  static final Set<String> BOUND_WORDS = Set.of("약", "최대", "최소", "총");

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
    while (at != BreakIterator.DONE && (insideKoreanWord(text, at) || afterBoundWord(text, at) || insideRange(text, at))) {
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

  /**
   * Whether offset {@code at} follows spaces after a bound word ({@code 약}, {@code 최대}…, alone or
   * just after an opening bracket) and comes before a digit: {@code 달러(약 |88조}, not
   * {@code 계약 |10건}.
   */
  static boolean afterBoundWord(String text, int at) {
    if (at <= 0 || at >= text.length() || !Character.isDigit(text.charAt(at))
        || !Character.isWhitespace(text.charAt(at - 1))) {
      return false;
    }
    int end = at;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && !isOpening(text.charAt(start - 1))) {
      start--;
    }
    return BOUND_WORDS.contains(text.substring(start, end));
  }

  /**
   * Whether offset {@code at} follows the dash of a range of figures and comes before its second
   * figure: {@code ₩7–|14 billion}, {@code 2024–|25}, {@code $800 million–|$1.2 billion}. The JDK breaks
   * after any dash; a figure's no-break spaces ({@link NoBreakText}) do not stop that.
   */
  static boolean insideRange(String text, int at) {
    if (at < 2 || at >= text.length() || "–-~".indexOf(text.charAt(at - 1)) < 0) {
      return false;
    }
    char next = text.charAt(at);
    char before = text.charAt(at - 2);
    return (Character.isDigit(next) || Character.getType(next) == Character.CURRENCY_SYMBOL)
        && (Character.isDigit(before) || Character.isLetter(before));
  }

  private static boolean isOpening(char c) {
    int type = Character.getType(c);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
  }

  static boolean isHangul(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
  }
}
