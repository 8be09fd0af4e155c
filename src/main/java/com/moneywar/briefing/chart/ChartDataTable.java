package com.moneywar.briefing.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers behind a chart twice over: exact, for the CSV download (plain decimals, ISO codes),
 * and written in the language's style, for the accessible table on the page. Rows whose numbers
 * are all zero are left out of both.
 */
final class ChartDataTable {
  private final List<List<String>> exact = new ArrayList<>();
  private final List<List<String>> shown = new ArrayList<>();

  ChartDataTable(List<String> exactHeader, List<String> shownHeader) {
    exact.add(exactHeader);
    shown.add(shownHeader);
  }

  /**
   * Adds a row, unless every number in it is zero (a company that had paid nothing yet by a
   * period): such a row says nothing a reader needs and made long tables mostly zeros.
   */
  void row(List<String> exactCells, List<String> shownCells) {
    if (allZero(exactCells)) {
      return;
    }
    exact.add(exactCells);
    shown.add(shownCells);
  }

  /**
   * Whether a row has amounts and all of them are zero. The amounts are the numbers after the
   * row's currency code (its first three-capital cell, such as {@code USD}), so that a period such
   * as {@code 2023} before it is not taken for one; a row without a currency counts all its numbers.
   */
  static boolean allZero(List<String> cells) {
    int from = 0;
    for (int i = 0; i < cells.size(); i++) {
      if (cells.get(i).matches("[A-Z]{3}")) {
        from = i + 1;
        break;
      }
    }
    boolean numbers = false;
    for (String cell : cells.subList(from, cells.size())) {
      BigDecimal value;
      try {
        value = new BigDecimal(cell.strip());
      } catch (NumberFormatException e) {
        continue;
      }
      if (value.signum() != 0) {
        return false;
      }
      numbers = true;
    }
    return numbers;
  }

  List<List<String>> exact() {
    return exact;
  }

  List<List<String>> shown() {
    return shown;
  }
}
