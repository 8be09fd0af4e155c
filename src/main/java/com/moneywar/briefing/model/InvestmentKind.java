package com.moneywar.briefing.model;

/**
 * A promised total, a part paid toward one, a one-off investment, or a running total a report gives
 * ("Microsoft has invested $13 billion in OpenAI"): a sum of deals, not a deal, so it is never added
 * into another sum nor drawn as a deal ({@link InvestmentTree#isRoot}).
 */
public enum InvestmentKind {
  COMMITMENT("commitment"),
  TRANCHE("tranche"),
  SINGLE("single"),
  TOTAL("total");

  private final String code;

  InvestmentKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
