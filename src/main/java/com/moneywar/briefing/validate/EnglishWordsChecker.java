package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the little English words before a figure whose words the writer does not see, reported
 * at the word, with the one that fits:
 *
 * <ul>
 *   <li>"a" or "an" right before a round's type ({@code in a {{round:ID:type}}}): "equity round"
 *       wants "an" where "seed round" and "Series E" want "a". Only the round's type, whose words
 *       the tool itself chooses; before a company's name or an amount the sound, not the letter,
 *       decides ("an NVIDIA", "an $8 billion"), and that is left to the writer.
 *   <li>"in" or "on" right before a date ({@code on {{investment:ID:date}}}): a day takes "on"
 *       ("on April 12, 2025"), a month or a year "in" ("in April 2025"), and the row's precision
 *       decides which the figure is.
 * </ul>
 * Pure.
 */
final class EnglishWordsChecker {
  private EnglishWordsChecker() {}

  static void check(Briefing b, Article a, List<Problem> problems) {
    if (a.lang() != Lang.EN) {
      return;
    }
    String body = a.markdown();
    for (Placeholders.Match m : Placeholders.find(body)) {
      if (m.isValid() && m.field().equals("date") && m.ids().size() == 1) {
        checkPreposition(b, a, body, m, problems);
        continue;
      }
      if (!m.isValid() || !m.kind().equals("round") || !m.field().equals("type") || m.ids().size() != 1) {
        continue;
      }
      Optional<String> words = b.round(m.ids().get(0)).map(r -> r.type().phrase(Lang.EN));
      String article = wordBefore(body, m.start(), "an", "a");
      int start = m.start() - article.length() - 1;
      if (words.isEmpty() || article.isEmpty()) {
        continue;
      }
      boolean vowel = "aeiou".indexOf(Character.toLowerCase(words.get().charAt(0))) >= 0;
      String expected = vowel ? "an" : "a";
      if (!article.toLowerCase(Locale.ROOT).equals(expected)) {
        problems.add(new Problem(BodyPosition.of(a, start), "expected '" + expected + "' before " + m.text()
            + ", which reads '" + words.get() + "', found '" + article + "'"));
      }
    }
  }

  private static void checkPreposition(Briefing b, Article a, String body, Placeholders.Match m,
      List<Problem> problems) {
    com.moneywar.briefing.model.MoneyFact fact = b.moneyFacts().get(m.kind() + ":" + m.ids().get(0));
    if (fact == null) {
      return;
    }
    String word = wordBefore(body, m.start(), "in", "on");
    int start = m.start() - word.length() - 1;
    if (word.isEmpty()) {
      return;
    }
    boolean day = fact.date().precision() == com.moneywar.briefing.model.PartialDate.Precision.DAY;
    String expected = day ? "on" : "in";
    if (!word.toLowerCase(Locale.ROOT).equals(expected)) {
      String fits = Character.isUpperCase(word.charAt(0))
          ? Character.toUpperCase(expected.charAt(0)) + expected.substring(1) : expected;
      problems.add(new Problem(BodyPosition.of(a, start), "expected '" + fits + "' before " + m.text() + ", a "
          + (day ? "day" : "month or a year") + " (" + fact.date() + "), found '" + word + "'"));
    }
  }

  /**
   * Which of {@code words} (lower case) is written right before {@code offset}, as a whole word and
   * followed by one space, as written ({@code An}, {@code in}); empty for none.
   */
  private static String wordBefore(String body, int offset, String... words) {
    for (String w : words) {
      int start = offset - w.length() - 1;
      if (start < 0 || start > 0 && Character.isLetterOrDigit(body.charAt(start - 1))) {
        continue;
      }
      String written = body.substring(start, offset);
      if (written.equals(w + " ") || written.equals(Character.toUpperCase(w.charAt(0)) + w.substring(1) + " ")) {
        return written.strip();
      }
    }
    return "";
  }
}
