package com.moneywar.briefing.money;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;

/** An exact amount of one currency; never binary floating point. */
public record Money(BigDecimal amount, Currency currency) {
  public static final Currency KRW = Currency.getInstance("KRW");

  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    amount = amount.stripTrailingZeros();
    if (amount.scale() < 0) {
      amount = amount.setScale(0);
    }
  }

  public static Money of(String amount, String currencyCode) {
    return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  public int compareAmount(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /** Converts at {@code rate} units of {@code target} per unit of this currency, exactly. */
  public Money convert(BigDecimal rate, Currency target) {
    return new Money(amount.multiply(rate), target);
  }

  /**
   * Rounds to {@code digits} significant digits, half up, as the press rounds an approximate
   * figure ("약 3조7100억원" for 3조7097억5000만원 at three digits).
   */
  public Money roundToSignificant(int digits) {
    if (digits < 1) {
      throw new IllegalArgumentException("digits must be at least 1: " + digits);
    }
    return new Money(amount.round(new MathContext(digits, RoundingMode.HALF_UP)), currency);
  }

  private void requireSameCurrency(Money other) {
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(currency + " and " + other.currency + " do not add up");
    }
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
