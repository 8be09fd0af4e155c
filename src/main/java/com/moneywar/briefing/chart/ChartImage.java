package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Lang;
import java.util.List;

/**
 * A rendered chart in one language: its drawings, the words around it, and the numbers it plots.
 *
 * @param name the file name stem, such as {@code money-flows}
 * @param wide the drawing (held deflated, with its SHA-256 and size: see {@link SvgDrawing})
 * @param alt alt text that states the chart's finding
 * @param table the plotted numbers, exact, header row first: the CSV download
 * @param shownTable the same numbers written in the language's style, for the data table
 * @param narrow the same chart drawn for narrow screens (360 wide, panels stacked);
 *     {@link SvgDrawing#NONE} when there is none
 */
public record ChartImage(
    String name, Lang lang, SvgDrawing wide, String title, String alt, String caption, String sourceLine,
    List<List<String>> table, List<List<String>> shownTable, SvgDrawing narrow, String printCaption) {
  /** A chart whose caption is the same on paper as on the site. */
  public ChartImage(String name, Lang lang, SvgDrawing wide, String title, String alt, String caption, String sourceLine,
      List<List<String>> table, List<List<String>> shownTable, SvgDrawing narrow) {
    this(name, lang, wide, title, alt, caption, sourceLine, table, shownTable, narrow, caption);
  }

  public ChartImage {
    table = table.stream().map(List::copyOf).toList();
    shownTable = shownTable.stream().map(List::copyOf).toList();
    java.util.Objects.requireNonNull(wide, "wide");
    java.util.Objects.requireNonNull(narrow, "narrow");
  }

  /** A chart whose drawings are hashed, measured and deflated here. */
  public ChartImage(String name, Lang lang, byte[] svg, String title, String alt, String caption, String sourceLine,
      List<List<String>> table, List<List<String>> shownTable, byte[] narrowSvg) {
    this(name, lang, SvgDrawing.of(svg), title, alt, caption, sourceLine, table, shownTable,
        narrowSvg.length == 0 ? SvgDrawing.NONE : SvgDrawing.of(narrowSvg));
  }

  /** A chart without a narrow version. */
  public ChartImage(String name, Lang lang, byte[] svg, String title, String alt, String caption, String sourceLine,
      List<List<String>> table, List<List<String>> shownTable) {
    this(name, lang, svg, title, alt, caption, sourceLine, table, shownTable, new byte[0]);
  }

  /** This chart with {@code narrow} as its narrow version. */
  ChartImage withNarrow(byte[] narrowSvg) {
    return new ChartImage(name, lang, wide, title, alt, caption, sourceLine, table, shownTable,
        narrowSvg.length == 0 ? SvgDrawing.NONE : SvgDrawing.of(narrowSvg), printCaption);
  }

  /**
   * This chart with {@code caption} under it on paper, where only the wide drawing is: a timeline's
   * key there names no number that only the phone's drawing shows.
   */
  ChartImage withPrintCaption(String caption) {
    return new ChartImage(name, lang, wide, title, alt, this.caption, sourceLine, table, shownTable, narrow, caption);
  }

  /** The drawing's SVG bytes (a fresh copy). */
  public byte[] svg() {
    return wide.bytes();
  }

  /** The narrow drawing's SVG bytes (a fresh copy); empty when there is none. */
  public byte[] narrowSvg() {
    return narrow.bytes();
  }

  /** The SHA-256 of {@link #svg()}: its file name and the build cache's keys are taken from it. */
  public byte[] svgSha256() {
    return wide.sha256();
  }

  /** The SHA-256 of {@link #narrowSvg()}. */
  public byte[] narrowSha256() {
    return narrow.sha256();
  }

  /** Whether there is a narrow drawing. */
  public boolean hasNarrow() {
    return !narrow.isEmpty();
  }

  /** The width and height of the drawing, from its {@code viewBox}. */
  public int[] svgSize() {
    return new int[] {wide.width(), wide.height()};
  }

  /** The width and height of the narrow drawing; {0, 0} when there is none. */
  public int[] narrowSize() {
    return new int[] {narrow.width(), narrow.height()};
  }
}
