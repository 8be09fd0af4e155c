package com.moneywar.briefing.model;

/**
 * The tables of a project, each with its file under the project folder: the one place that knows
 * their names. Loaders read them, checks name them in messages, {@code init} writes them.
 */
public enum DataFile {
  SOURCES("data/sources.csv"),
  COMPANIES("data/companies.csv"),
  EXCHANGE_RATES("data/exchange_rates.csv"),
  INVESTMENTS("data/investments.csv"),
  VALUATIONS("data/valuations.csv"),
  TALENT_OFFERS("data/talent_offers.csv"),
  /** Optional: funding rounds with their lead investors and participants. */
  ROUNDS("data/rounds.csv"),
  /**
   * Optional: compute purchases, supply deals, acquisitions, stakes and joint investments, never
   * counted as investments.
   */
  FLOWS("data/flows.csv"),
  /**
   * Optional: capital spending on a company's own account (capex, AI infrastructure, pledges), with
   * no counterparty, never counted as investments.
   */
  SPENDING("data/spending.csv"),
  /** Optional: a project without it has no charts. */
  CHARTS("data/charts.csv");

  private final String path;

  DataFile(String path) {
    this.path = path;
  }

  /** The file's path under the project folder, with {@code /} separators: {@code data/companies.csv}. */
  public String path() {
    return path;
  }

  /** The table's name: its file name without {@code .csv}, such as {@code talent_offers}. */
  public String tableName() {
    return path.substring(path.lastIndexOf('/') + 1, path.length() - ".csv".length());
  }

  @Override
  public String toString() {
    return path;
  }
}
