package com.moneywar.briefing.model;

/**
 * How a deal of {@code data/flows.csv} was paid for (column {@code paid}), when a source says so:
 * in money, all in the buyer's shares (OpenAI buying io "in an all-stock deal"), or in both. A deal
 * paid wholly or partly in shares moved no money of that amount: charts never draw it as money
 * paid and sums refuse it, as they do a stake held; the tables, key figures and prose say how it
 * was paid.
 */
public enum Payment {
  /** No source says how the deal was paid: the column is empty. */
  UNSTATED("", "", ""),
  CASH("cash", "현금", "cash"),
  STOCK("stock", "주식 교환 방식", "all-stock"),
  MIXED("cash-and-stock", "현금·주식 혼합", "cash and stock");

  private final String code;
  private final String ko;
  private final String en;

  Payment(String code, String ko, String en) {
    this.code = code;
    this.ko = ko;
    this.en = en;
  }

  public String code() {
    return code;
  }

  /** How it was paid, as a table and a figure say it ({@code 주식 교환 방식} / {@code all-stock}); empty when unstated. */
  public String words(Lang lang) {
    return lang == Lang.KO ? ko : en;
  }

  /** {@link #words} after a deal's kind, as a table writes it ({@code 인수 · 주식 교환 방식}); empty when unstated. */
  public String afterName(Lang lang) {
    return this == UNSTATED ? "" : " · " + words(lang);
  }

  /** Whether the amount is all money paid, as far as the sources say: paid in cash, or not said otherwise. */
  public boolean allMoney() {
    return this == UNSTATED || this == CASH;
  }
}
