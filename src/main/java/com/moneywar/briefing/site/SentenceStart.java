package com.moneywar.briefing.site;

import java.util.Locale;
import java.util.Set;

/**
 * Where an English sentence begins, so that a figure opening one is written with a capital as the
 * writer would have typed it: {@code {{round:ID:amount}} of bonds} reads {@code About $27 billion of
 * bonds}, not {@code about …}. A sentence begins at the start of a text (a title, a summary, a
 * heading, a paragraph, a list item) and after {@code ". "}, {@code "! "} or {@code "? "} (closing
 * quotes and brackets before the space, opening quotes after it, allowed), unless the word before
 * the full stop is a common abbreviation ({@code Mr.}, {@code vs.}, {@code e.g.}). Only the figure's
 * first letter changes, and only from lower to upper case. Korean has no case and is never passed
 * here. Stateless.
 */
final class SentenceStart {
  /** Words that end in a full stop without ending a sentence, in lower case. */
  private static final Set<String> ABBREVIATIONS =
      Set.of("mr", "mrs", "ms", "dr", "prof", "st", "vs", "e.g", "i.e", "cf", "approx", "ca", "no");
  private static final String OPENING = "\"“‘'([";
  private static final String CLOSING = "\"”’')]";

  private SentenceStart() {}

  /** Whether a figure right after {@code before} (the text before it in its block) begins a sentence. */
  static boolean after(String before) {
    int end = before.length();
    while (end > 0 && OPENING.indexOf(before.charAt(end - 1)) >= 0) {
      end--;
    }
    int spaces = end;
    while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return true;
    }
    if (spaces == end) {
      return false;
    }
    while (end > 0 && CLOSING.indexOf(before.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char stop = before.charAt(end - 1);
    if (stop == '!' || stop == '?') {
      return true;
    }
    if (stop != '.') {
      return false;
    }
    int start = end - 1;
    while (start > 0 && !Character.isWhitespace(before.charAt(start - 1))) {
      start--;
    }
    String word = before.substring(start, end - 1).toLowerCase(Locale.ROOT);
    return !ABBREVIATIONS.contains(word);
  }

  /** {@code text} with its first letter in upper case if it is a lower-case letter. */
  static String capitalize(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.codePointAt(0))) {
      return text;
    }
    int first = text.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(text, Character.charCount(first), text.length()).toString();
  }
}
