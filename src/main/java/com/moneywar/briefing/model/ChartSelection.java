package com.moneywar.briefing.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which rows a declared chart may plot. One place for the rules, so the validator checks exactly
 * what the chart stage may draw. (When no rows are named and the table holds more than a chart can
 * show, the chart stage then draws only the largest; see {@code chart/Shortlist}.)
 *
 * <p>Rules: named rows are taken in the order written, else every row of the table in file order
 * but denials, which are never plotted;
 * investment charts take commitments and single investments, each commitment bringing its
 * tranches; with a chart currency, only rows in that currency are plotted and the others are
 * "left out" (the chart says so under itself).
 */
public final class ChartSelection {
  private ChartSelection() {}

  /** The commitments and single investments the chart draws, in order. */
  public static List<Investment> investments(Briefing b, ChartSpec spec) {
    return inCurrency(spec, named(spec, b.investments(), b::investment).stream()
        .filter(i -> InvestmentTree.isRoot(b, i)).toList());
  }

  /** The valuations the chart draws, in order. */
  public static List<Valuation> valuations(Briefing b, ChartSpec spec) {
    return inCurrency(spec, named(spec, b.valuations(), b::valuation));
  }

  /** The pay offer a talent chart is about. */
  public static Optional<TalentOffer> offer(Briefing b, ChartSpec spec) {
    return spec.rows().stream().findFirst().flatMap(r -> b.talentOffer(r.id()));
  }

  /** The investments and valuations a talent chart sets the pay against, in order. */
  public static List<MoneyFact> compared(Briefing b, ChartSpec spec) {
    List<MoneyFact> facts = new ArrayList<>();
    for (RowRef ref : spec.compare()) {
      Optional<? extends MoneyFact> fact = ref.kind().equals("valuation")
          ? b.valuation(ref.id()) : b.investment(ref.id());
      fact.ifPresent(facts::add);
    }
    return facts;
  }

  /** Rows of the chart's table that a chart currency keeps out, when no rows are named. */
  public static List<MoneyFact> leftOut(Briefing b, ChartSpec spec) {
    if (spec.currency().isEmpty() || !spec.rows().isEmpty() || spec.kind() == ChartKind.TALENT) {
      return List.of();
    }
    List<? extends MoneyFact> all = spec.kind() == ChartKind.VALUATIONS
        ? b.valuations()
        : b.investments().stream().filter(i -> InvestmentTree.isRoot(b, i)).toList();
    return all.stream().filter(f -> !f.amount().currency().equals(spec.currency().get()))
        .map(f -> (MoneyFact) f).toList();
  }

  private static <T extends MoneyFact> List<T> named(ChartSpec spec, List<T> all, Function<String, Optional<T>> byId) {
    if (spec.rows().isEmpty()) {
      // A denial is never plotted (check refuses one among named rows).
      return all.stream().filter(f -> f.reporting().plottable()).toList();
    }
    List<T> rows = new ArrayList<>();
    spec.rows().forEach(r -> byId.apply(r.id()).ifPresent(rows::add));
    return rows;
  }

  private static <T extends MoneyFact> List<T> inCurrency(ChartSpec spec, List<T> rows) {
    return spec.currency()
        .map(c -> rows.stream().filter(r -> r.amount().currency().equals(c)).toList())
        .orElse(rows);
  }
}
