package com.moneywar.briefing.model;

/**
 * What a valuation measures: the company before or after the money of a round, a reported
 * estimate, a listed company's market value, or a figure whose basis the source does not state. Growth multiples are only computed
 * between valuations of one basis, and never from an estimate.
 */
public enum ValuationBasis {
  POST_MONEY("post-money"),
  PRE_MONEY("pre-money"),
  ESTIMATE("estimate"),
  /** A listed company's market value (shares outstanding × the price): at its listing, or later. */
  MARKET("market"),
  /**
   * The price a sale of existing shares set (a tender offer to staff, a secondary sale between
   * investors): what buyers paid per share, for the whole company; no money came into it, so it is
   * no round's valuation, and a growth multiple is never taken between it and one.
   */
  SECONDARY("secondary"),
  UNSTATED("unstated");

  private final String code;

  ValuationBasis(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
