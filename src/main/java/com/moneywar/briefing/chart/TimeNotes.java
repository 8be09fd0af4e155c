package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import java.util.List;

/** The sentence a chart on a time scale adds about dates known only to the year or the month. */
final class TimeNotes {
  private TimeNotes() {}

  /** Says how dates known only to the year or month are drawn; empty when every date is exact. */
  static String partialDates(List<? extends MoneyFact> facts, ChartWording w) {
    boolean year = facts.stream().anyMatch(f -> f.date().precision() == PartialDate.Precision.YEAR);
    boolean month = facts.stream().anyMatch(f -> f.date().precision() == PartialDate.Precision.MONTH);
    if (year && month) {
      return w.pick("가로축은 실제 시간 간격이다. 연도나 달만 알려진 수치는 그 기간의 한가운데에 찍고, 가로 막대로 그 기간 전체를 표시했다.",
          "The time axis is to scale. A figure dated only to the year or the month is placed in the middle of that"
              + " period, with a horizontal bar across the whole period.");
    }
    if (year) {
      return w.pick("가로축은 실제 시간 간격이다. 연도만 알려진 수치는 그해 한가운데에 찍고, 가로 막대로 그해 전체를 표시했다.",
          "The time axis is to scale. A figure dated only to the year is placed in the middle of that year, with a"
              + " horizontal bar across the whole year.");
    }
    if (month) {
      return w.pick("가로축은 실제 시간 간격이다. 달만 알려진 수치는 그달 한가운데에 찍었다(축이 넓으면 가로 막대로 그달 전체를 표시한다).",
          "The time axis is to scale. A figure dated only to the month is placed in the middle of that month (with a"
              + " horizontal bar across the month where the axis is wide enough).");
    }
    return "";
  }
}
