package com.moneywar.briefing.model;

/** An investor's part in a funding round: it led the round, or took part in it. */
public enum InvestorRole {
  LEAD("lead"),
  PARTICIPANT("participant");

  private final String code;

  InvestorRole(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
