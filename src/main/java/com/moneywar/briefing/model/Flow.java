package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Money that changes hands but is not an investment: {@code from} buys compute from {@code to},
 * acquires it, or buys a stake of {@code percent} in it, paid as {@code payment} says. A stake is
 * paid for on the day the deal {@code closed} (completed), which may come months after it was
 * agreed on its {@code date}; empty when no source says it has. Never added into investment totals.
 */
public record Flow(
    String id,
    FlowKind flowKind,
    String from,
    String to,
    Optional<BigDecimal> percent,
    Money amount,
    Bound bound,
    PartialDate date,
    String source,
    Optional<String> fx,
    int approxDigits,
    Localized note,
    Reporting reporting,
    Payment payment,
    Optional<PartialDate> closed)
    implements MoneyFact {
  /** A deal whose sources do not say how it was paid. */
  public Flow(String id, FlowKind flowKind, String from, String to, Optional<BigDecimal> percent, Money amount,
      Bound bound, PartialDate date, String source, Optional<String> fx, int approxDigits, Localized note,
      Reporting reporting) {
    this(id, flowKind, from, to, percent, amount, bound, date, source, fx, approxDigits, note, reporting,
        Payment.UNSTATED, Optional.empty());
  }

  /** The same deal, closed on {@code day} (empty: not closed, or not on the record). */
  public Flow withClosed(Optional<PartialDate> day) {
    return new Flow(id, flowKind, from, to, percent, amount, bound, date, source, fx, approxDigits, note, reporting,
        payment, day);
  }

  public Flow {
    requireNonNull(id, "id");
    requireNonNull(flowKind, "flowKind");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(percent, "percent");
    requireNonNull(amount, "amount");
    requireNonNull(bound, "bound");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(fx, "fx");
    requireNonNull(note, "note");
    requireNonNull(reporting, "reporting");
    requireNonNull(payment, "payment");
    requireNonNull(closed, "closed");
  }

  /**
   * Whether the row is money paid (or promised) by one party to the other, which charts may draw:
   * its kind moves money ({@link FlowKind#moneyMoved}) and it was not paid, wholly or partly, in
   * shares.
   */
  public boolean moneyMoved() {
    return flowKind.moneyMoved() && payment.allMoney();
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.flow(this);
  }
}
