package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.MoneyFormat;
import java.math.BigDecimal;

/**
 * The size of a deal in what it buys rather than in money, as its sources state it (columns {@code
 * capacity}, {@code capacity_unit} and {@code capacity_bound} of {@code data/flows.csv}): "6
 * gigawatts of AMD chips", "up to one million TPUs", "up to 900,000 wafers a month". Often the only
 * size a compute deal discloses. Never a sum of money, so never drawn nor added up.
 *
 * @param value above zero; a whole number for a counted unit
 * @param bound how the source states it; never a range
 */
public record Capacity(BigDecimal value, CapacityUnit unit, Bound bound) {
  public Capacity {
    requireNonNull(value, "value");
    requireNonNull(unit, "unit");
    requireNonNull(bound, "bound");
    if (bound == Bound.RANGE) {
      throw new IllegalArgumentException("a capacity is one figure, not a range");
    }
  }

  /**
   * The capacity as the language's press writes it: {@code 최대 1GW} / {@code up to 1 GW}, {@code 10GW
   * 이상} / {@code more than 10 GW}, {@code TPU 최대 100만개} / {@code up to 1 million TPUs}, {@code
   * 웨이퍼 월 약 90만장} / {@code about 900,000 wafers a month}.
   */
  public String words(Lang lang) {
    boolean ko = lang == Lang.KO;
    String number = ko ? MoneyFormat.korean().plainNumber(value) : english(value);
    // A unit abbreviation keeps to its number (a no-break space): "500 / MW" broke across lines in a
    // new user's key-figure card and chart note at 360 px. A counted word ("100,000 GPUs") may part.
    String english = unit.english(value.compareTo(BigDecimal.ONE) == 0);
    String figure = ko ? number + unit.koreanAfter()
        : number + (english.equals(english.toUpperCase(java.util.Locale.ROOT)) ? "\u00a0" : " ") + english;
    String bounded = switch (bound) {
      case ABOUT -> (ko ? "약 " : "about ") + figure;
      case UP_TO -> (ko ? "최대 " : "up to ") + figure;
      case AT_LEAST -> (ko ? "최소 " : "at least ") + figure;
      case MORE_THAN -> ko ? figure + " 이상" : "more than " + figure;
      case LESS_THAN -> ko ? figure + " 미만" : "less than " + figure;
      case EXACT, RANGE -> figure;
    };
    return ko ? unit.koreanBefore() + bounded : bounded;
  }

  /** {@code 900,000}, {@code 1 million}, {@code 1.5 million}, {@code 6}, {@code 1.5}: as English news writes counts. */
  private static String english(BigDecimal n) {
    BigDecimal million = BigDecimal.valueOf(1_000_000);
    BigDecimal billion = BigDecimal.valueOf(1_000_000_000);
    for (BigDecimal scale : new BigDecimal[] {billion, million}) {
      // Only where a word reads better than the digits and says the same: 1.25 million, not 1.234567 million.
      BigDecimal scaled = n.divide(scale);
      if (n.compareTo(scale) >= 0 && scaled.stripTrailingZeros().scale() <= 2) {
        return scaled.stripTrailingZeros().toPlainString() + (scale == billion ? " billion" : " million");
      }
    }
    return MoneyFormat.english().plainNumber(n);
  }
}
