package com.moneywar.briefing.model;

/**
 * Whether a funding round was raised (column {@code status} of {@code data/rounds.csv}): closed, the
 * default; still in talks (a company reported to be seeking money, nothing raised yet); or called
 * off. Only a closed round counts as money raised, in totals and charts; the others stay in the
 * tables and the prose with their status, as a deal not made does ({@link DealStatus}).
 */
public enum RoundStatus {
  CLOSED("closed", DealStatus.AGREED),
  TALKS("talks", DealStatus.TALKS),
  CALLED_OFF("called-off", DealStatus.CALLED_OFF);

  private final String code;
  private final DealStatus deal;

  RoundStatus(String code, DealStatus deal) {
    this.code = code;
    this.deal = deal;
  }

  public String code() {
    return code;
  }

  /** The round's status as a deal's: {@link DealStatus#AGREED} for a closed round. */
  public DealStatus deal() {
    return deal;
  }
}
