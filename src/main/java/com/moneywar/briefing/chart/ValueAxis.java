package com.moneywar.briefing.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * The value axis of a panel: its range, the round values that get a grid line and a label, and
 * how a value is handed to XChart (as is, or as its logarithm, since XChart's own log axis cannot
 * carry our money labels).
 *
 * @param ticks the labelled values, in data units, lowest first
 */
record ValueAxis(boolean log, double min, double max, List<Double> ticks, DoubleFunction<String> label) {
  private static final double[] STEPS = {1, 2, 2.5, 5, 10};

  ValueAxis {
    ticks = List.copyOf(ticks);
  }

  /**
   * From zero to a round value above {@code highest} with some room for the labels over the
   * tallest mark, in four to six round steps (1, 2, 2.5 or 5 times a power of ten).
   */
  static ValueAxis linear(double highest, DoubleFunction<String> label) {
    double top = highest <= 0 ? 1 : highest * 1.1;
    double magnitude = Math.pow(10, Math.floor(Math.log10(top / 4)));
    double step = magnitude;
    for (double s : STEPS) {
      step = s * magnitude;
      if (top / step <= 5) {
        break;
      }
    }
    List<Double> ticks = new ArrayList<>();
    int count = (int) Math.ceil(top / step - 1e-9);
    for (int i = 0; i <= count; i++) {
      ticks.add(i * step);
    }
    return new ValueAxis(false, 0, count * step, ticks, label);
  }

  /**
   * Whole powers of ten around the data, with grid lines at 1, 2 and 5 times each. A value that
   * would sit on the axis line, at the floor (a valuation of exactly $1 billion) or at the top, gets
   * one grid step of room: the axis then starts at 5 times the power below, or ends at 2 times the
   * power above, so no mark lies on the frame.
   */
  static ValueAxis log(double lowest, double highest, DoubleFunction<String> label) {
    int from = (int) Math.floor(Math.log10(lowest));
    int to = (int) Math.ceil(Math.log10(highest));
    if (to == from) {
      to++;
    }
    List<Double> ticks = new ArrayList<>();
    double min = Math.pow(10, from);
    double max = Math.pow(10, to);
    if (lowest < min * ROOM) {
      min = 5 * Math.pow(10, from - 1);
      ticks.add(min);
    }
    for (int e = from; e <= to; e++) {
      for (double m : new double[] {1, 2, 5}) {
        double v = m * Math.pow(10, e);
        if (e == to && m > 1) {
          break;
        }
        ticks.add(v);
      }
    }
    if (highest > max / ROOM) {
      max = 2 * Math.pow(10, to);
      ticks.add(max);
    }
    return new ValueAxis(true, min, max, ticks, label);
  }

  /** How far above the floor (or below the top) a value must be not to touch the frame: 12 %. */
  private static final double ROOM = 1.12;

  /** The least room, in px, between two labels of the value axis: they never touch. */
  static final double LABEL_GAP = 4;

  /** How many powers of ten a log axis spans, its steps of room at the ends counted in. */
  double decades() {
    return Math.log10(max / min);
  }

  /**
   * The ticks that get a label (and a grid line) on a plot {@code height} px tall whose labels are
   * {@code labelHeight} px tall: all of them when each keeps {@link #LABEL_GAP} px from the next;
   * else, on a log axis, only its powers of ten, and where even those would touch, every second
   * (third, …) power, those whose exponent it divides. A linear axis's four to six steps are all
   * labelled.
   */
  List<Double> labelled(double height, double labelHeight) {
    if (!log) {
      return ticks;
    }
    double least = labelHeight + LABEL_GAP;
    if (fits(ticks, height, least)) {
      return ticks;
    }
    List<Double> powers = ticks.stream().filter(ValueAxis::powerOfTen).toList();
    for (int every = 1; ; every++) {
      int step = every;
      List<Double> some = powers.stream().filter(t -> Math.round(Math.log10(t)) % step == 0).toList();
      if (some.size() <= 1 || fits(some, height, least)) {
        return some;
      }
    }
  }

  /** Whether labels at {@code values}, on a plot {@code height} px tall, stand at least {@code least} px apart. */
  private boolean fits(List<Double> values, double height, double least) {
    for (int i = 1; i < values.size(); i++) {
      if (height * (plot(values.get(i)) - plot(values.get(i - 1))) / (plot(max) - plot(min)) < least) {
        return false;
      }
    }
    return true;
  }

  private static boolean powerOfTen(double value) {
    double exponent = Math.log10(value);
    return Math.abs(exponent - Math.rint(exponent)) < 1e-9;
  }

  /** The number XChart plots for {@code value}. */
  double plot(double value) {
    return log ? Math.log10(value) : value;
  }
}
