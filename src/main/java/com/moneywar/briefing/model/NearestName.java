package com.moneywar.briefing.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The known name a mistyped one most likely meant, for the "did you mean" of an error message: a
 * column, a front-matter key, an id. Two names are near when few letters were added, dropped,
 * changed or swapped with their neighbour ({@code kbd} for {@code kdb}): one for a short name, a third
 * of its letters for a longer one, so that {@code usd} is not taken for {@code krw}. Thread-safe.
 */
public final class NearestName {
  private NearestName() {}

  /**
   * The nearest of {@code known} to {@code name}, if one is near enough and no other is as near: with
   * {@code amazon-anthropic-t1} and {@code -t2} both known, {@code -t3} could have meant either.
   */
  public static Optional<String> of(String name, Collection<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    int best = Integer.MAX_VALUE;
    List<String> nearest = new ArrayList<>();
    for (String k : new TreeSet<>(known)) {
      int d = distance(lower, k);
      if (d > Math.max(1, k.length() / 3) || d >= lower.length() || d > best) {
        continue;
      }
      if (d < best) {
        best = d;
        nearest.clear();
      }
      nearest.add(k);
    }
    return nearest.size() == 1 ? Optional.of(nearest.get(0)) : Optional.empty();
  }

  /** {@code "; did you mean 'kdb'?"}, or {@code ""} when no known name is near. */
  public static String hint(String name, Collection<String> known) {
    return of(name, known).map(n -> "; did you mean '" + n + "'?").orElse("");
  }

  /**
   * The number of letters added, dropped, changed or swapped with their neighbour that turn {@code a}
   * into {@code b} (optimal string alignment distance).
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
