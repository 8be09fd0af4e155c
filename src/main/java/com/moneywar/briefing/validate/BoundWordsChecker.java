package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Checks that a writer does not say a money figure's bound twice: a figure writes its own ("up to
 * $500 billion", "최대 약 718조원", "100억달러 이상"), which the writer does not see, so "adds up to
 * {{…}}" read "adds up to up to about ₩718 trillion". A word of the same kind of bound as one the
 * figure writes (a ceiling: "up to", "at most", 최대, 이하; a floor: "more than", "at least", "over",
 * 최소, 이상; an approximation: "about", "roughly", 약, 가량), right before the figure or right after
 * it, is reported at the word, with how the figure reads. Words of another kind are left to the
 * writer: "add up to at least $33 million", "up to about ₩25 trillion" read well. Only money
 * figures (the full form, {@code :amount}, {@code :krw}, sums). Pure.
 */
final class BoundWordsChecker {
  /** A kind of bound, with the words that say it before and after an amount in each language. */
  private enum Kind {
    CEILING(List.of("as much as", "up to", "at most", "at the most", "at the very most", "no more than", "a maximum of",
        "less than", "under"), List.of("or less", "at most", "at the most"),
        List.of("최대", "최대한", "최고", "많게는"), List.of("이하", "미만")),
    FLOOR(List.of("upwards of", "more than", "at least", "at the least", "at the very least", "no less than",
        "a minimum of", "in excess of", "north of", "over"), List.of("or more", "at least", "at the least"),
        List.of("최소", "최소한", "적어도", "적게 잡아도"), List.of("이상", "초과", "넘게", "남짓")),
    APPROXIMATE(List.of("approximately", "roughly", "around", "nearly", "almost", "about", "some"), List.of("or so"),
        List.of("대략", "거의", "약"), List.of("가량", "정도", "안팎", "내외", "쯤"));

    final List<String> enBefore;
    final List<String> enAfter;
    final List<String> koBefore;
    final List<String> koAfter;

    Kind(List<String> enBefore, List<String> enAfter, List<String> koBefore, List<String> koAfter) {
      this.enBefore = enBefore;
      this.enAfter = enAfter;
      this.koBefore = koBefore;
      this.koAfter = koAfter;
    }

    /** Whether a figure as read writes this kind of bound. */
    boolean writtenIn(String reads, Lang lang) {
      return switch (this) {
        case CEILING -> lang == Lang.EN ? reads.startsWith("up to ") || reads.startsWith("less than ")
            : reads.startsWith("최대 ") || reads.contains(" 최대 ") || reads.endsWith(" 미만");
        case FLOOR -> lang == Lang.EN ? reads.startsWith("at least ") || reads.startsWith("more than ")
            : reads.startsWith("최소 ") || reads.contains(" 최소 ") || reads.endsWith(" 이상");
        case APPROXIMATE -> lang == Lang.EN ? reads.startsWith("about ") || reads.contains(" about ")
            : reads.startsWith("약 ") || reads.contains(" 약 ");
      };
    }
  }

  /** A Korean verb that says "more than" of its object: 넘다, 웃돌다, 상회하다, as the word is written. */
  private static final java.util.regex.Pattern FLOOR_VERB =
      java.util.regex.Pattern.compile("[을를] ?((?:넘|웃돌|웃도|상회)[\\p{IsHangul}]*)");

  private BoundWordsChecker() {}

  static void check(Briefing b, Article a, List<Problem> problems) {
    TextPlaceholders.each(a, (text, m, position) -> check(b, a.lang(), text, m, position, problems));
  }

  private static void check(Briefing b, Lang lang, String text, Placeholders.Match m, IntFunction<SourcePos> position,
      List<Problem> problems) {
    // A deal's size in what it buys, and a stake's share, carry their bounds too ("최대 100만 개", "at least 4%").
    if (!m.kind().equals("sum") && !List.of("", "amount", "krw", "alt", "capacity", "percent").contains(m.field())) {
      return;
    }
    Optional<String> reads = lang == Lang.EN ? EnglishWordsChecker.reads(b, m) : ParticleChecker.reads(b, m);
    if (reads.isEmpty()) {
      return;
    }
    // Quotation marks between the word and the figure do not part them: "around" {{…}} reads "around"
    // "about ₩600 trillion", and 약 inside a quotation puts the word in the speaker's mouth.
    int wordEnd = quotesBefore(text, m.start());
    boolean spaceBefore = wordEnd > 0 && text.charAt(wordEnd - 1) == ' ';
    if (spaceBefore) {
      wordEnd = quotesBefore(text, wordEnd - 1);
    }
    int afterStart = quotesAfter(text, m.end());
    boolean spaceAfter = afterStart < text.length() && text.charAt(afterStart) == ' ';
    int wordStart = spaceAfter ? quotesAfter(text, afterStart + 1) : afterStart;
    String after = text.substring(wordStart);
    for (Kind kind : Kind.values()) {
      if (!kind.writtenIn(reads.get(), lang)) {
        continue;
      }
      for (String word : lang == Lang.EN ? kind.enBefore : kind.koBefore) {
        int start = wordEnd - word.length();
        String written = start < 0 ? "" : text.substring(start, wordEnd);
        if (spaceBefore && written.equalsIgnoreCase(word)
            && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
          problems.add(new Problem(position.apply(start), message(m, reads.get(), written)));
          return;
        }
      }
      // A Korean verb of a floor after the figure's object particle: "9330억달러 이상을 넘었던" reads the floor twice.
      java.util.regex.Matcher verb = FLOOR_VERB.matcher(after);
      if (kind == Kind.FLOOR && lang == Lang.KO && verb.lookingAt()) {
        problems.add(new Problem(position.apply(wordStart + verb.start(1)), message(m, reads.get(), verb.group(1))));
        return;
      }
      for (String word : lang == Lang.EN ? kind.enAfter : kind.koAfter) {
        // A Korean word may carry its particle (이상을) or be glued to the figure; an English one ends there.
        boolean glued = lang == Lang.KO && !spaceAfter && after.startsWith(word);
        boolean spaced = spaceAfter && after.startsWith(word) && (lang == Lang.KO || after.length() == word.length()
            || !Character.isLetter(after.charAt(word.length())));
        if (glued || spaced) {
          problems.add(new Problem(position.apply(wordStart), message(m, reads.get(), word)));
          return;
        }
      }
    }
  }

  /** Quotation marks a writer may set around a figure or a word next to it. */
  static boolean quote(char c) {
    return "\"'“”‘’「」『』".indexOf(c) >= 0;
  }

  /** Where the quotation marks right before {@code at} begin ({@code at} itself when there are none). */
  private static int quotesBefore(String text, int at) {
    int i = at;
    while (i > 0 && quote(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** Where the quotation marks from {@code at} end ({@code at} itself when there are none). */
  static int quotesAfter(String text, int at) {
    int i = at;
    while (i < text.length() && quote(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String message(Placeholders.Match m, String reads, String found) {
    return "expected no bound word next to " + m.text() + ", which writes its own bound (it reads '" + reads
        + "'), found '" + found + "'";
  }
}
