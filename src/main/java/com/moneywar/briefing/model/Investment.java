package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.Optional;

/**
 * Money from an investor to an investee: a commitment, a tranche paid toward a commitment
 * (named by {@code partOf}), or a single investment.
 */
public record Investment(
    String id,
    String investor,
    String investee,
    InvestmentKind kind,
    Optional<String> partOf,
    Money amount,
    Bound bound,
    InvestmentStatus status,
    PartialDate date,
    String source,
    Optional<String> fx,
    int approxDigits,
    Localized note)
    implements MoneyFact {
  public Investment {
    requireNonNull(id, "id");
    requireNonNull(investor, "investor");
    requireNonNull(investee, "investee");
    requireNonNull(kind, "kind");
    requireNonNull(partOf, "partOf");
    requireNonNull(amount, "amount");
    requireNonNull(bound, "bound");
    requireNonNull(status, "status");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(fx, "fx");
    requireNonNull(note, "note");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative amount: " + amount);
    }
    if ((kind == InvestmentKind.TRANCHE) != partOf.isPresent()) {
      throw new IllegalArgumentException("a tranche, and only a tranche, is part of a commitment");
    }
  }
}
