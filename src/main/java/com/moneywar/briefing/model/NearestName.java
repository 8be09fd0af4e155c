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
 * of its letters for a longer one, so that {@code usd} is not taken for {@code krw}. In ids a date
 * part counts as a number: {@code openai-2023-1} means {@code openai-2023-01}, and {@code
 * openai-2026-01}, another date, is not taken for {@code openai-2023-01}. Thread-safe.
 */
public final class NearestName {
  private NearestName() {}

  /**
   * The nearest of {@code known} to {@code name}, if one is near enough and no other is as near: with
   * {@code amazon-anthropic-t1} and {@code -t2} both known, {@code -t3} could have meant either.
   */
  public static Optional<String> of(String name, Collection<String> known) {
    String lower = name.toLowerCase(Locale.ROOT);
    // A date part written without its zero (openai-2023-1) means the id with it (openai-2023-01), however
    // many others (openai-2023-11) are as few letters away.
    List<String> padded = new TreeSet<>(known).stream().filter(k -> sameNumbers(lower, k)).toList();
    if (padded.size() == 1) {
      return Optional.of(padded.get(0));
    }
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
    // The nearest of another date is no help, and a farther one less: none is offered.
    return nearest.size() == 1 && !anotherDate(lower, nearest.get(0)) ? Optional.of(nearest.get(0)) : Optional.empty();
  }

  /**
   * Whether {@code name} and {@code known} are the same id but for zeros before the numbers of their
   * hyphen-separated parts ({@code openai-2023-1}, {@code openai-2023-01}), and not equal.
   */
  private static boolean sameNumbers(String name, String known) {
    String[] a = name.split("-", -1);
    String[] b = known.split("-", -1);
    if (a.length != b.length || name.equals(known)) {
      return false;
    }
    for (int i = 0; i < a.length; i++) {
      boolean same = a[i].equals(b[i]) || isNumber(a[i]) && isNumber(b[i]) && stripZeros(a[i]).equals(stripZeros(b[i]));
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code known} is of another date than {@code name}: a hyphen-separated part of both, at the
   * same place, is a date part in {@code name} and another number of the same length in {@code known}
   * ({@code openai-2026-01} and {@code openai-2023-01} or {@code openai-2023}, {@code -2025-1} and
   * {@code -2025-2}). The mistyped id most likely names another row, of that date, that is not in the
   * table (yet): a row of another date is no help, and when the nearest known id is one, none is
   * offered (a farther one, of another company, would be less help still). A part with a digit dropped or added ({@code
   * -03-2} for {@code -03-28}), or one that is no date ({@code 82} for the day {@code 28}, {@code 202}
   * for a year, {@code 13} for a month after a year), is a slip of the fingers and gets its suggestion.
   */
  private static boolean anotherDate(String name, String known) {
    String[] a = name.split("-", -1);
    String[] b = known.split("-", -1);
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      if (!a[i].equals(b[i]) && isNumber(a[i]) && isNumber(b[i]) && a[i].length() == b[i].length()
          && isDatePart(a[i]) && !(afterYear(a, i) && Integer.parseInt(a[i]) > 12)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the part at {@code i} follows a year, and so is a month ({@code 13} in {@code -2025-13} is none). */
  private static boolean afterYear(String[] parts, int i) {
    return i > 0 && isNumber(parts[i - 1]) && parts[i - 1].length() == 4 && isDatePart(parts[i - 1]);
  }

  /** A year (1900 to 2199), or a month or a day (1 to 31, with or without its zero). */
  private static boolean isDatePart(String digits) {
    int n = Integer.parseInt(digits);
    return digits.length() == 4 ? n >= 1900 && n <= 2199 : digits.length() <= 2 && n >= 1 && n <= 31;
  }

  private static boolean isNumber(String part) {
    return !part.isEmpty() && part.length() <= 9 && part.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String stripZeros(String digits) {
    String s = digits.replaceFirst("^0+", "");
    return s.isEmpty() ? "0" : s;
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
