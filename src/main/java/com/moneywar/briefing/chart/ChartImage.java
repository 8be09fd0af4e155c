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
 * @param narrowSvg the same chart drawn for narrow screens (360 wide, panels stacked); empty when
 *     there is none
 */
public record ChartImage(
    String name, Lang lang, byte[] svg, String title, String alt, String caption, String sourceLine,
    List<List<String>> table, List<List<String>> shownTable, byte[] narrowSvg) {
  public ChartImage {
    svg = svg.clone();
    narrowSvg = narrowSvg.clone();
    table = table.stream().map(List::copyOf).toList();
    shownTable = shownTable.stream().map(List::copyOf).toList();
  }

  /** A chart without a narrow version. */
  public ChartImage(String name, Lang lang, byte[] svg, String title, String alt, String caption, String sourceLine,
      List<List<String>> table, List<List<String>> shownTable) {
    this(name, lang, svg, title, alt, caption, sourceLine, table, shownTable, new byte[0]);
  }

  /** This chart with {@code narrow} as its narrow version. */
  ChartImage withNarrow(byte[] narrow) {
    return new ChartImage(name, lang, svg, title, alt, caption, sourceLine, table, shownTable, narrow);
  }

  @Override
  public byte[] svg() {
    return svg.clone();
  }

  @Override
  public byte[] narrowSvg() {
    return narrowSvg.clone();
  }

  /** The width and height of an SVG this renderer wrote, from its {@code viewBox}; {0, 0} when empty. */
  public static int[] size(byte[] svg) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"")
        .matcher(new String(svg, 0, Math.min(svg.length, 2000), java.nio.charset.StandardCharsets.UTF_8));
    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
  }
}
