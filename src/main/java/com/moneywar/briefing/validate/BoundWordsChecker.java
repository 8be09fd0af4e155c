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
    CEILING(List.of("as much as", "up to", "at most", "less than", "under"), List.of("or less", "at most"),
        List.of("최대", "최고"), List.of("이하", "미만")),
    FLOOR(List.of("upwards of", "more than", "at least", "over"), List.of("or more"),
        List.of("최소", "적어도"), List.of("이상", "초과", "넘게", "남짓")),
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
        case CEILING -> lang == Lang.EN ? reads.startsWith("up to ") : reads.startsWith("최대 ");
        case FLOOR -> lang == Lang.EN ? reads.startsWith("at least ") || reads.startsWith("more than ")
            : reads.startsWith("최소 ") || reads.endsWith(" 이상");
        case APPROXIMATE -> lang == Lang.EN ? reads.startsWith("about ") || reads.contains(" about ")
            : reads.startsWith("약 ") || reads.contains(" 약 ");
      };
    }
  }

  private BoundWordsChecker() {}

  static void check(Briefing b, Article a, List<Problem> problems) {
    TextPlaceholders.each(a, (text, m, position) -> check(b, a.lang(), text, m, position, problems));
  }

  private static void check(Briefing b, Lang lang, String text, Placeholders.Match m, IntFunction<SourcePos> position,
      List<Problem> problems) {
    if (!m.kind().equals("sum") && !List.of("", "amount", "krw", "alt").contains(m.field())) {
      return;
    }
    Optional<String> reads = lang == Lang.EN ? EnglishWordsChecker.reads(b, m) : ParticleChecker.reads(b, m);
    if (reads.isEmpty()) {
      return;
    }
    String before = text.substring(0, m.start());
    String after = text.substring(m.end());
    for (Kind kind : Kind.values()) {
      if (!kind.writtenIn(reads.get(), lang)) {
        continue;
      }
      for (String word : lang == Lang.EN ? kind.enBefore : kind.koBefore) {
        int start = m.start() - word.length() - 1;
        String written = start < 0 ? "" : text.substring(start, m.start() - 1);
        if (before.endsWith(" ") && written.equalsIgnoreCase(word)
            && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
          problems.add(new Problem(position.apply(start), message(m, reads.get(), written)));
          return;
        }
      }
      for (String word : lang == Lang.EN ? kind.enAfter : kind.koAfter) {
        // A Korean word may carry its particle (이상을) or be glued to the figure; an English one ends there.
        boolean glued = lang == Lang.KO && after.startsWith(word);
        boolean spaced = after.startsWith(" " + word) && (lang == Lang.KO || after.length() == word.length() + 1
            || !Character.isLetter(after.charAt(word.length() + 1)));
        if (glued || spaced) {
          problems.add(new Problem(position.apply(m.end() + (glued ? 0 : 1)), message(m, reads.get(), word)));
          return;
        }
      }
    }
  }

  private static String message(Placeholders.Match m, String reads, String found) {
    return "expected no bound word next to " + m.text() + ", which writes its own bound (it reads '" + reads
        + "'), found '" + found + "'";
  }
}
