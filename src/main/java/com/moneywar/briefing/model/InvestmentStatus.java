package com.moneywar.briefing.model;

/**
 * Where an investment stands: announced, planned, money actually invested, reported talks with
 * nothing agreed yet, or only a non-binding letter of intent signed (the last two never drawn nor
 * added up: see {@link #deal()}).
 */
public enum InvestmentStatus {
  ANNOUNCED("announced"),
  PLANNED("planned"),
  INVESTED("invested"),
  IN_TALKS("in-talks"),
  INTENT("intent");

  private final String code;

  InvestmentStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /**
   * The investment as a deal: talks with nothing agreed, or a letter of intent, are no commitment
   * (never drawn nor added up, as an open offer); anything else is a deal made.
   */
  public DealStatus deal() {
    return switch (this) {
      case IN_TALKS -> DealStatus.TALKS;
      case INTENT -> DealStatus.INTENT;
      default -> DealStatus.AGREED;
    };
  }
}
