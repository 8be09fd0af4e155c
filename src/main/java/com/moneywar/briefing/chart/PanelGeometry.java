package com.moneywar.briefing.chart;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Where XChart put things in a painted panel, in the panel's own coordinates: the centre of each
 * category and of each bar in it, and the height of a value. Read from XChart's public
 * chart-to-screen mapping after painting, so labels sit exactly on the marks.
 */
final class PanelGeometry {
  private final Chart<?, ?> chart;
  private final ValueAxis axis;
  private final double fill;
  private final boolean categorical;
  private final boolean narrow;
  private final boolean keyed;

  /**
   * @param chart a {@link CategoryChart}, whose category {@code i} spans {@code i} to {@code i + 1}
   *     on its axis, or an XY chart whose category {@code i} is centred on x = {@code i}
   */
  PanelGeometry(Chart<?, ?> chart, ValueAxis axis) {
    this(chart, axis, false);
  }

  /** As {@link #PanelGeometry(Chart, ValueAxis)}, in the narrow version of the chart (for phones) when {@code narrow}. */
  PanelGeometry(Chart<?, ?> chart, ValueAxis axis, boolean narrow) {
    this(chart, axis, narrow, false);
  }

  /** As {@link #PanelGeometry(Chart, ValueAxis, boolean)}, its categories numbered and named in a key under it when {@code keyed}. */
  PanelGeometry(Chart<?, ?> chart, ValueAxis axis, boolean narrow, boolean keyed) {
    this.narrow = narrow;
    this.keyed = keyed;
    this.chart = chart;
    this.axis = axis;
    this.categorical = chart instanceof CategoryChart;
    this.fill = categorical ? ((CategoryChart) chart).getStyler().getAvailableSpaceFill() : 1;
  }

  /** Whether the panel is drawn in the narrow version of its chart, for phones. */
  boolean narrow() {
    return narrow;
  }

  /**
   * Whether the categories are numbered and a key under the plot names them ({@link
   * Panel#namingEvery()}), with the figures of {@link Panel#keyDetails()} when the panel has them.
   */
  boolean keyed() {
    return keyed;
  }

  /** The width of one category's slot. */
  double slot() {
    return chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0);
  }

  double center(int category) {
    return categorical ? chart.getScreenXFromChart(category) + slot() / 2 : chart.getScreenXFromChart(category);
  }

  /** The centre of bar {@code series} of {@code seriesCount} side-by-side bars in a category. */
  double bar(int category, int series, int seriesCount) {
    double barWidth = slot() * fill / seriesCount;
    return center(category) - slot() / 2 + slot() * (1 - fill) / 2 + (series + 0.5) * barWidth;
  }

  double barWidth(int seriesCount) {
    return slot() * fill / seriesCount;
  }

  /**
   * The horizontal position of {@code value} on an XY chart's x axis, in data units: linear from
   * the axis's set minimum at the left edge to its maximum at the right. Computed here rather than
   * by XChart, whose mapping collapses to the middle on a plot a few dozen pixels wide.
   */
  double x(double value) {
    org.knowm.xchart.style.XYStyler styler = ((org.knowm.xchart.XYChart) chart).getStyler();
    double min = styler.getXAxisMin();
    double max = styler.getXAxisMax();
    return (value - min) / (max - min) * chart.getWidth();
  }

  /** The vertical position of {@code value}, in data units. */
  double y(double value) {
    return chart.getScreenYFromChart(axis.plot(value));
  }

  double left() {
    return 0;
  }

  double right() {
    return chart.getWidth();
  }

  double bottom() {
    return chart.getHeight();
  }
}
