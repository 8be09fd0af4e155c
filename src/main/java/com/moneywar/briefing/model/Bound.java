package com.moneywar.briefing.model;

/** How a source states an amount: exactly, as a ceiling ("up to"), or roughly ("about"). */
public enum Bound {
  EXACT("exact"),
  UP_TO("up-to"),
  ABOUT("about");

  private final String code;

  Bound(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
