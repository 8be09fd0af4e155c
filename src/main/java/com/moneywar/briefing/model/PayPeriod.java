package com.moneywar.briefing.model;

/** What a pay figure covers: a year's pay or a total package. */
public enum PayPeriod {
  YEAR("year"),
  TOTAL("total");

  private final String code;

  PayPeriod(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
