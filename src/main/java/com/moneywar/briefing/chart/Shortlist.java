package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.ChartSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a chart draws when its editor named no rows and its table has more than a reader can take
 * in: the largest, up to a limit per chart kind. Named rows are always drawn as named. The choice
 * is deterministic: by size, then by order in the data files.
 *
 * <p>Amounts in different currencies are never compared: each currency's items are ranked on
 * their own, and the currencies take turns (the largest of each, then the second largest of each,
 * …) until the limit is reached.
 */
final class Shortlist {
  /**
   * Investor → investee pairs in a money-flows chart: ten pairs of bars, or fewer, down to {@link
   * #FEWEST_FLOWS}, when the names under them need more room.
   */
  static final int FLOWS = 10;

  static final int FEWEST_FLOWS = 6;

  /** Companies in a valuations chart: six lines, each with its own colour, dash and marker. */
  static final int COMPANIES = 6;

  /** Named series in a cumulative chart, one per colour of the palette; the rest stack as "others". */
  static final int SERIES = ChartTheme.SERIES.length;

  private Shortlist() {}

  /** Whether a chart of {@code spec} may leave rows out: only when the editor named none. */
  static boolean applies(ChartSpec spec) {
    return spec.rows().isEmpty();
  }

  /**
   * The largest items of each group, {@code limit} in all, largest first within each group;
   * groups left empty are dropped. When every item fits, the groups come back unchanged, in their
   * own order.
   *
   * @param size what an item is ranked by; equal sizes keep the order of the group
   */
  static <K, T> Map<K, List<T>> largest(Map<K, List<T>> groups, Function<T, BigDecimal> size, int limit) {
    int count = groups.values().stream().mapToInt(List::size).sum();
    if (count <= limit) {
      return groups;
    }
    Map<K, List<T>> ranked = new LinkedHashMap<>();
    groups.forEach((k, items) -> ranked.put(k, items.stream().sorted(Comparator.comparing(size).reversed()).toList()));
    Map<K, List<T>> kept = new LinkedHashMap<>();
    groups.keySet().forEach(k -> kept.put(k, new ArrayList<>()));
    int taken = 0;
    for (int round = 0; taken < limit; round++) {
      for (Map.Entry<K, List<T>> e : ranked.entrySet()) {
        if (round < e.getValue().size() && taken < limit) {
          kept.get(e.getKey()).add(e.getValue().get(round));
          taken++;
        }
      }
    }
    Map<K, List<T>> result = new LinkedHashMap<>();
    kept.forEach((k, items) -> {
      if (!items.isEmpty()) {
        result.put(k, List.copyOf(items));
      }
    });
    return result;
  }
}
