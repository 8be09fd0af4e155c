package com.moneywar.briefing.chart;

import java.awt.Graphics2D;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One plot of a chart: XChart's marks for one currency (or the whole chart), the value axis they
 * are drawn against, the words under each category, and the labels that go on the marks.
 *
 * @param heading shown above the panel when a chart has several, such as the currency; may be empty
 * @param categories the lines of text under each category, top line first; empty with a {@code xAxis}
 * @param weight how much of the chart's width the plot takes, relative to the other panels' plots
 * @param room width kept free right of the plot for labels at the ends of lines
 * @param xAxis a horizontal axis that draws itself (a time scale) instead of category names
 * @param marksNeed the height, in px, the labels on the marks need to find room when the panel is
 *     stacked with others (its value axis's own need is the frame's to work out); 0 for none
 * @param keyDetails what the key says after each category's name when the categories are numbered
 *     ({@link #namingEvery()}): the figures its marks would otherwise carry; empty for none
 */
record Panel(
    String heading, Chart<?, ?> chart, ValueAxis axis, List<List<String>> categories, double weight,
    double room, Overlay overlay, Optional<XAxis> xAxis, boolean nameEvery, double marksNeed,
    List<String> keyDetails) {
  Panel {
    categories = categories.stream().map(List::copyOf).toList();
    keyDetails = List.copyOf(keyDetails);
  }

  Panel(String heading, Chart<?, ?> chart, ValueAxis axis, List<List<String>> categories, double weight,
      double room, Overlay overlay, Optional<XAxis> xAxis, boolean nameEvery, double marksNeed) {
    this(heading, chart, axis, categories, weight, room, overlay, xAxis, nameEvery, marksNeed, List.of());
  }

  Panel(String heading, Chart<?, ?> chart, ValueAxis axis, List<List<String>> categories, double weight,
      double room, Overlay overlay, Optional<XAxis> xAxis) {
    this(heading, chart, axis, categories, weight, room, overlay, xAxis, false, 0);
  }

  Panel(String heading, Chart<?, ?> chart, ValueAxis axis, List<List<String>> categories, double weight,
      double room, Overlay overlay) {
    this(heading, chart, axis, categories, weight, room, overlay, Optional.empty(), false, 0);
  }

  /** This panel with {@code need} px kept for the labels on its marks when it is stacked with others. */
  Panel needing(double need) {
    return new Panel(heading, chart, axis, categories, weight, room, overlay, xAxis, nameEvery, need, keyDetails);
  }

  /**
   * This panel with every category named even where the names do not fit side by side: the
   * categories are then numbered and a key under the plot names them, rather than every second one
   * left blank. For categories
   * that are each something different (an investor and a lab), not steps of a period, whose
   * unnamed ones a reader can count out.
   */
  Panel namingEvery() {
    return new Panel(heading, chart, axis, categories, weight, room, overlay, xAxis, true, marksNeed, keyDetails);
  }

  /**
   * {@link #namingEvery()}, with {@code details} after each name in the key: where the categories
   * are numbered, the figures go there, one pair to a line, and not over the marks, where on a
   * phone-width chart they stack up far from their bars ({@link PanelGeometry#keyed()}).
   */
  Panel namingEvery(List<String> details) {
    return new Panel(heading, chart, axis, categories, weight, room, overlay, xAxis, true, marksNeed, details);
  }

  /** This panel with {@code axis} as its horizontal axis. */
  Panel withXAxis(XAxis axis) {
    return new Panel(heading, chart, this.axis, categories, weight, room, overlay, Optional.of(axis), nameEvery,
        marksNeed, keyDetails);
  }

  /** Draws the labels that belong on a panel's marks, once XChart has placed them. */
  interface Overlay {
    void paint(Graphics2D g, PanelGeometry at);
  }

  /**
   * A horizontal axis that is not a row of categories: it says how many lines of labels it needs
   * under a plot of a given width, draws its grid under the marks and its labels under the plot.
   */
  interface XAxis {
    int lines(double plotWidth);

    /**
     * This axis as drawn beside the others of one chart, whose plots are {@code plotWidths} wide: it
     * writes its labels in their style (years bare in all of them when one has no room for {@code
     * 2024년}).
     */
    default XAxis alongside(List<Double> plotWidths) {
      return this;
    }

    void grid(Graphics2D g, PanelGeometry at);

    /** Draws the labels; line {@code l} (from 0) has its baseline at {@code firstBaseline + l * lineHeight}. */
    void labels(Graphics2D g, PanelGeometry at, double firstBaseline, double lineHeight);
  }
}
