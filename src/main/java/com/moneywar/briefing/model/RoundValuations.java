package com.moneywar.briefing.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A valuation that only rounds not raised name ("in talks to raise at a $60 billion valuation") is a
 * valuation sought, not one set: it takes the deal status of those rounds ({@link DealStatus#TALKS},
 * {@link DealStatus#CALLED_OFF}), so that it is never drawn on a valuation line nor the base of a
 * growth multiple, and says so wherever it is shown ({@code 600억달러(협상 중)}). A valuation that a
 * closed round names, or that no round names, is left as it is.
 */
public final class RoundValuations {
  private RoundValuations() {}

  public static List<Valuation> settled(List<Valuation> valuations, List<Round> rounds) {
    Map<String, DealStatus> sought = new HashMap<>();
    Map<String, Boolean> set = new HashMap<>();
    for (Round r : rounds) {
      r.valuation().ifPresent(v -> {
        if (r.reporting().deal() == DealStatus.AGREED) {
          set.put(v, true);
        } else {
          // A listing being prepared is planned, not negotiated: its valuation says "추진 중" as the round does.
          sought.putIfAbsent(v, r.reporting().deal() == DealStatus.TALKS && r.type().plannedUntilClosed()
              ? DealStatus.PLANNED : r.reporting().deal());
        }
      });
    }
    if (sought.isEmpty()) {
      return valuations;
    }
    List<Valuation> out = new ArrayList<>(valuations.size());
    for (Valuation v : valuations) {
      DealStatus status = set.containsKey(v.id()) ? null : sought.get(v.id());
      out.add(status == null || v.reporting().deal() != DealStatus.AGREED ? v
          : new Valuation(v.id(), v.company(), v.amount(), v.bound(), v.date(), v.source(), v.fx(), v.approxDigits(),
              v.note(), v.basis(), v.reporting().withDeal(status)));
    }
    return List.copyOf(out);
  }
}
