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
   * the exchange rate behind a won figure), whether it is a number (right-aligned), and, for a cell
   * that names several companies ({@code Amazon → Anthropic}), its text in pieces ({@code parts},
   * else empty), each name linked to its company's page.
   */
  public record Cell(String text, String href, String title, boolean numeric, List<Part> parts) {
    public Cell {
      parts = List.copyOf(parts);
    }

    public Cell(String text, String href, String title, boolean numeric) {
      this(text, href, title, numeric, List.of());
    }

    public static Cell of(String text) {
      return new Cell(text, "", "", false);
    }

    /** A cell made of pieces, some linked; its {@code text} is theirs joined. */
    public static Cell of(List<Part> parts) {
      return new Cell(parts.stream().map(Part::text).collect(java.util.stream.Collectors.joining()), "", "", false,
          parts);
    }
  }

  /** A piece of a cell's text, with its link ({@code href}, or empty). */
  public record Part(String text, String href) {}
}
