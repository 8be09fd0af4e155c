package com.moneywar.briefing.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Korean press style: the units 조 (10^12), 억 (10^8) and 만 (10^4) written together without
 * spaces, then the currency word: {@code 27억5000만달러}, {@code 1500만유로}, {@code 3조7100억원}.
 */
final class KoreanMoneyFormat implements MoneyFormat {
  static final KoreanMoneyFormat INSTANCE = new KoreanMoneyFormat();

  private static final BigInteger MAN = BigInteger.TEN.pow(4);
  private static final String[] UNITS = {"", "만", "억", "조", "경"};

  private KoreanMoneyFormat() {}

  @Override
  public String format(Money money) {
    return number(money.amount()) + currencyWord(money);
  }

  @Override
  public String approximately(Money money) {
    return "약 " + format(money);
  }

  @Override
  public String range(Money low, Money high) {
    return number(low.amount()) + "~" + format(high);
  }

  @Override
  public String axisLabel(Money money) {
    return number(money.amount()) + " " + currencyWord(money).strip();
  }

  @Override
  public String plainNumber(BigDecimal value) {
    return number(value);
  }

  /**
   * Splits the integer part into groups of four digits, each written with its unit; a group of
   * zero is left out (1억5만, not 1억0000만5). A fraction stays on the last digits (2.5달러).
   */
  static String number(BigDecimal amount) {
    String sign = amount.signum() < 0 ? "-" : "";
    BigDecimal abs = amount.abs();
    BigInteger whole = abs.toBigInteger();
    BigDecimal fraction = abs.subtract(new BigDecimal(whole));
    if (whole.signum() == 0) {
      return sign + abs.stripTrailingZeros().toPlainString();
    }
    StringBuilder out = new StringBuilder();
    int unit = 0;
    String onesGroup = "";
    while (whole.signum() > 0) {
      BigInteger[] qr = whole.divideAndRemainder(MAN);
      int group = qr[1].intValue();
      if (unit == 0) {
        onesGroup = group == 0 ? "" : Integer.toString(group);
      } else if (group != 0) {
        out.insert(0, group + UNITS[Math.min(unit, UNITS.length - 1)]);
      }
      whole = qr[0];
      unit++;
    }
    String ones = onesGroup;
    if (fraction.signum() != 0) {
      // ".25" after the last group: 2.25달러, 1만0.5달러 (rare for money the press reports).
      ones = (ones.isEmpty() ? "0" : ones) + fraction.stripTrailingZeros().toPlainString().substring(1);
    }
    return sign + out + ones;
  }

  private static String currencyWord(Money money) {
    return CurrencyStyle.of(money.currency()).koWord();
  }
}
