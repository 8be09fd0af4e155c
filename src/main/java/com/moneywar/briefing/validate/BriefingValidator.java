package com.moneywar.briefing.validate;

import com.moneywar.briefing.load.LoadedProject;
import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ExchangeRate;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestorRole;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.FactKind;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.NearestName;
import com.moneywar.briefing.model.Advisory;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.RateBasis;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks what no single row can: that every id a row or a text names exists, that tranches fit
 * their commitment, that every amount can be converted to won. Reports all problems at once.
 * Thread-safe.
 */
public final class BriefingValidator {
  private static final String SOURCES = DataFile.SOURCES.path();
  private static final String COMPANIES = DataFile.COMPANIES.path();
  private static final String RATES = DataFile.EXCHANGE_RATES.path();
  private static final String INVESTMENTS = DataFile.INVESTMENTS.path();
  private static final String VALUATIONS = DataFile.VALUATIONS.path();
  private static final String TALENT = DataFile.TALENT_OFFERS.path();

  private final List<Advisory> advisories = new ArrayList<>();

  public Result<Briefing> validate(LoadedProject loaded) {
    return validate(loaded, PassedEditions.NONE);
  }

  /**
   * Checks {@code loaded}, every edition's own checks but those {@code passed} says it passed before
   * with the same inputs; tells {@code passed} which editions passed them in this run.
   */
  public Result<Briefing> validate(LoadedProject loaded, PassedEditions passed) {
    advisories.clear();
    Briefing b = loaded.briefing();
    Origins at = loaded.origins();
    List<Problem> problems = new ArrayList<>();
    References refs = new References(b, at, problems);
    refs.leftOut();

    b.sources().forEach(s -> s.citedBy().ifPresent(c -> refs.source(SOURCES, s.id(), "cited_by", c)));
    b.companies().forEach(c -> {
      refs.source(COMPANIES, c.id(), "source", c.source());
      c.parent().ifPresent(p -> refs.company(COMPANIES, c.id(), "parent", p));
    });
    b.rates().forEach(r -> {
      refs.source(RATES, r.id(), "source", r.source());
      if (r.base().equals(r.quote())) {
        problems.add(new Problem(at.of(RATES, r.id(), "quote"),
            "expected a quote currency other than the base, found " + r.quote() + " for both"));
      }
      checkImplied(b, at, r, problems);
    });
    for (FactKind kind : FactKind.values()) {
      String file = kind.file().path();
      for (MoneyFact fact : b.facts(kind)) {
        refs.source(file, fact.id(), "source", fact.source());
        fact.reporting().otherSources().forEach(o -> refs.source(file, fact.id(), "sources", o));
        fact.reporting().alternative().ifPresent(a -> refs.source(file, fact.id(), "alt_source", a.source()));
        checkConversion(b, at, file, fact, problems);
        fact.accept(new KindChecks(b, at, refs, problems));
      }
    }
    for (Investment commitment : b.investments()) {
      if (commitment.kind() != InvestmentKind.TRANCHE || !b.tranchesOf(commitment.id()).isEmpty()) {
        checkTrancheSum(b, at, commitment, problems);
      }
    }
    ChartChecker charts = new ChartChecker(b, at, problems);
    b.charts().forEach(charts::check);
    FigureChecker figures = new FigureChecker(b, at, problems);
    b.config().headlines().forEach(figures::check);
    for (Story story : b.stories()) {
      for (Article article : story.articles().values()) {
        article.figures().forEach(ref -> figures.checkInText(ref, article.lang()));
      }
    }
    // Each edition is checked on its own (its date, its record then, its own text files), the
    // editions side by side on the cores; their problems are listed in the editions' order.
    record Found(List<Problem> problems, List<Advisory> advisories) {}
    b.stories().parallelStream().map(story -> {
      Found found = new Found(new ArrayList<>(), new ArrayList<>());
      if (passed.passedBefore(story)) {
        return found;
      }
      new EditionChecker(b, at, new FigureChecker(b, at, found.problems()), found.problems(), found.advisories())
          .check(story);
      if (found.problems().isEmpty() && found.advisories().isEmpty()) {
        passed.passed(story);
      }
      return found;
    }).toList().forEach(found -> {
      problems.addAll(found.problems());
      advisories.addAll(found.advisories());
    });
    checkValuationSteps(b, at);
    return Result.of(b, problems);
  }

  /**
   * What the last {@link #validate} found allowed but likely wrong, in the order found: a valuation a
   * hundred times another of the same company's, a figure an edition shows without its won amount.
   */
  public List<Advisory> advisories() {
    return List.copyOf(advisories);
  }

  /** Whether {@code later} is a hundred times {@code earlier} or more, or a hundredth of it or less. */
  private static boolean outOfStep(Valuation earlier, Valuation later) {
    java.math.BigDecimal times = later.amount().amount().divide(earlier.amount().amount(), 6, java.math.RoundingMode.HALF_UP);
    return times.compareTo(VALUATION_STEP) >= 0 || times.multiply(VALUATION_STEP).compareTo(java.math.BigDecimal.ONE) <= 0;
  }

  /** How many times the one before (or a hundredth of it) a valuation may be before it is questioned. */
  private static final java.math.BigDecimal VALUATION_STEP = java.math.BigDecimal.valueOf(100);

  /**
   * A company's valuation a hundred times the one before it in the same currency, or a hundredth of
   * it, is far more often three zeros too few or too many than a real change: a new user's
   * 157000000 for OpenAI's $157 billion read "1910.8 times its value half a year earlier". A real
   * leap (a seed round to a unicorn) is allowed: the check says so and goes on.
   */
  private void checkValuationSteps(Briefing b, Origins at) {
    Map<String, List<Valuation>> byCompany = new java.util.TreeMap<>();
    b.valuations().stream().filter(v -> v.reporting().amountStated() && v.amount().amount().signum() > 0)
        .forEach(v -> byCompany.computeIfAbsent(v.company() + " " + v.amount().currency(), k -> new ArrayList<>()).add(v));
    byCompany.values().forEach(list -> {
      List<Valuation> sorted = list.stream()
          .sorted(java.util.Comparator.comparing((Valuation v) -> v.date().firstDay()).thenComparing(Valuation::id)).toList();
      // A row between two others is questioned when it is out of step with both, the first or the
      // last when it is out of step with its one neighbour and that one is not questioned itself: the
      // row after a mistyped one is not questioned for being out of step with it (a new user's right
      // $300 billion was, after a mistyped $350 million). Of two rows alone, both.
      int n = sorted.size();
      boolean[] odd = new boolean[n];
      for (int i = 1; i + 1 < n; i++) {
        odd[i] = outOfStep(sorted.get(i - 1), sorted.get(i)) && outOfStep(sorted.get(i), sorted.get(i + 1));
      }
      if (n >= 2) {
        odd[0] = outOfStep(sorted.get(0), sorted.get(1)) && (n == 2 || !odd[1] && !outOfStep(sorted.get(1), sorted.get(2)));
        odd[n - 1] = outOfStep(sorted.get(n - 2), sorted.get(n - 1)) && (n == 2 || !odd[n - 2]);
      }
      for (int i = 0; i < n; i++) {
        if (!odd[i]) {
          continue;
        }
        Valuation v = sorted.get(i);
        Valuation other = sorted.get(i == 0 ? 1 : i - 1);
        java.math.BigDecimal times = v.amount().amount().divide(other.amount().amount(), 6, java.math.RoundingMode.HALF_UP);
        boolean up = times.compareTo(VALUATION_STEP) >= 0;
        advisories.add(new Advisory(at.of(VALUATIONS, v.id(), "amount"), "expected a valuation of " + v.company()
            + " within a hundred times the one " + (i == 0 ? "after" : "before") + " it, '" + other.id() + "' ("
            + other.amount() + " on " + other.date() + ", line " + at.of(VALUATIONS, other.id(), "").line() + "), found "
            + v.amount() + " on " + v.date() + ", " + (up ? times.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()
                + " times it" : "1/" + other.amount().amount().divide(v.amount().amount(), 0, java.math.RoundingMode.HALF_UP)
                    .toPlainString() + " of it")
            + "; check the digits of both (an amount is in units of its currency: 157000000000 for $157 billion)"));
      }
    });
  }

  /**
   * Whether a row of {@code data/exchange_rates.csv} left out for its own errors might have been the
   * rate {@code fact} lacks: the whole table unread, or a left-out row whose base is the fact's
   * currency and whose date is not older than the oldest a rate may be for it (a cell that could not
   * be read might be either).
   */
  private static boolean mightHaveServed(Briefing b, Origins at, MoneyFact fact) {
    String rates = DataFile.EXCHANGE_RATES.path();
    if (at.unread(rates, Origins.WHOLE_TABLE)) {
      return true;
    }
    java.time.LocalDate oldest = fact.date().firstDay().minusDays(b.config().fxMaxAgeDays());
    return at.leftOutRates().stream().anyMatch(r -> (r.base().isEmpty()
        || r.base().equalsIgnoreCase(fact.amount().currency().getCurrencyCode()))
        && (r.date().isEmpty() || com.moneywar.briefing.model.PartialDate.parse(r.date())
            .map(d -> !d.lastDay().isBefore(oldest)).orElse(true)));
  }

  private static void checkConversion(Briefing b, Origins at, String file, MoneyFact fact, List<Problem> problems) {
    if (fact.amount().currency().equals(Money.KRW) && fact.fx().isPresent() && !fact.reporting().noConversion()) {
      // A won figure is never converted: a rate named on it would be published with the row in the
      // downloads, for anyone to multiply by.
      problems.add(new Problem(at.of(file, fact.id(), "fx"), "expected no rate for an amount in KRW (a won figure"
          + " is not converted: leave 'fx' empty), found '" + fact.fx().get() + "'"
          + b.rate(fact.fx().get()).map(r -> " (" + r.base() + "→" + r.quote() + ")").orElse("")));
      return;
    }
    if (fact.amount().currency().equals(Money.KRW) || fact.reporting().noConversion()) {
      return;
    }
    String currency = fact.amount().currency().getCurrencyCode();
    if (fact.fx().isPresent()) {
      Optional<ExchangeRate> rate = b.rate(fact.fx().get());
      if (rate.isEmpty()) {
        if (!at.unread(RATES, fact.fx().get())) {
          problems.add(new Problem(at.of(file, fact.id(), "fx"),
              References.notFound(DataFile.EXCHANGE_RATES, fact.fx().get(), at)));
        }
        return;
      } else if (!rate.get().base().equals(fact.amount().currency()) || !rate.get().quote().equals(Money.KRW)) {
        String base = rate.get().base().getCurrencyCode();
        if (!com.moneywar.briefing.money.CurrencyStyle.listed(fact.amount().currency())
            && com.moneywar.briefing.money.CurrencyStyle.listed(rate.get().base())
            && com.moneywar.briefing.model.NearestName.of(currency, List.of(base.toLowerCase(java.util.Locale.ROOT))).isPresent()) {
          // 'USS' is an ISO code (a dollar of the same day, no longer used), so it reads as a currency;
          // the rate the row names says which one the editor meant.
          problems.add(new Problem(at.of(file, fact.id(), "currency"), "expected the currency of the amount, found '"
              + currency + "'; did you mean '" + base + "'? (the rate in 'fx', '" + rate.get().id() + "', converts "
              + base + ")"));
          return;
        }
        problems.add(new Problem(at.of(file, fact.id(), "fx"),
            "expected a " + currency + "→KRW rate for an amount in " + currency + ", found '" + rate.get().id()
                + "' (" + rate.get().base() + "→" + rate.get().quote() + ")"));
        return;
      }
    }
    String problem = b.rateProblem(fact);
    // A missing file, or a rate left out for its own (reported) errors that might have been this
    // row's, says nothing of it; the rows no left-out rate could serve are reported in the same run.
    if (!problem.isEmpty() && !mightHaveServed(b, at, fact)) {
      problems.add(new Problem(at.of(file, fact.id(), fact.fx().isPresent() ? "fx" : "date"),
          problem));
    }
  }

  /** How far a rate implied by a report's conversion may be from a market rate of its days, as a share. */
  private static final java.math.BigDecimal IMPLIED_SPREAD = new java.math.BigDecimal("0.10");

  /**
   * A rate worked out from a report's won figure that is more than a tenth away from a market rate of
   * the same currency at most {@code fx-max-age-days} from it is a slip of the arithmetic (the wrong
   * won figure, or the amount of another deal), not the report's rounding: a won figure rounded to two
   * digits moves the rate by a few percent at most (walk 78's implied 1,600 beside a close of 1,431.7).
   */
  private static void checkImplied(Briefing b, Origins at, ExchangeRate r, List<Problem> problems) {
    if (r.basis() != RateBasis.IMPLIED || r.date().precision() != PartialDate.Precision.DAY) {
      return;
    }
    int days = b.config().fxMaxAgeDays();
    b.rates().stream()
        .filter(m -> m.basis() == RateBasis.MARKET && m.base().equals(r.base())
            && m.quote().equals(r.quote()) && m.date().precision() == PartialDate.Precision.DAY
            && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(m.date().firstDay(), r.date().firstDay())) <= days)
        .min(java.util.Comparator.comparingLong(m -> Math.abs(java.time.temporal.ChronoUnit.DAYS.between(
            m.date().firstDay(), r.date().firstDay()))))
        .ifPresent(m -> {
          java.math.BigDecimal off = r.rate().subtract(m.rate()).abs().divide(m.rate(), 4, java.math.RoundingMode.HALF_UP);
          if (off.compareTo(IMPLIED_SPREAD) > 0) {
            problems.add(new Problem(at.of(RATES, r.id(), "rate"), "expected a rate implied by '" + r.source()
                + "' within 10% of the market's rate of its days, '" + m.id() + "' (" + m.rate().toPlainString()
                + " on " + m.date() + "), found " + r.rate().toPlainString() + ", "
                + off.movePointRight(2).stripTrailingZeros().toPlainString() + "% " + (r.rate().compareTo(m.rate()) > 0
                    ? "above" : "below") + " it; check the report's won figure and the amount it converts"));
          }
        });
  }

  private static void checkTranche(Briefing b, Origins at, Investment tranche, String partOf, List<Problem> problems) {
    Optional<Investment> commitment = b.investment(partOf);
    if (commitment.isEmpty() && at.unread(INVESTMENTS, partOf)) {
      return;
    }
    if (commitment.isEmpty() || commitment.get().kind() == InvestmentKind.SINGLE
        || commitment.get().kind() == InvestmentKind.TOTAL) {
      problems.add(new Problem(at.of(INVESTMENTS, tranche.id(), "part_of"),
          "expected the id of a commitment or tranche in " + INVESTMENTS + ", found '" + partOf + "'"
              + (commitment.isPresent() ? " (a " + commitment.get().kind().code() + ")"
                  : com.moneywar.briefing.model.NearestName.hint(partOf, b.investments().stream()
                      .filter(i -> (i.kind() == InvestmentKind.COMMITMENT || i.kind() == InvestmentKind.TRANCHE)
                          && !i.id().equals(tranche.id()))
                      .map(Investment::id).toList()))));
      return;
    }
    Investment c = commitment.get();
    if (!c.investor().equals(tranche.investor()) || !c.investee().equals(tranche.investee())) {
      problems.add(new Problem(at.of(INVESTMENTS, tranche.id(), "part_of"),
          "expected a commitment from " + tranche.investor() + " to " + tranche.investee() + ", found '" + partOf
              + "' from " + c.investor() + " to " + c.investee()));
    } else if (!c.amount().currency().equals(tranche.amount().currency())) {
      problems.add(new Problem(at.of(INVESTMENTS, tranche.id(), "currency"),
          "expected the commitment's currency " + c.amount().currency() + ", found " + tranche.amount().currency()));
    }
    // Money paid or promised under a letter of intent or in talks: the deal was binding by then, and
    // the pages would show as paid in what no commitment holds (a new user's first tranche of a
    // letter of intent, set to 'invested', read "paid in $10 billion" beside a commitment of $10
    // billion to another company, and no chart drew it).
    if (c.status().deal() != com.moneywar.briefing.model.DealStatus.AGREED
        && tranche.status().deal() == com.moneywar.briefing.model.DealStatus.AGREED) {
      problems.add(new Problem(at.of(INVESTMENTS, tranche.id(), "status"),
          "expected a tranche of '" + partOf + "', which is " + (c.status() == com.moneywar.briefing.model.InvestmentStatus.INTENT
              ? "a letter of intent" : "in talks") + " ('" + c.status().code() + "'), to be '" + c.status().code()
              + "' too, found '" + tranche.status().code() + "'; a tranche agreed or paid means the deal was signed:"
              + " enter the signed deal as a commitment of its own (status 'announced', dated when it was signed)"
              + " and put this tranche under it in 'part_of'"));
    }
  }

  private static void checkTrancheSum(Briefing b, Origins at, Investment commitment, List<Problem> problems) {
    Money sum = new Money(java.math.BigDecimal.ZERO, commitment.amount().currency());
    Money most = most(commitment);
    Optional<Investment> cut = Optional.empty();
    for (Investment t : InvestmentTree.children(b, commitment)) {
      if (!t.amount().currency().equals(sum.currency())) {
        return; // reported as a currency mismatch
      }
      // A commitment that replaces a larger one cuts it ("may be cut to $20 billion"): what it holds
      // of the one it replaces is the money already paid in under it, not the promise it cut.
      if (commitment.replaces().filter(t.id()::equals).isPresent() && most(t).compareAmount(most) > 0) {
        cut = Optional.of(t);
        for (Investment paid : InvestmentTree.subtree(b, t)) {
          if (paid.status() == com.moneywar.briefing.model.InvestmentStatus.INVESTED
              && InvestmentTree.children(b, paid).isEmpty() && paid.amount().currency().equals(sum.currency())) {
            sum = sum.plus(paid.amount());
          }
        }
        continue;
      }
      sum = sum.plus(t.amount());
    }
    if (sum.compareAmount(most) > 0) {
      // Reported at the total they exceed, which any of them may be the wrong one against, with
      // every part named by its line: the user sees the whole sum and can go to the row to fix.
      problems.add(new Problem(at.of(INVESTMENTS, commitment.id(), "amount"),
          "expected the tranches of '" + commitment.id() + "'"
              + (commitment.replaces().isPresent() ? " and the commitment it replaces" : "")
              + " to add up to at most " + most
              + (most.equals(commitment.amount()) ? "" : " (" + commitment.bound().code() + " " + commitment.amount() + ")")
              + ", found " + sum + ": " + addends(at, InvestmentTree.children(b, commitment), "", commitment.replaces())
              + cut.map(c -> " (of '" + c.id() + "', which it cuts, only the money paid in under it counts)").orElse("")));
    }
  }

  /**
   * The most a commitment's words allow: its amount, a range's high end, and for an approximate
   * amount half a unit of its last digit more ("about ¥2.9 trillion" covers ¥2.9025 trillion of parts,
   * as an outlet rounds a total it adds up).
   */
  private static Money most(Investment commitment) {
    return mostOf(commitment.amount(), commitment.bound(), commitment.reporting().high());
  }

  /** The most an amount's words allow (see {@link #most(Investment)}); a floor is only its amount. */
  private static Money mostOf(Money amount, Bound bound, Optional<Money> high) {
    if (bound == Bound.RANGE && high.isPresent()) {
      return high.get();
    }
    if (bound != Bound.ABOUT) {
      return amount;
    }
    return new Money(amount.amount().add(halfUnit(amount)), amount.currency());
  }

  /** The least an amount's words allow: nothing for a ceiling, half a unit of its last digit less for "about". */
  private static Money leastOf(Money amount, Bound bound) {
    if (bound.ceiling()) {
      return new Money(java.math.BigDecimal.ZERO, amount.currency());
    }
    return bound == Bound.ABOUT ? new Money(amount.amount().subtract(halfUnit(amount)), amount.currency()) : amount;
  }

  private static java.math.BigDecimal halfUnit(Money money) {
    java.math.BigDecimal amount = money.amount().stripTrailingZeros();
    return java.math.BigDecimal.ONE.scaleByPowerOfTen(-amount.scale()).divide(java.math.BigDecimal.valueOf(2));
  }

  /**
   * The rows of {@code parts} in the order of their lines in the investments table, each with its
   * line and amount: {@code 'x' (line 6) 1300000000 + 'y' (line 7) 3000000000}; {@code where} goes
   * before the line number ({@code data/investments.csv }) when the message is about another file, and
   * the row {@code replaced} is said to be the commitment replaced.
   */
  private static String addends(Origins at, List<Investment> parts, String where, Optional<String> replaced) {
    List<String> named = new ArrayList<>();
    parts.stream()
        .sorted(java.util.Comparator.comparingInt((Investment p) -> rowLine(at, p.id())).thenComparing(Investment::id))
        .forEach(p -> {
          int line = rowLine(at, p.id());
          String detail = line > 0 ? where + "line " + line : "";
          if (replaced.isPresent() && replaced.get().equals(p.id())) {
            detail = detail.isEmpty() ? "replaced" : detail + ", replaced";
          }
          named.add("'" + p.id() + "'" + (detail.isEmpty() ? "" : " (" + detail + ")") + " "
              + p.amount().amount().toPlainString());
        });
    return String.join(" + ", named);
  }

  /** A kind's code with its English article: "an acquisition", "a stake". */
  private static String article(String code) {
    return (code.matches("[aeiou].*") ? "an " : "a ") + code;
  }

  /** The line of the investment row {@code id}, or 0 when its position is not known. */
  private static int rowLine(Origins at, String id) {
    com.moneywar.briefing.model.SourcePos pos = at.positions().get(Origins.key(INVESTMENTS, id, ""));
    return pos == null ? 0 : pos.line();
  }

  /** What each kind of fact must satisfy beyond the shared columns. */
  private static final class KindChecks implements MoneyFact.Visitor<Void> {
    private final Briefing b;
    private final Origins at;
    private final References refs;
    private final List<Problem> problems;

    KindChecks(Briefing b, Origins at, References refs, List<Problem> problems) {
      this.b = b;
      this.at = at;
      this.refs = refs;
      this.problems = problems;
    }

    @Override
    public Void investment(Investment i) {
      // An unknown company is reported once, at its cell: not again as the wrong one for its round.
      boolean investorKnown = refs.company(INVESTMENTS, i.id(), "investor", i.investor());
      boolean investeeKnown = refs.company(INVESTMENTS, i.id(), "investee", i.investee());
      i.partOf().ifPresent(p -> checkTranche(b, at, i, p, problems));
      i.replaces().ifPresent(r -> {
        Optional<Investment> earlier = b.investment(r);
        if (earlier.isEmpty()) {
          if (!at.unread(INVESTMENTS, r)) {
            problems.add(new Problem(at.of(INVESTMENTS, i.id(), "replaces"),
                "expected the id of an earlier commitment in " + INVESTMENTS + ", found '" + r + "'"));
          }
        } else if (earlier.get().kind() != InvestmentKind.COMMITMENT || earlier.get().id().equals(i.id())
            || !earlier.get().investor().equals(i.investor()) || !earlier.get().investee().equals(i.investee())
            || !earlier.get().amount().currency().equals(i.amount().currency())) {
          problems.add(new Problem(at.of(INVESTMENTS, i.id(), "replaces"),
              "expected an earlier commitment from " + i.investor() + " to " + i.investee() + " in "
                  + i.amount().currency() + ", found '" + r + "' (a " + earlier.get().kind().code() + " from "
                  + earlier.get().investor() + " to " + earlier.get().investee() + " in "
                  + earlier.get().amount().currency() + ")"));
        } else if (b.replacementsOf(r).size() > 1 && !b.replacementsOf(r).get(0).equals(i)) {
          problems.add(new Problem(at.of(INVESTMENTS, i.id(), "replaces"),
              "expected each commitment to be replaced once, found '" + r + "' replaced also by '"
                  + b.replacementsOf(r).get(0).id() + "'"));
        }
      });
      i.closedAs().ifPresent(id -> {
        Optional<Investment> agreed = b.investment(id);
        if (agreed.isEmpty()) {
          if (!at.unread(INVESTMENTS, id)) {
            problems.add(new Problem(at.of(INVESTMENTS, i.id(), "closed_as"), References.notFound(DataFile.INVESTMENTS, id,
                at)));
          }
        } else if (!agreed.get().investor().equals(i.investor()) || !agreed.get().investee().equals(i.investee())) {
          problems.add(new Problem(at.of(INVESTMENTS, i.id(), "closed_as"), "expected an investment from " + i.investor()
              + " to " + i.investee() + " in column 'closed_as', found '" + id + "' from " + agreed.get().investor()
              + " to " + agreed.get().investee()));
        } else if (agreed.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.AGREED) {
          problems.add(new Problem(at.of(INVESTMENTS, i.id(), "closed_as"), "expected an investment announced, planned"
              + " or invested in column 'closed_as' (what these " + (i.reporting().deal().nonBinding()
                  ? "intentions" : "talks") + " came to), found '" + id + "', whose status is '"
              + agreed.get().status().code() + "'"));
        } else if (agreed.get().date().lastDay().isBefore(i.date().firstDay())) {
          problems.add(new Problem(at.of(INVESTMENTS, i.id(), "closed_as"), "expected an investment dated on or after"
              + " these talks (" + i.date() + ") in column 'closed_as', found '" + id + "' dated " + agreed.get().date()));
        }
      });
      if (InvestmentTree.subtree(b, i).stream().anyMatch(c -> c != i && InvestmentTree.children(b, c).contains(i))) {
        problems.add(new Problem(at.of(INVESTMENTS, i.id(), i.partOf().isPresent() ? "part_of" : "replaces"),
            "expected rows that do not contain themselves, found '" + i.id() + "' inside its own tranches"));
      }
      i.round().flatMap(b::round).ifPresent(own -> checkOneKindOfMoney(i, own));
      i.round().ifPresent(r -> {
        Optional<Round> round = b.round(r);
        if (round.isEmpty()) {
          if (!at.unread(DataFile.ROUNDS.path(), r)) {
            problems.add(new Problem(at.of(INVESTMENTS, i.id(), "round"), References.notFound(DataFile.ROUNDS, r, at)));
          }
        } else if (!investeeKnown || !investorKnown) {
          return;
        } else if (!round.get().investee().equals(i.investee())) {
          problems.add(new Problem(at.of(INVESTMENTS, i.id(), "investee"),
              "expected the investee of round '" + r + "', '" + round.get().investee() + "', found '" + i.investee()
                  + "'"));
        } else if (!round.get().investors().contains(i.investor())) {
          problems.add(new Problem(at.of(INVESTMENTS, i.id(), "investor"),
              "expected an investor named in column 'lead' or 'participants' of round '" + r + "', found '"
                  + i.investor() + "'" + NearestName.hint(i.investor(), round.get().investors().stream()
                      // only a defined company: a mistyped one in the round is no id to suggest
                      .filter(c -> b.company(c).isPresent()).toList())));
        } else if (i.role().isPresent() && (i.role().get() == InvestorRole.LEAD) != round.get().lead().contains(i.investor())) {
          problems.add(new Problem(at.of(INVESTMENTS, i.id(), "role"), !round.get().hasLead()
              ? "expected role 'participant' (or an empty cell) as round '" + r + "' names no lead investor, found 'lead'"
              : "expected role '" + (round.get().lead().contains(i.investor()) ? "lead" : "participant")
                  + "' as round '" + r + "' lists " + i.investor() + ", found '" + i.role().get().code() + "'"));
        }
      });
      return null;
    }

    /**
     * A commitment, its tranches and the commitment it raises are one kind of money: all debt (a
     * loan, bonds: shares of a {@code debt} round) or none, as they are added up together. Reported
     * at each row whose round differs in kind from the first round named in the tree, in file order.
     */
    private void checkOneKindOfMoney(Investment i, Round own) {
      java.util.Set<Investment> tree = new java.util.HashSet<>(InvestmentTree.subtree(b, InvestmentTree.rootOf(b, i)));
      Optional<Investment> first = b.investments().stream().filter(tree::contains)
          .filter(x -> x.round().flatMap(b::round).isPresent()).findFirst();
      if (first.isEmpty() || first.get() == i) {
        return;
      }
      Round theirs = first.get().round().flatMap(b::round).orElseThrow();
      if (theirs.type().debt() != own.type().debt()) {
        int line = rowLine(at, first.get().id());
        problems.add(new Problem(at.of(INVESTMENTS, i.id(), "round"), "expected rounds of one kind in a commitment"
            + " and its tranches, found '" + own.id() + "' (" + own.type().code() + ") here and '" + theirs.id() + "' ("
            + theirs.type().code() + ") in '" + first.get().id() + "'" + (line > 0 ? " (line " + line + ")" : "")
            + ": debt (a loan, bonds) and shares are never parts of one commitment"));
      }
    }

    @Override
    public Void valuation(Valuation v) {
      refs.company(VALUATIONS, v.id(), "company", v.company());
      return null;
    }

    @Override
    public Void talent(TalentOffer t) {
      t.employer().ifPresent(e -> refs.company(TALENT, t.id(), "employer", e));
      return null;
    }

    @Override
    public Void round(Round r) {
      String file = DataFile.ROUNDS.path();
      refs.company(file, r.id(), "investee", r.investee());
      r.lead().forEach(c -> refs.company(file, r.id(), "lead", c));
      r.participants().forEach(c -> refs.company(file, r.id(), "participants", c));
      r.participants().stream().filter(r.lead()::contains).findFirst().ifPresent(c -> problems.add(new Problem(
          at.of(file, r.id(), "participants"), "expected each investor once, as lead or participant, found '" + c
              + "' in both")));
      r.valuation().ifPresent(v -> {
        Optional<Valuation> val = b.valuation(v);
        if (val.isEmpty()) {
          if (!at.unread(VALUATIONS, v)) {
            problems.add(new Problem(at.of(file, r.id(), "valuation"), References.notFound(DataFile.VALUATIONS, v, at)));
          }
        } else if (!val.get().company().equals(r.investee())) {
          problems.add(new Problem(at.of(file, r.id(), "valuation"),
              "expected a valuation of " + r.investee() + ", found '" + v + "' of " + val.get().company()));
        }
      });
      r.closedAs().ifPresent(id -> {
        Optional<Round> became = b.round(id);
        if (became.isEmpty()) {
          if (!at.unread(file, id)) {
            problems.add(new Problem(at.of(file, r.id(), "closed_as"), References.notFound(DataFile.ROUNDS, id, at)));
          }
        } else if (!became.get().investee().equals(r.investee())) {
          problems.add(new Problem(at.of(file, r.id(), "closed_as"), "expected a round of " + r.investee()
              + " in column 'closed_as', found '" + id + "' of " + became.get().investee()));
        } else if (became.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.AGREED
            && became.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.CALLED_OFF) {
          problems.add(new Problem(at.of(file, r.id(), "closed_as"), "expected a round closed or called off in column"
              + " 'closed_as' (what these talks came to), found '" + id + "', whose status is '"
              + (became.get().reporting().deal().code().isEmpty() ? "talks" : became.get().reporting().deal().code())
              + "'"));
        } else if (became.get().date().lastDay().isBefore(r.date().firstDay())) {
          problems.add(new Problem(at.of(file, r.id(), "closed_as"), "expected a round dated on or after these talks ("
              + r.date() + ") in column 'closed_as', found '" + id + "' dated " + became.get().date()));
        }
      });
      r.includedIn().ifPresent(id -> {
        Optional<Round> in = b.round(id);
        if (in.isEmpty()) {
          if (!at.unread(file, id)) {
            problems.add(new Problem(at.of(file, r.id(), "included_in"), References.notFound(DataFile.ROUNDS, id, at)));
          }
        } else if (!in.get().investee().equals(r.investee())) {
          problems.add(new Problem(at.of(file, r.id(), "included_in"), "expected a round of " + r.investee()
              + " in column 'included_in', found '" + id + "' of " + in.get().investee()));
        } else if (in.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.AGREED) {
          problems.add(new Problem(at.of(file, r.id(), "included_in"), "expected a round closed in column 'included_in'"
              + " (the later round whose amount includes this one), found '" + id + "', whose status is '"
              + in.get().reporting().deal().code() + "'"));
        } else if (in.get().date().lastDay().isBefore(r.date().firstDay())) {
          problems.add(new Problem(at.of(file, r.id(), "included_in"), "expected a round dated on or after this one ("
              + r.date() + ") in column 'included_in', found '" + id + "' dated " + in.get().date()));
        } else if (in.get().includedIn().isPresent()) {
          problems.add(new Problem(at.of(file, r.id(), "included_in"), "expected a round no later round includes in"
              + " column 'included_in', found '" + id + "', itself included in '" + in.get().includedIn().get()
              + "' (name that round here)"));
        } else if (r.reporting().amountStated() && in.get().reporting().amountStated()
            && r.amount().currency().equals(in.get().amount().currency())
            && in.get().reporting().high().orElse(in.get().amount()).compareAmount(r.amount()) < 0
            && in.get().bound() != Bound.MORE_THAN && in.get().bound() != Bound.AT_LEAST) {
          problems.add(new Problem(at.of(file, r.id(), "included_in"), "expected a round whose amount can include this"
              + " one's (" + r.amount().amount().toPlainString() + " " + r.amount().currency().getCurrencyCode()
              + ") in column 'included_in', found '" + id + "' of " + in.get().amount().amount().toPlainString() + " "
              + in.get().amount().currency().getCurrencyCode()));
        }
      });
      checkShares(r);
      return null;
    }

    /**
     * The investors' shares of a round against the round: none may be larger than the most the
     * round's words allow, and together they may not exceed it (each counted at the least its own
     * words allow: "up to" nothing, a range its low end). A share of $100 billion in a $6.6 billion
     * round, a slip of the digits, was taken and shown on the investor's page as paid in.
     */
    private void checkShares(Round r) {
      List<Investment> shares = b.sharesOf(r.id()).stream()
          .filter(s -> s.reporting().amountStated() && s.amount().currency().equals(r.amount().currency())
              && !s.bound().ceiling())
          .toList();
      if (shares.isEmpty() || !r.reporting().amountStated() || r.bound().openAbove()) {
        return;
      }
      Money most = mostOf(r.amount(), r.bound(), r.reporting().high());
      String round = "round '" + r.id() + "' (" + r.bound().code() + " " + r.amount()
          + r.reporting().high().map(h -> " to " + h.amount().toPlainString()).orElse("") + ")";
      List<Investment> over = shares.stream().filter(s -> s.amount().compareAmount(most) > 0).toList();
      over.forEach(s -> problems.add(new Problem(at.of(INVESTMENTS, s.id(), "amount"), "expected an investor's share"
          + " of " + round + " to be at most " + most + ", found " + s.amount() + ", more than the whole round;"
          + " check the digits (an amount is in units of its currency: 6600000000 for $6.6 billion) and the round"
          + " named in column 'round'")));
      if (!over.isEmpty()) {
        return;
      }
      Money sum = new Money(java.math.BigDecimal.ZERO, r.amount().currency());
      for (Investment s : shares) {
        sum = sum.plus(leastOf(s.amount(), s.bound()));
      }
      if (sum.compareAmount(most) > 0) {
        boolean approximate = shares.stream().anyMatch(s -> s.bound() == Bound.ABOUT);
        problems.add(new Problem(at.of(DataFile.ROUNDS.path(), r.id(), "amount"), "expected the investors' reported shares of "
            + round + " to add up to at most " + most + ", found " + (approximate ? "at least " : "") + sum + ": "
            + addends(at, shares, INVESTMENTS + " ", Optional.empty())
            + (approximate ? " (an 'about' share counted at half a unit of its last digit less)" : "")));
      }
    }

    @Override
    public Void flow(Flow f) {
      String file = DataFile.FLOWS.path();
      refs.company(file, f.id(), "from", f.from());
      refs.company(file, f.id(), "to", f.to());
      f.closedAs().ifPresent(id -> {
        Optional<Flow> ended = b.flows().stream().filter(x -> x.id().equals(id)).findFirst();
        if (ended.isEmpty()) {
          if (!at.unread(file, id)) {
            problems.add(new Problem(at.of(file, f.id(), "closed_as"), References.notFound(DataFile.FLOWS, id, at)));
          }
        } else if (!ended.get().to().equals(f.to())
            || !ended.get().from().equals(f.from()) && ended.get().flowKind() != f.flowKind()) {
          // The buyer may differ in a deal of the same kind: talks reported of one member of a group
          // (GIP nearing a deal for Aligned) that the group as a whole signed (AIP, MGX and GIP).
          problems.add(new Problem(at.of(file, f.id(), "closed_as"), "expected a deal between " + f.from() + " and "
              + f.to() + " (or " + article(f.flowKind().code()) + " of " + f.to() + " by another party, such as a group "
              + f.from() + " is part of) in column 'closed_as', found '" + id + "', " + article(ended.get().flowKind().code())
              + " between " + ended.get().from() + " and " + ended.get().to()));
        } else if (f.reporting().deal() == com.moneywar.briefing.model.DealStatus.AGREED
            && ended.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.CALLED_OFF) {
          // Still agreed after the loader's resolution: the row it names is no deal called off.
          problems.add(new Problem(at.of(file, f.id(), "closed_as"), "expected a deal called off in column 'closed_as'"
              + " (a deal agreed is ended only by the row saying it was called off), found '" + id + "', whose status is '"
              + (ended.get().reporting().deal().code().isEmpty() ? "talks" : ended.get().reporting().deal().code())
              + "'"));
        } else if (f.reporting().deal().nonBinding()
            && ended.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.AGREED
            && ended.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.TERMINATED) {
          // Only the binding deal ends a letter of intent: one that came to nothing stays the paper it was.
          String code = ended.get().reporting().deal().code();
          problems.add(new Problem(at.of(file, f.id(), "closed_as"), "expected the binding deal agreed after this "
              + (f.reporting().deal().beforeItsEnd() == com.moneywar.briefing.model.DealStatus.MEMORANDUM
                  ? "memorandum" : "letter of intent")
              + " in column 'closed_as' (leave it empty if none followed), found '" + id + "', whose status is '"
              + (code.isEmpty() ? "talks" : code) + "'"));
        } else if (ended.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.AGREED
            && ended.get().reporting().deal() != com.moneywar.briefing.model.DealStatus.CALLED_OFF) {
          String code = ended.get().reporting().deal().code();
          problems.add(new Problem(at.of(file, f.id(), "closed_as"), "expected a deal agreed or called off in column"
              + " 'closed_as' (what these talks came to), found '" + id + "', whose status is '"
              + (code.isEmpty() ? "talks" : code) + "'"));
        } else if (ended.get().date().lastDay().isBefore(f.date().firstDay())) {
          problems.add(new Problem(at.of(file, f.id(), "closed_as"), "expected a deal dated on or after these talks ("
              + f.date() + ") in column 'closed_as', found '" + id + "' dated " + ended.get().date()));
        }
      });
      return null;
    }

    @Override
    public Void spending(Spending s) {
      String file = DataFile.SPENDING.path();
      refs.company(file, s.id(), "company", s.company());
      s.replaces().ifPresent(r -> checkRevision(s, r));
      s.partOf().ifPresent(w -> checkPart(s, w));
      return null;
    }

    /**
     * A part names another row of the table whose amount holds it, in the same currency and no
     * smaller than it, and the chain of wholes ends (no row is part of itself, even through others).
     */
    private void checkPart(Spending s, String w) {
      String file = DataFile.SPENDING.path();
      Optional<Spending> whole = b.spending(w);
      if (whole.isEmpty()) {
        if (!at.unread(file, w)) {
          problems.add(new Problem(at.of(file, s.id(), "part_of"), "expected the id of the row of " + file
              + " whose amount holds this one in column 'part_of', found '" + w + "'" + NearestName.hint(w,
                  at.ids(file).stream().filter(id -> !id.equals(s.id())).toList())));
        }
        return;
      }
      Spending e = whole.get();
      if (e.id().equals(s.id())) {
        problems.add(new Problem(at.of(file, s.id(), "part_of"), "expected the id of another row in column"
            + " 'part_of', found '" + w + "', this row's own id"));
        return;
      }
      if (!e.amount().currency().equals(s.amount().currency())) {
        problems.add(new Problem(at.of(file, s.id(), "part_of"), "expected a whole in the currency of its part ("
            + s.amount().currency().getCurrencyCode() + ") in column 'part_of', found '" + w + "' in "
            + e.amount().currency().getCurrencyCode()));
        return;
      }
      java.math.BigDecimal top = e.reporting().high().map(com.moneywar.briefing.money.Money::amount)
          .orElse(e.amount().amount());
      if (e.reporting().amountStated() && s.reporting().amountStated() && s.amount().amount().compareTo(top) > 0) {
        problems.add(new Problem(at.of(file, s.id(), "part_of"), "expected a whole at least as large as its part ("
            + com.moneywar.briefing.model.AmountText.of(s, com.moneywar.briefing.model.Lang.EN) + ") in column"
            + " 'part_of', found '" + w + "' (" + com.moneywar.briefing.model.AmountText.of(e,
                com.moneywar.briefing.model.Lang.EN) + ")"));
        return;
      }
      circle(s, e, Spending::partOf).ifPresent(circle -> problems.add(new Problem(at.of(file, s.id(), "part_of"),
          "expected parts that lead to a whole that is part of nothing, found a circle: " + circle)));
    }

    /**
     * The circle {@code s} closes through {@code link} (the row it revises, the whole it is part of),
     * starting at {@code first}, the row it links to: {@code 'a' → 'b' → 'a'}; empty when the chain ends.
     */
    private Optional<String> circle(Spending s, Spending first, java.util.function.Function<Spending, Optional<String>> link) {
      if (first.id().equals(s.id())) {
        return Optional.empty(); // its own id, reported as such
      }
      List<String> chain = new ArrayList<>(List.of(s.id()));
      Optional<Spending> next = Optional.of(first);
      while (next.isPresent() && !chain.contains(next.get().id())) {
        chain.add(next.get().id());
        next = link.apply(next.get()).flatMap(b::spending);
      }
      if (next.isEmpty() || !next.get().id().equals(s.id())) {
        return Optional.empty();
      }
      chain.add(s.id());
      return Optional.of(String.join(" → ", chain.stream().map(id -> "'" + id + "'").toList()));
    }

    /**
     * A revision names an earlier row of the same company, kind, period and currency, dated before
     * it, that no other row revises, and the chain of revisions ends (no row revises itself, even
     * through others).
     */
    private void checkRevision(Spending s, String r) {
      String file = DataFile.SPENDING.path();
      Optional<Spending> earlier = b.spending(r);
      if (earlier.isEmpty()) {
        if (!at.unread(file, r)) {
          problems.add(new Problem(at.of(file, s.id(), "replaces"), "expected the id of an earlier row of " + file
              + " in column 'replaces', found '" + r + "'" + NearestName.hint(r,
                  at.ids(file).stream().filter(id -> !id.equals(s.id())).toList())));
        }
        return;
      }
      Spending e = earlier.get();
      if (e.id().equals(s.id())) {
        problems.add(new Problem(at.of(file, s.id(), "replaces"), "expected the id of an earlier row in column"
            + " 'replaces', found '" + r + "', this row's own id"));
      } else if (!e.company().equals(s.company()) || e.spendingKind() != s.spendingKind()
          || !e.period().equals(s.period()) || !e.amount().currency().equals(s.amount().currency())) {
        problems.add(new Problem(at.of(file, s.id(), "replaces"), "expected an earlier figure of the same company,"
            + " kind, period and currency (" + described(s) + "), found '" + r + "' (" + described(e) + ")"));
      } else if (e.date().compareTo(s.date()) >= 0) {
        problems.add(new Problem(at.of(file, s.id(), "replaces"), "expected a row dated before this one ("
            + s.date() + "), found '" + r + "' dated " + e.date() + " (a revision comes after the figure it"
            + " revises)"));
      } else if (b.revisionsOf(r).size() > 1 && !b.revisionsOf(r).get(0).equals(s)) {
        problems.add(new Problem(at.of(file, s.id(), "replaces"), "expected each figure to be revised once (a"
            + " later revision replaces the latest one), found '" + r + "' replaced also by '"
            + b.revisionsOf(r).get(0).id() + "'"));
      }
      circle(s, e, Spending::replaces).ifPresent(circle -> problems.add(new Problem(at.of(file, s.id(), "replaces"),
          "expected revisions that lead back to a first figure, found a circle: " + circle)));
    }

    /** {@code meta, capex, 2025, USD}: what a revision must share with the row it revises. */
    private static String described(Spending s) {
      return s.company() + ", " + s.spendingKind().code() + ", "
          + s.period().map(com.moneywar.briefing.model.SpendingPeriod::code).orElse("no period") + ", "
          + s.amount().currency().getCurrencyCode();
    }
  }
}
