package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

/**
 * A reference from a chart declaration to one data row, and where it was written.
 *
 * @param kind {@code investment}, {@code valuation}, {@code talent} or {@code spending}: the table the id belongs to
 */
public record RowRef(String kind, String id, SourcePos pos) {
  public RowRef {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(pos, "pos");
  }

  /** The data file that holds rows of {@code kind}. */
  public static String fileOf(String kind) {
    return switch (kind) {
      case "investment" -> DataFile.INVESTMENTS.path();
      case "valuation" -> DataFile.VALUATIONS.path();
      case "talent" -> DataFile.TALENT_OFFERS.path();
      case "spending" -> DataFile.SPENDING.path();
      default -> throw new IllegalArgumentException("no table for row kind " + kind);
    };
  }
}
