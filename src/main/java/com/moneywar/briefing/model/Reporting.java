package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * How a fact is reported, the columns every fact table shares beyond id, amount, date and source:
 * the upper end of a range, the claim's status, further sources, an alternative figure from another
 * source, whether the amount is stated at all (a denial may give none) and whether it may be
 * converted to won.
 *
 * @param high the upper end when the bound is {@link Bound#RANGE}, else empty
 * @param otherSources sources that also report the fact, beyond the one the figure comes from
 * @param alternative a different figure another source gives, with that source
 * @param amountStated false for a denied claim that names no amount, or a flow whose price was not disclosed
 * @param noConversion the row said {@code fx=none}: show no won figure
 * @param deal whether the deal was made: {@link DealStatus#AGREED} but for a flow that records an
 *     offer, a rejected offer, a deal called off, or a letter of intent or memorandum of understanding
 */
public record Reporting(
    Optional<Money> high,
    ClaimStatus claim,
    List<String> otherSources,
    Optional<Alternative> alternative,
    boolean amountStated,
    boolean noConversion,
    DealStatus deal) {
  /** Exact, confirmed, one source, converted as usual. */
  public static final Reporting PLAIN =
      new Reporting(Optional.empty(), ClaimStatus.CONFIRMED, List.of(), Optional.empty(), true, false);

  /** A fact of a deal that was made (every kind but a flow can only be one). */
  public Reporting(Optional<Money> high, ClaimStatus claim, List<String> otherSources, Optional<Alternative> alternative,
      boolean amountStated, boolean noConversion) {
    this(high, claim, otherSources, alternative, amountStated, noConversion, DealStatus.AGREED);
  }

  /** The same reporting of a deal whose status is {@code deal}. */
  public Reporting withDeal(DealStatus deal) {
    return new Reporting(high, claim, otherSources, alternative, amountStated, noConversion, deal);
  }

  /** A different figure for the same fact, and the source that gives it. */
  public record Alternative(Money amount, Bound bound, Optional<Money> high, String source) {
    public Alternative {
      requireNonNull(amount, "amount");
      requireNonNull(bound, "bound");
      requireNonNull(high, "high");
      requireNonNull(source, "source");
    }
  }

  /**
   * Whether charts draw the fact and totals add it in: it has an amount, was not denied, and is a
   * deal that was made (not an offer, nor one rejected or called off, nor a letter of intent or memorandum). Such a fact stays in the
   * tables and the prose, with its status.
   */
  public boolean plottable() {
    return amountStated && made();
  }

  /** Whether the deal was made and the parties do not deny it (its amount stated or not). */
  public boolean made() {
    return claim != ClaimStatus.DENIED && deal == DealStatus.AGREED;
  }

  public Reporting {
    requireNonNull(high, "high");
    requireNonNull(claim, "claim");
    otherSources = List.copyOf(otherSources);
    requireNonNull(alternative, "alternative");
    requireNonNull(deal, "deal");

  }
}
