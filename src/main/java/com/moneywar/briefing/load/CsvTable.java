package com.moneywar.briefing.load;

import java.util.List;

/** A CSV file read against its column spec: the rows whose shape was right. */
record CsvTable(String file, List<CsvRow> rows) {
  CsvTable {
    rows = List.copyOf(rows);
  }
}
