package com.moneywar.briefing.model;

/**
 * What a row of {@code data/spending.csv} spends on, on the company's own account: its capital
 * expenditure as it reports or guides it (the whole of it, as the source gives it), spending the
 * source says is for AI infrastructure (data centres, chips, power), or a multi-year investment
 * pledge (in a country, a region). Never an investment in another company.
 */
public enum SpendingKind {
  CAPEX("capex", "설비투자", "Capital expenditure", "capital expenditure"),
  AI_INFRASTRUCTURE("ai-infrastructure", "AI 인프라 투자", "AI infrastructure spending", "AI infrastructure spending"),
  PLEDGE("pledge", "투자 계획", "Investment pledge", "investment pledge");

  private final String code;
  private final String ko;
  private final String en;
  private final String enMidSentence;

  SpendingKind(String code, String ko, String en, String enMidSentence) {
    this.code = code;
    this.ko = ko;
    this.en = en;
    this.enMidSentence = enMidSentence;
  }

  public String code() {
    return code;
  }

  /** The kind as a table names it: {@code 설비투자} / {@code Capital expenditure}. */
  public String words(Lang lang) {
    return lang == Lang.KO ? ko : en;
  }

  /** The kind inside a sentence or a label: {@code 설비투자} / {@code capital expenditure}. */
  public String midSentence(Lang lang) {
    return lang == Lang.KO ? ko : enMidSentence;
  }
}
