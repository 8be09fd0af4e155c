package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * In a Korean text, a word written right before a figure that the figure's own first word repeats:
 * {@code GPU {{flow:ID:capacity}}} read "GPU GPU 약 20만장" (a new user's), {@code 시리즈
 * {{round:ID:type}}} "시리즈 시리즈E". The English texts have {@link EnglishWordsChecker} for the same.
 * Pure.
 */
final class KoreanWordsChecker {
  private KoreanWordsChecker() {}

  static void check(Briefing b, Article a, List<Problem> problems) {
    if (a.lang() != Lang.KO) {
      return;
    }
    TextPlaceholders.each(a, (text, m, position) -> check(b, text, m, position, problems));
  }

  private static void check(Briefing b, String text, Placeholders.Match m,
      java.util.function.IntFunction<SourcePos> position, List<Problem> problems) {
    if (!m.isValid() || m.ids().size() != 1) {
      return;
    }
    Optional<String> reads = reads(b, m);
    if (reads.isEmpty()) {
      return;
    }
    String first = reads.get().split(" ", 2)[0];
    // The word before: letters and digits ending one space before the figure.
    int end = m.start() - 1;
    if (end < 1 || text.charAt(end) != ' ') {
      return;
    }
    int start = end;
    while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
      start--;
    }
    String before = text.substring(start, end);
    if (before.length() >= 2 && first.startsWith(before)) {
      problems.add(new Problem(position.apply(start), "expected no '" + before + "' before " + m.text()
          + ", which reads '" + reads.get() + "' (the sentence would read '" + before + " " + reads.get()
          + "'): drop '" + before + "', found '" + before + "'"));
    }
  }

  /** The Korean words of a figure whose first word the data decide: a round's type, a deal's capacity, a yearly amount. */
  private static Optional<String> reads(Briefing b, Placeholders.Match m) {
    String id = m.ids().get(0);
    if (m.kind().equals("round") && m.field().equals("type")) {
      return b.round(id).map(r -> r.type().phrase(Lang.KO));
    }
    if (m.kind().equals("flow") && m.field().equals("capacity")) {
      return b.flow(id).flatMap(Flow::capacity).map(c -> c.words(Lang.KO));
    }
    // A yearly amount writes its 연간: "연간 {{flow:ID}}" would read "연간 연간 약 10억달러".
    if (m.kind().equals("flow") && (m.field().isEmpty() || m.field().equals("amount"))) {
      return b.flow(id).filter(Flow::yearly).map(f -> com.moneywar.briefing.model.AmountText.of(f, Lang.KO));
    }
    return Optional.empty();
  }
}
