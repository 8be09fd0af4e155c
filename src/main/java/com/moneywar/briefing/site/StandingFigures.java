package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The key figures of the config ({@code headlines}), each as it stands on a page's record: a row
 * that a later row on that record replaces ({@code replaces} of an investment or a spending row:
 * Amazon's USD 4 billion commitment of 2023, raised to USD 8 billion in November 2024) gives way to
 * the newest row that replaces it. So the home page, dated by the whole record, never shows a
 * superseded figure as a current one, while an edition dated before the replacement still shows the
 * row that stood then. An edition's own {@code headlines:} are its editor's choice for its date and
 * are shown as written. Pure and thread-safe.
 */
final class StandingFigures {
  private StandingFigures() {}

  /**
   * {@code refs} with every replaced row followed to the row that stands on {@code record}'s
   * record, in their order, each figure once. A row whose standing row the list names too stays as
   * written: the editor who lists Meta's January guidance beside its October revision compares them.
   */
  static List<FigureRef> of(Briefing record, List<FigureRef> refs) {
    Set<String> named = new HashSet<>();
    refs.forEach(ref -> named.add(key(ref)));
    Set<String> shown = new HashSet<>();
    List<FigureRef> standing = new ArrayList<>();
    for (FigureRef ref : refs) {
      FigureRef now = standing(record, ref);
      FigureRef card = now != ref && named.contains(key(now)) ? ref : now;
      if (shown.add(key(card))) {
        standing.add(card);
      }
    }
    return List.copyOf(standing);
  }

  private static String key(FigureRef ref) {
    return ref.kind() + ":" + String.join(":", ref.ids());
  }

  private static FigureRef standing(Briefing record, FigureRef ref) {
    if (ref.ids().size() != 1 || !(ref.kind().equals("investment") || ref.kind().equals("spending"))) {
      return ref;
    }
    String id = ref.ids().get(0);
    Set<String> seen = new LinkedHashSet<>();
    while (seen.add(id)) {
      Optional<String> next = replacement(record, ref.kind(), id);
      if (next.isEmpty()) {
        break;
      }
      id = next.get();
    }
    return id.equals(ref.ids().get(0)) ? ref : new FigureRef(ref.kind(), List.of(id), ref.field(), ref.text(), ref.pos());
  }

  /** The row on the record that replaces row {@code id} of {@code kind}, if any. */
  private static Optional<String> replacement(Briefing record, String kind, String id) {
    List<String> later = kind.equals("investment")
        ? record.replacementsOf(id).stream().map(i -> i.id()).toList()
        : record.revisionsOf(id).stream().map(s -> s.id()).toList();
    return later.stream().filter(r -> record.moneyFacts().containsKey(kind + ":" + r)).findFirst();
  }
}
