package com.moneywar.briefing.load;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The ids a row left out for its own errors names in other tables: its sources, companies, rate,
 * round and valuation, each with its cell's position. They are checked with the rest of the
 * project, so that a mistyped source in a row whose amount is also wrong is reported in the same
 * run instead of the next. A cell that has a problem of its own is not taken. Thread-safe.
 */
final class LeftOutReferences {
  /** Each column that names rows of another table, in any table, and that table. */
  private static final Map<String, DataFile> TARGETS = Map.ofEntries(
      Map.entry("source", DataFile.SOURCES),
      Map.entry("sources", DataFile.SOURCES),
      Map.entry("alt_source", DataFile.SOURCES),
      Map.entry("cited_by", DataFile.SOURCES),
      Map.entry("fx", DataFile.EXCHANGE_RATES),
      Map.entry("investor", DataFile.COMPANIES),
      Map.entry("investee", DataFile.COMPANIES),
      Map.entry("company", DataFile.COMPANIES),
      Map.entry("employer", DataFile.COMPANIES),
      Map.entry("parent", DataFile.COMPANIES),
      Map.entry("from", DataFile.COMPANIES),
      Map.entry("to", DataFile.COMPANIES),
      Map.entry("lead", DataFile.COMPANIES),
      Map.entry("participants", DataFile.COMPANIES),
      Map.entry("round", DataFile.ROUNDS),
      Map.entry("valuation", DataFile.VALUATIONS));

  private LeftOutReferences() {}

  /** The named ids of {@code row}, a row of {@code file} left out with {@code rowProblems}. */
  static List<Origins.LeftOutCell> of(String file, CsvRow row, List<Problem> rowProblems) {
    if (file.equals(DataFile.CHARTS.path())) {
      return List.of();
    }
    List<Origins.LeftOutCell> cells = new ArrayList<>();
    row.cells().forEach((column, cell) -> {
      DataFile target = TARGETS.get(column);
      if (target == null || cell.isBlank() || hasProblem(cell, rowProblems)) {
        return;
      }
      int offset = 0;
      for (String id : cell.text().split(" ", -1)) {
        if (!id.isBlank() && !(target == DataFile.EXCHANGE_RATES && id.equals("none"))) {
          cells.add(new Origins.LeftOutCell(file, column, id.strip(), cell.at(offset), target));
        }
        offset += id.length() + 1;
      }
    });
    cells.sort(java.util.Comparator.comparingInt((Origins.LeftOutCell c) -> c.pos().line())
        .thenComparingInt(c -> c.pos().column()));
    return cells;
  }

  /**
   * {@code row} of {@code file} left out with {@code rowProblems}, as an exchange-rate row whose
   * {@code base} and {@code date} are kept as written; empty for the rows of other files.
   */
  static java.util.Optional<Origins.LeftOutRate> rate(String file, CsvRow row, List<Problem> rowProblems) {
    if (!file.equals(DataFile.EXCHANGE_RATES.path())) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Origins.LeftOutRate(usable(row, "base", rowProblems),
        usable(row, "date", rowProblems), row.pos()));
  }

  private static String usable(CsvRow row, String column, List<Problem> rowProblems) {
    Cell cell = row.cells().get(column);
    return cell == null || cell.isBlank() || hasProblem(cell, rowProblems) ? "" : cell.text().strip();
  }

  /** Whether a problem of the row points into {@code cell}. */
  private static boolean hasProblem(Cell cell, List<Problem> rowProblems) {
    int first = cell.pos().column();
    int last = first + cell.text().length() + (cell.quoted() ? 2 : 0);
    return rowProblems.stream().anyMatch(p -> p.pos().line() == cell.pos().line()
        && p.pos().column() >= first && p.pos().column() <= last);
  }
}
