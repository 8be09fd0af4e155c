package com.moneywar.briefing.chart;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Moves labels stacked in one column apart, as little as possible, so none overlaps another. */
final class LabelSpreader {
  private LabelSpreader() {}

  /**
   * The centres of labels of height {@code gap} wanted at {@code wanted}, kept in their order,
   * at least {@code gap} apart and inside {@code [low, high]} when there is room.
   */
  static double[] apart(double[] wanted, double gap, double low, double high) {
    Integer[] order = IntStream.range(0, wanted.length).boxed().toArray(Integer[]::new);
    Arrays.sort(order, Comparator.comparingDouble(i -> wanted[i]));
    double[] y = new double[wanted.length];
    double previous = Double.NEGATIVE_INFINITY;
    for (int i : order) {
      y[i] = Math.max(wanted[i], previous + gap);
      previous = y[i];
    }
    double next = high;
    for (int k = order.length - 1; k >= 0; k--) {
      int i = order[k];
      y[i] = Math.max(Math.min(y[i], next), low);
      next = y[i] - gap;
    }
    return y;
  }
}
