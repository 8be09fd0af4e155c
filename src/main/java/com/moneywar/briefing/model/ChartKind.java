package com.moneywar.briefing.model;

import java.util.List;

/**
 * What a declared chart shows, and so which table its {@code rows} name and which columns of that
 * table may make its series.
 */
public enum ChartKind {
  /** Committed vs invested money per investor → investee pair. */
  MONEY_FLOWS("money-flows", "investment", List.of()),
  /** Valuations over time, one series per company. */
  VALUATIONS("valuations", "valuation", List.of("company")),
  /** Money actually invested, added up period by period, one series per investor or investee. */
  CUMULATIVE("cumulative", "investment", List.of("investor", "investee")),
  /** A pay offer set against deal sizes: how many years of that pay each deal equals. */
  TALENT("talent", "talent", List.of()),
  /**
   * The dated deals (investments and funding rounds, and with no rows named also compute purchases,
   * supply deals, acquisitions, stakes) on one time axis.
   */
  TIMELINE("timeline", "investment", List.of()),
  /**
   * Capital spending ({@code data/spending.csv}): one horizontal bar per row, largest first; with no
   * rows named, each company's current plan for the period most companies have a plan for.
   */
  SPENDING("spending", "spending", List.of());

  private final String code;
  private final String rowKind;
  private final List<String> seriesColumns;

  ChartKind(String code, String rowKind, List<String> seriesColumns) {
    this.code = code;
    this.rowKind = rowKind;
    this.seriesColumns = seriesColumns;
  }

  public String code() {
    return code;
  }

  /**
   * The kind of row its {@code rows} name: {@code investment}, {@code valuation}, {@code talent} or
   * {@code spending}.
   */
  public String rowKind() {
    return rowKind;
  }

  /**
   * Whether its {@code rows} may name rows of {@code rowKind}: its own kind's, and for a timeline
   * also funding rounds ({@code round}), which it draws as deals of their own.
   */
  public boolean names(String rowKind) {
    return this.rowKind.equals(rowKind) || this == TIMELINE && rowKind.equals("round");
  }

  /** The columns of that table that may make the series, default first; empty when fixed. */
  public List<String> seriesColumns() {
    return seriesColumns;
  }
}
