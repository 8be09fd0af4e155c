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

  @Test
  void sharesTheRoomInTurnsAndGivesWhatASmallPanelDoesNotNeedToTheOthers() {
    Map<String, Integer> needs = new LinkedHashMap<>();
    needs.put("USD", 30);
    needs.put("EUR", 1);
    needs.put("KRW", 4);
    assertThat(Shortlist.shares(needs, 10)).containsExactly(Map.entry("USD", 5), Map.entry("EUR", 1), Map.entry("KRW", 4));
    needs.put("KRW", 2);
    assertThat(Shortlist.shares(needs, 10)).containsExactly(Map.entry("USD", 7), Map.entry("EUR", 1), Map.entry("KRW", 2));
  }

  @Test
  void everyPanelKeepsItsOwnLargestNotTurnsAcrossCurrencies() {
    Map<String, List<Integer>> groups = groups("USD", List.of(10, 90, 80, 70, 60), "EUR", List.of(1, 2, 3));
    Map<String, Shortlist.Kept<Integer>> kept = Shortlist.perPanel(groups, i -> BigDecimal.valueOf(i), i -> false,
        Map.of("USD", 3, "EUR", 2));
    assertThat(kept.get("USD").shown()).containsExactly(90, 80, 70);
    assertThat(kept.get("USD").rest()).containsExactly(10, 60);
    assertThat(kept.get("EUR").shown()).containsExactly(3, 2);
    assertThat(kept.get("EUR").rest()).containsExactly(1);
  }

  @Test
  void pinnedItemsAreKeptHoweverSmallAndTakeTheirPlaceAmongTheLargest() {
    Map<String, List<Integer>> groups = groups("USD", List.of(10, 90, 80, 70, 60));
    Map<String, Shortlist.Kept<Integer>> kept = Shortlist.perPanel(groups, i -> BigDecimal.valueOf(i), i -> i == 10,
        Map.of("USD", 3));
    assertThat(kept.get("USD").shown()).containsExactly(90, 80, 10);
    assertThat(kept.get("USD").rest()).containsExactly(70, 60);
    // More pins than room: all pins, nothing else.
    kept = Shortlist.perPanel(groups, i -> BigDecimal.valueOf(i), i -> i < 75, Map.of("USD", 2));
    assertThat(kept.get("USD").shown()).containsExactly(70, 60, 10);
  }

  @Test
  void aPanelThatFitsKeepsItsOrder() {
    Map<String, List<Integer>> groups = groups("USD", List.of(10, 90, 80));
    assertThat(Shortlist.perPanel(groups, i -> BigDecimal.valueOf(i), i -> false, Map.of("USD", 3)).get("USD").shown())
        .containsExactly(10, 90, 80);
  }
}
