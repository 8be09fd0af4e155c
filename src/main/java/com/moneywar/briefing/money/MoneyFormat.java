package com.moneywar.briefing.money;

/** Writes an amount as a language's press writes it. Implementations are immutable and thread-safe. */
public interface MoneyFormat {
  /** The amount itself: {@code 27억5000만달러} or {@code $2.75 billion}. */
  String format(Money money);

  /** An approximate amount: {@code 약 3조7100억원} or {@code about ₩3.71 trillion}. */
  String approximately(Money money);

  /**
   * A range of two amounts in one currency as the press writes it: {@code 400억~500억달러} or
   * {@code $40–50 billion} (one scale word when both ends share it, else {@code $800 million–$1.2
   * billion}).
   */
  String range(Money low, Money high);

  /** A short axis label: {@code 40억} or {@code $4B}; the unit goes in the axis title. */
  String axisLabel(Money money);

  /** A count or other plain number: {@code 1만3000} or {@code 13,000}. */
  String plainNumber(java.math.BigDecimal value);

  static MoneyFormat korean() {
    return KoreanMoneyFormat.INSTANCE;
  }

  static MoneyFormat english() {
    return EnglishMoneyFormat.INSTANCE;
  }
}
