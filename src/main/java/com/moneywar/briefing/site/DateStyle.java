package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates as each language's press writes them: 2024년 3월 27일 / March 27, 2024. */
final class DateStyle {
  private DateStyle() {}

  static String format(PartialDate date, Lang lang) {
    if (lang == Lang.KO) {
      return switch (date.precision()) {
        case YEAR -> date.year() + "년";
        case MONTH -> date.year() + "년 " + date.month() + "월";
        case DAY -> date.year() + "년 " + date.month() + "월 " + date.day() + "일";
      };
    }
    String month = date.month() == 0 ? "" : Month.of(date.month()).getDisplayName(TextStyle.FULL, Locale.US);
    return switch (date.precision()) {
      case YEAR -> Integer.toString(date.year());
      case MONTH -> month + " " + date.year();
      case DAY -> month + " " + date.day() + ", " + date.year();
    };
  }

  static String format(LocalDate date, Lang lang) {
    return format(PartialDate.of(date), lang);
  }
}
