package com.moneywar.briefing.chart;

import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * One plot of a chart: XChart's marks for one currency (or the whole chart), the value axis they
 * are drawn against, the words under each category, and the labels that go on the marks.
 *
 * @param heading shown above the panel when a chart has several, such as the currency; may be empty
 * @param categories the lines of text under each category, top line first
 * @param weight how much of the chart's width the plot takes, relative to the other panels' plots
 * @param room width kept free right of the plot for labels at the ends of lines
 */
record Panel(
    String heading, Chart<?, ?> chart, ValueAxis axis, List<List<String>> categories, double weight,
    double room, Overlay overlay) {
  Panel {
    categories = categories.stream().map(List::copyOf).toList();
  }

  /** Draws the labels that belong on a panel's marks, once XChart has placed them. */
  interface Overlay {
    void paint(Graphics2D g, PanelGeometry at);
  }
}
