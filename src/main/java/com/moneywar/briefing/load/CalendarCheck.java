package com.moneywar.briefing.load;

import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why a date written in the right form ({@code YYYY-MM} or {@code YYYY-MM-DD}) is still no date of
 * the calendar, such as {@code 2025-10-32} or {@code 2025-13}: told apart from a date in the wrong
 * form, so that the message says what is wrong with it rather than repeating the form it has.
 *
 * @param toTheDay whether the value is written to the day ({@code YYYY-MM-DD}) rather than the month
 * @param reason why the value is no such day or month, such as {@code October has 31 days}
 */
record CalendarCheck(boolean toTheDay, String reason) {
  private static final Pattern FORM = Pattern.compile("(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

  /**
   * What is wrong with {@code text}, when it has the form of a month or a day but there is no such
   * month or day; empty when it is a date of the calendar or not in that form at all.
   */
  static Optional<CalendarCheck> of(String text) {
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    boolean toTheDay = m.group(3) != null;
    if (month < 1 || month > 12) {
      return Optional.of(new CalendarCheck(toTheDay, "months run from 01 to 12"));
    }
    if (!toTheDay) {
      return Optional.empty();
    }
    int day = Integer.parseInt(m.group(3));
    Month named = Month.of(month);
    int length = named.length(Year.isLeap(year));
    if (day >= 1 && day <= length) {
      return Optional.empty();
    }
    String name = named.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
        + (named == Month.FEBRUARY ? " " + m.group(1) : "");
    return Optional.of(new CalendarCheck(toTheDay, name + " has " + length + " days"
        + (day == 0 ? ", numbered from 01" : "")));
  }

  /**
   * The message: {@code expected a day of the calendar as YYYY-MM-DD WHERE, found 'TEXT' (REASON)}, or
   * {@code a month of the calendar as YYYY-MM} for a value written to the month.
   */
  String message(String where, String text) {
    return "expected " + (toTheDay ? "a day of the calendar as YYYY-MM-DD" : "a month of the calendar as YYYY-MM")
        + where + ", found '" + text + "' (" + reason + ")";
  }
}
