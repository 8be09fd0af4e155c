package com.moneywar.briefing.testing;

import com.moneywar.briefing.site.view.FactTable;
import java.util.stream.Collectors;

/** A row of a data table as a reader reads it, for tests that check what a table says. */
public final class TableRows {
  private TableRows() {}

  /**
   * The cells of the row {@code id} of {@code table}, joined by " | ", a no-break space (which keeps
   * "· 시리즈G" together) read as a space; fails when there is no such row.
   */
  public static String text(FactTable table, String id) {
    return table.rows().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no row " + id))
        .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | ")).replace('\u00a0', ' ');
  }
}
