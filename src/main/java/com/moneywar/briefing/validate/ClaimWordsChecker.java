package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.FactKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Checks that a denied or disputed figure written without its brackets is said to be so. The full
 * form of such a row says it ("100억달러(약 14조원, 당사자 부인)"); {@code :amount} and {@code :krw}
 * write the bare figure, so "마이크로소프트가 {{flow:ID:amount}}를 투자했다" stated a denied $10 billion as
 * fact (walk 77). Where neither the figure's sentence nor the sentences right before and after it
 * hold a word of the denial or the dispute, nor the row's {@code :claim} or {@code :status}, the
 * figure is reported, with the form that says it. A word list cannot read every sentence: it is
 * meant to catch the figure left alone, and any word of the list in reach lets it pass. Pure.
 */
final class ClaimWordsChecker {
  /** The words that say a claim is denied or disputed, by language (stems, so that 부인했다 and denies match). */
  private static final Map<ClaimStatus, List<String>> KO = Map.of(
      ClaimStatus.DENIED, List.of("부인", "부정", "반박", "사실무근", "사실이 아니", "사실과 다르", "일축", "아니라고", "없다고"),
      ClaimStatus.DISPUTED, List.of("반론", "반박", "이견", "논란", "부인", "엇갈", "다르게", "의문", "이의"));
  private static final Map<ClaimStatus, List<String>> EN = Map.of(
      ClaimStatus.DENIED, List.of("deni", "deny", "disput", "rebut", "reject", "refut", "dismiss", "not true", "false",
          "untrue", "no such", "did not", "didn't", "has not", "hasn't", "never"),
      ClaimStatus.DISPUTED, List.of("disput", "contest", "challeng", "question", "deni", "deny", "rebut", "differ",
          "disagree", "doubt"));

  private ClaimWordsChecker() {}

  static void check(Briefing b, Article a, List<Problem> problems) {
    TextPlaceholders.each(a, (text, m, position) -> check(b, a.lang(), text, m, position, problems));
  }

  private static void check(Briefing b, Lang lang, String text, Placeholders.Match m, IntFunction<SourcePos> position,
      List<Problem> problems) {
    if (!(m.field().equals("amount") || m.field().equals("krw")) || m.ids().size() != 1) {
      return;
    }
    Optional<FactKind> kind = FactKind.ofCode(m.kind());
    if (kind.isEmpty()) {
      return;
    }
    Optional<? extends MoneyFact> fact = b.fact(kind.get(), m.ids().get(0));
    if (fact.isEmpty()) {
      return;
    }
    ClaimStatus claim = fact.get().reporting().claim();
    List<String> words = (lang == Lang.KO ? KO : EN).get(claim);
    if (words == null) {
      return;
    }
    String masked = StatusWordsChecker.opaque(text);
    // The figure's sentence, and the one before and the one after it.
    int from = StatusWordsChecker.sentenceStart(masked, StatusWordsChecker.sentenceStart(masked, m.start()) - 1);
    int to = sentenceEnd(masked, sentenceEnd(masked, m.end()));
    String reach = masked.substring(from, to);
    String lower = reach.toLowerCase(Locale.ROOT);
    if (words.stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)))) {
      return;
    }
    String id = m.ids().get(0);
    for (Placeholders.Match other : Placeholders.find(text.substring(from, to))) {
      if (other.ids().contains(id) && (other.field().equals("claim") || other.field().equals("status")
          || other.field().isEmpty())) {
        return; // the row's own status word, or its full form, is in the sentence
      }
    }
    String status = lang == Lang.KO ? (claim == ClaimStatus.DENIED ? "당사자 부인" : "반론 있음")
        : (claim == ClaimStatus.DENIED ? "denied" : "disputed");
    problems.add(new Problem(position.apply(m.start()), "expected the " + claim.code() + " figure said to be "
        + claim.code() + ": " + m.text() + " writes the amount alone, without the '" + status + "' its full form adds,"
        + " and found no word of it around it (" + String.join(", ", words.subList(0, Math.min(4, words.size()))) + " …);"
        + " write {{" + m.kind() + ":" + id + "}}, or say it in the sentence, or add {{" + m.kind() + ":" + id
        + ":claim}}"));
  }

  /** Where the sentence holding offset {@code at} ends: after its full stop (not a decimal point), or the text's end. */
  private static int sentenceEnd(String text, int at) {
    for (int i = at; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\n')
          && (i + 1 >= text.length() || !Character.isDigit(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return text.length();
  }
}
