package com.moneywar.briefing.model;

/** The role a company plays in the money war. */
public enum CompanyKind {
  BIG_TECH("big-tech"),
  AI_LAB("ai-lab"),
  AI_UNIT("ai-unit");

  private final String code;

  CompanyKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
