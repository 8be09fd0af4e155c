package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.FactKind;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.RowRef;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.TalentOffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks each chart declared in {@code data/charts.csv} against the data: the rows it names exist
 * and suit its kind, its amounts share a currency where they must, and it has something to draw.
 */
final class ChartChecker {
  static final String CHARTS = DataFile.CHARTS.path();

  private final Briefing briefing;
  private final Origins origins;
  private final List<Problem> problems;

  ChartChecker(Briefing briefing, Origins origins, List<Problem> problems) {
    this.briefing = briefing;
    this.origins = origins;
    this.problems = problems;
  }

  void check(ChartSpec spec) {
    int before = problems.size();
    spec.rows().forEach(ref -> row(spec, ref));
    spec.pin().forEach(ref -> row(spec, ref));
    spec.compare().forEach(ref -> exists(spec, ref).ifPresent(fact -> {
      if (!fact.reporting().plottable() || fact.bound() == com.moneywar.briefing.model.Bound.RANGE) {
        problems.add(new Problem(ref.pos(), "expected a row with one amount to set the pay against, found '"
            + ref.id() + "' (" + unplottable(fact) + ")"));
      }
    }));
    if (problems.size() > before) {
      return; // the rest would repeat these problems
    }
    switch (spec.kind()) {
      case MONEY_FLOWS, CUMULATIVE -> {
        if (spec.kind() == ChartKind.MONEY_FLOWS && spec.rows().isEmpty()
            && ChartSelection.investments(briefing, spec).isEmpty() && ChartSelection.drawable(briefing, spec)) {
          return; // stakes bought alone: drawn as pairs of their own
        }
        checkInvestments(spec);
      }
      case TIMELINE -> {
        if (spec.rows().isEmpty() && !spec.pin().isEmpty()) {
          checkPins(spec, ChartSelection.timeline(briefing, spec));
        }
        if (!spec.rows().isEmpty()) {
          // With no rows named, the rounds and flows count too: never empty while there are deals.
          ChartSelection.Timeline t = ChartSelection.timeline(briefing, spec);
          if (checkNotEmpty(spec, Stream.concat(t.investments().stream(), t.rounds().stream()).toList())) {
            checkOnce(spec, t);
          }
        }
      }
      case VALUATIONS -> checkValuations(spec);
      case TALENT -> checkTalent(spec);
      case SPENDING -> {
        List<com.moneywar.briefing.model.Spending> rows = ChartSelection.spending(briefing, spec);
        if (checkNotEmpty(spec, rows) && !spec.rows().isEmpty()) {
          checkNoPartWithItsWhole(spec, rows);
        }
      }
      default -> throw new IllegalArgumentException("unknown chart kind " + spec.kind());
    }
  }

  /** Named bars of which one holds another's money ({@code part_of}): a reader would add the two. */
  private void checkNoPartWithItsWhole(ChartSpec spec, List<com.moneywar.briefing.model.Spending> rows) {
    for (com.moneywar.briefing.model.Spending s : rows) {
      List<com.moneywar.briefing.model.Spending> others = rows.stream().filter(o -> o != s).toList();
      others.stream().filter(o -> ChartSelection.insideAnother(briefing, s, List.of(o))).findFirst().ifPresent(whole ->
          problems.add(new Problem(spec.rows().stream().filter(r -> r.id().equals(s.id())).findFirst()
              .map(RowRef::pos).orElse(origins.of(CHARTS, spec.id(), "rows")), "expected rows that hold no money of"
              + " one another in column 'rows', found '" + s.id() + "', part of '" + whole.id() + "' (column 'part_of'"
              + " of " + DataFile.SPENDING.path() + "): side by side, the two bars would count its money twice; name"
              + " one of them")));
    }
  }

  private void row(ChartSpec spec, RowRef ref) {
    Optional<? extends MoneyFact> fact = exists(spec, ref);
    if (fact.isEmpty()) {
      return;
    }
    if (!fact.get().reporting().plottable() || fact.get().bound() == com.moneywar.briefing.model.Bound.RANGE
        && fact.get() instanceof com.moneywar.briefing.model.TalentOffer) {
      problems.add(new Problem(ref.pos(), "expected a row with an amount to plot, found '" + ref.id() + "' ("
          + unplottable(fact.get()) + ")"));
    } else if (fact.get() instanceof Spending s && !briefing.revisionsOf(s.id()).isEmpty()) {
      Spending newer = briefing.revisionsOf(s.id()).get(0);
      Spending newest = newest(newer);
      problems.add(new Problem(ref.pos(), "expected a spending figure that stands (no revision replaces it), found '"
          + ref.id() + "', which was revised by '" + newer.id() + "' (" + newer.date() + "); name that row"
          + (newest == newer ? "" : ", or the latest figure '" + newest.id() + "' (" + newest.date() + ")")));
    } else if (fact.get() instanceof Investment i && !briefing.replacementsOf(i.id()).isEmpty()) {
      problems.add(new Problem(ref.pos(), "expected a commitment nothing replaces (a replaced one is drawn with the"
          + " commitment that replaced it, '" + briefing.replacementsOf(i.id()).get(0).id() + "'), found '" + ref.id() + "'"));
    } else if (fact.get() instanceof Investment i && ChartSelection.investmentOnly(spec)
        && com.moneywar.briefing.model.InvestmentTree.debt(briefing, i)) {
      problems.add(new Problem(ref.pos(), "expected the id of an investment (a chart of kind '" + spec.kind().code()
          + "' adds up investment only), found '" + ref.id() + "', debt: a share of "
          + i.round().map(r -> "debt round '" + r + "'").orElse("a debt round, through its commitment")
          + " (a loan or bonds bought, money lent, not invested); a chart of kind 'timeline' draws debt"));
    } else if (fact.get() instanceof Investment i && i.kind() == InvestmentKind.TOTAL) {
      problems.add(new Problem(ref.pos(), "expected the id of a commitment or single investment (a running total is"
          + " a sum of deals and is drawn by none of the charts: name the deals), found the total '" + ref.id() + "'"));
    } else if (fact.get() instanceof Investment i && i.kind() == InvestmentKind.TRANCHE) {
      problems.add(new Problem(ref.pos(), "expected the id of a commitment or single investment (a tranche is drawn"
          + " with its commitment '" + i.partOf().orElse("") + "'), found the tranche '" + ref.id() + "'"));
    } else if (spec.currency().isPresent() && !fact.get().amount().currency().equals(spec.currency().get())) {
      problems.add(new Problem(ref.pos(), "expected a row in " + spec.currency().get().getCurrencyCode()
          + " (the chart's currency), found '" + ref.id() + "' in " + fact.get().amount().currency()));
    }
  }

  /** The latest revision in the chain that starts at {@code s}. */
  private Spending newest(Spending s) {
    Spending at = s;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (seen.add(at.id()) && !briefing.revisionsOf(at.id()).isEmpty()) {
      at = briefing.revisionsOf(at.id()).get(0);
    }
    return at;
  }

  private static String unplottable(MoneyFact fact) {
    boolean denied = fact.reporting().claim() == com.moneywar.briefing.model.ClaimStatus.DENIED;
    if (!fact.reporting().amountStated()) {
      return denied ? "a denial without an amount" : "no amount given";
    }
    if (denied) {
      return "a denied claim";
    }
    String what = fact instanceof Round ? "a round" : fact instanceof Investment ? "an investment" : "a deal";
    return switch (fact.reporting().deal()) {
      case TALKS -> what + " still in talks";
      case CONCLUDED -> "talks a later round concluded (draw that round)";
      case COMPLETED -> "a listing or debt financing planned, which a later round carried out (draw that round)";
      case PLANNED -> "a listing or debt financing still planned";
      case ABANDONED -> "talks that came to nothing";
      case TERMINATED -> "a deal agreed, then called off";
      case CALLED_OFF -> what + " called off";
      case INTENT -> "only a letter of intent";
      case MEMORANDUM -> "only a memorandum of understanding";
      case INTENT_SIGNED, MEMORANDUM_SIGNED -> "a letter of intent or memorandum a later contract followed (draw that"
          + " contract)";
      case OFFERED -> "an offer still open";
      case REJECTED -> "a rejected offer";
      case AGREED -> "a range";
    };
  }

  /**
   * A timeline's named rows count each dollar once: an investment that is a share of a round
   * named too (or holds one, through a part of it) is refused at the later of the two ids, as the
   * two points would draw the same money twice.
   */
  private void checkOnce(ChartSpec spec, ChartSelection.Timeline t) {
    java.util.Map<String, RowRef> named = new java.util.HashMap<>();
    spec.rows().forEach(r -> named.putIfAbsent(r.kind() + ":" + r.id(), r));
    for (Investment root : t.investments()) {
      for (Investment part : com.moneywar.briefing.model.InvestmentTree.subtree(briefing, root)) {
        Optional<RowRef> round = part.round().map(id -> named.get("round:" + id));
        if (round.isEmpty()) {
          continue;
        }
        RowRef rootRef = named.get("investment:" + root.id());
        RowRef later = comparePos(rootRef, round.get()) > 0 ? rootRef : round.get();
        String how = part == root ? "'" + root.id() + "' is an investor's share of the round '" + round.get().id() + "'"
            : "'" + part.id() + "', a part of '" + root.id() + "', is an investor's share of the round '"
                + round.get().id() + "'";
        problems.add(new Problem(later.pos(), "expected deals that hold no money of one another in column 'rows',"
            + " found '" + root.id() + "' and the round '" + round.get().id() + "' (" + how
            + ": the two points would draw the same money twice); name one of them"));
        break;
      }
    }
  }

  /**
   * A timeline's pins name deals it draws: not an investor's share of a round it draws (the round is
   * drawn in its place), nor a round a commitment holds (the commitment is).
   */
  private void checkPins(ChartSpec spec, ChartSelection.Timeline t) {
    for (RowRef pin : spec.pin()) {
      t.inRounds().stream().filter(i -> pin.kind().equals("investment") && i.id().equals(pin.id())).findFirst()
          .ifPresent(i -> problems.add(new Problem(pin.pos(), "expected a deal the timeline draws in column 'pin',"
              + " found '" + pin.id() + "', an investor's share of the round '" + i.round().orElseThrow()
              + "', which the timeline draws in its place; pin the round")));
      t.inCommitments().entrySet().stream().filter(e -> pin.kind().equals("round") && e.getKey().id().equals(pin.id()))
          .findFirst().ifPresent(e -> problems.add(new Problem(pin.pos(), "expected a deal the timeline draws in"
              + " column 'pin', found the round '" + pin.id() + "', whose money the commitment '" + e.getValue().id()
              + "' holds, which the timeline draws in its place; pin the commitment")));
    }
  }

  private static int comparePos(RowRef a, RowRef b) {
    return java.util.Comparator.comparingInt((RowRef r) -> r.pos().line()).thenComparingInt(r -> r.pos().column())
        .compare(a, b);
  }

  private static String tableOf(ChartSpec spec) {
    return switch (spec.kind()) {
      case VALUATIONS -> com.moneywar.briefing.model.DataFile.VALUATIONS.path();
      case TALENT -> com.moneywar.briefing.model.DataFile.TALENT_OFFERS.path();
      case SPENDING -> DataFile.SPENDING.path();
      default -> com.moneywar.briefing.model.DataFile.INVESTMENTS.path();
    };
  }

  /**
   * Every table a chart of {@code spec}'s kind draws rows from: a timeline's deals are also funding
   * rounds and deals of {@code flows.csv}, a money-flows chart's stakes are in {@code flows.csv}.
   */
  private static List<String> tablesOf(ChartSpec spec) {
    return switch (spec.kind()) {
      case TIMELINE, MONEY_FLOWS -> List.of(tableOf(spec), DataFile.ROUNDS.path(), DataFile.FLOWS.path());
      default -> List.of(tableOf(spec));
    };
  }

  private Optional<? extends MoneyFact> exists(ChartSpec spec, RowRef ref) {
    Optional<? extends MoneyFact> fact = switch (ref.kind()) {
      case "investment" -> briefing.investment(ref.id());
      case "valuation" -> briefing.valuation(ref.id());
      case "talent" -> briefing.talentOffer(ref.id());
      case "spending" -> briefing.spending(ref.id());
      case "round" -> briefing.round(ref.id());
      case "flow" -> briefing.flow(ref.id());
      default -> throw new IllegalArgumentException("unknown row kind " + ref.kind());
    };
    if (fact.isEmpty() && origins.unread(RowRef.fileOf(ref.kind()), ref.id())) {
      // Its table (or the row) was left out for its own error, reported there: a new user's mistyped
      // header in valuations.csv had a valuation named by a chart reported as "a row of rounds.csv",
      // the round of the same id.
      return fact;
    }
    Optional<FactKind> elsewhere = fact.isPresent() ? Optional.empty() : java.util.Arrays.stream(FactKind.values())
        .filter(k -> !k.code().equals(ref.kind()) && briefing.fact(k, ref.id()).isPresent()).findFirst();
    if (elsewhere.isPresent()) {
      // A row of another table: say which, and which kind of chart draws such rows, if any does.
      String drawnBy = java.util.Arrays.stream(ChartKind.values())
          .filter(k -> k.names(elsewhere.get().code())).map(ChartKind::code).findFirst()
          .map(k -> "a chart of kind '" + k + "' draws its rows")
          .orElse(elsewhere.get() == FactKind.FLOW
              ? "no chart names flows by id: a chart of kind 'timeline' with 'rows' empty draws every flow of the record"
              : "no chart kind draws its rows by id");
      problems.add(new Problem(ref.pos(), "expected the id of a row in " + RowRef.fileOf(ref.kind()) + ", found '"
          + ref.id() + "', a row of " + elsewhere.get().file().path() + " (" + drawnBy + ")"));
    } else if (fact.isEmpty()) {
      // A timeline's rows name investments or funding rounds: a missing id may be meant for either.
      List<String> files = spec.kind() == ChartKind.TIMELINE && ref.kind().equals("investment")
          ? List.of(RowRef.fileOf("investment"), RowRef.fileOf("round")) : List.of(RowRef.fileOf(ref.kind()));
      java.util.Set<String> ids = new java.util.TreeSet<>();
      files.forEach(f -> ids.addAll(origins.ids(f)));
      problems.add(new Problem(ref.pos(), "expected the id of a row in " + String.join(" or ", files)
          + ", found no row '" + ref.id() + "'" + com.moneywar.briefing.model.NearestName.hint(ref.id(), ids)
          + files.stream().map(origins::absentNote).collect(java.util.stream.Collectors.joining())));
    }
    return fact;
  }

  private void checkInvestments(ChartSpec spec) {
    List<Investment> top = ChartSelection.investments(briefing, spec);
    List<Investment> debt = ChartSelection.debtLeftOut(briefing, spec);
    if (top.isEmpty() && !debt.isEmpty() && !origins.anyUnread(tableOf(spec))) {
      // A chart of investment over a record of loans and bonds alone: say why it has nothing to draw.
      problems.add(new Problem(origins.of(CHARTS, spec.id(), "kind"), "expected at least one investment to plot,"
          + " found only debt (" + String.join(", ", debt.stream().map(i -> "'" + i.id() + "'").toList()) + ": loans"
          + " and bonds bought, which a chart of kind '" + spec.kind().code() + "' does not add up); a chart of kind"
          + " 'timeline' draws debt"));
      return;
    }
    if (!checkNotEmpty(spec, top)) {
      return;
    }
    List<Investment> all = new ArrayList<>();
    for (Investment i : top) {
      all.add(i);
      all.addAll(briefing.tranchesOf(i.id()));
    }
    for (Investment i : all) {
      if (spec.kind() == ChartKind.CUMULATIVE && !spec.period().fits(i.date().precision())) {
        problems.add(new Problem(origins.of(CHARTS, spec.id(), "period"), "expected dates known at least to the "
            + (spec.period() == ChartSpec.Period.YEAR ? "year" : "month") + " to add up by " + spec.period().code()
            + ", found '" + i.date() + "' in " + RowRef.fileOf("investment") + " row '" + i.id() + "'"));
      }
    }
  }

  private void checkValuations(ChartSpec spec) {
    List<com.moneywar.briefing.model.Valuation> rows = ChartSelection.valuations(briefing, spec);
    if (!checkNotEmpty(spec, rows) || spec.scale() != ChartSpec.Scale.LOG) {
      return;
    }
    rows.stream().filter(v -> v.amount().amount().signum() == 0).forEach(v -> problems.add(new Problem(
        origins.of(CHARTS, spec.id(), "scale"), "expected valuations above zero on a log scale, found 0 in "
            + RowRef.fileOf("valuation") + " row '" + v.id() + "'")));
  }

  private void checkTalent(ChartSpec spec) {
    Optional<TalentOffer> offer = ChartSelection.offer(briefing, spec);
    if (offer.isEmpty()) {
      return;
    }
    if (offer.get().amount().amount().signum() == 0) {
      problems.add(new Problem(spec.rows().get(0).pos(), "expected a pay offer above zero to divide by, found 0"));
    }
    for (RowRef ref : spec.compare()) {
      Optional<? extends MoneyFact> found = com.moneywar.briefing.model.ChartSelection.comparedFact(briefing, ref);
      if (found.isEmpty()) {
        continue; // reported as a missing row
      }
      MoneyFact fact = found.get();
      if (!fact.amount().currency().equals(offer.get().amount().currency())) {
        problems.add(new Problem(ref.pos(), "expected an amount in " + offer.get().amount().currency()
            + " like the pay offer '" + offer.get().id() + "', found " + fact.amount().currency()
            + " in '" + ref.kind() + ":" + ref.id() + "'"));
      }
    }
  }

  private boolean checkNotEmpty(ChartSpec spec, List<?> rows) {
    List<String> tables = tablesOf(spec);
    if (rows.isEmpty() && tables.stream().anyMatch(origins::anyUnread)) {
      return false; // rows of a table were left out for their own errors, reported there: they may be the ones to plot
    }
    if (rows.isEmpty()) {
      String where = spec.currency().isPresent() ? "currency" : "rows";
      // "The project has no data/investments.csv" only where no other table it draws from is there:
      // walk 71's money-flows chart of stakes (flows.csv) was sent to investments.csv.
      String absent = tables.stream().allMatch(origins::absent) ? origins.absentNote(tableOf(spec)) : "";
      problems.add(new Problem(origins.of(CHARTS, spec.id(), where), "expected at least one row to plot, found none"
          + spec.currency().map(c -> " in " + c.getCurrencyCode()).orElse("") + absent));
      return false;
    }
    return true;
  }
}
