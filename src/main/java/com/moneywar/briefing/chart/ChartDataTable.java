package com.moneywar.briefing.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers behind a chart twice over: exact, for the CSV download (plain decimals, ISO codes),
 * and written in the language's style, for the accessible table on the page.
 */
final class ChartDataTable {
  private final List<List<String>> exact = new ArrayList<>();
  private final List<List<String>> shown = new ArrayList<>();

  ChartDataTable(List<String> exactHeader, List<String> shownHeader) {
    exact.add(exactHeader);
    shown.add(shownHeader);
  }

  void row(List<String> exactCells, List<String> shownCells) {
    exact.add(exactCells);
    shown.add(shownCells);
  }

  List<List<String>> exact() {
    return exact;
  }

  List<List<String>> shown() {
    return shown;
  }
}
