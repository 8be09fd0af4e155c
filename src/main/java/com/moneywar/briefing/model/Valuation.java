package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.Optional;

/** What a company was said to be worth on a date. */
public record Valuation(
    String id,
    String company,
    Money amount,
    Bound bound,
    PartialDate date,
    String source,
    Optional<String> fx,
    int approxDigits,
    Localized note,
    ValuationBasis basis,
    Reporting reporting)
    implements MoneyFact {
  public Valuation {
    requireNonNull(id, "id");
    requireNonNull(company, "company");
    requireNonNull(amount, "amount");
    requireNonNull(bound, "bound");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(fx, "fx");
    requireNonNull(note, "note");
    requireNonNull(basis, "basis");
    requireNonNull(reporting, "reporting");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative amount: " + amount);
    }
  }

  /** A fact as the tables before rounds and claims stated it: basis unstated, plainly reported. */
  public Valuation(String id, String company, Money amount, Bound bound, PartialDate date, String source,
      Optional<String> fx, int approxDigits, Localized note) {
    this(id, company, amount, bound, date, source, fx, approxDigits, note, ValuationBasis.UNSTATED, Reporting.PLAIN);
  }

  /**
   * A value sought in talks (or named by a listing planned) that a later round concluded says it was
   * sought, never that the talks closed: "투자 후 기업가치 · 이후 마감된 협상" read as a value reached, where
   * a new user's round closed with no valuation disclosed. The value a round set is its own row.
   */
  @Override
  public String dealWords(Lang lang) {
    if (reporting().claim() != ClaimStatus.DENIED && reporting().deal() == DealStatus.CONCLUDED) {
      return lang == Lang.KO ? "협상 때 제시된 값" : "sought in talks";
    }
    if (reporting().claim() != ClaimStatus.DENIED && reporting().deal() == DealStatus.COMPLETED) {
      return lang == Lang.KO ? "추진 때 제시된 값" : "named when planned";
    }
    return MoneyFact.super.dealWords(lang);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.valuation(this);
  }
}
