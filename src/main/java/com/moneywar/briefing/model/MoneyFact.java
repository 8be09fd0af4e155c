package com.moneywar.briefing.model;

import com.moneywar.briefing.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * A sourced fact stated as an amount of money, which the briefing also shows in won. The family is
 * closed: each kind is a record listed here and in {@link FactKind}, and code that treats every
 * kind goes through {@link Visitor}, so a new kind that is not handled everywhere does not compile.
 * Every kind shares the columns read by one reader ({@code load.FactColumns}): id, amount, bound,
 * date, source(s), fx, approx_digits, claim, notes.
 */
public sealed interface MoneyFact permits Investment, Valuation, TalentOffer, Round, Flow, Spending {
  String id();

  /** The amount; for a {@link Bound#RANGE} its lower end. Zero when {@link Reporting#amountStated()} is false. */
  Money amount();

  Bound bound();

  PartialDate date();

  /** The source the figure comes from. */
  String source();

  /** The exchange rate to convert with; empty means the latest one on or before {@link #date()}. */
  Optional<String> fx();

  /** Significant digits of the approximate conversion ("약 3조7100억원" has three). */
  int approxDigits();

  Localized note();

  Reporting reporting();

  <R> R accept(Visitor<R> visitor);

  /** The fact's kind, from its type. */
  default FactKind factKind() {
    return accept(FactKind.OF);
  }

  /**
   * Where the deal stands, as readers see it: {@code 협상 중} / {@code in talks}, {@code 제안 거절} /
   * {@code offer rejected}; empty for a deal that was made, and for a report the parties deny: a
   * denied report of talks is no talks ("150억달러(협상 중, 당사자 부인)" stated the talks as fact). A
   * round says it in its own words ({@link Round#dealWords}).
   */
  default String dealWords(Lang lang) {
    return reporting().claim() == ClaimStatus.DENIED ? "" : reporting().deal().words(lang);
  }

  /** {@link #dealWords} after a deal's name, as tables and key figures write it ({@code  · 협상 중}); empty for a deal made. */
  default String dealAfterName(Lang lang) {
    String words = dealWords(lang);
    return words.isEmpty() ? "" : " · " + words;
  }

  /** The figure's source first, then the others that report the fact. */
  default List<String> sources() {
    List<String> all = new java.util.ArrayList<>();
    all.add(source());
    reporting().otherSources().stream().filter(s -> !all.contains(s)).forEach(all::add);
    reporting().alternative().map(Reporting.Alternative::source).filter(s -> !all.contains(s)).ifPresent(all::add);
    return List.copyOf(all);
  }

  /** One method per kind: implementing it is how a new kind is handled everywhere. */
  interface Visitor<R> {
    R investment(Investment investment);

    R valuation(Valuation valuation);

    R talent(TalentOffer offer);

    R round(Round round);

    R flow(Flow flow);

    R spending(Spending spending);
  }
}
