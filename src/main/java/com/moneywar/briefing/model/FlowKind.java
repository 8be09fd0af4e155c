package com.moneywar.briefing.model;

/**
 * Money that is not an investment: a purchase commitment for compute or cloud capacity (buyer →
 * seller), an acquisition of a whole company, or the purchase of a stake (with its percentage); or
 * a stake held, with the value reported for it ({@link #HOLDING}), which is no money changing hands
 * and is never drawn nor added up. Never added into investment totals.
 */
public enum FlowKind {
  COMPUTE_PURCHASE("compute-purchase"),
  ACQUISITION("acquisition"),
  STAKE("stake"),
  HOLDING("holding");

  private final String code;

  FlowKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether the row is money that changed hands (or was promised): all but a stake held. */
  public boolean moneyMoved() {
    return this != HOLDING;
  }

  /** Whether the row has a percentage of the company: a stake bought or held. */
  public boolean hasPercent() {
    return this == STAKE || this == HOLDING;
  }
}
