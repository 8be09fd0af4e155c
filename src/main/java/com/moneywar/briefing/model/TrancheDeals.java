package com.moneywar.briefing.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tranche of talks or of a letter of intent stands as the commitment it is part of stands: talks
 * a later investment concluded, a letter the signed commitment followed, and, in an edition before
 * that, still talks or still a letter. A tranche of the same kind as its commitment ("$10 billion
 * when the first gigawatt is deployed", under "Nvidia intends to invest up to $100 billion") had no
 * end of its own to record, so without this it read "의향서" beside its letter's "의향서, 이후 계약".
 * A tranche with a {@code closed_as} of its own, or of another kind than its commitment, is left as
 * it is. Pure.
 */
public final class TrancheDeals {
  private TrancheDeals() {}

  /** {@code investments}, in their order, each tranche of talks or of a letter standing as its commitment does. */
  public static List<Investment> of(List<Investment> investments) {
    Map<String, Investment> byId = new HashMap<>();
    investments.forEach(i -> byId.putIfAbsent(i.id(), i));
    Map<String, Investment> standing = new HashMap<>();
    return investments.stream().map(i -> standing(i, byId, standing, new HashSet<>())).toList();
  }

  private static Investment standing(Investment i, Map<String, Investment> byId, Map<String, Investment> standing,
      Set<String> visiting) {
    Investment known = standing.get(i.id());
    if (known != null) {
      return known;
    }
    Investment parent = i.partOf().map(byId::get).orElse(null);
    Investment result = i;
    // A cycle of tranches, which the check reports, stops where it closes.
    if (parent != null && i.closedAs().isEmpty() && visiting.add(i.id())) {
      Investment p = standing(parent, byId, standing, visiting);
      DealStatus kind = p.status().deal();
      if (kind != DealStatus.AGREED && i.status().deal() == kind) {
        result = i.standingAs(p.reporting().deal());
      }
    }
    standing.put(i.id(), result);
    return result;
  }
}
