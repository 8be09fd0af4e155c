package com.moneywar.briefing.model;

/**
 * Where an investment stands: announced, planned, money actually invested, or reported talks with
 * nothing agreed yet (never drawn nor added up: see {@link DealStatus#TALKS}).
 */
public enum InvestmentStatus {
  ANNOUNCED("announced"),
  PLANNED("planned"),
  INVESTED("invested"),
  IN_TALKS("in-talks");

  private final String code;

  InvestmentStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
