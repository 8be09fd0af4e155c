package com.moneywar.briefing.money;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * English press style: a currency sign and a scale word from a million up ({@code $2.75 billion},
 * {@code €15 million}, {@code £2 billion}, {@code ₩3.71 trillion}), digit grouping below ({@code
 * $950,000}, {@code HK$4.35 billion}); the yuan and the yen by name after the number, as the wire
 * services write them ({@code 20 billion yuan}, {@code 500 billion yen}: "¥" alone would not tell
 * which), and so the Swiss franc and a few more; a currency {@link CurrencyStyle} does not list by
 * its code ({@code 2 billion XYZ}).
 */
final class EnglishMoneyFormat implements MoneyFormat {
  static final EnglishMoneyFormat INSTANCE = new EnglishMoneyFormat();

  private static final BigDecimal MILLION = new BigDecimal("1e6");
  private static final BigDecimal BILLION = new BigDecimal("1e9");
  private static final BigDecimal TRILLION = new BigDecimal("1e12");
  private EnglishMoneyFormat() {}

  @Override
  public String format(Money money) {
    BigDecimal amount = money.amount();
    String sign = amount.signum() < 0 ? "-" : "";
    String number = scaled(amount.abs(), " trillion", " billion", " million");
    // An amount exact to the unit, as a filing gives it (₩23,729,201,772), is no "₩23.729201772
    // billion": past three decimals of its scale word it is written out in full, grouped. A trillion
    // keeps four, a Korean figure's 억 ("2조1087억원" is "₩2.1087 trillion", as Yonhap writes it; walk
    // 74's English read "₩2,108,700,000,000").
    int point = number.indexOf('.');
    int decimals = amount.abs().compareTo(TRILLION) >= 0 ? 4 : 3;
    if (point >= 0 && number.indexOf(' ', point) - point - 1 > decimals) {
      number = grouped(amount.abs());
    }
    return sign + currencySign(money) + number + currencySuffix(money);
  }

  /** Every digit of {@code abs}, the whole part grouped by three: {@code 23,729,201,772}, {@code 1,234,567.891}. */
  private static String grouped(BigDecimal abs) {
    String plain = plain(abs);
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    DecimalFormat thousands = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    return thousands.format(new java.math.BigInteger(whole)) + (point < 0 ? "" : plain.substring(point));
  }

  @Override
  public String approximately(Money money) {
    return "about " + format(money);
  }

  @Override
  public String range(Money low, Money high) {
    String lowText = format(low);
    String highText = format(high);
    String lowNumber = lowText.substring(currencySign(low).length());
    String highNumber = highText.substring(currencySign(high).length());
    int lowSpace = lowNumber.indexOf(' ');
    int highSpace = highNumber.indexOf(' ');
    if (lowSpace > 0 && highSpace > 0
        && lowNumber.substring(lowSpace).equals(highNumber.substring(highSpace))) {
      return lowText.substring(0, currencySign(low).length() + lowSpace) + "–" + highNumber;
    }
    return lowText + "–" + highText;
  }

  @Override
  public String axisLabel(Money money) {
    String sign = money.amount().signum() < 0 ? "-" : "";
    // An axis says its currency in its panel's heading; a sign, where there is one, helps still.
    String code = money.currency().getCurrencyCode();
    String axisSign = code.equals("JPY") ? "¥" : CurrencyStyle.of(money.currency()).enSign();
    return sign + axisSign + scaled(money.amount().abs(), "T", "B", "M");
  }

  @Override
  public String plainNumber(BigDecimal value) {
    DecimalFormat grouped = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    return grouped.format(value);
  }

  private static String scaled(BigDecimal abs, String trillion, String billion, String million) {
    if (abs.compareTo(TRILLION) >= 0) {
      // A thousand trillion and more is grouped, as the press writes it: "₩1,040 trillion".
      return groupedWhole(plain(abs.divide(TRILLION))) + trillion;
    }
    if (abs.compareTo(BILLION) >= 0) {
      return plain(abs.divide(BILLION)) + billion;
    }
    if (abs.compareTo(MILLION) >= 0) {
      return plain(abs.divide(MILLION)) + million;
    }
    DecimalFormat grouped = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.US));
    grouped.setParseBigDecimal(true);
    return grouped.format(abs);
  }

  /** {@code number} (plain digits, maybe a decimal point) with its whole part grouped by three: {@code 1,040.5}. */
  private static String groupedWhole(String number) {
    int point = number.indexOf('.');
    String whole = point < 0 ? number : number.substring(0, point);
    if (whole.length() <= 3) {
      return number;
    }
    DecimalFormat thousands = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US));
    return thousands.format(new java.math.BigInteger(whole)) + (point < 0 ? "" : number.substring(point));
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
  }

  private static String currencySign(Money money) {
    return CurrencyStyle.of(money.currency()).enSign();
  }

  private static String currencySuffix(Money money) {
    String name = CurrencyStyle.of(money.currency()).enName();
    return name.isEmpty() ? "" : " " + name;
  }
}
