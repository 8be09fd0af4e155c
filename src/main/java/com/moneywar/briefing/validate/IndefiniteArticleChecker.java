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
 * Checks "a" or "an" written right before a round's type in an English text ({@code in a
 * {{round:ID:type}}}): the writer does not see the words, and "equity round" wants "an" where
 * "seed round" and "Series E" want "a". Reported at the article, with the one that fits. Only the
 * round's type, whose words the tool itself chooses; a company's name or an amount is left to the
 * writer ("an NVIDIA", "an $8 billion": the sound, not the letter, decides). Pure.
 */
final class IndefiniteArticleChecker {
  private IndefiniteArticleChecker() {}

  static void check(Briefing b, Article a, List<Problem> problems) {
    if (a.lang() != Lang.EN) {
      return;
    }
    String body = a.markdown();
    for (Placeholders.Match m : Placeholders.find(body)) {
      if (!m.isValid() || !m.kind().equals("round") || !m.field().equals("type") || m.ids().size() != 1) {
        continue;
      }
      Optional<String> words = b.round(m.ids().get(0)).map(r -> r.type().phrase(Lang.EN));
      String before = body.substring(0, m.start());
      String article = before.endsWith("an ") || before.endsWith("An ") ? "an"
          : before.endsWith("a ") || before.endsWith("A ") ? "a" : "";
      int start = m.start() - article.length() - 1;
      if (words.isEmpty() || article.isEmpty() || start > 0 && Character.isLetterOrDigit(body.charAt(start - 1))) {
        continue;
      }
      boolean vowel = "aeiou".indexOf(Character.toLowerCase(words.get().charAt(0))) >= 0;
      String expected = vowel ? "an" : "a";
      if (!article.toLowerCase(Locale.ROOT).equals(expected)) {
        problems.add(new Problem(BodyPosition.of(a, start), "expected '" + expected + "' before " + m.text()
            + ", which reads '" + words.get() + "', found '" + body.substring(start, start + article.length()) + "'"));
      }
    }
  }

}
