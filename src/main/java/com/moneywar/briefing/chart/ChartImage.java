package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Lang;
import java.util.List;

/**
 * A rendered chart in one language: its SVG, the words around it, and the numbers it plots.
 *
 * @param name the file name stem, such as {@code money-flows}
 * @param alt alt text that states the chart's finding
 * @param table the plotted numbers, exact, header row first: the CSV download
 * @param shownTable the same numbers written in the language's style, for the data table
 */
public record ChartImage(
    String name, Lang lang, byte[] svg, String title, String alt, String caption, String sourceLine,
    List<List<String>> table, List<List<String>> shownTable) {
  public ChartImage {
    svg = svg.clone();
    table = table.stream().map(List::copyOf).toList();
    shownTable = shownTable.stream().map(List::copyOf).toList();
  }

  @Override
  public byte[] svg() {
    return svg.clone();
  }
}
