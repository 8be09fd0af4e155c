package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Value axes end on a round number above the data and step in round amounts. */
class ValueAxisTest {
  @Test
  void linearAxisStartsAtZeroAndStepsRoundly() {
    ValueAxis axis = ValueAxis.linear(13e9, v -> "");
    assertThat(axis.ticks()).containsExactly(0.0, 5e9, 10e9, 15e9);
    assertThat(axis.max()).isEqualTo(15e9);
  }

  @Test
  void linearAxisLeavesRoomAboveTheTallestMark() {
    assertThat(ValueAxis.linear(15e6, v -> "").max()).isGreaterThan(15e6 * 1.05);
  }

  @Test
  void logAxisSpansWholePowersOfTenWithGridAtOneTwoAndFive() {
    ValueAxis axis = ValueAxis.log(4.1e9, 86e9, v -> "");
    assertThat(axis.ticks()).containsExactly(1e9, 2e9, 5e9, 1e10, 2e10, 5e10, 1e11);
    assertThat(axis.plot(1e10)).isEqualTo(10.0);
  }

  @Test
  void logAxisOfASingleValueStillSpansAPowerOfTen() {
    ValueAxis axis = ValueAxis.log(2e9, 2e9, v -> "");
    assertThat(axis.min()).isEqualTo(1e9);
    assertThat(axis.max()).isEqualTo(1e10);
  }

  @Test
  void aValueOnAPowerOfTenGetsRoomInsteadOfLyingOnTheAxisLine() {
    // A $1 billion valuation and a $10 billion one: both had sat on the frame.
    ValueAxis axis = ValueAxis.log(1e9, 1e10, v -> "");
    assertThat(axis.min()).isEqualTo(5e8);
    assertThat(axis.max()).isEqualTo(2e10);
    assertThat(axis.ticks()).containsExactly(5e8, 1e9, 2e9, 5e9, 1e10, 2e10);
    // Just above the floor (within 12 %) is as cramped; further up is not.
    assertThat(ValueAxis.log(1.1e9, 3e9, v -> "").min()).isEqualTo(5e8);
    assertThat(ValueAxis.log(1.3e9, 3e9, v -> "").min()).isEqualTo(1e9);
    assertThat(ValueAxis.log(1.3e9, 8e9, v -> "").max()).isEqualTo(1e10);
  }

  @Test
  void spreadMovesOverlappingLabelsApartKeepingTheirOrder() {
    double[] y = LabelSpreader.apart(new double[] {100, 105, 50}, 20, 0, 300);
    assertThat(y[2]).isEqualTo(50);
    assertThat(y[1] - y[0]).isGreaterThanOrEqualTo(20);
    assertThat(y[0]).isEqualTo(100);
  }
}
