package com.moneywar.briefing.model;

/**
 * How a source states an amount: exactly, roughly ("about"), as a ceiling ("up to"), as a floor
 * ("at least", "more than") or as a range ("$40–50 billion", whose upper end is the fact's {@link
 * Reporting#high()}).
 */
public enum Bound {
  EXACT("exact"),
  UP_TO("up-to"),
  /**
   * "Less than", a ceiling the figure stays under ("a little less than a billion", "well under $10
   * billion"): added up and drawn as an "up to" is, written {@code 10억달러 미만} / {@code less than
   * $1 billion}.
   */
  LESS_THAN("less-than"),
  ABOUT("about"),
  AT_LEAST("at-least"),
  MORE_THAN("more-than"),
  RANGE("range");

  private final String code;

  Bound(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether the figure is a ceiling: "up to" or "less than". */
  public boolean ceiling() {
    return this == UP_TO || this == LESS_THAN;
  }

  /** Whether the true figure may be above the stated one (a floor, or the low end of a range). */
  public boolean openAbove() {
    return this == AT_LEAST || this == MORE_THAN;
  }
}
