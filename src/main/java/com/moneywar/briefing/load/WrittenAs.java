package com.moneywar.briefing.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a date or an amount written the way people write them meant, in the form the tables take:
 * the "did you mean" of a cell that {@code 23/07/2025}, {@code 2025년 7월 23일}, {@code 450조} or
 * {@code $125 billion} was typed into. Only an unambiguous reading is offered: {@code 07/08/2025}
 * could be either day first or month first, and gets none. Pure; thread-safe.
 */
final class WrittenAs {
  private WrittenAs() {}

  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})");
  /** Year first with one separator throughout: {@code 2025/7/3}, {@code 2025.07.}, {@code 2026-5-4} (no zeros). */
  private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})([./-])(\\d{1,2})(?:\\2(\\d{1,2}))?\\.?");
  private static final Pattern DIGITS_8 = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern KOREAN = Pattern.compile("(\\d{4})\\s*년(?:\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?)?");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
  private static final Pattern DAY_MONTH_NAME_YEAR =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_NAME_YEAR = Pattern.compile("([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})");

  /**
   * {@code "; did you mean '2025-07-23'?"} for a date written another way, to the day or the month
   * (a table's partial date), else {@code ""}.
   */
  static String dateHint(String value) {
    String v = value.strip();
    return date(v).filter(d -> !d.equals(v)).map(d -> "; did you mean '" + d + "'?").orElse("");
  }

  /**
   * As {@link #dateHint}, for a value that must be a day ({@code YYYY-MM-DD}, a text's front-matter
   * date): only a reading to the day is offered, never a month.
   */
  static String dayHint(String value) {
    String v = value.strip();
    return date(v).filter(d -> d.length() == "YYYY-MM-DD".length() && !d.equals(v))
        .map(d -> "; did you mean '" + d + "'?").orElse("");
  }

  static Optional<String> date(String v) {
    Matcher m;
    if ((m = DAY_MONTH_YEAR.matcher(v)).matches()) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(2));
      int year = Integer.parseInt(m.group(3));
      if (a > 12 && b <= 12) {
        return day(year, b, a);
      }
      if (b > 12 && a <= 12) {
        return day(year, a, b);
      }
      return a == b ? day(year, a, b) : Optional.empty();
    }
    if ((m = YEAR_MONTH_DAY.matcher(v)).matches()) {
      return m.group(4) == null ? month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)))
          : day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
    if ((m = DIGITS_8.matcher(v)).matches()) {
      return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    if ((m = KOREAN.matcher(v)).matches()) {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return Optional.of(String.valueOf(year));
      }
      return m.group(3) == null ? month(year, Integer.parseInt(m.group(2)))
          : day(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    if ((m = MONTH_DAY_YEAR.matcher(v)).matches()) {
      Matcher md = m;
      return monthNamed(md.group(1)).flatMap(mo -> day(Integer.parseInt(md.group(3)), mo, Integer.parseInt(md.group(2))));
    }
    if ((m = DAY_MONTH_NAME_YEAR.matcher(v)).matches()) {
      Matcher dm = m;
      return monthNamed(dm.group(2)).flatMap(mo -> day(Integer.parseInt(dm.group(3)), mo, Integer.parseInt(dm.group(1))));
    }
    if ((m = MONTH_NAME_YEAR.matcher(v)).matches()) {
      Matcher my = m;
      return monthNamed(my.group(1)).flatMap(mo -> month(Integer.parseInt(my.group(2)), mo));
    }
    return Optional.empty();
  }

  private static Optional<String> day(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day).toString());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> month(int year, int month) {
    return month >= 1 && month <= 12 ? Optional.of(String.format(Locale.ROOT, "%04d-%02d", year, month))
        : Optional.empty();
  }

  private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
      "nov", "dec"};

  /** The month an English name or its abbreviation names, 1 to 12. */
  private static Optional<Integer> monthNamed(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (int i = 0; i < MONTHS.length; i++) {
      String full = java.time.Month.of(i + 1).name().toLowerCase(Locale.ROOT);
      if (n.equals(MONTHS[i]) || n.equals(full) || n.equals("sept") && i == 8) {
        return Optional.of(i + 1);
      }
    }
    return Optional.empty();
  }

  private static final Map<String, BigDecimal> KOREAN_UNITS = Map.of(
      "조", new BigDecimal("1000000000000"), "억", new BigDecimal("100000000"), "만", new BigDecimal("10000"),
      "천", new BigDecimal("1000"));
  private static final Pattern KOREAN_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(조|억|만|천)");
  private static final Pattern KOREAN_AMOUNT =
      Pattern.compile("(?:약\\s*)?((?:\\d+(?:\\.\\d+)?\\s*(?:조|억|만|천)\\s*)+)(?:\\d+)?\\s*(?:원|달러|유로|엔|위안|파운드)?");
  /**
   * A currency sign before an amount, as {@code currency} cells are told to leave it out: {@code $},
   * {@code €}, {@code £}, {@code ¥}, {@code ₩} and the dollars with their country ({@code US$}, {@code
   * HK$}, {@code NT$}, {@code S$}, {@code A$}, {@code C$}, {@code CA$}).
   */
  private static final String SIGN = "(?:(?:US|HK|NT|S|A|CA|C)\\$|[$€£¥₩])";
  private static final Map<String, BigDecimal> ENGLISH_UNITS = Map.of(
      "trillion", new BigDecimal("1000000000000"), "tn", new BigDecimal("1000000000000"),
      "t", new BigDecimal("1000000000000"), "billion", new BigDecimal("1000000000"), "bn", new BigDecimal("1000000000"),
      "b", new BigDecimal("1000000000"), "million", new BigDecimal("1000000"), "mn", new BigDecimal("1000000"),
      "m", new BigDecimal("1000000"), "thousand", new BigDecimal("1000"));
  private static final Pattern ENGLISH_AMOUNT = Pattern.compile(
      "(?:about\\s+)?" + SIGN + "?\\s*(\\d+(?:[.,]\\d+)?)\\s*(trillion|tn|t|billion|bn|b|million|mn|m|thousand)\\b\\.?"
          + "(?:\\s*(?:dollars|euros|yen|won|[A-Z]{3}))?", Pattern.CASE_INSENSITIVE);
  private static final Pattern GROUPED =
      Pattern.compile(SIGN + "?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?:[A-Z]{3}|원|달러)?");

  /** {@code "; did you mean '450000000000000'?"} for an amount written another way, else {@code ""}. */
  static String amountHint(String value) {
    return amount(value.strip()).map(a -> "; did you mean '" + a.toPlainString() + "'?").orElse("");
  }

  static Optional<BigDecimal> amount(String v) {
    Matcher m;
    if ((m = KOREAN_AMOUNT.matcher(v)).matches()) {
      // 1조2000억원: each number times its unit, added up; a trailing bare number ("…억5000") is not read.
      BigDecimal total = BigDecimal.ZERO;
      Matcher part = KOREAN_PART.matcher(m.group(1));
      while (part.find()) {
        total = total.add(new BigDecimal(part.group(1)).multiply(KOREAN_UNITS.get(part.group(2))));
      }
      return whole(total);
    }
    if ((m = ENGLISH_AMOUNT.matcher(v)).matches()) {
      BigDecimal unit = ENGLISH_UNITS.get(m.group(2).toLowerCase(Locale.ROOT));
      return whole(new BigDecimal(m.group(1).replace(",", "")).multiply(unit));
    }
    if ((m = GROUPED.matcher(v)).matches() && !v.equals(m.group(1).replace(",", ""))) {
      return whole(new BigDecimal(m.group(1).replace(",", "")));
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> whole(BigDecimal amount) {
    BigDecimal plain = amount.stripTrailingZeros();
    return Optional.of(plain.scale() < 0 ? plain.setScale(0) : plain);
  }
}
