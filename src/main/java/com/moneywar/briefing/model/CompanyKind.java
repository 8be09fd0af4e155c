package com.moneywar.briefing.model;

/** The role a company plays in the money war. */
public enum CompanyKind {
  BIG_TECH("big-tech"),
  AI_LAB("ai-lab"),
  AI_UNIT("ai-unit"),
  /** A venture firm, fund, or investment group that invests in the labs (Thrive Capital, SoftBank). */
  INVESTOR("investor"),
  /**
   * A person who invests in their own name (Jeff Bezos, Peter Thiel, an angel investor), whom the
   * sources name apart from any firm: not to be folded into a fund they also run.
   */
  PERSON("person"),
  /**
   * A government, a public agency or a state-owned fund or bank (a national AI fund, a state
   * development bank): a party to the money war that is not a company of the market.
   */
  PUBLIC("public"),
  /** Any other company: a chip maker, a data supplier, a cloud seller outside Big Tech. */
  OTHER("other");

  private final String code;

  CompanyKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
