package com.moneywar.briefing.model;

/** A promised total, a part paid toward one, or a one-off investment. */
public enum InvestmentKind {
  COMMITMENT("commitment"),
  TRANCHE("tranche"),
  SINGLE("single");

  private final String code;

  InvestmentKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
