package com.moneywar.briefing.model;

/** Paper size of the PDF editions. */
public enum Paper {
  A4("A4"),
  LETTER("Letter");

  private final String code;

  Paper(String code) {
    this.code = code;
  }

  /** The name in config and in CSS {@code @page size}. */
  public String code() {
    return code;
  }
}
