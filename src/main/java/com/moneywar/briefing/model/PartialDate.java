package com.moneywar.briefing.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar date known to the year, the month or the day ({@code 2023}, {@code 2023-09}, {@code
 * 2024-03-27}), because sources often date a fact only by month or year.
 *
 * @param month 1–12, or 0 when only the year is known
 * @param day 1–31, or 0 when the day is not known
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Comparator<PartialDate> ORDER =
      Comparator.comparingInt(PartialDate::year)
          .thenComparingInt(PartialDate::month)
          .thenComparingInt(PartialDate::day);

  /** How much of the date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  public PartialDate {
    if (month < 0 || month > 12 || day < 0 || (month == 0 && day != 0)) {
      throw new IllegalArgumentException("not a partial date: " + year + "-" + month + "-" + day);
    }
    if (day != 0) {
      LocalDate.of(year, month, day); // throws for 2023-02-30
    }
  }

  /** Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty if the text is none of them. */
  public static Optional<PartialDate> parse(String text) {
    Matcher m = ISO.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (month > 12 || (m.group(2) != null && month == 0) || (m.group(3) != null && day == 0)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new PartialDate(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  public static PartialDate of(LocalDate date) {
    return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  public Precision precision() {
    return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
  }

  /** The first day the date can mean: used to place it on a time axis and to pick exchange rates. */
  public LocalDate firstDay() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day the date can mean. */
  public LocalDate lastDay() {
    return switch (precision()) {
      case DAY -> firstDay();
      case MONTH -> firstDay().withDayOfMonth(firstDay().lengthOfMonth());
      case YEAR -> LocalDate.of(year, 12, 31);
    };
  }

  /** The middle of the period the date covers, for placing a point on a time axis. */
  public LocalDate midpoint() {
    return switch (precision()) {
      case DAY -> firstDay();
      case MONTH -> firstDay().withDayOfMonth(15);
      case YEAR -> LocalDate.of(year, 7, 1);
    };
  }

  /**
   * The date as each language's press writes it, no more precise than it is known: {@code 2023년},
   * {@code 2023년 9월}, {@code 2024년 3월 27일} / {@code 2023}, {@code September 2023}, {@code March 27, 2024}.
   */
  public String in(Lang lang) {
    if (lang == Lang.KO) {
      return switch (precision()) {
        case YEAR -> year + "년";
        case MONTH -> year + "년 " + month + "월";
        case DAY -> year + "년 " + month + "월 " + day + "일";
      };
    }
    String monthName = month == 0 ? "" : java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
    return switch (precision()) {
      case YEAR -> Integer.toString(year);
      case MONTH -> monthName + " " + year;
      case DAY -> monthName + " " + day + ", " + year;
    };
  }

  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  /** {@code 2024}, {@code 2024-03} or {@code 2024-03-27}: ISO 8601, no more precise than the date is known. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(10);
    padded(sb, year, 4);
    if (precision() != Precision.YEAR) {
      padded(sb.append('-'), month, 2);
    }
    if (precision() == Precision.DAY) {
      padded(sb.append('-'), day, 2);
    }
    return sb.toString();
  }

  /** Appends {@code n} with zeros before it to {@code width} digits (as {@code %0<width>d} would, faster). */
  private static StringBuilder padded(StringBuilder sb, int n, int width) {
    String digits = Integer.toString(n);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits);
  }
}
