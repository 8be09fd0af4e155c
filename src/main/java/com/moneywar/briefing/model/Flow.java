package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Money that changes hands but is not an investment: {@code from} buys compute from {@code to},
 * acquires it, or buys a stake of {@code percent} in it, paid as {@code payment} says. A stake is
 * paid for on the day the deal {@code closed} (completed), which may come months after it was
 * agreed on its {@code date}; empty when no source says it has. A deal may also be sized by its
 * {@code capacity} ("6 gigawatts"), often the only size a compute deal discloses. Never added into
 * investment totals.
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
    Optional<PartialDate> closed,
    Bound percentBound,
    Optional<Capacity> capacity,
    Optional<String> closedAs,
    boolean yearly)
    implements MoneyFact {
  /**
   * A deal that may name the row that ended it, its amount the whole deal's (not a yearly one).
   */
  public Flow(String id, FlowKind flowKind, String from, String to, Optional<BigDecimal> percent, Money amount,
      Bound bound, PartialDate date, String source, Optional<String> fx, int approxDigits, Localized note,
      Reporting reporting, Payment payment, Optional<PartialDate> closed, Bound percentBound,
      Optional<Capacity> capacity, Optional<String> closedAs) {
    this(id, flowKind, from, to, percent, amount, bound, date, source, fx, approxDigits, note, reporting, payment,
        closed, percentBound, capacity, closedAs, false);
  }

  /** A deal no later row of the table ends. */
  public Flow(String id, FlowKind flowKind, String from, String to, Optional<BigDecimal> percent, Money amount,
      Bound bound, PartialDate date, String source, Optional<String> fx, int approxDigits, Localized note,
      Reporting reporting, Payment payment, Optional<PartialDate> closed, Bound percentBound,
      Optional<Capacity> capacity) {
    this(id, flowKind, from, to, percent, amount, bound, date, source, fx, approxDigits, note, reporting, payment,
        closed, percentBound, capacity, Optional.empty());
  }

  /**
   * The same deal, talks a later row ended ({@code closedAs}), with {@code outcome}: {@link
   * DealStatus#CONCLUDED} when that deal was agreed, {@link DealStatus#ABANDONED} when called off,
   * {@link DealStatus#TALKS} before it is on the record. A deal naming no later row is left as it is.
   */
  public Flow ended(DealStatus outcome) {
    DealStatus deal = closedAs.isEmpty() ? reporting.deal() : outcome;
    return deal == reporting.deal() ? this : new Flow(id, flowKind, from, to, percent, amount, bound, date, source, fx,
        approxDigits, note, reporting.withDeal(deal), payment, closed, percentBound, capacity, closedAs, yearly);
  }

  /** Talks a later deal ended say how, in a deal's words: {@code 이후 합의} / {@code talks, later agreed}. */
  @Override
  public String dealWords(Lang lang) {
    if (reporting.claim() != ClaimStatus.DENIED && reporting.deal() == DealStatus.CONCLUDED) {
      return lang == Lang.KO ? "이후 합의" : "talks, later agreed";
    }
    return MoneyFact.super.dealWords(lang);
  }
  /** A deal whose sources do not say how it was paid. */
  public Flow(String id, FlowKind flowKind, String from, String to, Optional<BigDecimal> percent, Money amount,
      Bound bound, PartialDate date, String source, Optional<String> fx, int approxDigits, Localized note,
      Reporting reporting) {
    this(id, flowKind, from, to, percent, amount, bound, date, source, fx, approxDigits, note, reporting,
        Payment.UNSTATED, Optional.empty(), Bound.EXACT, Optional.empty(), Optional.empty());
  }

  /** A deal paid as {@code payment} says and closed on {@code closed}, its percentage exact. */
  public Flow(String id, FlowKind flowKind, String from, String to, Optional<BigDecimal> percent, Money amount,
      Bound bound, PartialDate date, String source, Optional<String> fx, int approxDigits, Localized note,
      Reporting reporting, Payment payment, Optional<PartialDate> closed) {
    this(id, flowKind, from, to, percent, amount, bound, date, source, fx, approxDigits, note, reporting, payment,
        closed, Bound.EXACT, Optional.empty(), Optional.empty());
  }

  /** The same deal, closed on {@code day} (empty: not closed, or not on the record). */
  public Flow withClosed(Optional<PartialDate> day) {
    return new Flow(id, flowKind, from, to, percent, amount, bound, date, source, fx, approxDigits, note, reporting,
        payment, day, percentBound, capacity, closedAs, yearly);
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
    requireNonNull(percentBound, "percentBound");
    requireNonNull(capacity, "capacity");
    requireNonNull(closedAs, "closedAs");
  }

  /**
   * The message key of the row's kind, {@code flowkind.<code>}: for a stake held whose value no
   * source gives, {@code flowkind.holding.unvalued} ("Stake held", where "Stake held (value)" beside
   * "no amount given" promised a value no source gave).
   */
  public String kindKey() {
    return unvaluedHolding() ? "flowkind.holding.unvalued" : "flowkind." + flowKind.code();
  }

  /** The row's kind in words as the tables write it, unless a {@link #kindKey()} message replaces them. */
  public String kindWords(Lang lang) {
    return unvaluedHolding() ? (lang == Lang.KO ? "지분 보유" : "Stake held") : flowKind.words(lang);
  }

  private boolean unvaluedHolding() {
    return flowKind == FlowKind.HOLDING && !reporting.amountStated();
  }

  /**
   * The stake's percentage as the sources state it, with its bound ({@code percent_bound}): {@code 49%},
   * {@code 약 4%} / {@code about 4%}, {@code 4% 이상} / {@code more than 4%}, {@code 최소 4%} / {@code at
   * least 4%}, {@code 최대 4%} / {@code up to 4%}; empty when the row gives none.
   */
  public String percentWords(Lang lang) {
    return percent.map(p -> {
      String n = p.stripTrailingZeros().toPlainString() + "%";
      boolean ko = lang == Lang.KO;
      return switch (percentBound) {
        case ABOUT -> (ko ? "약 " : "about ") + n;
        case MORE_THAN -> ko ? n + " 이상" : "more than " + n;
        case AT_LEAST -> (ko ? "최소 " : "at least ") + n;
        case UP_TO -> (ko ? "최대 " : "up to ") + n;
        case LESS_THAN -> ko ? n + " 미만" : "less than " + n;
        case EXACT, RANGE -> n;
      };
    }).orElse("");
  }

  /**
   * Whether the row is money paid (or promised) by one party to the other, which charts may draw and
   * sums add up: its kind moves money ({@link FlowKind#moneyMoved}), it was not paid, wholly or partly,
   * in shares, and its amount is the deal's, not a yearly payment ("about $1 billion a year" is no
   * deal of $1 billion).
   */
  public boolean moneyMoved() {
    return flowKind.moneyMoved() && payment.allMoney() && !yearly;
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.flow(this);
  }
}
