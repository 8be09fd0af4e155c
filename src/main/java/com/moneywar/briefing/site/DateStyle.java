package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
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
}
