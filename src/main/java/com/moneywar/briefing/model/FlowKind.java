package com.moneywar.briefing.model;

/**
 * Money that is not an investment: a purchase commitment for compute or cloud capacity (buyer →
 * seller), an acquisition of a whole company, or the purchase of a stake (with its percentage).
 * Never added into investment totals.
 */
public enum FlowKind {
  COMPUTE_PURCHASE("compute-purchase"),
  ACQUISITION("acquisition"),
  STAKE("stake");

  private final String code;

  FlowKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
