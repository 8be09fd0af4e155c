package com.moneywar.briefing.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each loaded value came from, so checks made after loading can still point at a file, line
 * and column. Keys are {@code file#id#column}; a row's own position is under column {@code ""}.
 *
 * @param leftOut the cells naming other rows (a source, a company, a rate) in rows that were left
 *     out of the model for an error of their own: the ids they name are checked too, so that one
 *     run reports a mistyped source in a row whose amount is also wrong
 * @param leftOutRates the exchange-rate rows left out of the model for an error of their own
 */
public record Origins(Map<String, SourcePos> positions, List<LeftOutCell> leftOut, List<LeftOutRate> leftOutRates) {
  public Origins {
    positions = Map.copyOf(positions);
    leftOut = List.copyOf(leftOut);
    leftOutRates = List.copyOf(leftOutRates);
  }

  public Origins(Map<String, SourcePos> positions, List<LeftOutCell> leftOut) {
    this(positions, leftOut, List.of());
  }

  public Origins(Map<String, SourcePos> positions) {
    this(positions, List.of());
  }

  /**
   * A row of {@code data/exchange_rates.csv} left out for its own (reported) errors, with its
   * {@code base} and {@code date} cells as written; a cell that is blank, has a problem of its own or
   * could not be told apart from the others (a line of the wrong shape) is empty. The checks that
   * look for a rate by date stay silent only where such a row might have been the rate they looked
   * for, and report every other fact's missing rate in the same run.
   */
  public record LeftOutRate(String base, String date, SourcePos pos) {}

  /** One id a cell of a left-out row names, as written, and the table it names a row of. */
  public record LeftOutCell(String file, String column, String value, SourcePos pos, DataFile target) {}

  public static String key(String file, String id, String column) {
    return file + "#" + id + "#" + column;
  }

  /** The marker key of a row that was read but left out of the model for a bad cell. */
  public static String unreadKey(String file, String id) {
    return key(file, id, "!unread");
  }

  /**
   * Whether the row with this id was in the file but left out for a bad cell (already reported):
   * references to it are then not reported again as missing.
   */
  public boolean unread(String file, String id) {
    return positions.containsKey(unreadKey(file, id)) || positions.containsKey(unreadKey(file, WHOLE_TABLE));
  }

  /** The marker key of an optional table the project does not have ({@code data/flows.csv} left out). */
  public static String absentKey(String file) {
    return key(file, WHOLE_TABLE, "!absent");
  }

  /**
   * Whether {@code file} is an optional table the project does not have: a reference to one of its
   * rows is then told so, as the likelier mistake is the missing file, not the id.
   */
  public boolean absent(String file) {
    return positions.containsKey(absentKey(file));
  }

  /**
   * {@code " (the project has no data/talent_offers.csv)"} when {@code file} is an optional table the
   * project does not have, else {@code ""}: the end of a message about an id that names no row of it.
   */
  public String absentNote(String file) {
    return absent(file) ? " (the project has no " + file + ")" : "";
  }

  /** The id under which a table that could not be read at all is marked unread. */
  public static final String WHOLE_TABLE = "*";

  /** The id under which a table with at least one row left out for a bad cell is marked. */
  public static final String SOME_ROWS = "+";

  /**
   * Whether any row of {@code file} was left out for its own (already reported) errors, or the whole
   * table was: a check that finds the table without a row it needs cannot tell whether a left-out
   * row would have been that row, and is not reported again.
   */
  public boolean anyUnread(String file) {
    return positions.containsKey(unreadKey(file, SOME_ROWS)) || positions.containsKey(unreadKey(file, WHOLE_TABLE));
  }

  /**
   * The ids of every row read from {@code file}, including those left out for a bad cell: the ids a
   * mistyped one may have meant. Not indexed: for error messages only.
   */
  public java.util.Set<String> ids(String file) {
    String prefix = file + "#";
    java.util.Set<String> ids = new java.util.TreeSet<>();
    for (String key : positions.keySet()) {
      if (key.startsWith(prefix) && key.endsWith("#")) {
        String id = key.substring(prefix.length(), key.length() - 1);
        if (!id.isEmpty() && id.indexOf('#') < 0) {
          ids.add(id);
        }
      }
    }
    return ids;
  }

  /** The cell's position, else its row's, else the start of the file. */
  public SourcePos of(String file, String id, String column) {
    return Optional.ofNullable(positions.get(key(file, id, column)))
        .or(() -> Optional.ofNullable(positions.get(key(file, id, ""))))
        .orElse(SourcePos.startOf(file));
  }
}
