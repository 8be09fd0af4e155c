package com.moneywar.briefing.model;

import java.util.List;

/**
 * One of a project's tables as the editor wrote it, cell by cell (each stripped of surrounding
 * spaces): what the site publishes as its data downloads.
 */
public record RawTable(DataFile file, List<String> header, List<List<String>> rows) {
  public RawTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** The table's name: its file name without {@code .csv}, such as {@code talent_offers}. */
  public String name() {
    return file.tableName();
  }
}
