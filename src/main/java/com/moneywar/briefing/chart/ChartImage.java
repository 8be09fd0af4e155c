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
 * @param svgSha256 the SHA-256 of {@code svg}: its file name and the build cache's keys are taken
 *     from it, so that a drawing is hashed once, when it is made (or read back from the cache)
 * @param narrowSha256 the SHA-256 of {@code narrowSvg}
 */
public record ChartImage(
    String name, Lang lang, byte[] svg, String title, String alt, String caption, String sourceLine,
    List<List<String>> table, List<List<String>> shownTable, byte[] narrowSvg, byte[] svgSha256,
    byte[] narrowSha256) {
  public ChartImage {
    svg = svg.clone();
    narrowSvg = narrowSvg.clone();
    table = table.stream().map(List::copyOf).toList();
    shownTable = shownTable.stream().map(List::copyOf).toList();
    if (svgSha256.length != 32 || narrowSha256.length != 32) {
      throw new IllegalArgumentException("expected SHA-256 digests of 32 bytes");
    }
    svgSha256 = svgSha256.clone();
    narrowSha256 = narrowSha256.clone();
  }

  /** A chart whose digests are taken here. */
  public ChartImage(String name, Lang lang, byte[] svg, String title, String alt, String caption, String sourceLine,
      List<List<String>> table, List<List<String>> shownTable, byte[] narrowSvg) {
    this(name, lang, svg, title, alt, caption, sourceLine, table, shownTable, narrowSvg, sha256(svg),
        sha256(narrowSvg));
  }

  /** A chart without a narrow version. */
  public ChartImage(String name, Lang lang, byte[] svg, String title, String alt, String caption, String sourceLine,
      List<List<String>> table, List<List<String>> shownTable) {
    this(name, lang, svg, title, alt, caption, sourceLine, table, shownTable, new byte[0]);
  }

  /** This chart with {@code narrow} as its narrow version. */
  ChartImage withNarrow(byte[] narrow) {
    return new ChartImage(name, lang, svg, title, alt, caption, sourceLine, table, shownTable, narrow, svgSha256,
        sha256(narrow));
  }

  @Override
  public byte[] svg() {
    return svg.clone();
  }

  @Override
  public byte[] narrowSvg() {
    return narrowSvg.clone();
  }

  @Override
  public byte[] svgSha256() {
    return svgSha256.clone();
  }

  @Override
  public byte[] narrowSha256() {
    return narrowSha256.clone();
  }

  /** Whether there is a narrow drawing; without copying it. */
  public boolean hasNarrow() {
    return narrowSvg.length > 0;
  }

  /** The width and height of the drawing, from its {@code viewBox}; without copying it. */
  public int[] svgSize() {
    return size(svg);
  }

  /** The width and height of the narrow drawing; {0, 0} when there is none. */
  public int[] narrowSize() {
    return size(narrowSvg);
  }

  private static byte[] sha256(byte[] bytes) {
    return com.moneywar.briefing.model.ContentHashedName.sha256(bytes);
  }

  private static final java.util.regex.Pattern VIEW_BOX =
      java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

  /** The width and height of an SVG this renderer wrote, from its {@code viewBox}; {0, 0} when empty. */
  public static int[] size(byte[] svg) {
    java.util.regex.Matcher m = VIEW_BOX.matcher(
        new String(svg, 0, Math.min(svg.length, 2000), java.nio.charset.StandardCharsets.UTF_8));
    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
  }
}
