package com.moneywar.briefing.chart;

import org.knowm.xchart.CategoryChart;

/**
 * Where XChart put things in a painted panel, in the panel's own coordinates: the centre of each
 * category and of each bar in it, and the height of a value. Read from XChart's public
 * chart-to-screen mapping after painting, so labels sit exactly on the marks.
 */
final class PanelGeometry {
  private final CategoryChart chart;
  private final ValueAxis axis;
  private final double fill;

  PanelGeometry(CategoryChart chart, ValueAxis axis) {
    this.chart = chart;
    this.axis = axis;
    this.fill = chart.getStyler().getAvailableSpaceFill();
  }

  /** The width of one category's slot. */
  double slot() {
    return chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0);
  }

  double center(int category) {
    return chart.getScreenXFromChart(category) + slot() / 2;
  }

  /** The centre of bar {@code series} of {@code seriesCount} side-by-side bars in a category. */
  double bar(int category, int series, int seriesCount) {
    double barWidth = slot() * fill / seriesCount;
    return chart.getScreenXFromChart(category) + slot() * (1 - fill) / 2 + (series + 0.5) * barWidth;
  }

  double barWidth(int seriesCount) {
    return slot() * fill / seriesCount;
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
