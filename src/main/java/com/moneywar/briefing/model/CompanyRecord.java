package com.moneywar.briefing.model;

import com.moneywar.briefing.model.InvestmentTree.Total;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One company's share of the record: the facts it is party to, as investee and as investor, and
 * its totals, added up by {@link InvestmentTree} as the money-flows and cumulative charts add them
 * (committed: the roots; paid in: the invested rows without children), one {@link Total} per
 * currency because amounts are never converted to be added. Pure and thread-safe.
 *
 * <pre>{@code
 * CompanyRecord anthropic = CompanyRecord.of(briefing, "anthropic");
 * Map<Currency, Total> paid = anthropic.paidInto();
 * }</pre>
 *
 * @param asInvestee the briefing cut down to the money that came to the company: the investments
 *     into it (each commitment with all its tranches) and its funding rounds with their valuations
 * @param asInvestor the briefing cut down to the money the company put in: its investments (each
 *     with all its tranches) and the rounds it took part in or that its investments name
 * @param other the briefing cut down to its valuations, the talent offers it made and the flows that
 *     are not investments (compute purchases, stakes) on either side, and its own capital spending
 *     (never added into its totals)
 */
public record CompanyRecord(Company company, Briefing asInvestee, Briefing asInvestor, Briefing other) {

  /** The company {@code id} (which the check accepted) and its facts on the record of {@code b}. */
  public static CompanyRecord of(Briefing b, String id) {
    Company company = b.company(id).orElseThrow(() -> new IllegalArgumentException("no company " + id));
    List<Round> ownRounds = b.rounds().stream().filter(r -> r.investee().equals(id)).toList();
    List<Investment> into = investments(b, i -> i.investee().equals(id));
    Set<String> roundValuations = new LinkedHashSet<>();
    ownRounds.forEach(r -> r.valuation().ifPresent(roundValuations::add));
    Briefing asInvestee = cut(b, into, ownRounds,
        b.valuations().stream().filter(v -> roundValuations.contains(v.id())).toList(), List.of(), List.of(), List.of());
    List<Investment> by = investments(b, i -> i.investor().equals(id));
    Set<String> named = new LinkedHashSet<>();
    by.forEach(i -> i.round().ifPresent(named::add));
    List<Round> joined = b.rounds().stream()
        .filter(r -> r.investors().contains(id) || named.contains(r.id())).toList();
    Set<String> joinedValuations = new LinkedHashSet<>();
    joined.forEach(r -> r.valuation().ifPresent(joinedValuations::add));
    Briefing asInvestor = cut(b, by, joined,
        b.valuations().stream().filter(v -> joinedValuations.contains(v.id())).toList(), List.of(), List.of(), List.of());
    Briefing other = cut(b, List.of(), List.of(),
        b.valuations().stream().filter(v -> v.company().equals(id)).toList(),
        b.talent().stream().filter(t -> t.employer().equals(Optional.of(id))).toList(),
        b.flows().stream().filter(f -> f.from().equals(id) || f.to().equals(id)).toList(),
        b.spending().stream().filter(s -> s.company().equals(id)).toList());
    return new CompanyRecord(company, asInvestee, asInvestor, other);
  }

  /**
   * What was invested in the company, committed, per currency in order of first appearance: the sum
   * of the roots. Debt (loans, bonds: {@link InvestmentTree#debt}) is not investment and is left
   * out; {@link #lentTo} adds it up.
   */
  public Map<Currency, Total> committedTo() {
    return committed(asInvestee, false);
  }

  /** What has been paid into the company, per currency: the invested rows without children; no debt. */
  public Map<Currency, Total> paidInto() {
    return totals(paid(asInvestee));
  }

  /** What the company has committed to others, per currency; no debt ({@link #lentBy}). */
  public Map<Currency, Total> committedBy() {
    return committed(asInvestor, false);
  }

  /**
   * What lenders and bond buyers the sources name have lent the company, per currency: loans
   * committed (drawn or not) and bonds bought, added up as {@link #committedTo} adds investments,
   * and never into it. Empty when none.
   */
  public Map<Currency, Total> lentTo() {
    return committed(asInvestee, true);
  }

  /** What the company has lent others, per currency: loans committed and bonds bought ({@link #lentTo}). */
  public Map<Currency, Total> lentBy() {
    return committed(asInvestor, true);
  }

  /**
   * The sum of the roots, per currency, each investor → investee pair at least what has been paid in
   * under it: an "up to $30 billion" commitment of which $22.5 billion was paid counts from $22.5
   * billion, not from nothing (else what was committed could read as less than what was paid). The
   * money-flows chart states each pair the same way ({@link InvestmentTree.Total#atLeast}).
   */
  private static Map<Currency, Total> committed(Briefing part, boolean debt) {
    Map<Currency, Total> totals = new LinkedHashMap<>();
    // Every pair, also one whose only deal is in talks or denied: a running total a report gives
    // stands for it all the same (walk 78's Amazon → Anthropic, $8 billion committed as of November
    // 2024 beside talks of more, was named under the totals as counted and was left out of them).
    pairs(part, debt).forEach(pair -> {
      List<Investment> roots = pair.roots().stream().filter(r -> r.reporting().plottable()).toList();
      List<MoneyFact> paid = paidOfPair(part, pair, roots, debt);
      List<MoneyFact> committed = debt ? List.copyOf(roots)
          : InvestmentTree.committedWithPlanned(
              InvestmentTree.committedOfPair(part, roots, pair.investor(), pair.investee(), pair.currency()), paid,
              roots.stream().flatMap(r -> InvestmentTree.subtree(part, r).stream()).toList(), pair.currency());
      // Money paid in was committed: a pair known only by what a report says it has paid in so far
      // ("Microsoft has invested more than $13 billion") is committed that much, as the money-flows
      // chart draws it (walk 126's OpenAI page left Microsoft's running total out of both totals).
      if (committed.isEmpty()) {
        committed = paid;
      }
      if (committed.isEmpty()) {
        return;
      }
      Total total = Total.of(committed, pair.currency()).committedBeside(Total.of(paid, pair.currency()));
      totals.merge(pair.currency(), total, Total::plus);
    });
    return totals;
  }

  /** One investor → investee pair's money in one currency: its roots (none where a running total is all it has). */
  private record Pair(String investor, String investee, Currency currency, List<Investment> roots) {}

  /**
   * The pairs of one kind of money: each investor → investee pair's roots in one currency together,
   * denied ones too (their rows paid in may be confirmed), then, for investment, the pairs a running
   * total a report gives is all the record has of (kind {@code total}: it is no root).
   */
  private static List<Pair> pairs(Briefing part, boolean debt) {
    Map<String, List<Investment>> roots = new LinkedHashMap<>();
    Map<String, Investment> firsts = new LinkedHashMap<>();
    for (Investment root : roots(part, debt)) {
      String key = root.investor() + ">" + root.investee() + ">" + root.amount().currency();
      roots.computeIfAbsent(key, k -> new ArrayList<>()).add(root);
      firsts.putIfAbsent(key, root);
    }
    if (!debt) {
      part.investments().stream()
          .filter(i -> i.kind() == InvestmentKind.TOTAL && !InvestmentTree.debt(part, i))
          .forEach(i -> firsts.putIfAbsent(i.investor() + ">" + i.investee() + ">" + i.amount().currency(), i));
    }
    List<Pair> pairs = new ArrayList<>();
    firsts.forEach((key, first) -> pairs.add(new Pair(first.investor(), first.investee(), first.amount().currency(),
        List.copyOf(roots.getOrDefault(key, List.of())))));
    return pairs;
  }

  /** The invested rows without children under {@code roots}, no denial: the deals a pair itemises as paid in. */
  private static List<MoneyFact> itemisedPaid(Briefing part, List<Investment> roots) {
    return roots.stream().flatMap(r -> InvestmentTree.paidRows(part, r).stream())
        .filter(i -> i.reporting().plottable()).map(i -> (MoneyFact) i).toList();
  }

  /**
   * What a pair paid in under {@code roots}: the invested rows without children, or a running total
   * of it in place of those up to its date ({@link InvestmentTree#paidOfPair}); debt has none.
   */
  private static List<MoneyFact> paidOfPair(Briefing part, Pair pair, List<Investment> roots, boolean debt) {
    List<MoneyFact> itemised = itemisedPaid(part, roots);
    return debt ? itemised : InvestmentTree.paidOfPair(part, itemised, pair.investor(), pair.investee(), pair.currency());
  }

  /**
   * The running totals that stand in its investment totals for the deals up to their dates
   * ({@link InvestmentTree#paidOfPair}, {@link InvestmentTree#committedOfPair}), as investee, then as
   * investor, in date order: a page says which, as the totals no longer add up its rows.
   */
  public List<Investment> runningTotalsCounted() {
    List<Investment> counted = new ArrayList<>();
    for (Briefing part : List.of(asInvestee, asInvestor)) {
      pairs(part, false).forEach(pair -> {
        InvestmentTree.runningTotal(part, itemisedPaid(part, pair.roots()), pair.investor(), pair.investee(),
            pair.currency(), InvestmentStatus.INVESTED).ifPresent(counted::add);
        InvestmentTree.runningTotal(part, pair.roots().stream().filter(r -> r.reporting().plottable()).toList(),
            pair.investor(), pair.investee(), pair.currency(), InvestmentStatus.ANNOUNCED).ifPresent(counted::add);
      });
    }
    counted.sort(Comparator.comparing(Investment::date));
    return counted;
  }

  /**
   * The price of the stakes the company agreed to buy in others ({@code flows.csv}, kind {@code stake},
   * paid in money, its price disclosed), per currency, closed or not: never in the investment totals,
   * which a new user's Nvidia page read as all it had put into others while its Intel, Nokia and
   * CoreWeave stakes were left unsaid. Empty when none.
   */
  public Map<Currency, Total> stakesBought() {
    return totals(other.flows().stream().filter(f -> f.from().equals(company.id())
        && f.flowKind() == FlowKind.STAKE && f.moneyMoved() && f.reporting().amountStated()).toList());
  }

  /** What the company has paid into others, per currency. */
  public Map<Currency, Total> paidBy() {
    return totals(paid(asInvestor));
  }

  /**
   * The totals of the company's own funding rounds, per currency (what it raised in them): a
   * secondary sale brings the company no money (existing shares change hands) and is left out, and
   * so is a round a later round on the record includes (a SAFE that converted into a Series C is in
   * the Series C's amount: a new user's Nscale read $3.53 billion raised for $3.1 billion).
   */
  public Map<Currency, Total> raisedInRounds() {
    return totals(asInvestee.rounds().stream().filter(r -> r.type().newMoney() && r.includedLater(asInvestee).isEmpty())
        .toList());
  }

  /** The part of {@link #raisedInRounds} that is borrowed ({@code debt} rounds), per currency; empty when none. */
  public Map<Currency, Total> debtInRounds() {
    return totals(asInvestee.rounds().stream().filter(r -> r.type().debt() && r.includedLater(asInvestee).isEmpty())
        .toList());
  }

  /** The company's valuations, oldest first (as the valuations chart joins them); equal dates keep file order. */
  public List<Valuation> valuations() {
    return other.valuations().stream().sorted(Comparator.comparing(Valuation::date)).toList();
  }

  /** The newest valuation on the record that is not a denial, if any. */
  public Optional<Valuation> latestValuation() {
    // A denial is no valuation of the company (it stays in its table, with its status). Of values of
    // one day, what it is worth after the money came in: a new user's $10 billion pre-money stood as
    // the latest valuation over the $12 billion post-money of the same round, the one after it in the file.
    Valuation latest = null;
    for (Valuation v : valuations()) {
      if (v.reporting().plottable() && (latest == null || v.date().compareTo(latest.date()) > 0
          || v.date().compareTo(latest.date()) == 0 && rank(v.basis()) >= rank(latest.basis()))) {
        latest = v;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** How well a basis says what a company is worth now: after the money, unstated, before it, an outside estimate. */
  private static int rank(ValuationBasis basis) {
    return switch (basis) {
      case POST_MONEY, MARKET -> 3;
      case UNSTATED, SECONDARY -> 2;
      case PRE_MONEY -> 1;
      case ESTIMATE -> 0;
    };
  }

  /**
   * The date of the newest fact the company is party to, if any, as the home page dates the whole
   * record ({@link AsOf#newest}): a fact's date or its report's, a deal's closing or the report of it.
   */
  public Optional<PartialDate> newestFact() {
    List<MoneyFact> all = new ArrayList<>();
    for (Briefing part : List.of(asInvestee, asInvestor, other)) {
      all.addAll(part.moneyFacts().values());
    }
    return AsOf.newest(all, asInvestee::recordSource);
  }

  /** Whether the record holds no fact the company is party to. */
  public boolean isEmpty() {
    return asInvestee.moneyFacts().isEmpty() && asInvestor.moneyFacts().isEmpty() && other.moneyFacts().isEmpty();
  }

  /**
   * The companies a data-bound figure is about: both sides of an investment or a flow, a round's
   * company (and the investors the figure names: {@code :lead}, {@code :participants}, {@code
   * :investors}), a valuation's company, a talent offer's employer, a named company,
   * and the companies of a ratio's two valuations. Only for references the check accepted.
   */
  public static Set<String> companiesOf(Briefing b, FigureRef ref) {
    Set<String> ids = new LinkedHashSet<>();
    String id = ref.ids().get(0);
    if (ref.kind().equals("company")) {
      ids.add(id);
    } else if (ref.kind().equals("ratio")) {
      ref.ids().forEach(v -> b.valuation(v).ifPresent(x -> ids.add(x.company())));
    } else if (ref.kind().equals("sum")) {
      // Each row it adds up, as if named alone.
      ref.ids().forEach(key -> ids.addAll(companiesOf(b, new FigureRef(key.substring(0, key.indexOf(':')),
          List.of(key.substring(key.indexOf(':') + 1)), "", ref.text(), ref.pos()))));
      return ids;
    }
    MoneyFact fact = b.moneyFacts().get(ref.kind() + ":" + id);
    if (fact != null) {
      ids.addAll(fact.accept(new MoneyFact.Visitor<List<String>>() {
        @Override
        public List<String> investment(Investment i) {
          return List.of(i.investor(), i.investee());
        }

        @Override
        public List<String> valuation(Valuation v) {
          return List.of(v.company());
        }

        @Override
        public List<String> talent(TalentOffer o) {
          return o.employer().stream().toList();
        }

        @Override
        public List<String> round(Round r) {
          // A round's investors only where the figure names them (its lead, participants or
          // investors): "{{round:ID:type}}" alone listed fourteen investors of a Series C, none of
          // them in the text, under a new user's "Companies in this briefing".
          List<String> all = new ArrayList<>();
          all.add(r.investee());
          switch (ref.field()) {
            case "lead" -> all.addAll(r.lead());
            case "participants" -> all.addAll(r.participants());
            case "investors" -> all.addAll(r.investors());
            default -> { }
          }
          return all;
        }

        @Override
        public List<String> flow(Flow f) {
          return List.of(f.from(), f.to());
        }

        @Override
        public List<String> spending(Spending s) {
          return List.of(s.company());
        }
      }));
    }
    return ids;
  }

  /** The roots that match and every row under them, and the running totals that match, in file order. */
  private static List<Investment> investments(Briefing b, Predicate<Investment> keep) {
    // By identity: the rows are the briefing's own, and a record's hash walks all its fields (a
    // company page looked every row up, and hashed it, once per company and language).
    Set<Investment> rows = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Investment i : b.investments()) {
      // A running total a report gives is in no tree, and listed with the rest.
      if (keep.test(i) && InvestmentTree.isListedFirst(b, i)) {
        rows.addAll(InvestmentTree.subtree(b, i));
      }
    }
    return b.investments().stream().filter(rows::contains).toList();
  }

  private static Briefing cut(Briefing b, List<Investment> investments, List<Round> rounds, List<Valuation> valuations,
      List<TalentOffer> talent, List<Flow> flows, List<Spending> spending) {
    return new Briefing(b.config(), b.sources(), b.companies(), b.rates(), investments, valuations, talent, rounds,
        flows, spending, List.of(), List.of());
  }

  /** The roots of one kind of money: debt ({@link InvestmentTree#debt}), or investment. */
  private static List<Investment> roots(Briefing part, boolean debt) {
    return part.investments().stream()
        .filter(i -> InvestmentTree.isRoot(part, i) && InvestmentTree.debt(part, i) == debt).toList();
  }

  /** The investment (not debt) paid in: the invested rows without children under its roots. */
  private static List<MoneyFact> paid(Briefing part) {
    return pairs(part, false).stream()
        .flatMap(pair -> paidOfPair(part, pair, pair.roots(), false).stream()).toList();
  }

  private static Map<Currency, Total> totals(List<? extends MoneyFact> facts) {
    Map<Currency, List<MoneyFact>> byCurrency = new LinkedHashMap<>();
    // A denial is never added in, as the charts never plot it.
    facts.stream().filter(f -> f.reporting().plottable())
        .forEach(f -> byCurrency.computeIfAbsent(f.amount().currency(), c -> new ArrayList<>()).add(f));
    Map<Currency, Total> totals = new LinkedHashMap<>();
    byCurrency.forEach((c, list) -> totals.put(c, Total.of(list, c)));
    return totals;
  }
}
