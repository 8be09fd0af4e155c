package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.FactKind;
import com.moneywar.briefing.model.NearestName;
import java.util.List;
import java.util.Optional;

/** Checks that each data-bound figure in a text or in the config names rows that exist. */
final class FigureChecker {
  private final Briefing briefing;
  private final List<Problem> problems;

  private final com.moneywar.briefing.model.Origins origins;

  FigureChecker(Briefing briefing, com.moneywar.briefing.model.Origins origins, List<Problem> problems) {
    this.briefing = briefing;
    this.origins = origins;
    this.problems = problems;
  }

  void check(FigureRef ref) {
    String id = ref.ids().get(0);
    switch (ref.kind()) {
      case "investment", "valuation", "talent", "round", "flow", "spending" -> {
        FactKind kind = FactKind.ofCode(ref.kind()).orElseThrow();
        exists(ref, id, briefing.fact(kind, id).isPresent(), kind.file().path());
        briefing.fact(kind, id).filter(f -> ref.field().equals("alt") && f.reporting().alternative().isEmpty())
            .ifPresent(f -> problems.add(new Problem(ref.pos(), "expected a row with another figure (column"
                + " 'alt_amount') for " + ref.text() + ", found '" + id + "' in " + kind.file().path()
                + ", which gives none")));
        briefing.round(id).filter(r -> ref.kind().equals("round")).ifPresent(r -> checkNames(ref, r));
        // ':percent' would render as nothing for a flow that gives none (a stake whose percentage no
        // source reported, or no stake at all).
        briefing.flows().stream().filter(f -> ref.kind().equals("flow") && f.id().equals(id)
            && ref.field().equals("percent") && f.percent().isEmpty()).findFirst()
            .ifPresent(f -> problems.add(new Problem(ref.pos(), "expected a flow with a percentage (column 'percent')"
                + " for " + ref.text() + ", found '" + id + "' in " + DataFile.FLOWS.path() + ", which gives none")));
        // Nor ':paid' for a deal whose sources do not say how it was paid.
        briefing.flows().stream().filter(f -> ref.kind().equals("flow") && f.id().equals(id)
            && ref.field().equals("paid") && f.payment() == com.moneywar.briefing.model.Payment.UNSTATED).findFirst()
            .ifPresent(f -> problems.add(new Problem(ref.pos(), "expected a flow that says how it was paid (column 'paid')"
                + " for " + ref.text() + ", found '" + id + "' in " + DataFile.FLOWS.path() + ", which says nothing")));
        // Nor ':capacity' for a deal sized in money alone.
        briefing.flows().stream().filter(f -> ref.kind().equals("flow") && f.id().equals(id)
            && ref.field().equals("capacity") && f.capacity().isEmpty()).findFirst()
            .ifPresent(f -> problems.add(new Problem(ref.pos(), "expected a flow with a capacity (column 'capacity')"
                + " for " + ref.text() + ", found '" + id + "' in " + DataFile.FLOWS.path() + ", which gives none")));
        // Nor ':closed' for a deal not completed, or not yet on this edition's date.
        briefing.flows().stream().filter(f -> ref.kind().equals("flow") && f.id().equals(id)
            && ref.field().equals("closed") && f.closed().isEmpty()).findFirst()
            .ifPresent(f -> problems.add(new Problem(ref.pos(), "expected a flow whose deal closed (column 'closed')"
                + " for " + ref.text() + ", found '" + id + "' in " + DataFile.FLOWS.path()
                + ", which gives no closing date on or before this edition's date")));
        // Nor ':period' for spending whose sources state no period.
        briefing.spending().stream().filter(s -> ref.kind().equals("spending") && s.id().equals(id)
            && ref.field().equals("period") && s.period().isEmpty()).findFirst()
            .ifPresent(s -> problems.add(new Problem(ref.pos(), "expected spending with a period (column 'period')"
                + " for " + ref.text() + ", found '" + id + "' in " + DataFile.SPENDING.path() + ", which states none")));
      }
      case "company" -> {
        var company = briefing.company(id);
        exists(ref, id, company.isPresent(), DataFile.COMPANIES.path());
        if (company.isPresent() && ref.field().equals("founded") && company.get().founded().isEmpty()) {
          problems.add(new Problem(ref.pos(), "expected a 'founded' date for company '" + id
              + "' in " + DataFile.COMPANIES + ", found an empty cell"));
        }
      }
      case "ratio" -> checkRatio(ref);
      case "sum" -> checkSum(ref);
      default -> throw new IllegalArgumentException("unknown figure kind " + ref.kind());
    }
  }

  /**
   * A figure in a text (body, title, summary): {@link #check(FigureRef)}, and a money field (the
   * full form, {@code :amount}, {@code :krw}) only of a row that gives an amount. Of a row without one
   * it would read {@code 금액 미상} / {@code no amount given} in a sentence ("The supply deals are worth
   * no amount given."); a key figure may still show such a row, where it stands alone.
   */
  void checkInText(FigureRef ref, com.moneywar.briefing.model.Lang lang) {
    check(ref);
    if (!List.of("", "amount", "krw").contains(ref.field()) || !FactKind.ofCode(ref.kind()).isPresent()) {
      return;
    }
    String id = ref.ids().get(0);
    briefing.fact(FactKind.ofCode(ref.kind()).orElseThrow(), id).filter(f -> !f.reporting().amountStated())
        .ifPresent(f -> {
          boolean ko = lang == com.moneywar.briefing.model.Lang.KO;
          boolean denied = f.reporting().claim() == com.moneywar.briefing.model.ClaimStatus.DENIED;
          problems.add(new Problem(ref.pos(), "expected a row with an amount in " + ref.text() + ", found '" + id
              + "', " + (denied ? "a denied claim that names no amount" : "whose amount is not disclosed")
              + " (its 'amount' cell is empty, so the figure would read '"
              + com.moneywar.briefing.model.AmountText.of(f, lang) + "'); say so in words instead, such as '"
              + (denied ? (ko ? "금액은 밝히지 않았다" : "no amount was given") : (ko ? "금액은 공개되지 않았다"
                  : "the price was not disclosed")) + "'"
              + (f instanceof com.moneywar.briefing.model.Flow flow && flow.capacity().isPresent()
                  ? "; its capacity is {{flow:" + id + ":capacity}} ('" + flow.capacity().get().words(lang) + "')" : "")));
        });
  }

  /**
   * A list of a round's investors must name someone: {@code lead} on a round whose sources name no
   * lead, or {@code participants} on one that has none, would render as empty text.
   */
  private void checkNames(FigureRef ref, com.moneywar.briefing.model.Round round) {
    if (ref.field().equals("lead") && round.lead().isEmpty()) {
      problems.add(new Problem(ref.pos(), "expected a round with a lead investor, found '" + round.id()
          + "', whose sources name none"));
    } else if (ref.field().equals("participants") && round.participants().isEmpty()) {
      problems.add(new Problem(ref.pos(), "expected a round with participants besides its lead, found '" + round.id()
          + "', whose sources name none"));
    } else if (ref.field().equals("investors") && round.investors().isEmpty()) {
      problems.add(new Problem(ref.pos(), "expected a round whose sources name an investor, found '" + round.id()
          + "', whose sources name none"));
    }
  }

  private void checkRatio(FigureRef ref) {
    Optional<Valuation> from = briefing.valuation(ref.ids().get(0));
    Optional<Valuation> to = briefing.valuation(ref.ids().get(1));
    exists(ref, ref.ids().get(0), from.isPresent(), DataFile.VALUATIONS.path());
    exists(ref, ref.ids().get(1), to.isPresent(), DataFile.VALUATIONS.path());
    if (from.isPresent() && to.isPresent()) {
      if (!from.get().amount().currency().equals(to.get().amount().currency())) {
        problems.add(new Problem(ref.pos(), "expected two valuations in the same currency for " + ref.text()
            + ", found " + from.get().amount().currency() + " and " + to.get().amount().currency()));
      } else if (!from.get().reporting().plottable() || !to.get().reporting().plottable()) {
        // First: no other column makes a value sought in talks one to grow from (a new user, told the
        // bases differed, set one to post-money, and only then heard of the talks).
        Valuation unset = from.get().reporting().plottable() ? to.get() : from.get();
        problems.add(new Problem(ref.pos(), "expected two valuations that were set for " + ref.text() + ", found '"
            + unset.id() + "', " + unsetWhy(unset) + " (a multiple of it would read as growth that happened)"));
      } else if (from.get().basis() != to.get().basis() || from.get().basis() == ValuationBasis.ESTIMATE
          || from.get().bound() == Bound.RANGE || to.get().bound() == Bound.RANGE
          || !from.get().reporting().amountStated() || !to.get().reporting().amountStated()) {
        problems.add(new Problem(ref.pos(), "expected two comparable valuations (one basis, not estimates, no ranges) for "
            + ref.text() + ", found " + notComparable(from.get(), to.get())));
      } else if (!com.moneywar.briefing.model.MultipleBound.of(from.get(), to.get()).bounded()) {
        problems.add(new Problem(ref.pos(), "expected valuations whose bounds leave the multiple bounded for "
            + ref.text() + ", found " + describe(from.get()) + " and " + describe(to.get()) + " (a ceiling and a floor"
            + " at once: the multiple could be anything)"));
      } else if (from.get().amount().amount().signum() == 0) {
        problems.add(new Problem(ref.pos(), "expected a non-zero valuation to divide by in " + ref.text()
            + ", found 0"));
      }
    }
  }

  /** Why a valuation is no figure to grow from: sought in talks, of a round called off, or denied. */
  private String unsetWhy(Valuation v) {
    String round = briefing.rounds().stream().filter(r -> r.valuation().filter(v.id()::equals).isPresent())
        .map(com.moneywar.briefing.model.Round::id).findFirst().map(r -> "'" + r + "'").orElse("");
    return switch (v.reporting().deal()) {
      case TALKS -> "the valuation of round " + round + ", still in talks";
      case CONCLUDED -> "the valuation sought in the talks " + round + ", which a later round concluded";
      case COMPLETED -> "the valuation the plan " + round + " named, which a later round carried out";
      case CALLED_OFF -> "the valuation of round " + round + ", called off";
      default -> v.reporting().claim() == com.moneywar.briefing.model.ClaimStatus.DENIED ? "which was denied"
          : "which is not drawn";
    };
  }

  /**
   * A sum adds up rows that exist, each once, each with an amount that was paid or promised (not
   * denied, not a deal that was not made), all in one currency, and no tranche with the commitment
   * it is part of (that would count its dollars twice).
   */
  private void checkSum(FigureRef ref) {
    List<com.moneywar.briefing.model.MoneyFact> parts = new java.util.ArrayList<>();
    for (String key : ref.ids()) {
      String kind = key.substring(0, key.indexOf(':'));
      String id = key.substring(key.indexOf(':') + 1);
      FactKind factKind = FactKind.ofCode(kind).orElseThrow();
      Optional<com.moneywar.briefing.model.MoneyFact> fact = briefing.fact(factKind, id);
      exists(ref, id, fact.isPresent(), factKind.file().path());
      fact.ifPresent(parts::add);
    }
    if (parts.size() != ref.ids().size()) {
      return;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (com.moneywar.briefing.model.MoneyFact f : parts) {
      if (!seen.add(f.id())) {
        problems.add(new Problem(ref.pos(), "expected each row once in " + ref.text() + ", found '" + f.id() + "' twice"));
        return;
      }
      if (f instanceof com.moneywar.briefing.model.Flow flow && !flow.moneyMoved()
          && !com.moneywar.briefing.model.FigureSum.sales(parts)) {
        problems.add(new Problem(ref.pos(), "expected rows whose amounts add up in " + ref.text() + ", found '" + f.id()
            + (flow.yearly()
                ? "' (a yearly amount, column 'per' year: added to others it would read as one payment; write it"
                    + " on its own)"
                : flow.flowKind().moneyMoved()
                ? "' (paid " + (flow.payment() == com.moneywar.briefing.model.Payment.STOCK ? "all" : "partly")
                    + " in shares, column 'paid' " + flow.payment().code() + ": its value is no money paid)"
                : flow.flowKind() == com.moneywar.briefing.model.FlowKind.JOINT
                ? "' (a joint investment: no money paid from one partner to the other)"
                : flow.flowKind() == com.moneywar.briefing.model.FlowKind.SALE
                ? "' (a stake sold: paid for by buyers the row does not name, not invested; stake sales add up only"
                    + " with other stake sales)"
                : flow.flowKind() == com.moneywar.briefing.model.FlowKind.WARRANT
                ? "' (a warrant: a right to buy shares, no money paid)"
                : "' (a stake held: its value is no money paid)")));
        return;
      }
      if (!f.reporting().plottable()) {
        problems.add(new Problem(ref.pos(), "expected rows whose amounts add up in " + ref.text() + ", found '" + f.id()
            + "' (" + (!f.reporting().amountStated() ? "no amount"
                : f.reporting().claim() == com.moneywar.briefing.model.ClaimStatus.DENIED ? "a denied claim"
                : f.reporting().deal().concluded()
                ? "talks or a plan a later round concluded: add up that round"
                : "a deal not made: status '" + (f instanceof com.moneywar.briefing.model.Investment i
                    ? i.status().code() : f.reporting().deal().code()) + "'") + ")"));
        return;
      }
      if (f instanceof com.moneywar.briefing.model.Investment total
          && total.kind() == com.moneywar.briefing.model.InvestmentKind.TOTAL) {
        problems.add(new Problem(ref.pos(), "expected rows whose amounts add up in " + ref.text() + ", found '" + f.id()
            + "' (a running total: it already adds up the deals; write it alone, {{investment:" + f.id() + "}})"));
        return;
      }
      if (f instanceof com.moneywar.briefing.model.Investment i && i.partOf().map(p -> ref.ids().contains("investment:" + p))
          .orElse(false)) {
        problems.add(new Problem(ref.pos(), "expected no tranche together with its commitment in " + ref.text()
            + ", found '" + i.id() + "', part of '" + i.partOf().get() + "' (the commitment's amount already holds it)"));
        return;
      }
    }
    java.util.Set<java.util.Currency> currencies = parts.stream().map(f -> f.amount().currency())
        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    if (currencies.size() > 1) {
      problems.add(new Problem(ref.pos(), "expected rows in one currency in " + ref.text() + ", found "
          + currencies.stream().map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.joining(" and "))
          + " (amounts in different currencies are not added up)"));
      return;
    }
    List<com.moneywar.briefing.model.Investment> debt = parts.stream()
        .filter(com.moneywar.briefing.model.Investment.class::isInstance).map(com.moneywar.briefing.model.Investment.class::cast)
        .filter(i -> com.moneywar.briefing.model.InvestmentTree.debt(briefing, i)).toList();
    if (!debt.isEmpty() && debt.size() < parts.size()) {
      // A loan or bonds bought are money lent, to be paid back: added to shares bought they would
      // read as one investment (a new user's "$28 billion paid in" held $21 billion of bonds).
      com.moneywar.briefing.model.MoneyFact equity = parts.stream().filter(f -> !debt.contains(f)).findFirst().orElseThrow();
      problems.add(new Problem(ref.pos(), "expected rows of one kind of money in " + ref.text() + ", found '"
          + debt.get(0).id() + "' (debt: a share of " + debt.get(0).round().map(r -> "debt round '" + r + "'")
              .orElse("a debt round, through its commitment") + ") and '" + equity.id() + "' (an investment): debt is"
          + " never added to investment; write the two figures instead, {{" + key(ref, debt.get(0)) + "}} and {{"
          + key(ref, equity) + "}}"));
      return;
    }
    // Rounds: shares and debt are not added up (walk 40's "$10 billion in debt and equity" is two
    // figures), and a secondary sale raised no money for the company.
    List<com.moneywar.briefing.model.Round> rounds = parts.stream().filter(com.moneywar.briefing.model.Round.class::isInstance)
        .map(com.moneywar.briefing.model.Round.class::cast).toList();
    java.util.Optional<com.moneywar.briefing.model.Round> secondary = rounds.stream()
        .filter(r -> !r.type().debt() && !r.type().newMoney()).findFirst();
    if (secondary.isPresent()) {
      problems.add(new Problem(ref.pos(), "expected rounds that raised money in " + ref.text() + ", found '"
          + secondary.get().id() + "' (a secondary sale: existing shares sold, no money for the company)"));
      return;
    }
    // A round a later round includes is already in that round's amount (a SAFE that converted into the Series C).
    for (com.moneywar.briefing.model.Round r : rounds) {
      if (r.includedIn().isPresent() && rounds.stream().anyMatch(o -> o.id().equals(r.includedIn().get()))) {
        problems.add(new Problem(ref.pos(), "expected rows whose amounts add up in " + ref.text() + ", found '" + r.id()
            + "', which round '" + r.includedIn().get() + "' includes (its 'included_in'): its money would be counted"
            + " twice; write {{" + key(ref, briefing.round(r.includedIn().get()).orElseThrow()) + "}} alone"));
        return;
      }
    }
    long debtRounds = rounds.stream().filter(r -> r.type().debt()).count();
    if (debtRounds > 0 && debtRounds < rounds.size()) {
      com.moneywar.briefing.model.Round lent = rounds.stream().filter(r -> r.type().debt()).findFirst().orElseThrow();
      com.moneywar.briefing.model.Round shares = rounds.stream().filter(r -> !r.type().debt()).findFirst().orElseThrow();
      problems.add(new Problem(ref.pos(), "expected rows of one kind of money in " + ref.text() + ", found '" + lent.id()
          + "' (debt) and '" + shares.id() + "' (shares): debt is never added to money raised in shares; write the two"
          + " figures instead, {{" + key(ref, lent) + "}} and {{" + key(ref, shares) + "}}"));
      return;
    }
    if (!checkSpending(ref, parts)) {
      return;
    }
    checkFloorWithCeiling(ref, parts);
  }

  /**
   * Spending adds up only over one period and in one status: 2025 and fiscal 2025 are different
   * twelve months, and a plan plus what was spent is no figure. Whether a row was revised by the
   * date of the text is the edition's check ({@code EditionChecker}). False when a problem was reported.
   */
  private boolean checkSpending(FigureRef ref, List<com.moneywar.briefing.model.MoneyFact> parts) {
    List<com.moneywar.briefing.model.Spending> rows = parts.stream()
        .filter(com.moneywar.briefing.model.Spending.class::isInstance).map(com.moneywar.briefing.model.Spending.class::cast)
        .toList();
    if (rows.isEmpty()) {
      return true;
    }
    com.moneywar.briefing.model.Spending first = rows.get(0);
    for (com.moneywar.briefing.model.Spending s : rows) {
      // A part and the whole that holds it would count the part's money twice.
      List<com.moneywar.briefing.model.Spending> others = rows.stream().filter(o -> o != s).toList();
      if (com.moneywar.briefing.model.ChartSelection.insideAnother(briefing, s, others)) {
        String whole = others.stream().filter(o -> com.moneywar.briefing.model.ChartSelection.insideAnother(briefing, s,
            List.of(o))).findFirst().map(com.moneywar.briefing.model.Spending::id).orElse("");
        problems.add(new Problem(ref.pos(), "expected rows that hold no money of one another in " + ref.text()
            + ", found '" + s.id() + "', which is part of '" + whole + "' (column 'part_of'): the sum would count it"
            + " twice; name the whole alone"));
        return false;
      }
      if (s.period().isEmpty()) {
        problems.add(new Problem(ref.pos(), "expected rows with a period (column 'period') in " + ref.text()
            + ", found '" + s.id() + "', which states none (spending over periods not known is not added up)"));
        return false;
      }
      if (!s.period().equals(first.period())) {
        problems.add(new Problem(ref.pos(), "expected rows of one period in " + ref.text() + ", found '" + first.id()
            + "' (" + first.period().orElseThrow() + ") and '" + s.id() + "' (" + s.period().orElseThrow() + ") (spending over different periods"
            + " is not added up)"));
        return false;
      }
      if (s.status() != first.status()) {
        problems.add(new Problem(ref.pos(), "expected rows of one status in " + ref.text() + ", found '" + first.id()
            + "' (" + first.status().code() + ") and '" + s.id() + "' (" + s.status().code() + ") (a plan, what was"
            + " spent and an estimate do not add up to one figure)"));
        return false;
      }
    }
    return true;
  }

  /**
   * A floor and a ceiling add up to no figure worth showing: more than $10 billion plus up to $14.2
   * billion is only "more than $10 billion", which hides the $14.2 billion. The writer names the
   * figures one by one instead.
   */
  private void checkFloorWithCeiling(FigureRef ref, List<com.moneywar.briefing.model.MoneyFact> parts) {
    Optional<com.moneywar.briefing.model.MoneyFact> floor = parts.stream().filter(f -> f.bound().openAbove()).findFirst();
    Optional<com.moneywar.briefing.model.MoneyFact> ceiling = parts.stream().filter(f -> f.bound().ceiling()).findFirst();
    if (floor.isEmpty() || ceiling.isEmpty()) {
      return;
    }
    problems.add(new Problem(ref.pos(), "expected rows whose bounds add up in " + ref.text() + ", found "
        + described(ref, floor.get()) + " and " + described(ref, ceiling.get()) + ": a floor plus a ceiling is only"
        + " the floor, which hides the ceiling's amount; write the two figures instead, {{" + key(ref, floor.get())
        + "}} and {{" + key(ref, ceiling.get()) + "}}"));
  }

  /**
   * A full-form figure written inside brackets ({@code 인수({{flow:ID}})}) would nest its own brackets
   * in them: {@code 인수(65억달러(약 9조5000억원))}. Reported at the placeholder, with the forms to write
   * there instead; {@code :amount} and the other fields have no brackets of their own.
   */
  static void checkInBrackets(Briefing b, com.moneywar.briefing.model.Article a, List<Problem> problems) {
    TextPlaceholders.each(a, (text, m, position) -> {
      if (!m.field().isEmpty() || !insideBrackets(text, m.start()) || !hasBrackets(b, m)) {
        return;
      }
      String base = m.text().substring(0, m.text().length() - 2);
      problems.add(new Problem(position.apply(m.start()), "expected no figure with brackets of its own inside brackets,"
          + " found " + m.text() + " after '(' (it renders its won figure or status in brackets, nested in yours);"
          + " write " + base + ":amount}}" + (m.kind().equals("sum") || b.moneyFacts().containsKey(m.kind() + ":"
              + m.ids().get(0)) ? " (and " + base + ":krw}} for the won figure)" : "") + " there"));
    });
  }

  /** Whether an opening bracket before {@code at} in the same paragraph is still open there. */
  private static boolean insideBrackets(String text, int at) {
    int depth = 0;
    for (int i = at - 1; i >= 0 && !(text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\n'); i--) {
      char c = text.charAt(i);
      if (c == ')' || c == '）') {
        depth++;
      } else if (c == '(' || c == '（') {
        if (depth == 0) {
          return true;
        }
        depth--;
      }
    }
    return false;
  }

  /** Whether a figure's full form ends in brackets of its own: a won figure, a status, an estimate, a deal not made. */
  private static boolean hasBrackets(Briefing b, com.moneywar.briefing.model.Placeholders.Match m) {
    if (m.kind().equals("sum")) {
      if (!com.moneywar.briefing.model.FigureSum.addsUp(b, m.ids())) {
        return false;
      }
      com.moneywar.briefing.model.FigureSum sum = com.moneywar.briefing.model.FigureSum.of(b, m.ids());
      return sum.krw().isPresent() || !sum.claimWords(com.moneywar.briefing.model.Lang.EN).isEmpty();
    }
    com.moneywar.briefing.model.MoneyFact fact = b.moneyFacts().get(m.kind() + ":" + m.ids().get(0));
    if (fact == null) {
      return false;
    }
    com.moneywar.briefing.model.ClaimStatus claim = fact.reporting().claim();
    return b.approxKrw(fact).isPresent()
        || claim != com.moneywar.briefing.model.ClaimStatus.CONFIRMED && claim != com.moneywar.briefing.model.ClaimStatus.REPORTED
        || fact instanceof Valuation v && v.basis() == ValuationBasis.ESTIMATE
        || !fact.dealWords(com.moneywar.briefing.model.Lang.EN).isEmpty();
  }

  /** The row's key as the sum names it: {@code flow:ID}. */
  private static String key(FigureRef ref, com.moneywar.briefing.model.MoneyFact f) {
    return ref.ids().stream().filter(k -> k.endsWith(":" + f.id())).findFirst().orElse(f.id());
  }

  private static String described(FigureRef ref, com.moneywar.briefing.model.MoneyFact f) {
    return "'" + f.id() + "' (" + com.moneywar.briefing.model.AmountText.of(f, com.moneywar.briefing.model.Lang.EN) + ")";
  }

  /**
   * What keeps two valuations from a multiple, and only that: a new user read "'a' (unstated, exact)
   * and 'b' (post-money, about)" as if "about" were wrong too.
   */
  private static String notComparable(Valuation from, Valuation to) {
    for (Valuation v : List.of(from, to)) {
      if (v.bound() == Bound.RANGE) {
        return "'" + v.id() + "', a range";
      }
      if (!v.reporting().amountStated()) {
        return "'" + v.id() + "', with no amount";
      }
    }
    if (from.basis() == to.basis()) {
      return "'" + from.id() + "' and '" + to.id() + "', both estimates (basis 'estimate')";
    }
    String found = "'" + from.id() + "' on basis '" + from.basis().code() + "' and '" + to.id() + "' on basis '"
        + to.basis().code() + "'";
    boolean unstated = from.basis() == ValuationBasis.UNSTATED || to.basis() == ValuationBasis.UNSTATED;
    // Never a nudge to guess a basis (a new user read "most often post-money" as advice to write it).
    return found + (unstated ? " (where a source says which value it is, write that basis; where none does, write the"
        + " two values instead of a multiple)" : "");
  }

  private static String describe(Valuation v) {
    return "'" + v.id() + "' (" + v.basis().code() + ", " + v.bound().code() + ")";
  }

  /** Reports a figure naming no row of {@code file}, with the id of the row it most likely meant. */
  private void exists(FigureRef ref, String id, boolean found, String file) {
    if (!found && !origins.unread(file, id)) {
      problems.add(new Problem(ref.pos(), "expected the id of a row in " + file + " in " + ref.text()
          + ", found no row '" + id + "'" + NearestName.hint(id, origins.ids(file)) + origins.absentNote(file)));
    }
  }
}
