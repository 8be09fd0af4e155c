package com.moneywar.briefing.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Which rows a declared chart may plot. One place for the rules, so the validator checks exactly
 * what the chart stage may draw. (When no rows are named and the table holds more than a chart can
 * show, the chart stage then draws only the largest; see {@code chart/Shortlist}.)
 *
 * <p>Rules: named rows are taken in the order written, else every row of the table in file order
 * but denials, which are never plotted;
 * investment charts take commitments and single investments, each commitment bringing its
 * tranches, and but for a timeline no debt (a loan, bonds bought: money lent, not invested); with a chart currency, only rows in that currency are plotted and the others are
 * "left out" (the chart says so under itself).
 */
public final class ChartSelection {
  private ChartSelection() {}

  /**
   * The commitments and single investments the chart draws, in order; a money-flows or cumulative
   * chart leaves debt out ({@link #investmentOnly}).
   */
  public static List<Investment> investments(Briefing b, ChartSpec spec) {
    return inCurrency(spec, named(spec, "investment", b.investments(), b::investment).stream()
        .filter(i -> InvestmentTree.isRoot(b, i))
        .filter(i -> !investmentOnly(spec) || !InvestmentTree.debt(b, i)).toList());
  }

  /**
   * Whether the chart adds up investment and nothing else: a money-flows chart (committed and paid
   * in, per pair) and a cumulative chart (paid in, over time) never draw debt ({@link
   * InvestmentTree#debt}: a loan, bonds bought), which is money lent, not invested; a timeline draws
   * it as debt.
   */
  public static boolean investmentOnly(ChartSpec spec) {
    return spec.kind() == ChartKind.MONEY_FLOWS || spec.kind() == ChartKind.CUMULATIVE;
  }

  /**
   * The loans and bonds bought that a chart of investment only ({@link #investmentOnly}) with no
   * rows named leaves out, in its currency when it has one, in file order: the commitments and
   * single rows of debt with an amount, not denied, agreed. The chart names them under itself.
   */
  public static List<Investment> debtLeftOut(Briefing b, ChartSpec spec) {
    if (!investmentOnly(spec) || !spec.rows().isEmpty()) {
      return List.of();
    }
    return inCurrency(spec, b.investments().stream()
        .filter(i -> InvestmentTree.isRoot(b, i) && i.reporting().plottable() && InvestmentTree.debt(b, i)).toList());
  }

  /**
   * What a timeline draws of the investments and funding rounds tables. A closed round with an
   * amount is a deal of its own; an investment that is an investor's share of a round drawn is not
   * (its money is in the round's point), nor is a round whose money a drawn commitment already holds
   * (a share of it is a part of that commitment, such as a tranche): the same dollars are never two
   * points. With rows named, exactly those (check refuses two that hold the same money).
   *
   * @param investments the commitments and single investments drawn, in file order
   * @param rounds the funding rounds drawn, in file order
   * @param inRounds the commitments and single investments not drawn as they are shares of a round drawn
 *     (or of a round that a round drawn includes)
   * @param inCommitments the closed rounds with an amount not drawn as a commitment drawn holds their
   *     money, each with that commitment
   */
  public record Timeline(List<Investment> investments, List<Round> rounds, List<Investment> inRounds,
      Map<Round, Investment> inCommitments, List<Round> inLaterRounds) {
    public Timeline {
      investments = List.copyOf(investments);
      rounds = List.copyOf(rounds);
      inRounds = List.copyOf(inRounds);
      inCommitments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inCommitments));
      inLaterRounds = List.copyOf(inLaterRounds);
    }
  }

  /** {@link Timeline}: the investments and rounds a timeline draws. */
  public static Timeline timeline(Briefing b, ChartSpec spec) {
    List<Investment> roots = investments(b, spec);
    if (!spec.rows().isEmpty()) {
      return new Timeline(roots, inCurrency(spec, named(spec, "round", b.rounds(), b::round)), List.of(), Map.of(),
          List.of());
    }
    // Every row of a drawn commitment's tree, and the commitment that holds it.
    Map<String, Investment> holder = new java.util.HashMap<>();
    for (Investment root : roots) {
      if (root.amount().amount().signum() > 0) {
        InvestmentTree.subtree(b, root).forEach(i -> holder.putIfAbsent(i.id(), root));
      }
    }
    Map<String, List<Investment>> shares = new java.util.HashMap<>();
    b.investments().forEach(i -> i.round().ifPresent(r -> shares.computeIfAbsent(r, k -> new ArrayList<>()).add(i)));
    List<Round> rounds = new ArrayList<>();
    Map<Round, Investment> inCommitments = new java.util.LinkedHashMap<>();
    // A round a later round on the record includes is drawn in that round's point, once.
    List<Round> inLaterRounds = new ArrayList<>();
    for (Round r : inCurrency(spec, b.rounds())) {
      if (!r.reporting().plottable() || r.amount().amount().signum() <= 0) {
        continue;
      }
      if (r.includedLater(b).isPresent()) {
        inLaterRounds.add(r);
        continue;
      }
      Optional<Investment> held = shares.getOrDefault(r.id(), List.of()).stream()
          .filter(s -> holder.containsKey(s.id()) && holder.get(s.id()) != s).map(s -> holder.get(s.id())).findFirst();
      if (held.isPresent()) {
        inCommitments.put(r, held.get());
      } else {
        rounds.add(r);
      }
    }
    java.util.Set<String> drawn = rounds.stream().map(Round::id).collect(java.util.stream.Collectors.toSet());
    // A share of a round that a later round drawn includes is in that later round's point too (a new
    // user's "up to $40 billion" commitment of SoftBank's first close was drawn beside the final close).
    for (Round r : inLaterRounds) {
      List<Round> later = r.includedInLater(b);
      if (!later.isEmpty() && drawn.contains(later.get(later.size() - 1).id())) {
        drawn.add(r.id());
      }
    }
    List<Investment> inRounds = roots.stream().filter(i -> i.round().map(drawn::contains).orElse(false)).toList();
    return new Timeline(roots.stream().filter(i -> !inRounds.contains(i)).toList(), rounds, inRounds, inCommitments,
        inLaterRounds);
  }

  /** The valuations the chart draws, in order. */
  public static List<Valuation> valuations(Briefing b, ChartSpec spec) {
    return inCurrency(spec, named(spec, "valuation", b.valuations(), b::valuation));
  }

  /** The pay offer a talent chart is about. */
  public static Optional<TalentOffer> offer(Briefing b, ChartSpec spec) {
    return spec.rows().stream().findFirst().flatMap(r -> b.talentOffer(r.id()));
  }

  /** The investments, valuations, rounds and deals a talent chart sets the pay against, in order. */
  public static List<MoneyFact> compared(Briefing b, ChartSpec spec) {
    List<MoneyFact> facts = new ArrayList<>();
    for (RowRef ref : spec.compare()) {
      comparedFact(b, ref).ifPresent(facts::add);
    }
    return facts;
  }

  /** The row a talent chart's {@code compare} names ({@code investment:}, {@code valuation:}, {@code round:}, {@code flow:}). */
  public static Optional<? extends MoneyFact> comparedFact(Briefing b, RowRef ref) {
    return switch (ref.kind()) {
      case "valuation" -> b.valuation(ref.id());
      case "round" -> b.round(ref.id());
      case "flow" -> b.flow(ref.id());
      default -> b.investment(ref.id());
    };
  }

  /**
   * The spending rows a spending chart draws, in order before it sorts them: the named rows; with
   * none named, the current figure (no revision on the record replaces it) of each company's
   * planned spending for the {@linkplain #spendingPeriod period most companies plan for}. Both in the chart's
   * currency, when it has one.
   */
  public static List<Spending> spending(Briefing b, ChartSpec spec) {
    if (!spec.rows().isEmpty()) {
      return inCurrency(spec, named(spec, "spending", b.spending(), b::spending));
    }
    Optional<SpendingPeriod> period = spendingPeriod(b, spec);
    List<Spending> plans = current(b).stream()
        .filter(s -> s.status() == SpendingStatus.PLANNED && period.isPresent() && s.period().equals(period))
        .filter(s -> spec.currency().map(s.amount().currency()::equals).orElse(true))
        .toList();
    // A part of a figure drawn is inside its bar: beside it, a reader would add the two.
    return plans.stream().filter(s -> !insideAnother(b, s, plans)).toList();
  }

  /**
   * Whether {@code s} is part of ({@code part_of}, through every level) a row of {@code drawn}, or of
   * a row a row of {@code drawn} revises: its money is already in that row's bar.
   */
  public static boolean insideAnother(Briefing b, Spending s, List<Spending> drawn) {
    java.util.Set<String> wholes = new java.util.HashSet<>();
    Optional<Spending> whole = s.partOf().flatMap(b::spending);
    while (whole.isPresent() && wholes.add(whole.get().id())) {
      whole = whole.get().partOf().flatMap(b::spending);
    }
    for (Spending d : drawn) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Optional<Spending> at = Optional.of(d); at.isPresent() && seen.add(at.get().id());
          at = at.get().replaces().flatMap(b::spending)) {
        if (wholes.contains(at.get().id())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The period a spending chart with no rows named draws: of the current planned figures (in the
   * chart's currency, when it has one), the period that the most companies have a plan for (a chart
   * compares companies: three companies' 2025 plans, not one company's plan for a quarter); of periods
   * with as many, the latest first year, and of those a calendar year first, then a fiscal year, then
   * calendar years (a pledge), then the latest quarter.
   */
  public static Optional<SpendingPeriod> spendingPeriod(Briefing b, ChartSpec spec) {
    Map<SpendingPeriod, java.util.Set<String>> companies = new java.util.HashMap<>();
    current(b).stream()
        .filter(s -> s.status() == SpendingStatus.PLANNED)
        .filter(s -> spec.currency().map(s.amount().currency()::equals).orElse(true))
        .filter(s -> s.period().isPresent())
        .forEach(s -> companies.computeIfAbsent(s.period().get(), p -> new java.util.HashSet<>()).add(s.company()));
    // The latest period that two or more companies plan for: a chart compares companies, and in
    // February 2026 two companies' 2026 guidance is the news, not three companies' plans for 2025 (a
    // new user's 2026 edition drew last year's guidance). Where no period has two, the one most
    // companies plan for, as before.
    Comparator<SpendingPeriod> latest = Comparator.comparingInt(SpendingPeriod::first)
        .thenComparing(ChartSelection::periodRank);
    Optional<SpendingPeriod> shared = companies.keySet().stream().filter(p -> companies.get(p).size() >= 2).max(latest);
    return shared.isPresent() ? shared : companies.keySet().stream()
        .max(Comparator.comparingInt((SpendingPeriod p) -> companies.get(p).size()).thenComparing(latest));
  }

  /** Higher is preferred among periods of one first year. */
  private static int periodRank(SpendingPeriod p) {
    if (p.quarter() != 0) {
      return p.quarter();
    }
    return p.last() > p.first() ? 10 : p.fiscal() ? 20 : 30;
  }

  /**
   * The spending rows a chart with no rows named does not draw although they are current: why each
   * is left out, in file order (a row of another status first, then of another period; rows in
   * another currency than the chart's are {@link #leftOut}).
   */
  public static Map<SpendingLeftOut, List<Spending>> spendingLeftOut(Briefing b, ChartSpec spec) {
    Map<SpendingLeftOut, List<Spending>> out = new EnumMap<>(SpendingLeftOut.class);
    if (spec.kind() != ChartKind.SPENDING || !spec.rows().isEmpty()) {
      return out;
    }
    Optional<SpendingPeriod> period = spendingPeriod(b, spec);
    List<Spending> drawn = spending(b, spec);
    for (Spending s : current(b)) {
      SpendingLeftOut why = s.status() != SpendingStatus.PLANNED ? SpendingLeftOut.STATUS
          : period.isPresent() && s.period().isEmpty() ? SpendingLeftOut.NO_PERIOD
          : period.isPresent() && !s.period().equals(period) ? SpendingLeftOut.PERIOD
          : !drawn.contains(s) && insideAnother(b, s, drawn) ? SpendingLeftOut.PART : null;
      if (why != null) {
        out.computeIfAbsent(why, k -> new ArrayList<>()).add(s);
      }
    }
    return out;
  }

  /** Why a spending chart with no rows named leaves out a current figure. */
  public enum SpendingLeftOut {
    /** Spent or estimated: the chart compares plans. */
    STATUS,
    /** A plan for another period than the one drawn. */
    PERIOD,
    /** A plan whose sources state no period ("an $11 billion campus"): not known to be for the one drawn. */
    NO_PERIOD,
    /** A plan inside another drawn ({@code part_of}): its money is in that bar already. */
    PART
  }

  /**
   * Whether the chart has anything to draw on the record {@code b} (an edition's, as of its date): an
   * edition from before every deal of a kind leaves a chart of that kind out, as a chart of nothing
   * is no chart. The rows each kind draws: plottable commitments and single investments (and for
   * money flows, a stake bought; for the timeline, a closed funding round and a flow that moved money), money paid in (a
   * cumulative chart), valuations, the pay offer, spending plans.
   */
  public static boolean drawable(Briefing b, ChartSpec spec) {
    java.util.function.Predicate<MoneyFact> inCurrency = f -> spec.currency().map(f.amount().currency()::equals).orElse(true);
    List<Investment> roots = investments(b, spec).stream().filter(i -> i.reporting().plottable()).toList();
    return switch (spec.kind()) {
      case MONEY_FLOWS -> !roots.isEmpty() || spec.rows().isEmpty() && b.flows().stream()
          .anyMatch(f -> f.flowKind() == FlowKind.STAKE && f.moneyMoved() && f.reporting().plottable() && inCurrency.test(f));
      case CUMULATIVE -> roots.stream().anyMatch(r -> InvestmentTree.paidRows(b, r).stream()
          .anyMatch(i -> i.reporting().plottable()));
      case TIMELINE -> timelineDraws(b, spec)
          || spec.rows().isEmpty() && b.flows().stream().anyMatch(f -> f.moneyMoved()
              && f.reporting().plottable() && f.amount().amount().signum() > 0 && inCurrency.test(f));
      case VALUATIONS -> valuations(b, spec).stream().anyMatch(v -> v.reporting().plottable());
      case TALENT -> offer(b, spec).isPresent();
      case SPENDING -> !spending(b, spec).isEmpty();
    };
  }

  /** Whether a timeline draws an investment or a funding round (an edition whose record has only rounds has a timeline). */
  private static boolean timelineDraws(Briefing b, ChartSpec spec) {
    Timeline t = timeline(b, spec);
    return Stream.concat(t.investments().stream(), t.rounds().stream())
        .anyMatch(f -> f.reporting().plottable() && f.amount().amount().signum() > 0);
  }

  /** The spending figures that stand on this record: plottable, and revised by no row on it. */
  private static List<Spending> current(Briefing b) {
    return b.spending().stream()
        .filter(s -> s.reporting().plottable() && b.revisionsOf(s.id()).isEmpty())
        .toList();
  }

  /**
   * Rows of the chart's table that a chart currency keeps out, when no rows are named; for a
   * timeline, the deals it would draw in the other currencies (rounds and flows too, never a share
   * inside a round).
   */
  public static List<MoneyFact> leftOut(Briefing b, ChartSpec spec) {
    if (spec.currency().isEmpty() || !spec.rows().isEmpty() || spec.kind() == ChartKind.TALENT) {
      return List.of();
    }
    if (spec.kind() == ChartKind.SPENDING) {
      // The plans for the period drawn in another currency (those of other periods are left out for their period).
      Optional<SpendingPeriod> period = spendingPeriod(b, spec);
      return current(b).stream()
          .filter(s -> s.status() == SpendingStatus.PLANNED && !s.amount().currency().equals(spec.currency().get()))
          .filter(s -> period.isEmpty() || s.period().equals(period))
          .map(s -> (MoneyFact) s).toList();
    }
    if (spec.kind() == ChartKind.TIMELINE) {
      // The deals it would draw with no currency (rounds, their shares inside them, flows), in the others.
      ChartSpec every = new ChartSpec(spec.id(), spec.kind(), spec.rows(), spec.pin(), spec.compare(), spec.series(),
          Optional.empty(), spec.scale(), spec.period(), spec.title(), spec.caption());
      Timeline t = timeline(b, every);
      return Stream.of(t.investments().stream().map(i -> (MoneyFact) i), t.rounds().stream().map(r -> (MoneyFact) r),
              b.flows().stream().filter(f -> f.moneyMoved() && f.reporting().plottable()).map(f -> (MoneyFact) f))
          .flatMap(x -> x)
          .filter(f -> f.amount().amount().signum() > 0 && !f.amount().currency().equals(spec.currency().get()))
          .toList();
    }
    // Debt is named apart by a chart of investment only ({@link #debtLeftOut}), whatever its currency.
    List<? extends MoneyFact> all = spec.kind() == ChartKind.VALUATIONS
        ? b.valuations()
        : b.investments().stream().filter(i -> InvestmentTree.isRoot(b, i))
            .filter(i -> !investmentOnly(spec) || !InvestmentTree.debt(b, i)).toList();
    return all.stream().filter(f -> !f.amount().currency().equals(spec.currency().get()))
        .map(f -> (MoneyFact) f).toList();
  }

  /** The named rows of {@code kind} (a timeline names investments and rounds), else every plottable row of {@code all}. */
  private static <T extends MoneyFact> List<T> named(ChartSpec spec, String kind, List<T> all,
      Function<String, Optional<T>> byId) {
    if (spec.rows().isEmpty()) {
      // A denial is never plotted (check refuses one among named rows).
      return all.stream().filter(f -> f.reporting().plottable()).toList();
    }
    List<T> rows = new ArrayList<>();
    spec.rows().stream().filter(r -> r.kind().equals(kind)).forEach(r -> byId.apply(r.id()).ifPresent(rows::add));
    return rows;
  }

  private static <T extends MoneyFact> List<T> inCurrency(ChartSpec spec, List<T> rows) {
    return spec.currency()
        .map(c -> rows.stream().filter(r -> r.amount().currency().equals(c)).toList())
        .orElse(rows);
  }
}
