package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.Optional;

/**
 * Pay offered to AI talent, and what became of the offer where a source says; an empty {@code
 * employer} means the offer is industry-wide.
 */
public record TalentOffer(
    String id,
    Optional<String> employer,
    Localized role,
    Money amount,
    PayPeriod period,
    OfferStatus status,
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
    requireNonNull(status, "status");
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
    this(id, employer, role, amount, period, OfferStatus.OFFERED, bound, date, source, fx, approxDigits, note,
        Reporting.PLAIN);
  }

  /**
   * An offer declined or accepted says so where a deal says where it stands: in the full form's
   * brackets ({@code 15억달러(약 2조원, 제안 거절)}), after its name in key figures and as {@code :status};
   * a denied report says only that.
   */
  @Override
  public String dealWords(Lang lang) {
    return reporting().claim() == ClaimStatus.DENIED ? "" : status.words(lang);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.talent(this);
  }
}
