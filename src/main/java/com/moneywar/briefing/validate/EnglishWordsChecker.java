package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.EnglishSound;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks the little English words before a figure whose words the writer does not see, in a text's
 * body, title and summary, reported at the word, with the one that fits:
 *
 * <ul>
 *   <li>"a" or "an" right before a figure whose first words the data decide: a round's type
 *       ({@code in a {{round:ID:type}}}: "an equity round", "a seed round", "a Series E"), a
 *       valuation's basis ("a post-money", "an estimate"), an amount
 *       ("an $8 billion deal", "a $1.1 billion round"; before "about $4 billion" no article at all, which
 *       the writer does not see) and a stake's percent ("an 8% stake", "a 49% stake"), by the first sound of
 *       the figure as written ({@link EnglishSound}). Before a company's name the sound, not the
 *       letter, decides ("an NVIDIA"), and that is left to the writer.
 *   <li>"the" or a possessive right before an amount that starts with a bound word ("the about $75
 *       billion", "OpenAI's about $3 billion deal"), which the writer does not see, and a word the figure's first word repeats ("at at least $500
 *       billion", "Series Series E").
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
    TextPlaceholders.each(a, (text, m, position) -> check(b, text, m, position, problems));
  }

  /** The word before one placeholder of {@code text}; {@code position} gives where an offset of it is. */
  private static void check(Briefing b, String text, Placeholders.Match m,
      java.util.function.IntFunction<SourcePos> position, List<Problem> problems) {
    if (m.isValid() && m.field().equals("date") && m.ids().size() == 1) {
      checkPreposition(b, text, m, position, problems);
      return;
    }
    if (!m.isValid() || m.ids().size() != 1 && !m.kind().equals("sum")) {
      return;
    }
    // A name that takes "the" (companies.csv 'article_en') writes it: "the {{company:pif:name}}" read
    // "the the Public Investment Fund".
    Optional<com.moneywar.briefing.model.Company> named = firstNamed(b, m);
    if (named.isPresent() && named.get().theInEnglish() && !wordBefore(text, m.start(), "the").isEmpty()) {
      String written = wordBefore(text, m.start(), "the");
      String reads = named.get().nameInProse(Lang.EN);
      problems.add(new Problem(position.apply(m.start() - written.length() - 1), "expected no '" + written + "' before "
          + m.text() + ", which reads '" + reads + "' (its company's 'article_en' is 'the'; the sentence would read '"
          + written + " " + reads + "'): drop '" + written + "', found '" + written + "'"));
      return;
    }
    Optional<String> words = reads(b, m);
    String the = wordBefore(text, m.start(), "the");
    if (words.isPresent() && !the.isEmpty() && BOUND_WORDS.stream().anyMatch(w -> words.get().startsWith(w))) {
      problems.add(new Problem(position.apply(m.start() - the.length() - 1), "expected no 'the' before " + m.text()
          + ", which reads '" + words.get() + "' (the sentence would read '" + the + " " + words.get() + "'): drop '"
          + the + "' or reword, found '" + the + "'"));
      return;
    }
    // A possessive reads no better: "OpenAI's about $3 billion Windsurf deal".
    String owner = possessiveBefore(text, m.start());
    if (words.isPresent() && !owner.isEmpty() && BOUND_WORDS.stream().anyMatch(w -> words.get().startsWith(w))) {
      problems.add(new Problem(position.apply(m.start() - owner.length() - 1), "expected no possessive before "
          + m.text() + ", which reads '" + words.get() + "' (the sentence would read '" + owner + " " + words.get()
          + "'): reword, as in '" + owner + " deal of " + words.get() + "', found '" + owner + "'"));
      return;
    }
    // A word the figure's own first word repeats: "put the figure at {{…}}" read "at at least $500
    // billion", "a Series {{round:ID:type}}" "a Series Series E". A repeated "about" is a second bound
    // word, which BoundWordsChecker reports.
    String first = words.map(w -> w.split(" ", 2)[0].toLowerCase(Locale.ROOT)).orElse("");
    String doubled = first.isEmpty() || first.equals("about") || !first.chars().allMatch(Character::isLetter) ? ""
        : wordBefore(text, m.start(), first);
    if (!doubled.isEmpty()) {
      problems.add(new Problem(position.apply(m.start() - doubled.length() - 1), "expected no '" + doubled + "' before "
          + m.text() + ", which reads '" + words.get() + "' (the sentence would read '" + doubled + " " + words.get()
          + "'): drop '" + doubled + "' or reword, found '" + doubled + "'"));
      return;
    }
    String article = wordBefore(text, m.start(), "an", "a");
    int start = m.start() - article.length() - 1;
    if (words.isEmpty() || article.isEmpty()) {
      return;
    }
    // "an about $40 billion" is no English whichever article: the article goes (a new user was told
    // to write "an", and did).
    if (words.get().startsWith("about ")) {
      problems.add(new Problem(position.apply(start), "expected no '" + article + "' before " + m.text()
          + ", which reads '" + words.get() + "' (the sentence would read '" + article + " " + words.get()
          + "'): drop '" + article + "' or reword, as in 'a deal of " + words.get() + "', found '" + article + "'"));
      return;
    }
    String expected = EnglishSound.startsWithVowel(words.get()) ? "an" : "a";
    if (!article.toLowerCase(Locale.ROOT).equals(expected)) {
      String fits = Character.isUpperCase(article.charAt(0))
          ? Character.toUpperCase(expected.charAt(0)) + expected.substring(1) : expected;
      problems.add(new Problem(position.apply(start), "expected '" + fits + "' before " + m.text()
          + ", which reads '" + words.get() + "', found '" + article + "'"));
    }
  }

  /** The first company a name figure writes ({@code {{company:ID:name}}}, a round's lead or investors); empty for others. */
  private static Optional<com.moneywar.briefing.model.Company> firstNamed(Briefing b, Placeholders.Match m) {
    String id = m.ids().get(0);
    if (m.kind().equals("company") && m.field().equals("name")) {
      return b.company(id);
    }
    if (m.kind().equals("round") && List.of("lead", "participants", "investors").contains(m.field())) {
      return b.round(id).flatMap(r -> (m.field().equals("lead") ? r.lead()
          : m.field().equals("participants") ? r.participants() : r.investors()).stream().findFirst())
          .flatMap(b::company);
    }
    return Optional.empty();
  }

  /** The bound words an amount may start with, which "the" cannot stand before. */
  private static final List<String> BOUND_WORDS = List.of("about ", "up to ", "more than ", "at least ");

  /**
   * How a figure starts where "a" or "an" may stand before it, for the figures whose first words the
   * data decide: a round's type, a valuation's basis, an amount (the full form, {@code :amount}, {@code :krw}) and a
   * stake's {@code :percent}. Empty for the others (a company's name: "an NVIDIA" is read by its
   * sound, which its letters do not tell).
   */
  static Optional<String> reads(Briefing b, Placeholders.Match m) {
    String id = m.ids().get(0);
    if (m.kind().equals("sum")) {
      if (!com.moneywar.briefing.model.FigureSum.addsUp(b, m.ids())) {
        return Optional.empty();
      }
      com.moneywar.briefing.model.FigureSum sum = com.moneywar.briefing.model.FigureSum.of(b, m.ids());
      return Optional.of(m.field().equals("krw") ? sum.krw().map(k -> AmountText.approximately(k, sum.krwHigh(),
          Lang.EN)).orElse(sum.text(Lang.EN)) : sum.text(Lang.EN));
    }
    if (m.kind().equals("round") && m.field().equals("type")) {
      return b.round(id).map(r -> r.type().phrase(Lang.EN));
    }
    MoneyFact fact = b.moneyFacts().get(m.kind() + ":" + id);
    if (fact == null || !fact.reporting().amountStated() && !m.field().equals("percent") && !m.field().equals("alt")
        && !m.field().equals("capacity")) {
      return Optional.empty();
    }
    return switch (m.field()) {
      case "", "amount" -> Optional.of(AmountText.of(fact, Lang.EN));
      case "alt" -> fact.reporting().alternative().map(a -> AmountText.of(a, Lang.EN));
      case "krw" -> Optional.of(b.approxKrw(fact)
          .map(low -> AmountText.approximately(fact.bound(), low, b.approxKrwHigh(fact), Lang.EN))
          .orElse(AmountText.of(fact, Lang.EN)));
      case "basis" -> fact instanceof Valuation v && v.basis() != ValuationBasis.UNSTATED
          ? Optional.of(AmountText.basis(v.basis(), Lang.EN)) : Optional.empty();
      case "percent" -> fact instanceof Flow f && f.percent().isPresent() ? Optional.of(f.percentWords(Lang.EN))
          : Optional.empty();
      case "capacity" -> fact instanceof Flow f ? f.capacity().map(c -> c.words(Lang.EN)) : Optional.empty();
      default -> Optional.empty();
    };
  }

  private static void checkPreposition(Briefing b, String body, Placeholders.Match m,
      java.util.function.IntFunction<SourcePos> position, List<Problem> problems) {
    MoneyFact fact = b.moneyFacts().get(m.kind() + ":" + m.ids().get(0));
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
      problems.add(new Problem(position.apply(start), "expected '" + fits + "' before " + m.text() + ", a "
          + (day ? "day" : "month or a year") + " (" + fact.date() + "), found '" + word + "'"));
    }
  }

  /**
   * Which of {@code words} (lower case) is written right before {@code offset}, as a whole word and
   * followed by one space, as written ({@code An}, {@code in}); empty for none.
   */
  /** The word right before {@code offset} and a space when it is a possessive ({@code OpenAI's}, {@code investors'}); else empty. */
  private static String possessiveBefore(String body, int offset) {
    if (offset < 2 || body.charAt(offset - 1) != ' ') {
      return "";
    }
    int start = offset - 1;
    while (start > 0 && !Character.isWhitespace(body.charAt(start - 1))) {
      start--;
    }
    String word = body.substring(start, offset - 1);
    boolean possessive = word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"))
        || word.length() > 1 && (word.endsWith("s'") || word.endsWith("s’"));
    return possessive ? word : "";
  }

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
