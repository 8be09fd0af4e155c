package com.moneywar.briefing.model;

/** Where an investment stands: announced, planned, or money actually invested. */
public enum InvestmentStatus {
  ANNOUNCED("announced"),
  PLANNED("planned"),
  INVESTED("invested");

  private final String code;

  InvestmentStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
