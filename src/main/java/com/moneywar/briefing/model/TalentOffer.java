package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.Optional;

/** Pay offered to AI talent; an empty {@code employer} means the offer is industry-wide. */
public record TalentOffer(
    String id,
    Optional<String> employer,
    Localized role,
    Money amount,
    PayPeriod period,
    Bound bound,
    PartialDate date,
    String source,
    Optional<String> fx,
    int approxDigits,
    Localized note,
    Reporting reporting)
    implements MoneyFact {
  public TalentOffer {
    requireNonNull(id, "id");
    requireNonNull(employer, "employer");
    requireNonNull(role, "role");
    requireNonNull(amount, "amount");
    requireNonNull(period, "period");
    requireNonNull(bound, "bound");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(fx, "fx");
    requireNonNull(note, "note");
    requireNonNull(reporting, "reporting");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative amount: " + amount);
    }
  }

  /** A fact as the tables before rounds and claims stated it: plainly reported. */
  public TalentOffer(String id, Optional<String> employer, Localized role, Money amount, PayPeriod period, Bound bound,
      PartialDate date, String source, Optional<String> fx, int approxDigits, Localized note) {
    this(id, employer, role, amount, period, bound, date, source, fx, approxDigits, note, Reporting.PLAIN);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.talent(this);
  }
}
