package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.MoneyFact;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The numbers a timeline draws by the marks of its largest deals whose names find no place in the
 * plot, and the key that names them under the chart, in the words the label would have had:
 * "번호로만 표시한 거래: 5번 엔비디아 → 앤스로픽 최대 100억달러." / "Numbered deals: 5 Nvidia → Anthropic up
 * to $10 billion." Without them a large mark would stand unnamed beside smaller named ones, and
 * the note that the largest deals are named would be false.
 *
 * <p>Each deal to name has its number before anything is drawn, in the order the panels name them
 * (largest first, panel after panel): the fifth-largest deal is 5, whichever drawing (wide or
 * narrow) numbers it and whatever else is numbered, so one deal has one number. The key lists
 * only the numbers drawn. Not thread-safe: one per chart drawn.
 */
final class DealNumbers {
  private final Map<List<MoneyFact>, Integer> numbers = new java.util.HashMap<>();
  private final Map<Integer, String> drawn = new TreeMap<>();
  /** The numbers the wide drawing (the page on a wide screen, the PDF) shows too. */
  private final java.util.Set<Integer> wide = new java.util.HashSet<>();
  /** The numbers the narrow drawing (the page on a phone) shows too. */
  private final java.util.Set<Integer> narrowOnes = new java.util.HashSet<>();
  /** Deals to name that a drawing could give neither their name nor a number, by rank: their words, and the drawings. */
  private final Map<Integer, String> unnamed = new TreeMap<>();
  private final java.util.Set<Integer> unnamedWide = new java.util.HashSet<>();
  private final java.util.Set<Integer> unnamedNarrow = new java.util.HashSet<>();

  /** Gives the deals {@code group} (one label's) the next number. */
  void rank(List<MoneyFact> group) {
    numbers.putIfAbsent(List.copyOf(group), numbers.size() + 1);
  }

  /** The number of the deals {@code group}. */
  int of(List<MoneyFact> group) {
    Integer number = numbers.get(List.copyOf(group));
    if (number == null) {
      throw new IllegalArgumentException("not ranked: " + group);
    }
    return number;
  }

  /** Records that a drawing (the narrow one, for phones, when {@code narrow}) numbers {@code group}, which {@code name} names in the key. */
  void drawn(List<MoneyFact> group, String name, boolean narrow) {
    drawn.put(of(group), name);
    (narrow ? narrowOnes : wide).add(of(group));
  }

  /**
   * Records that a drawing found no room for {@code group}'s name nor its number: the notes then
   * name it, or "the largest deals are named" would be false (a new user's Meta → CoreWeave, fourth
   * largest, stood unnamed between two other deals of its month).
   */
  void unnamed(List<MoneyFact> group, String name, boolean narrow) {
    unnamed.put(of(group), name);
    (narrow ? unnamedNarrow : unnamedWide).add(of(group));
  }

  /** The key for the notes, numbers in order, then the deals named nowhere; empty when there are none. */
  String key(ChartWording w) {
    String numbered = numberedKey(w);
    if (unnamed.isEmpty()) {
      return numbered;
    }
    List<String> items = new ArrayList<>();
    unnamed.forEach((rank, name) -> items.add(name + (unnamedWide.contains(rank) ? unnamedNarrow.contains(rank) ? ""
        : w.pick("(넓은 화면과 PDF의 그래프에서)", " (on the wide chart and in the PDF)")
        : w.pick("(휴대전화 화면용 그래프에서)", " (on the phone-width chart)"))));
    String crowded = w.pick("자리가 없어 그래프에 이름도 번호도 붙이지 못한 거래: " + String.join(", ", items) + ".",
        "Too crowded to name or number on the chart: " + String.join("; ", items) + ".");
    return numbered.isEmpty() ? crowded : numbered + " " + crowded;
  }

  /**
   * The key under the chart on paper, where only the wide drawing is: the numbers it shows and the
   * deals it names nowhere, without a word of the phone's drawing; empty when there are none.
   */
  String printKey(ChartWording w) {
    List<String> items = new ArrayList<>();
    drawn.forEach((number, name) -> {
      if (wide.contains(number)) {
        items.add(number + w.pick("번 ", " ") + name);
      }
    });
    String numbered = items.isEmpty() ? "" : w.pick("번호로만 표시한 거래: " + String.join(", ", items) + ".",
        "Numbered deals: " + String.join("; ", items) + ".");
    List<String> crowded = new ArrayList<>();
    unnamed.forEach((rank, name) -> {
      if (unnamedWide.contains(rank)) {
        crowded.add(name);
      }
    });
    if (crowded.isEmpty()) {
      return numbered;
    }
    String none = w.pick("자리가 없어 그래프에 이름도 번호도 붙이지 못한 거래: " + String.join(", ", crowded) + ".",
        "Too crowded to name or number on the chart: " + String.join("; ", crowded) + ".");
    return numbered.isEmpty() ? none : numbered + " " + none;
  }

  private String numberedKey(ChartWording w) {
    if (drawn.isEmpty()) {
      return "";
    }
    // The key goes under both drawings: a number only one drawing shows says so, or a reader of the
    // other looks for a number that is not there (a new user's phone chart named every deal in full,
    // and its key listed "6" and "7").
    boolean allNarrow = wide.isEmpty();
    boolean allWide = narrowOnes.isEmpty();
    List<String> items = new ArrayList<>();
    // "6번 앤스로픽 · 시리즈F 130억달러": a bare "6 앤스로픽" read as a count to a new user's Korean editor.
    drawn.forEach((number, name) -> items.add(number + w.pick("번 ", " ") + name
        + (allNarrow || allWide || wide.contains(number) && narrowOnes.contains(number) ? ""
            : wide.contains(number) ? w.pick("(넓은 화면과 PDF의 그래프에만)", " (on the wide chart and in the PDF only)")
            : w.pick("(휴대전화 화면용 그래프에만)", " (on the phone-width chart only)"))));
    if (allNarrow) {
      return w.pick("휴대전화 화면용 그래프에 번호로만 표시한 거래: " + String.join(", ", items) + ".",
          "Numbered on the phone-width chart: " + String.join("; ", items) + ".");
    }
    if (allWide) {
      return w.pick("넓은 화면과 PDF의 그래프에 번호로만 표시한 거래: " + String.join(", ", items) + ".",
          "Numbered on the wide chart and in the PDF: " + String.join("; ", items) + ".");
    }
    return w.pick("번호로만 표시한 거래: " + String.join(", ", items) + ".",
        "Numbered deals: " + String.join("; ", items) + ".");
  }
}
