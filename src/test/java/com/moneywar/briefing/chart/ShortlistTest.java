package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which items a chart keeps when there are more than it can draw. */
class ShortlistTest {
  private static Map<String, List<Integer>> groups(Object... keysAndItems) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < keysAndItems.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<Integer> items = (List<Integer>) keysAndItems[i + 1];
      groups.put((String) keysAndItems[i], items);
    }
    return groups;
  }

  private static BigDecimal size(Integer item) {
    return BigDecimal.valueOf(item / 10); // 31 and 35 are the same size
  }

  @Test
  void keepsEverythingInItsOwnOrderWhenItFits() {
    Map<String, List<Integer>> groups = groups("USD", List.of(10, 50, 30), "EUR", List.of(20));
    assertThat(Shortlist.largest(groups, ShortlistTest::size, 4)).isSameAs(groups);
  }

  @Test
  void keepsTheLargestLargestFirstAndEqualSizesInTheirOrder() {
    Map<String, List<Integer>> groups = groups("USD", List.of(10, 31, 50, 35, 20));
    assertThat(Shortlist.largest(groups, ShortlistTest::size, 3)).containsExactly(Map.entry("USD", List.of(50, 31, 35)));
  }

  @Test
  void currenciesTakeTurnsSoNoAmountsAreComparedAcrossThem() {
    Map<String, List<Integer>> groups = groups("USD", List.of(10, 90, 80, 70), "EUR", List.of(1, 2), "KRW", List.of(5));
    assertThat(Shortlist.largest(groups, i -> BigDecimal.valueOf(i), 5)).containsExactly(
        Map.entry("USD", List.of(90, 80)), Map.entry("EUR", List.of(2, 1)), Map.entry("KRW", List.of(5)));
  }

  @Test
  void dropsACurrencyThatGetsNoTurn() {
    Map<String, List<Integer>> groups = groups("USD", List.of(10, 90), "EUR", List.of(1, 2), "KRW", List.of(5));
    assertThat(Shortlist.largest(groups, i -> BigDecimal.valueOf(i), 2)).containsExactly(
        Map.entry("USD", List.of(90)), Map.entry("EUR", List.of(2)));
  }
}
