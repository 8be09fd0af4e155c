package com.moneywar.briefing.load;

import java.util.List;

/**
 * A CSV file read against its column spec: the rows whose shape was right, and the ids of the rows
 * left out for their shape or their quoting (already reported), so that references to them are not
 * reported again; {@link com.moneywar.briefing.model.Origins#WHOLE_TABLE} when a left-out row's id
 * could not be told.
 */
record CsvTable(String file, List<CsvRow> rows, List<String> brokenIds) {
  CsvTable {
    rows = List.copyOf(rows);
    brokenIds = List.copyOf(brokenIds);
  }

  CsvTable(String file, List<CsvRow> rows) {
    this(file, rows, List.of());
  }
}
