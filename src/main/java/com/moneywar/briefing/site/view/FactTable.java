package com.moneywar.briefing.site.view;

import java.util.Collections;
import java.util.List;

/**
 * A data page's table: caption, column headings, how each column sorts, and rows.
 *
 * @param sorts one per column: how the page's script orders the rows by that column
 */
public record FactTable(String caption, List<String> columns, List<Sort> sorts, List<Row> rows) {
  public FactTable {
    columns = List.copyOf(columns);
    sorts = List.copyOf(sorts);
    rows = List.copyOf(rows);
    if (sorts.size() != columns.size()) {
      throw new IllegalArgumentException("one sort per column: " + columns.size() + " columns, " + sorts.size() + " sorts");
    }
  }

  /** A table whose columns all sort as text. */
  public FactTable(String caption, List<String> columns, List<Row> rows) {
    this(caption, columns, Collections.nCopies(columns.size(), Sort.TEXT), rows);
  }

  /**
   * Whether a won figure of the table shows its exchange rate under it (a cell with a {@code
   * title}): the page's note that says so appears only then, not on a company page whose figures
   * are all unconverted.
   */
  public boolean showsRates() {
    return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(c -> !c.title().isEmpty());
  }

  /** The same table with only {@code rows}. */
  public FactTable withRows(List<Row> kept) {
    return new FactTable(caption, columns, sorts, kept);
  }

  /**
   * How a column sorts. {@code TEXT} by the cell's text in the language's collation; {@code
   * NUMBER} by the number in each cell's {@code sort} (money: its value in US dollars; a won
   * column: its won value); {@code DATE} by the ISO date in each cell's {@code sort}. A cell
   * without a {@code sort} value comes last either way.
   */
  public enum Sort {
    TEXT,
    NUMBER,
    DATE;

    /** The name the page's script reads from {@code data-sort}: {@code text}, {@code number}, {@code date}. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One row: its fact id (the row's anchor), whether it is a tranche under its commitment, its cells. */
  public record Row(String id, boolean child, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell: its text, a link ({@code href}, or empty), a note shown on demand ({@code title}:
   * the exchange rate behind a won figure), whether it is a number (right-aligned), the machine
   * value it sorts by ({@code sort}: a plain decimal or an ISO date; empty to sort by text, or to
   * come last in a number or date column), and, for a cell that names several companies
   * ({@code Amazon → Anthropic}), its text in pieces ({@code parts}, else empty), each name linked
   * to its company's page.
   */
  public record Cell(String text, String href, String title, boolean numeric, String sort, List<Part> parts) {
    public Cell {
      parts = List.copyOf(parts);
    }

    public Cell(String text, String href, String title, boolean numeric) {
      this(text, href, title, numeric, "", List.of());
    }

    public Cell(String text, String href, String title, boolean numeric, String sort) {
      this(text, href, title, numeric, sort, List.of());
    }

    public static Cell of(String text) {
      return new Cell(text, "", "", false, "");
    }

    /** The widest piece, in Latin characters (a Hangul syllable counts two), that {@link #pieces} keeps on one line. */
    static final int PIECE_CHARS = 22;

    /**
     * The cell's text cut at its {@code " · "} separators, each short piece ({@value #PIECE_CHARS}
     * Latin characters wide at most, a Hangul syllable counting two) kept on one line, a longer one free to wrap: the page breaks such a cell
     * between its pieces, so that {@code 최대 400억달러 · 보도 · 이후 완료} wraps after an amount instead of
     * widening its column past the page, and {@code 투자 약정 · 지분 투자 (참여)} breaks into two lines,
     * not five. Empty for a cell with no separator.
     */
    public List<Piece> pieces() {
      return Piece.of(text);
    }

    /** A cell made of pieces, some linked; its {@code text} is theirs joined. */
    public static Cell of(List<Part> parts) {
      return new Cell(parts.stream().map(Part::text).collect(java.util.stream.Collectors.joining()), "", "", false,
          "", parts);
    }
  }

  /** A piece of a cell's text between its separators; {@code whole} when it is kept on one line. */
  public record Piece(String text, boolean whole) {
    /** {@code text} cut at its {@code " · "} separators ({@link Cell#pieces}); empty without one. */
    static List<Piece> of(String raw) {
      // A round's name after its company starts " ·\u00a0" (the dot glued to its first word): a
      // separator too, or "· 전략적 / 투자" wrapped inside it in a narrow first column.
      String text = raw.replace(" \u00b7\u00a0", " \u00b7 ");
      // A separator alone (between two partners' names: "KT · 마이크로소프트") is no pieces: its text is
      // written as it is, or the dot would vanish (walk 74).
      if (!text.contains(" · ") || text.replace(" · ", "").isBlank()) {
        return List.of();
      }
      return java.util.Arrays.stream(text.split(" · ", -1))
          .map(p -> new Piece(p, width(p.strip()) <= Cell.PIECE_CHARS)).toList();
    }

    /** How wide {@code text} sets, in Latin characters: a Hangul syllable or a CJK character counts two. */
    static int width(String text) {
      return text.codePoints().map(c -> c >= 0xAC00 && c <= 0xD7A3 || c >= 0x4E00 && c <= 0x9FFF ? 2 : 1).sum();
    }
  }

  /** A piece of a cell's text, with its link ({@code href}, or empty). */
  public record Part(String text, String href) {
    /**
     * An unlinked part's text cut at its separators as {@link Cell#pieces} cuts a cell's: a round's
     * name after its company ({@code  · 구주 매각 · 회사 유입 자금 아님}) wrapped one word per line in a
     * narrow first column.
     */
    public List<Piece> pieces() {
      return href.isEmpty() ? Piece.of(text) : List.of();
    }
  }
}
