package com.moneywar.briefing.site.view;

import java.util.List;

/** A data page's table: caption, column headings and rows. */
public record FactTable(String caption, List<String> columns, List<Row> rows) {
  public FactTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /** One row: its fact id (the row's anchor), whether it is a tranche under its commitment, its cells. */
  public record Row(String id, boolean child, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell: its text, a link ({@code href}, or empty), a note shown on demand ({@code title}:
   * the exchange rate behind a won figure), and whether it is a number (right-aligned).
   */
  public record Cell(String text, String href, String title, boolean numeric) {
    public static Cell of(String text) {
      return new Cell(text, "", "", false);
    }
  }
}
