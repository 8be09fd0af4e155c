package com.moneywar.briefing.site.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a figure's line may break, for every page that shows one: the body, titles and summaries,
 * and the key-figure and total cards, whose large type leaves room for fewer characters than a line
 * of text. Pure and thread-safe.
 */
public final class FigurePieces {
  private FigurePieces() {}

  /**
   * A figure cut where a line may break: after the words before its amount ({@code more than} /
   * {@code 380 billion yuan}), before its brackets (with or without a space before them) and after a
   * comma or semicolon inside them ({@code $5–10 million} / {@code (about ₩7–14 billion;} /
   * {@code denied)}). The site keeps
   * each piece that holds a number on one line ({@code <span class="nobr">}), so neither a range nor
   * an amount and its unit is ever split ({@code ₩7–} / {@code 14 billion}); the pieces joined are the
   * figure's text, unchanged. A floor and a ceiling break before the ceiling's words ({@link
   * #joinsACeiling}).
   */
  public static List<String> of(String figure) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int depth = figure.charAt(0) == '(' ? 1 : 0;
    for (int i = 1; i < figure.length() - 1; i++) {
      char before = figure.charAt(i - 1);
      depth += before == '(' && i > 1 ? 1 : before == ')' ? -1 : 0;
      // After a comma only inside the brackets: "October 26, 2025" is one date, never "October 26," / "2025".
      boolean breakable = figure.charAt(i) == ' '
          && (depth > 0 && (before == ',' || before == ';') || figure.charAt(i + 1) == '('
              || depth == 0 && (joinsACeiling(figure, i) || qualifierEndsAt(figure, start, i)));
      if (breakable) {
        pieces.add(figure.substring(start, i));
        pieces.add(" ");
        start = i + 1;
      } else if (figure.charAt(i) == '(' && before != ' ' && start < i) {
        // Korean writes the brackets right after the amount: 220억~225억달러(약 31조4000억~32조1000억원).
        pieces.add(figure.substring(start, i));
        start = i;
      }
    }
    pieces.add(figure.substring(start));
    return pieces;
  }

  /**
   * Whether the space at {@code at} comes before the word that adds a ceiling to a floor ({@code
   * more than $13 billion} / {@code plus up to $30 billion}, {@code 130억달러 이상} / {@code + 최대
   * 300억달러}): two amounts a card keeps on one line only by running past its edge.
   */
  private static boolean joinsACeiling(String figure, int at) {
    return figure.startsWith(" plus up to ", at) || figure.startsWith(" + 최대 ", at);
  }

  /**
   * Whether the space at {@code at} ends the words that qualify the amount after it ({@code more
   * than} / {@code 380 billion yuan}, {@code up to about} / {@code $30.5 billion}, {@code 최대} /
   * {@code 305억달러}): only lower-case or Hangul words before it since {@code start}, and a digit in
   * the word after it. A card
   * or a phone's line too narrow for {@code more than 380 billion yuan} then breaks there instead of
   * inside a word ({@code y} / {@code uan}) or past the screen's edge.
   */
  private static boolean qualifierEndsAt(String figure, int start, int at) {
    // Lower-case words or Hangul only: a date's month ("September 2023") stays with its year.
    for (int i = start; i < at; i++) {
      char c = figure.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c == ' ' || c == '+' || c >= '가' && c <= '힣')) {
        return false;
      }
    }
    int end = figure.indexOf(' ', at + 1);
    String next = figure.substring(at + 1, end < 0 ? figure.length() : end);
    return next.chars().anyMatch(Character::isDigit);
  }

  /**
   * The figure as HTML that breaks only between its pieces: each piece on one line ({@code <span
   * class="nobr">}), a line break allowed where the text has a space between them or, in Korean,
   * before the brackets that follow an amount ({@code 최대 305억달러} / {@code (일부 보도)}). So a card
   * too narrow for {@code up to $30.5 billion (partly reported)} puts the status on a line of its own
   * instead of running over the next card.
   */
  public static String html(String figure) {
    if (figure.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    String previous = null;
    for (String piece : of(figure)) {
      if (piece.equals(" ")) {
        out.append(' ');
      } else {
        if (previous != null && !previous.equals(" ")) {
          out.append("<wbr>");
        }
        out.append("<span class=\"nobr\">").append(escape(piece)).append("</span>");
      }
      previous = piece;
    }
    return out.toString();
  }

  /**
   * Amounts in several currencies ({@code 최대 140억달러(일부 보도), 1500만유로}) as HTML, each as
   * {@link #html} cuts it, a line break allowed after each comma between them (never after one
   * inside brackets).
   */
  public static String listHtml(String amounts) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < amounts.length(); i++) {
      char c = amounts.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0 && amounts.startsWith(", ", i)) {
        parts.add(amounts.substring(start, i));
        start = i + 2;
      }
    }
    parts.add(amounts.substring(start));
    return String.join(", ", parts.stream().map(FigurePieces::html).toList());
  }

  /** Text as HTML: the five characters HTML gives a meaning escaped. */
  public static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
