package com.moneywar.briefing.load;

import com.moneywar.briefing.model.SourcePos;
import java.util.Map;

/** A data row of a CSV table: its cells by column name, and the row's own position. */
record CsvRow(SourcePos pos, Map<String, Cell> cells) {
  CsvRow {
    cells = Map.copyOf(cells);
  }

  /** The cell of a column, or an empty cell at the row's start when the column is absent. */
  Cell cell(String column) {
    Cell cell = cells.get(column);
    return cell != null ? cell : new Cell("", pos);
  }
}
