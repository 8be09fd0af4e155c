package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Source;
import java.time.LocalDate;

/** Dates as each language's press writes them: 2024년 3월 27일 / March 27, 2024. */
final class DateStyle {
  private DateStyle() {}

  static String format(PartialDate date, Lang lang) {
    return date.in(lang);
  }

  static String format(LocalDate date, Lang lang) {
    return format(PartialDate.of(date), lang);
  }

  /**
   * When a source was published, as its entry in a list of sources says it; a page that shows no
   * day of its own gives the day it was read: {@code 2025년(2025년 10월 10일 열람)} / {@code 2025
   * (accessed October 10, 2025)}.
   */
  static String published(Source source, Lang lang) {
    String published = format(source.published(), lang);
    if (source.published().precision() == PartialDate.Precision.DAY || source.accessed().isEmpty()) {
      return published;
    }
    String read = format(source.accessed().get(), lang);
    return lang == Lang.KO ? published + "(" + read + " 열람)" : published + " (accessed " + read + ")";
  }
}
