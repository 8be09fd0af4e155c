package com.moneywar.briefing.model;

/**
 * Where a rate comes from, which decides which figures it may convert. A market rate (a day's close,
 * the Bank of Korea's table, a bank's posted rate) converts any figure of its day, picked by date
 * or named. A rate implied by one report's own won conversion ("$2.75 billion, about ₩3.71
 * trillion") is that report's arithmetic, not a price of the day: it converts only the figures of a
 * row that cites the report, and only where the row names it in {@code fx}, never picked by date
 * for an unrelated row (a new user's implied rate of one article converted another outlet's deal of
 * the same day).
 */
public enum RateBasis {
  MARKET("market"),
  IMPLIED("implied");

  private final String code;

  RateBasis(String code) {
    this.code = code;
  }

  /** The code written in {@code exchange_rates.csv}'s {@code basis} column. */
  public String code() {
    return code;
  }
}
