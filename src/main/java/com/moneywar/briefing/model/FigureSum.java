package com.moneywar.briefing.model;

import com.moneywar.briefing.money.Money;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a {@code {{sum:KIND:ID+ID…}}} figure adds up, and how: the amounts of its rows (one currency,
 * each row an amount paid or promised, as the check requires), with their bounds by {@link
 * InvestmentTree.Total}, so the sum is never firmer than its parts; its won figure is the sum of
 * each row converted at its own rate, rounded as the least precise row asks, and is given for an
 * exact or approximate sum, a range, and ceilings or floors all of one bound. Pure and
 * thread-safe; only for sums the check accepted.
 */
public final class FigureSum {
  private final Briefing briefing;
  private final List<MoneyFact> parts;

  private FigureSum(Briefing briefing, List<MoneyFact> parts) {
    this.briefing = briefing;
    this.parts = parts;
  }

  /** The sum of the rows named by {@code keys} ({@code flow:ID}, as a sum's placeholder holds them). */
  public static FigureSum of(Briefing briefing, List<String> keys) {
    return new FigureSum(briefing, keys.stream().map(k -> briefing.moneyFacts().get(k)).toList());
  }

  /**
   * Whether the rows of {@code keys} can be added up at all: all there, in one currency, each an
   * amount paid or promised (not a stake held, nor a deal paid in shares), all debt or none (a loan is not added to shares bought), not a floor with a ceiling (whose sum would hide the ceiling), spending of
   * one period and one status. The checks that read a sum's words ask this first; the check of the
   * sum itself says which it is not.
   */
  public static boolean addsUp(Briefing briefing, List<String> keys) {
    List<MoneyFact> facts = keys.stream().map(k -> briefing.moneyFacts().get(k)).toList();
    boolean sales = sales(facts);
    return facts.stream().allMatch(f -> f != null && f.reporting().plottable()
            && !(f instanceof Investment i && i.kind() == InvestmentKind.TOTAL)
            && !(f instanceof Flow flow && !flow.moneyMoved() && !sales))
        && facts.stream().map(f -> f.amount().currency()).distinct().count() == 1
        && facts.stream().map(f -> f instanceof Investment i && InvestmentTree.debt(briefing, i)
            || f instanceof Round r && r.type().debt()).distinct().count() == 1
        // A secondary sale is no money the company raised.
        && facts.stream().noneMatch(f -> f instanceof Round r && !r.type().debt() && !r.type().newMoney())
        && !(facts.stream().anyMatch(f -> f.bound().openAbove()) && facts.stream().anyMatch(f -> f.bound().ceiling()))
        && facts.stream().noneMatch(f -> f instanceof Spending s && s.period().isEmpty())
        && facts.stream().map(f -> f instanceof Spending s ? s.period() + " " + s.status() : "").distinct().count() == 1;
  }

  /**
   * Whether every row is a stake sold: their proceeds add up ("SoftBank raised $X selling its Nvidia
   * and T-Mobile shares"), though no sale is money paid to its seller by a party the row names.
   */
  public static boolean sales(List<MoneyFact> facts) {
    return !facts.isEmpty() && facts.stream().allMatch(f -> f instanceof Flow flow
        && flow.flowKind() == com.moneywar.briefing.model.FlowKind.SALE);
  }

  public InvestmentTree.Total total() {
    return InvestmentTree.Total.of(parts, parts.get(0).amount().currency());
  }

  /** The sum in the language's press style, with its bound: {@code 약 224억달러} / {@code about $22.4 billion}. */
  public String text(Lang lang) {
    return total().text(lang);
  }

  /** The least firm status of its rows: a sum of a disputed and a confirmed row is disputed. */
  public ClaimStatus claim() {
    return parts.stream().map(f -> f.reporting().claim()).max(Comparator.naturalOrder()).orElse(ClaimStatus.CONFIRMED);
  }

  /**
   * The status a sum says, as the charts' totals say it: empty when its rows are confirmed or merely
   * reported; the least firm status of its rows, {@code 반론 있음} / {@code disputed}, when all of
   * them have it, else that status for a part of it, {@code 일부 반론 있음} / {@code partly disputed}.
   */
  public String claimWords(Lang lang) {
    ClaimStatus weakest = claim();
    if (weakest == ClaimStatus.CONFIRMED || weakest == ClaimStatus.REPORTED) {
      return "";
    }
    String words = AmountText.claim(weakest, lang);
    boolean all = parts.stream().allMatch(f -> f.reporting().claim() == weakest);
    return all ? words : lang == Lang.KO ? "일부 " + words
        : "partly " + (weakest == ClaimStatus.ESTIMATED ? "estimated" : words);
  }

  /**
   * The sum in won, or its low end when it is a range ({@link #krwHigh()}); empty for a sum in won, one
   * with a row not converted, or one with a ceiling or a floor among rows of other bounds (its dollars
   * then read {@code 최대 약 …}, {@code 약 … 이상} or a range, which a won figure in brackets cannot say).
   */
  public Optional<Money> krw() {
    return krwEnds().map(ends -> ends.get(0));
  }

  /**
   * The high end of the won sum when rows that are ranges make it one ({@code 약 279조~282조원}, each
   * end converted at each row's rate); empty otherwise.
   */
  public Optional<Money> krwHigh() {
    return krwEnds().filter(ends -> ends.size() > 1).map(ends -> ends.get(1));
  }

  /**
   * The bound its won figure takes standing alone ({@code {{sum:…:krw}}}): that of its rows when they
   * are ceilings or floors all alike ({@code 최대 약 22조원}), else {@link Bound#EXACT} (a figure in
   * brackets leaves the bound to the amount before it).
   */
  public Bound wonBound() {
    Bound first = parts.get(0).bound();
    boolean alike = parts.stream().allMatch(f -> f.bound() == first);
    return alike && (first.ceiling() || first.openAbove()) ? first : Bound.EXACT;
  }

  private Optional<List<Money>> krwEnds() {
    // Ceilings all alike ("최대 100억달러" and "최대 50억달러") add up to one ("최대 150억달러"), whose won
    // figure is the sum of theirs, as each shows its own ("(약 14조7000억원)"): a new user's two
    // ceilings lost theirs in the sum beside them. So do floors all alike. Mixed, they make a range
    // or hide one bound, which a won figure in brackets cannot say.
    boolean alike = parts.stream().map(MoneyFact::bound).distinct().count() == 1;
    if (parts.get(0).amount().currency().equals(Money.KRW)
        || !alike && parts.stream().anyMatch(f -> f.bound().ceiling() || f.bound().openAbove())) {
      return Optional.empty();
    }
    Money low = new Money(BigDecimal.ZERO, Money.KRW);
    Money high = low;
    boolean range = false;
    // Each part's won figure is rounded to its own significant digits, so to a power of ten (417조
    // to 1조, 54조 at two digits to 1조 too); the sum is rounded to the coarsest of those, so that it
    // agrees with its parts shown beside it (828조, not 830조 from the fewest digits).
    int unit = Integer.MIN_VALUE;
    for (MoneyFact f : parts) {
      Optional<ExchangeRate> rate = f.reporting().noConversion() ? Optional.empty() : briefing.krwRateFor(f);
      if (rate.isEmpty()) {
        return Optional.empty();
      }
      Money won = f.amount().convert(rate.get().rate(), Money.KRW);
      Money wonHigh = f.bound() == Bound.RANGE && f.reporting().high().isPresent()
          ? f.reporting().high().get().convert(rate.get().rate(), Money.KRW) : won;
      range |= f.bound() == Bound.RANGE;
      low = low.plus(won);
      high = high.plus(wonHigh);
      for (Money end : List.of(won, wonHigh)) {
        BigDecimal rounded = end.roundToSignificant(f.approxDigits()).amount();
        if (rounded.signum() != 0) {
          unit = Math.max(unit, rounded.precision() - rounded.scale() - f.approxDigits());
        }
      }
    }
    List<Money> ends = new java.util.ArrayList<>(List.of(round(low, unit)));
    if (range) {
      ends.add(round(high, unit));
    }
    return Optional.of(ends);
  }

  private static Money round(Money sum, int unit) {
    return unit == Integer.MIN_VALUE ? sum
        : new Money(sum.amount().setScale(-unit, java.math.RoundingMode.HALF_UP), Money.KRW);
  }

}
