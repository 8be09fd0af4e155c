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
 * in: per panel (per currency), the rows the editor pinned and the largest of the others, up to
 * the panel's share of the room; the rest, where the chart can add them up, as one "others (N)"
 * mark. Named rows are always drawn as named. The choice is deterministic: by size, then by order
 * in the data files.
 *
 * <p>Amounts in different currencies are never compared: each panel's items are ranked on their
 * own, and the room is shared out between the panels in turns (one slot each, a panel that needs
 * no more leaving its turn to the others), so no panel's largest rows give way to another's.
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

  /** What a panel shows: its items, largest first when some were left out, and those left out. */
  record Kept<T>(List<T> shown, List<T> rest) {
    Kept {
      shown = List.copyOf(shown);
      rest = List.copyOf(rest);
    }
  }

  /**
   * How many slots each group gets of {@code room}: one each in turn, in the groups' order, until
   * the room is used up or every group has all it needs; every group gets at least one.
   */
  static <K> Map<K, Integer> shares(Map<K, Integer> needs, int room) {
    Map<K, Integer> shares = new LinkedHashMap<>();
    needs.keySet().forEach(k -> shares.put(k, 0));
    int left = Math.max(room, needs.size());
    boolean given = true;
    while (left > 0 && given) {
      given = false;
      for (Map.Entry<K, Integer> e : needs.entrySet()) {
        if (left > 0 && shares.get(e.getKey()) < e.getValue()) {
          shares.merge(e.getKey(), 1, Integer::sum);
          left--;
          given = true;
        }
      }
    }
    return shares;
  }

  /**
   * Each group's items cut to its limit: all of them, in their order, when they fit; else the
   * pinned ones and the largest of the rest, {@code limit} in all (more when more are pinned),
   * largest first, and the others in their order. Equal sizes keep the order of the group.
   */
  static <K, T> Map<K, Kept<T>> perPanel(Map<K, List<T>> groups, Function<T, BigDecimal> size,
      java.util.function.Predicate<T> pinned, Map<K, Integer> limits) {
    Map<K, Kept<T>> kept = new LinkedHashMap<>();
    groups.forEach((k, items) -> {
      int limit = limits.getOrDefault(k, items.size());
      if (items.size() <= limit) {
        kept.put(k, new Kept<>(items, List.of()));
        return;
      }
      List<T> pins = items.stream().filter(pinned).toList();
      List<T> byKeep = new ArrayList<>(pins);
      items.stream().filter(i -> !pinned.test(i)).sorted(Comparator.comparing(size).reversed())
          .limit(Math.max(0, limit - pins.size())).forEach(byKeep::add);
      List<T> shown = items.stream().filter(byKeep::contains).sorted(Comparator.comparing(size).reversed()).toList();
      List<T> rest = items.stream().filter(i -> !byKeep.contains(i)).toList();
      kept.put(k, new Kept<>(shown, rest));
    });
    return kept;
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
