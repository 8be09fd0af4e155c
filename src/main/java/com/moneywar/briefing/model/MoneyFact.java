package com.moneywar.briefing.model;

import com.moneywar.briefing.money.Money;
import java.util.Optional;

/** A sourced fact stated as an amount of money, which the briefing also shows in won. */
public interface MoneyFact {
  String id();

  Money amount();

  Bound bound();

  PartialDate date();

  String source();

  /** The exchange rate to convert with; empty means the latest one on or before {@link #date()}. */
  Optional<String> fx();

  /** Significant digits of the approximate conversion ("약 3조7100억원" has three). */
  int approxDigits();

  Localized note();
}
