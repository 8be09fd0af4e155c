package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

/**
 * A reference from a chart declaration to one data row, and where it was written.
 *
 * @param kind {@code investment}, {@code valuation}, {@code talent}, {@code spending} or (in a timeline's
 *     rows, {@link #resolved}) {@code round}: the table the id belongs to
 */
public record RowRef(String kind, String id, SourcePos pos) {
  public RowRef {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(pos, "pos");
  }

  /**
   * This reference as one to a row of {@code kind}'s table, at the same place: a timeline's rows are
   * read as investments and name a funding round when no investment has the id ({@code
   * load.ProjectLoader} decides once the tables are read).
   */
  public RowRef resolved(String kind) {
    return new RowRef(kind, id, pos);
  }

  /** The data file that holds rows of {@code kind}. */
  public static String fileOf(String kind) {
    return switch (kind) {
      case "investment" -> DataFile.INVESTMENTS.path();
      case "valuation" -> DataFile.VALUATIONS.path();
      case "talent" -> DataFile.TALENT_OFFERS.path();
      case "spending" -> DataFile.SPENDING.path();
      case "round" -> DataFile.ROUNDS.path();
      case "flow" -> DataFile.FLOWS.path();
      default -> throw new IllegalArgumentException("no table for row kind " + kind);
    };
  }
}
