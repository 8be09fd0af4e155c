package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.KoreanSound;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.util.List;
import java.util.Optional;

/**
 * Checks the Korean particle an editor glued to a money figure ({@code {{investment:ID}}를}): the
 * writer does not see how the figure ends ({@code …달러}, {@code …원}, {@code … 이상}), so a
 * particle that does not fit it (을 after 달러) is reported at the particle, with the one that
 * does. Only the particles that change with the last sound (을/를, 은/는, 이/가, 과/와, 으로/로,
 * followed by a space, a punctuation mark or the end of the line; 이었/였 and 이어/여 before any ending;
 * the copula's forms 이다/다, 이며/며, 이고/고, 이지만/지만, 이나/나, 이란/란 and 이라/라 before any ending,
 * whose long form also stands after a vowel, {@code 1억달러이다}), written
 * right after the placeholder; only figures whose words the data decide: money (the full form,
 * {@code :amount} and {@code :krw}), a round's type ({@code :type}), a round's names ({@code :lead}, {@code :participants},
 * {@code :investors}, by the last name) and a company's name. A parenthesis after the amount (the won figure, the claim's status) is not read
 * with it, as the docs say (data-format §8.4).
 */
final class ParticleChecker {
  /**
   * A particle after a consonant and after a vowel; {@code ending}: a verb ending that more syllables
   * follow; {@code copula}: a form of 이다, whose long form is also right after a vowel.
   */
  private record Pair(String afterConsonant, String afterVowel, boolean ending, boolean copula) {
    Pair(String afterConsonant, String afterVowel, boolean ending) {
      this(afterConsonant, afterVowel, ending, false);
    }
  }

  /** Longest first, so that 으로 is not read as 으 and 로, nor 이었 as 이, nor 이다 as 이. */
  private static final List<Pair> PAIRS = List.of(new Pair("이었", "였", true), new Pair("이어", "여", true),
      new Pair("이지만", "지만", false, true), new Pair("이라", "라", true, true), new Pair("이다", "다", false, true),
      new Pair("이며", "며", false, true), new Pair("이고", "고", false, true), new Pair("이나", "나", false, true),
      new Pair("이란", "란", false, true),
      new Pair("으로", "로", false),
      new Pair("을", "를", false), new Pair("은", "는", false), new Pair("이", "가", false), new Pair("과", "와", false));

  private ParticleChecker() {}

  static void check(Briefing b, Article a, List<Problem> problems) {
    if (a.lang() != Lang.KO) {
      return;
    }
    // A closing quotation mark between the figure and its particle ("…600조원"가) does not change
    // which particle the figure takes.
    TextPlaceholders.each(a, (text, m, position) -> {
      int particle = BoundWordsChecker.quotesAfter(text, m.end());
      check(b, m, text.substring(particle), position.apply(particle), problems);
    });
  }

  private static void check(Briefing b, Placeholders.Match m, String rest, SourcePos particle, List<Problem> problems) {
    Optional<String> reads = reads(b, m);
    if (reads.isEmpty()) {
      return;
    }
    for (Pair pair : PAIRS) {
      String found = rest.startsWith(pair.afterConsonant()) ? pair.afterConsonant()
          : rest.startsWith(pair.afterVowel()) ? pair.afterVowel() : null;
      if (found == null || !pair.ending() && !endsWord(rest, found.length())) {
        continue;
      }
      boolean consonant = KoreanSound.endsInConsonant(reads.get());
      if (pair.copula() && !consonant) {
        break; // 1억달러다 and 1억달러이다 are both right
      }
      String expected = pair.afterConsonant().equals("으로")
          ? (consonant && !KoreanSound.endsInRieul(reads.get()) ? "으로" : "로")
          : (consonant ? pair.afterConsonant() : pair.afterVowel());
      if (!expected.equals(found)) {
        // Only a money figure has brackets after it (its won figure, its status) to mislead the writer.
        boolean money = m.kind().equals("sum") || !m.kind().equals("company") && List.of("", "amount", "krw", "alt")
            .contains(m.field());
        problems.add(new Problem(particle, "expected the particle '" + expected + "' after "
            + m.text() + ", which reads '" + reads.get() + "' (" + (money
                ? "a particle follows the last sound of the amount or name, not a parenthesis after it"
                : "a particle follows the last sound of the words it writes") + "), found '" + found + "'"));
      }
      break;
    }
  }

  /**
   * How a figure reads where the particle follows it: a money figure before any parenthesis after
   * it; a list of names (a round's lead, participants, investors) by its last name; a company's
   * name. Empty for other placeholders.
   */
  static Optional<String> reads(Briefing b, Placeholders.Match m) {
    if (m.kind().equals("sum")) {
      boolean known = com.moneywar.briefing.model.FigureSum.addsUp(b, m.ids());
      return !known ? Optional.empty() : Optional.of(m.field().equals("krw") && com.moneywar.briefing.model.FigureSum
          .of(b, m.ids()).krw().isPresent() ? "원" : com.moneywar.briefing.model.FigureSum.of(b, m.ids()).text(Lang.KO));
    }
    if (m.ids().size() != 1) {
      return Optional.empty();
    }
    String id = m.ids().get(0);
    if (m.kind().equals("company") && m.field().equals("name")) {
      return b.company(id).map(c -> c.name().in(Lang.KO));
    }
    if (m.kind().equals("round") && m.field().equals("type")) {
      // 구주 매각이어서, 지분 투자여서: the writer does not see how the type's name ends.
      return b.round(id).map(r -> r.type().phrase(Lang.KO));
    }
    if (m.kind().equals("round") && List.of("lead", "participants", "investors").contains(m.field())) {
      List<String> names = b.round(id).map(r -> switch (m.field()) {
        case "lead" -> r.lead();
        case "participants" -> r.participants();
        default -> java.util.stream.Stream.concat(r.lead().stream(), r.participants().stream()).toList();
      }).orElse(List.of());
      return names.isEmpty() ? Optional.empty()
          : b.company(names.get(names.size() - 1)).map(c -> c.name().in(Lang.KO));
    }
    if (!b.moneyFacts().containsKey(m.kind() + ":" + id)) {
      return Optional.empty();
    }
    MoneyFact fact = b.moneyFacts().get(m.kind() + ":" + id);
    if (List.of("", "amount", "krw").contains(m.field()) && !fact.reporting().amountStated()) {
      // A row with no amount is refused in a text ("금액 미상"), with its own message: a particle fitted
      // to those words would be advice to keep the placeholder.
      return Optional.empty();
    }
    return switch (m.field()) {
      case "", "amount" -> Optional.of(AmountText.of(fact, Lang.KO));
      case "alt" -> fact.reporting().alternative().map(a -> AmountText.of(a, Lang.KO));
      case "krw" -> Optional.of(b.approxKrw(fact)
          .map(low -> AmountText.approximately(fact.bound(), low, b.approxKrwHigh(fact), Lang.KO))
          .orElse(AmountText.of(fact, Lang.KO)));
      // 2025년에는, 2025회계연도 1분기에: the writer does not see how the period's words end.
      case "period" -> fact instanceof com.moneywar.briefing.model.Spending s
          ? s.period().map(p -> p.words(Lang.KO)) : Optional.empty();
      case "status" -> fact instanceof com.moneywar.briefing.model.Spending s
          ? Optional.of(s.status().words(Lang.KO)) : Optional.empty();
      case "paid" -> fact instanceof com.moneywar.briefing.model.Flow f && !f.payment().words(Lang.KO).isEmpty()
          ? Optional.of(f.payment().words(Lang.KO)) : Optional.empty();
      // GPU 10만장을, 6GW를: the writer does not see how the capacity's words end.
      case "capacity" -> fact instanceof com.moneywar.briefing.model.Flow f
          ? f.capacity().map(c -> c.words(Lang.KO)) : Optional.empty();
      default -> Optional.empty();
    };
  }

  /** Whether the particle of {@code length} chars at the start of {@code rest} ends a word there. */
  private static boolean endsWord(String rest, int length) {
    if (rest.length() == length) {
      return true;
    }
    char next = rest.charAt(length);
    return Character.isWhitespace(next) || ".,;:!?)]}'\"’”…*_-—".indexOf(next) >= 0;
  }

}
