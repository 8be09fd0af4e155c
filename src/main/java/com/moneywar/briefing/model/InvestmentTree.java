package com.moneywar.briefing.model;

import com.moneywar.briefing.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How investment rows nest, and the one place totals are added up, so that every total shown
 * (prose, tables, charts) counts each dollar once. A commitment's children are its tranches and the
 * earlier commitment it raises or replaces; a tranche's children are its own tranches. The roots
 * are single investments and commitments that nothing replaces. For an investor–investee pair,
 * <em>committed</em> is the sum of its roots, and <em>paid in</em> the sum of the invested rows that
 * have no children (a row with children counts through them). Pure and thread-safe.
 */
public final class InvestmentTree {
  private InvestmentTree() {}

  /** Whether the row is a root: not a tranche, and not raised or replaced by a later commitment. */
  public static boolean isRoot(Briefing b, Investment i) {
    // A running total a report gives is a sum of deals already, not a deal: it is in no tree.
    return i.kind() != InvestmentKind.TOTAL && i.partOf().isEmpty() && b.replacementsOf(i.id()).isEmpty();
  }

  /**
   * Whether a table lists the row at its top level, with the rows under it after it: a root, or a
   * running total (in no tree, and listed all the same).
   */
  public static boolean isListedFirst(Briefing b, Investment i) {
    return isRoot(b, i) || i.kind() == InvestmentKind.TOTAL;
  }

  public static List<Investment> children(Briefing b, Investment i) {
    List<Investment> children = new ArrayList<>(b.tranchesOf(i.id()));
    i.replaces().flatMap(b::investment).ifPresent(children::add);
    return children;
  }

  /** The root and everything under it, depth first, each row once (a cycle, which the check reports, stops). */
  public static List<Investment> subtree(Briefing b, Investment root) {
    Set<Investment> seen = new LinkedHashSet<>();
    walk(b, root, seen);
    return List.copyOf(seen);
  }

  private static void walk(Briefing b, Investment i, Set<Investment> seen) {
    if (seen.add(i)) {
      children(b, i).forEach(c -> walk(b, c, seen));
    }
  }

  /**
   * The root of the tree that holds {@code i}: the row itself, or the commitment it is a tranche of
   * (through every level) or that raises or replaces it. A cycle, which the check reports, stops
   * where it closes.
   */
  public static Investment rootOf(Briefing b, Investment i) {
    Set<String> seen = new java.util.HashSet<>();
    Investment at = i;
    while (seen.add(at.id())) {
      Investment row = at;
      Optional<Investment> up = row.partOf().flatMap(b::investment)
          .or(() -> b.replacementsOf(row.id()).stream().findFirst());
      if (up.isEmpty()) {
        break;
      }
      at = up.get();
    }
    return at;
  }

  /**
   * Whether the row is <em>debt</em>, not equity: a lender's loan or a bond buyer's bonds, because
   * it or a row of its tree (the commitment it draws on, its tranches, the commitment it raises)
   * is a share of a {@code debt} round. Debt is shown as such wherever the row is, and never added
   * into the investment totals (committed, paid in), the money-flows and cumulative charts, or a
   * {@code {{sum:…}}} with equity: it is money lent, to be paid back, not a stake bought. The check
   * refuses a tree that names both a debt round and another round.
   */
  public static boolean debt(Briefing b, Investment i) {
    if (b.rounds().stream().noneMatch(r -> r.type().debt())) {
      return false; // most records have no debt round: no tree to walk
    }
    return subtree(b, rootOf(b, i)).stream().anyMatch(row -> namesDebtRound(b, row));
  }

  /** Whether the row itself names a round of type {@code debt} (not through its tree). */
  public static boolean namesDebtRound(Briefing b, Investment i) {
    return i.round().flatMap(b::round).map(r -> r.type().debt()).orElse(false);
  }

  /** The rows under a root that count as paid in: invested, with no children. */
  public static List<Investment> paidRows(Briefing b, Investment root) {
    return subtree(b, root).stream()
        .filter(i -> i.status() == InvestmentStatus.INVESTED && children(b, i).isEmpty()).toList();
  }

  /**
   * What an investor–investee pair has paid in, in one currency: {@code itemised}, the invested rows
   * of its deals, or the latest running total a report gives of it ("Microsoft has invested $13.8
   * billion in OpenAI", kind {@code total}, status {@code invested}) in place of the rows dated up
   * to it, with the rows after it, when that total is more than what those rows add up to. A new
   * user's money-flows chart read "paid in: up to $2 billion" (the two payments itemised) beside
   * such a total of $13.8 billion. A running total no larger than its rows (an older, partial count,
   * or the same sum less precisely: a confirmed $13 billion is not made a reported one) replaces
   * nothing.
   */
  public static List<MoneyFact> paidOfPair(Briefing b, List<? extends MoneyFact> itemised, String investor,
      String investee, java.util.Currency currency) {
    return withRunningTotal(b, itemised, investor, investee, currency, InvestmentStatus.INVESTED);
  }

  /**
   * What a pair has committed, in one currency: its deals ({@code roots}), or the latest running total
   * of what it has promised so far (kind {@code total}, status {@code announced}) in place of the
   * deals dated up to it, as {@link #paidOfPair} takes the running total paid in.
   */
  public static List<MoneyFact> committedOfPair(Briefing b, List<? extends MoneyFact> roots, String investor,
      String investee, java.util.Currency currency) {
    return withRunningTotal(b, roots, investor, investee, currency, InvestmentStatus.ANNOUNCED);
  }

  /**
   * What a pair committed, when a running total paid in ({@code paid}) stands for its payments: never
   * less than that total plus the payments the pair still plans on or after the total's date, which a
   * total of money paid cannot hold (walk 78: "$3 billion invested so far" beside a planned $750
   * million tranche of the same day read as $3 billion committed, the planned money dropped). {@code
   * committed} itself when it is more, or when no running total stands in {@code paid}.
   */
  public static List<MoneyFact> committedWithPlanned(List<MoneyFact> committed, List<MoneyFact> paid,
      List<? extends MoneyFact> pairRows, java.util.Currency currency) {
    Optional<Investment> total = paid.stream().filter(r -> r instanceof Investment i && i.kind() == InvestmentKind.TOTAL)
        .map(Investment.class::cast).findFirst();
    if (total.isEmpty()) {
      return committed;
    }
    List<MoneyFact> planned = pairRows.stream()
        .filter(r -> r instanceof Investment i && i.kind() == InvestmentKind.TRANCHE && i.status() == InvestmentStatus.PLANNED
            && i.reporting().plottable() && i.amount().currency().equals(currency)
            && i.date().compareTo(total.get().date()) >= 0)
        .map(MoneyFact.class::cast).distinct().toList();
    if (planned.isEmpty()) {
      return committed;
    }
    List<MoneyFact> floor = new ArrayList<>(paid);
    floor.addAll(planned);
    Optional<Money> high = Total.of(committed, currency).high();
    return high.isPresent() && high.get().compareAmount(Total.of(floor, currency).low()) < 0 ? List.copyOf(floor)
        : committed;
  }

  /** The running total of the pair, in {@code currency}, with {@code status}, that stands for rows up to its date. */
  public static Optional<Investment> runningTotal(Briefing b, List<? extends MoneyFact> rows, String investor,
      String investee, java.util.Currency currency, InvestmentStatus status) {
    Optional<Investment> total = b.investments().stream()
        .filter(i -> i.kind() == InvestmentKind.TOTAL && i.status() == status && i.investor().equals(investor)
            && i.investee().equals(investee) && i.amount().currency().equals(currency)
            && i.reporting().plottable() && i.reporting().amountStated())
        .max(java.util.Comparator.comparing(Investment::date));
    return total.filter(t -> Total.of(rows.stream().filter(r -> r.date().compareTo(t.date()) <= 0).toList(), currency)
        .point().compareAmount(t.amount()) < 0);
  }

  private static List<MoneyFact> withRunningTotal(Briefing b, List<? extends MoneyFact> rows, String investor,
      String investee, java.util.Currency currency, InvestmentStatus status) {
    Optional<Investment> total = runningTotal(b, rows, investor, investee, currency, status);
    if (total.isEmpty()) {
      return List.copyOf(rows);
    }
    List<MoneyFact> kept = new ArrayList<>(List.of(total.get()));
    rows.stream().filter(r -> r.date().compareTo(total.get().date()) > 0).forEach(kept::add);
    return List.copyOf(kept);
  }

  /**
   * A sum of stated amounts that keeps what is known of it: {@code point} adds the figures as
   * stated (what a chart plots), {@code low} and {@code high} bound the true total (an "up to"
   * adds nothing to {@code low}, an "at least" leaves {@code high} open), and {@code about} says an
   * approximation went in.
   */
  public record Total(Money point, Money low, Optional<Money> high, boolean about, boolean strict, boolean capped,
      java.util.Set<ClaimStatus> claims) {
    public Total {
      // In the order the parts came, as a table names their statuses.
      claims = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(claims));
    }

    /** A total of no ceiling ("up to") among its parts. */
    public Total(Money point, Money low, Optional<Money> high, boolean about, boolean strict) {
      this(point, low, high, about, strict, false);
    }

    /** A total whose parts' claim statuses are not kept. */
    public Total(Money point, Money low, Optional<Money> high, boolean about, boolean strict, boolean capped) {
      this(point, low, high, about, strict, capped, java.util.Set.of());
    }

    public static Total zero(java.util.Currency currency) {
      Money z = new Money(BigDecimal.ZERO, currency);
      return new Total(z, z, Optional.of(z), false, false, false, java.util.Set.of());
    }

    public static Total of(List<? extends MoneyFact> facts, java.util.Currency currency) {
      Total t = zero(currency);
      for (MoneyFact f : facts) {
        t = t.plus(f);
      }
      return t;
    }

    public Total plus(MoneyFact f) {
      Money a = f.amount();
      Money lo = switch (f.bound()) {
        case UP_TO, LESS_THAN -> new Money(BigDecimal.ZERO, a.currency());
        default -> a;
      };
      Optional<Money> hi = switch (f.bound()) {
        case AT_LEAST, MORE_THAN -> Optional.empty();
        case RANGE -> f.reporting().high();
        default -> Optional.of(a);
      };
      return new Total(point.plus(a), low.plus(lo), high.flatMap(h -> hi.map(h::plus)),
          about || f.bound() == Bound.ABOUT, strict || f.bound() == Bound.MORE_THAN, capped || f.bound().ceiling(),
          with(claims, java.util.Set.of(f.reporting().claim())));
    }

    /** This total and {@code other}, of the same currency, added up. */
    public Total plus(Total other) {
      return new Total(point.plus(other.point), low.plus(other.low), high.flatMap(h -> other.high.map(h::plus)),
          about || other.about, strict || other.strict, capped || other.capped, with(claims, other.claims));
    }

    /**
     * This total, never stated as less than {@code floor} (money already paid under a ceiling):
     * where its low end is lower, it is stated as a ceiling alone, "최대 300억달러" / "up to $30
     * billion", as the commitment was reported. Raising the low end to the money paid would make a
     * range no one reported ("295억~300억달러" for an up-to-$30-billion commitment of which $29.5
     * billion was paid), and keeping it would read as less than what was paid ("28억~1328억달러"
     * beside $32.3 billion paid).
     */
    public Total atLeast(Money floor) {
      return low.compareAmount(floor) >= 0 ? this
          : new Total(point, new Money(BigDecimal.ZERO, low.currency()), high, about, strict, capped, claims);
    }

    /**
     * This total as what was committed, of which {@code paid} was paid in: never less than it. Where
     * all of this is less than what was paid (a running total paid in above the deals itemised), it
     * is what was paid; else {@link #atLeast} its low end.
     */
    public Total committedBeside(Total paid) {
      return high.isPresent() && high.get().compareAmount(paid.low) < 0 ? paid : atLeast(paid.low);
    }

    /** How to state the total: the bound, the amount (a range's low end) and a range's high end. */
    public Bound bound() {
      if (about) {
        return Bound.ABOUT;
      }
      if (high.isEmpty()) {
        return strict ? Bound.MORE_THAN : Bound.AT_LEAST;
      }
      if (low.compareAmount(high.get()) == 0) {
        return Bound.EXACT;
      }
      // A part that is only a ceiling makes the whole one: an exact $11 billion and an "up to $1
      // billion" are "up to $12 billion", never "$11–12 billion", a range no one reported.
      return low.amount().signum() == 0 || capped ? Bound.UP_TO : Bound.RANGE;
    }

    /** The amount to write with {@link #bound()}. */
    public Money stated() {
      return switch (bound()) {
        case ABOUT -> point;
        case UP_TO, LESS_THAN -> high.orElse(point);
        default -> low;
      };
    }

    /**
     * The total as prose, tables and charts write it: {@code 최대 …}, {@code 400억~500억달러},
     * {@code more than …}; never firmer than its parts: a sum of a ceiling and an approximate
     * amount is {@code 최대 약 305억달러} / {@code up to about $30.5 billion} (never {@code 약} /
     * {@code about} alone, which would hide that part of it is only a ceiling), and a sum of a floor
     * and an approximate amount is {@code 약 934억달러 이상} / {@code about $93.4 billion or more}; a
     * sum of a range and an approximate amount is {@code 약 1950억~1970억달러} / {@code about $195–197 billion}.
     */
    public String text(Lang lang) {
      if (about) {
        // An approximate sum is no more precise than its approximate parts: a new user's "about
        // 14.27 billion rupees" and an exact 2,467,200,000 read "about 16,737,200,000 rupees".
        return new Total(approximately(point), approximately(low), high.map(Total::approximately), true, strict,
            capped, claims).exactText(lang);
      }
      return exactText(lang);
    }

    /** {@code m} to at most four significant digits, half up: how precisely an approximate sum is written. */
    private static Money approximately(Money m) {
      BigDecimal a = m.amount();
      if (a.signum() == 0 || a.stripTrailingZeros().precision() <= 4) {
        return m;
      }
      BigDecimal rounded = a.round(new java.math.MathContext(4, java.math.RoundingMode.HALF_UP));
      return new Money(rounded.scale() < 0 ? rounded.setScale(0) : rounded, m.currency());
    }

    private String exactText(Lang lang) {
      boolean ko = lang == Lang.KO;
      if (floorAndCeiling()) {
        return floor().text(lang) + (ko ? " + 최대 " : " plus up to ") + AmountText.format(lang).format(ceilingPart());
      }
      if (approximateRange()) {
        return (ko ? "약 " : "about ") + AmountText.of(Bound.RANGE, low, high, lang);
      }
      if (approximateCeiling()) {
        return (ko ? "최대 약 " : "up to about ") + AmountText.format(lang).format(high.get());
      }
      if (approximateFloor()) {
        String amount = AmountText.format(lang).format(point);
        return ko ? "약 " + amount + " 이상" : "about " + amount + " or more";
      }
      return AmountText.of(bound(), stated(), bound() == Bound.RANGE ? high : Optional.empty(), lang);
    }

    /**
     * Whether the sum is approximate and has a ceiling above its floor because one of its parts is
     * only a ceiling ("up to"): {@code 최대 약 305억달러}, as that part may be anything up to it.
     */
    public boolean approximateCeiling() {
      return about && capped && high.isPresent() && low.compareAmount(high.get()) != 0;
    }

    /**
     * Whether the sum is approximate and lies between a floor and a ceiling, none of its parts only a
     * ceiling (a range and an approximate amount): {@code 약 1950억~1970억달러} / {@code about $195–197
     * billion}, which keeps the floor that {@code 최대 약} would drop.
     */
    public boolean approximateRange() {
      return about && !capped && high.isPresent() && low.compareAmount(high.get()) != 0;
    }

    private static java.util.Set<ClaimStatus> with(java.util.Set<ClaimStatus> a, java.util.Set<ClaimStatus> b) {
      java.util.Set<ClaimStatus> all = new LinkedHashSet<>(a);
      all.addAll(b);
      return all;
    }

    /**
     * How firmly the total is established, after it as a table writes it: {@code (보도)} /
     * {@code  (reported)} when every part is reported, {@code (일부 보도)} / {@code  (partly
     * reported)} when some of it is confirmed; empty when all is confirmed (or not kept). A total is
     * never called firmer, nor weaker, than its parts.
     */
    public String claimWords(Lang lang) {
      List<ClaimStatus> weak = claims.stream().filter(c -> c != ClaimStatus.CONFIRMED).toList();
      if (weak.isEmpty()) {
        return "";
      }
      String text = weak.stream().map(c -> AmountText.claim(c, lang)).collect(java.util.stream.Collectors.joining(", "));
      boolean partly = claims.contains(ClaimStatus.CONFIRMED);
      return lang == Lang.KO ? "(" + (partly ? "일부 " : "") + text + ")" : " (" + (partly ? "partly " : "") + text + ")";
    }

    /** Whether the sum is approximate and has no ceiling: part of it is only a floor ("more than"). */
    public boolean approximateFloor() {
      return about && high.isEmpty() && !floorAndCeiling();
    }

    /**
     * Whether part of the sum is only a floor ("more than $1 billion") and part only a ceiling ("up to
     * $40 billion"): it then has no bound of its own, and is written as the two, {@code 17억5000만달러
     * 이상 + 최대 400억달러} / {@code more than $1.75 billion plus up to $40 billion}. Written as its
     * floor alone, a new user's Google commitment of up to $40 billion vanished from "more than $1.75
     * billion", while the bar beside it was drawn to $41.75 billion.
     */
    public boolean floorAndCeiling() {
      return capped && high.isEmpty() && point.compareAmount(low) > 0;
    }

    /** The parts that are floors or figures, added up as a floor: {@code 17억5000만달러 이상}. */
    public Total floor() {
      return new Total(low, low, Optional.empty(), about, strict, false, claims);
    }

    /** The parts that are only ceilings, added up: what the sum may reach above {@link #floor()}. */
    public Money ceilingPart() {
      return new Money(point.amount().subtract(low.amount()), point.currency());
    }
  }
}
