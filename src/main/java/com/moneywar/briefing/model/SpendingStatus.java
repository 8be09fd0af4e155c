package com.moneywar.briefing.model;

/**
 * Where a spending figure stands (column {@code status} of {@code data/spending.csv}): the
 * company's forecast, guidance or pledge; spent, as reported in its results; or an outside
 * estimate (analysts, an outlet).
 */
public enum SpendingStatus {
  PLANNED("planned", "계획", "planned"),
  SPENT("spent", "실적", "spent"),
  ESTIMATED("estimated", "추정", "estimated");

  private final String code;
  private final String ko;
  private final String en;

  SpendingStatus(String code, String ko, String en) {
    this.code = code;
    this.ko = ko;
    this.en = en;
  }

  public String code() {
    return code;
  }

  /** The status as readers see it beside the amount: {@code 계획} / {@code planned}. */
  public String words(Lang lang) {
    return lang == Lang.KO ? ko : en;
  }
}
