package com.moneywar.briefing.model;

/**
 * The period a spending figure covers, as {@code data/spending.csv} writes it: a calendar year
 * ({@code 2025}), a calendar quarter ({@code 2025-Q3}), a fiscal year named by the year it ends in
 * ({@code FY2025}), a quarter of it ({@code FY2025-Q1}), or calendar years, inclusive
 * ({@code 2025-2028}).
 *
 * @param fiscal the company's fiscal year rather than the calendar's
 * @param first the year (the first year of a range)
 * @param last the last year of a range; {@code first} otherwise
 * @param quarter 1 to 4 for a quarter, 0 for a whole year or years
 */
public record SpendingPeriod(boolean fiscal, int first, int last, int quarter) {
  public SpendingPeriod {
    if (quarter < 0 || quarter > 4) {
      throw new IllegalArgumentException("quarter " + quarter);
    }
    if (last < first || last > first && (fiscal || quarter != 0)) {
      throw new IllegalArgumentException("years " + first + "-" + last);
    }
  }

  /** The period as the table's cell writes it: {@code 2025}, {@code 2025-Q3}, {@code FY2025-Q1}, {@code 2025-2028}. */
  public String code() {
    String year = (fiscal ? "FY" : "") + first + (last > first ? "-" + last : "");
    return quarter == 0 ? year : year + "-Q" + quarter;
  }

  /**
   * The period as a sentence writes it: {@code 2025년}, {@code 2025년 3분기}, {@code 2025회계연도},
   * {@code 2025회계연도 1분기}, {@code 2025~2028년} / {@code 2025}, {@code Q3 2025}, {@code fiscal
   * 2025}, {@code Q1 of fiscal 2025}, {@code 2025–2028}.
   */
  public String words(Lang lang) {
    if (lang == Lang.KO) {
      String year = fiscal ? first + "회계연도" : last > first ? first + "~" + last + "년" : first + "년";
      return quarter == 0 ? year : year + " " + quarter + "분기";
    }
    if (last > first) {
      return first + "\u2013" + last;
    }
    String year = fiscal ? "fiscal " + first : String.valueOf(first);
    return quarter == 0 ? year : "Q" + quarter + (fiscal ? " of " : " ") + year;
  }

  @Override
  public String toString() {
    return code();
  }
}
