package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.InvestmentTree.Total;

/**
 * A sum's amount as a chart's label writes it, never firmer than its parts (a sentence writes it
 * with {@link Total#text}, which follows the same rule): a sum of a ceiling and an
 * approximate amount is "최대 약 305억 달러" / "up to about $30.5B", never "약" / "about" alone,
 * which would hide that most of it is only a ceiling; a sum of a floor ("more than") and an
 * approximate amount is "약 934억 달러 이상" / "about $93.4B or more"; a sum of a range and an
 * approximate amount is "약 130억~140억 달러" / "about $13–14B".
 */
final class TotalWording {
  private TotalWording() {}

  /** The short label on a bar: {@code 최대 약 305억 달러}, {@code up to about $30.5B}, else as {@link ChartWording}. */
  static String label(Total total, ChartWording w) {
    if (total.floorAndCeiling()) {
      // 17억5000만 달러 이상 + 최대 400억 달러: a floor and a ceiling are not one bound.
      return label(total.floor(), w) + w.pick(" + 최대 ", " + up to ") + w.label(total.ceilingPart());
    }
    if (total.approximateRange()) {
      Total range = new Total(total.point(), total.low(), total.high(), false, total.strict(), false);
      return w.pick("약 ", "about ") + w.label(range);
    }
    if (total.approximateCeiling()) {
      return w.pick("최대 약 ", "up to about ") + w.label(total.high().get());
    }
    if (total.approximateFloor()) {
      return w.pick("약 " + w.label(total.point()) + " 이상", "about " + w.label(total.point()) + " or more");
    }
    return w.label(total);
  }
}
