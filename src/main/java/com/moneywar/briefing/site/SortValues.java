package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ExchangeRate;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Comparator;
import java.util.Currency;
import java.util.Optional;

/**
 * The machine values the data pages' script sorts by, carried in each cell's {@code data-value}:
 * an amount's value in US dollars (so that €15 million and $2 billion order by what they are
 * worth), a won column's won value, a date as ISO. Exact decimals throughout; never shown.
 */
final class SortValues {
  static final Currency USD = Currency.getInstance("USD");

  private final Briefing briefing;

  SortValues(Briefing briefing) {
    this.briefing = briefing;
  }

  /**
   * The amount the row shows first (for a range its lower end), in US dollars: as is for dollars,
   * else through won at the fact's own won rate and the dollar's won rate of the latest date on or
   * before the fact (or the earliest after it). Empty when no amount is stated or no rate leads to
   * dollars: such a row sorts last.
   */
  String usd(MoneyFact fact) {
    if (!fact.reporting().amountStated()) {
      return "";
    }
    Money amount = fact.amount();
    if (amount.currency().equals(USD)) {
      return plain(amount.amount());
    }
    Optional<BigDecimal> won = amount.currency().equals(Money.KRW) ? Optional.of(amount.amount())
        : briefing.krwRateFor(fact).map(r -> amount.amount().multiply(r.rate()));
    Optional<ExchangeRate> dollar = dollarRate(fact.date());
    if (won.isEmpty() || dollar.isEmpty()) {
      return "";
    }
    return plain(won.get().divide(dollar.get().rate(), MathContext.DECIMAL64));
  }

  /** The won figure the row shows (the amount itself for won facts); empty when it shows none. */
  String krw(MoneyFact fact) {
    if (!fact.reporting().amountStated() || fact.reporting().noConversion()) {
      return "";
    }
    if (fact.amount().currency().equals(Money.KRW)) {
      return plain(fact.amount().amount());
    }
    return briefing.approxKrw(fact).map(m -> plain(m.amount())).orElse("");
  }

  /** The date's first day, {@code 2024-03-01} for March 2024. */
  static String date(PartialDate date) {
    return date.firstDay().toString();
  }

  private Optional<ExchangeRate> dollarRate(PartialDate date) {
    var toWon = briefing.rates().stream().filter(r -> r.base().equals(USD) && r.quote().equals(Money.KRW)).toList();
    Comparator<ExchangeRate> byDate = Comparator.comparing(ExchangeRate::date);
    return toWon.stream().filter(r -> r.date().compareTo(date) <= 0).max(byDate)
        .or(() -> toWon.stream().min(byDate));
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
