package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.FactKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.OfferStatus;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.TalentOffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Checks that a writer does not say a deal's status twice: the full form of a deal not made writes
 * it in its brackets ("최대 1000억달러(약 140조원, 의향서)"), which the writer does not see, so "…를
 * 투자하겠다는 의향서를 맺었다" read "의향서" twice, and "8억달러(제안 거절) 인수 제안을 거절했다" said the
 * rejection twice. A word of the status in the rest of the sentence after the figure is reported at
 * the word, with how the figure reads and the field that gives the amount alone; one in the few words
 * before it in its sentence ("in talks to sell {{…}}" read "in talks to sell about $6 billion (in
 * talks)") is reported at the figure. The other placeholders of the sentence are opaque: their ids
 * are not words. Pure.
 */
final class StatusWordsChecker {
  /** The words that say each status in a sentence, by language (a stem, so that 거절했다 and rejected match). */
  private static final Map<DealStatus, List<String>> KO = Map.ofEntries(
      Map.entry(DealStatus.OFFERED, List.of("제안")), Map.entry(DealStatus.REJECTED, List.of("거절", "거부", "받아들이지 않")),
      Map.entry(DealStatus.CALLED_OFF, List.of("무산", "철회")), Map.entry(DealStatus.TALKS, List.of("협상", "논의")),
      Map.entry(DealStatus.INTENT, List.of("의향서")), Map.entry(DealStatus.MEMORANDUM, List.of("양해각서", "MOU")),
      Map.entry(DealStatus.CONCLUDED, List.of("협상")), Map.entry(DealStatus.PLANNED, List.of("추진")),
      Map.entry(DealStatus.ABANDONED, List.of("무산")), Map.entry(DealStatus.COMPLETED, List.of("완료")),
      Map.entry(DealStatus.TERMINATED, List.of("무산")), Map.entry(DealStatus.INTENT_SIGNED, List.of("의향서")),
      Map.entry(DealStatus.MEMORANDUM_SIGNED, List.of("양해각서", "MOU")));
  private static final Map<DealStatus, List<String>> EN = Map.ofEntries(
      Map.entry(DealStatus.OFFERED, List.of("offer")),
      Map.entry(DealStatus.REJECTED, List.of("reject", "turned down", "declin", "rebuff", "refus")),
      Map.entry(DealStatus.CALLED_OFF, List.of("called off", "call off", "abandon")),
      Map.entry(DealStatus.TALKS, List.of("talks", "negotiat", "discuss")),
      Map.entry(DealStatus.INTENT, List.of("letter of intent", "LOI")),
      Map.entry(DealStatus.MEMORANDUM, List.of("memorandum of understanding", "MOU")),
      Map.entry(DealStatus.CONCLUDED, List.of("talks")), Map.entry(DealStatus.PLANNED, List.of("plan")),
      Map.entry(DealStatus.ABANDONED, List.of("called off")), Map.entry(DealStatus.COMPLETED, List.of("plan")),
      Map.entry(DealStatus.TERMINATED, List.of("called off")),
      Map.entry(DealStatus.INTENT_SIGNED, List.of("letter of intent", "LOI")),
      Map.entry(DealStatus.MEMORANDUM_SIGNED, List.of("memorandum of understanding", "MOU")));

  /** The words of an offer taken up, which a pay offer accepted says it is ("제안 수락", "offer accepted"). */
  private static final List<String> ACCEPTED_KO = List.of("수락", "받아들였", "받아들이");
  private static final List<String> ACCEPTED_EN = List.of("accept", "took the offer", "took up");

  /** The words of a plan, which a debt or IPO round not yet closed says it is ("plans to sell", "추진하는"). */
  private static final List<String> PLAN_KO = List.of("추진");
  private static final List<String> PLAN_EN = List.of("plan");

  private StatusWordsChecker() {}

  static void check(Briefing b, Article a, List<Problem> problems) {
    check(b, a, problems, fact -> false);
  }

  /**
   * The check, leaving alone each fact whose status {@code unsure} says is not known: talks whose
   * {@code closed_as} row was left out for its own error (walk 72's currency typo on the round the
   * talks became also reported "already says '협상 중'" at a text, which fixing the typo took away).
   */
  static void check(Briefing b, Article a, List<Problem> problems, java.util.function.Predicate<MoneyFact> unsure) {
    TextPlaceholders.each(a, (text, m, position) -> check(b, a.lang(), text, m, position, problems, unsure));
  }

  private static void check(Briefing b, Lang lang, String text, Placeholders.Match m, IntFunction<SourcePos> position,
      List<Problem> problems, java.util.function.Predicate<MoneyFact> unsure) {
    if (!m.field().isEmpty() || m.ids().isEmpty()) {
      return; // only the full form writes the status
    }
    Optional<FactKind> kind = FactKind.ofCode(m.kind());
    if (kind.isEmpty()) {
      return;
    }
    Optional<? extends MoneyFact> fact = b.fact(kind.get(), m.ids().get(0));
    // A denied report says no status in its brackets (MoneyFact#dealWords): only "당사자 부인".
    // A pay offer declined or accepted says so in its brackets too (TalentOffer#dealWords).
    Optional<OfferStatus> offer = fact.filter(f -> f instanceof TalentOffer).map(f -> ((TalentOffer) f).status());
    if (fact.isEmpty() || fact.get().reporting().deal() == DealStatus.AGREED && offer.isEmpty()
        || fact.get().dealWords(lang).isEmpty() || unsure.test(fact.get())) {
      return;
    }
    DealStatus status = fact.get().reporting().deal();
    String masked = opaque(text);
    String after = masked.substring(m.end());
    int end = sentenceEnd(after);
    String rest = after.substring(0, end);
    // A debt or IPO round not yet closed says "추진 중" / "planned" (Round#dealWords): its words are a plan's.
    boolean planned = fact.get() instanceof com.moneywar.briefing.model.Round r && status == DealStatus.TALKS
        && r.type().plannedUntilClosed();
    List<String> words = planned ? (lang == Lang.KO ? PLAN_KO : PLAN_EN)
        : offer.isPresent() ? (offer.get() == OfferStatus.DECLINED ? (lang == Lang.KO ? KO : EN).get(DealStatus.REJECTED)
            : lang == Lang.KO ? ACCEPTED_KO : ACCEPTED_EN)
        : (lang == Lang.KO ? KO : EN).get(status);
    String said = fact.get().dealWords(lang);
    for (String word : words) {
      int at = firstAtWordStart(rest, word, lang);
      if (at >= 0) {
        problems.add(new Problem(position.apply(m.end() + at), "expected the status said once: " + m.text()
            + " already says '" + said + "' in its brackets, found '"
            + rest.substring(at, at + word.length()) + "' after it; write {{" + m.kind() + ":" + m.ids().get(0)
            + ":amount}} (or :krw) and keep your words, or drop them"));
        return;
      }
    }
    // The few words right before the figure, in its sentence: "in talks to sell {{round:…}}" read "in
    // talks to sell about $6 billion (in talks)". Reported at the figure, which is what to change.
    int sentence = sentenceStart(masked, m.start());
    for (String word : words) {
      // A status of several words counts as one: "signed a letter of intent on {{…:date}} to invest {{…}}"
      // has it four words before the figure, and read "(…; letter of intent)" after it (walk 126).
      int nearStart = sentence + lastWordsStart(masked.substring(sentence, m.start()),
          WORDS_BEFORE + (int) word.chars().filter(c -> c == ' ').count());
      String near = masked.substring(nearStart, m.start());
      int at = lastAtWordStart(near, word, lang);
      if (at >= 0) {
        int wordEnd = at + word.length();
        while (lang == Lang.EN && wordEnd < near.length() && Character.isLetter(near.charAt(wordEnd))) {
          wordEnd++; // the whole word of a stem: 'negotiating', not 'negotiat'
        }
        problems.add(new Problem(position.apply(m.start()), "expected the status said once: " + m.text()
            + " already says '" + said + "' in its brackets, found '" + near.substring(at, wordEnd)
            + "' before it ('" + text.substring(nearStart, m.start()).strip() + " " + m.text() + "'); write {{" + m.kind() + ":" + m.ids().get(0)
            + ":amount}} (or :krw) and keep your words, or drop them"));
        return;
      }
    }
  }

  /** How many words before a figure may say its status again: "in talks to sell", "협상 중인". */
  private static final int WORDS_BEFORE = 5;

  /**
   * The last place {@code word} starts in {@code text}, at the start of a word in English ("offer" is
   * not in "coffers"), anywhere in Korean (a stem may follow another noun: "인수협상"); -1 for none.
   */
  private static int lastAtWordStart(String text, String word, Lang lang) {
    if (lang == Lang.KO) {
      return text.lastIndexOf(word);
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    String w = word.toLowerCase(java.util.Locale.ROOT);
    for (int at = lower.lastIndexOf(w); at >= 0; at = at == 0 ? -1 : lower.lastIndexOf(w, at - 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        return at;
      }
    }
    return -1;
  }

  /**
   * The first place {@code word} starts in {@code text}, at the start of a word in English ("plan" is
   * not in "explanation"), anywhere in Korean; -1 for none.
   */
  private static int firstAtWordStart(String text, String word, Lang lang) {
    if (lang == Lang.KO) {
      return text.indexOf(word);
    }
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    String w = word.toLowerCase(java.util.Locale.ROOT);
    for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      if (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) {
        return at;
      }
    }
    return -1;
  }

  /** Where the last {@code count} words of {@code text} (separated by white space) start. */
  private static int lastWordsStart(String text, int count) {
    int i = text.length();
    for (int words = 0; words < count; words++) {
      while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
      if (i == 0) {
        return 0;
      }
      while (i > 0 && !Character.isWhitespace(text.charAt(i - 1))) {
        i--;
      }
    }
    return i;
  }

  /** Where the sentence that holds offset {@code at} of {@code text} starts: after a full stop (not a decimal point) or a line's end. */
  static int sentenceStart(String text, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\n')
          && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * {@code text} with every placeholder in it turned into one opaque token of the same length, so
   * that offsets still match: the words around a figure are the writer's, and an id such as {@code
   * softbank-2025-04-loan-talks} in a later {@code {{round:…:date}}} is no word of the sentence.
   */
  static String opaque(String text) {
    List<Placeholders.Match> all = Placeholders.find(text);
    if (all.isEmpty()) {
      return text;
    }
    StringBuilder masked = new StringBuilder(text);
    for (Placeholders.Match p : all) {
      for (int i = p.start(); i < p.end(); i++) {
        masked.setCharAt(i, OPAQUE);
      }
    }
    return masked.toString();
  }

  /** What a placeholder's characters become in {@link #opaque}: no letter, digit, space or full stop. */
  private static final char OPAQUE = '\uFFFC';

  /** Where the sentence that follows a figure ends: at its full stop (not a decimal point), or the text's end. */
  private static int sentenceEnd(String after) {
    for (int i = 0; i < after.length(); i++) {
      char c = after.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\n')
          && (i + 1 >= after.length() || !Character.isDigit(after.charAt(i + 1)))) {
        return i;
      }
    }
    return after.length();
  }
}
