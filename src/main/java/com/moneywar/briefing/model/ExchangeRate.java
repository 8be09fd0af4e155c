package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * How many units of {@code quote} one unit of {@code base} bought on a date, and whether that was
 * the market's rate or one report's own arithmetic ({@link RateBasis}).
 */
public record ExchangeRate(
    String id,
    Currency base,
    Currency quote,
    BigDecimal rate,
    PartialDate date,
    String source,
    RateBasis basis,
    Localized note) {
  public ExchangeRate {
    requireNonNull(id, "id");
    requireNonNull(base, "base");
    requireNonNull(quote, "quote");
    requireNonNull(rate, "rate");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(basis, "basis");
    requireNonNull(note, "note");
    if (rate.signum() <= 0) {
      throw new IllegalArgumentException("rate must be positive: " + rate);
    }
  }
}
