package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.Optional;

/**
 * Money from an investor to an investee: a commitment, a tranche paid toward a commitment or toward
 * another tranche (named by {@code partOf}), or a single investment. A commitment may raise or
 * replace an earlier one ({@code replaces}): the earlier one then counts as part of it, so its money
 * is counted once. An investment may be one investor's reported share of a funding {@code round}.
 *
 * @param role the investor's part in {@code round} as the row states it; empty when the row leaves it
 *     to the round, whose lists then say it ({@link #roleIn(Round)})
 */
public record Investment(
    String id,
    String investor,
    String investee,
    InvestmentKind kind,
    Optional<String> partOf,
    Money amount,
    Bound bound,
    InvestmentStatus status,
    PartialDate date,
    String source,
    Optional<String> fx,
    int approxDigits,
    Localized note,
    Optional<String> round,
    Optional<InvestorRole> role,
    Optional<String> replaces,
    Reporting reporting,
    Optional<String> closedAs)
    implements MoneyFact {
  public Investment {
    requireNonNull(id, "id");
    requireNonNull(investor, "investor");
    requireNonNull(investee, "investee");
    requireNonNull(kind, "kind");
    requireNonNull(partOf, "partOf");
    requireNonNull(amount, "amount");
    requireNonNull(bound, "bound");
    requireNonNull(status, "status");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(fx, "fx");
    requireNonNull(note, "note");
    requireNonNull(round, "round");
    requireNonNull(role, "role");
    requireNonNull(replaces, "replaces");
    requireNonNull(reporting, "reporting");
    requireNonNull(closedAs, "closedAs");
    if (amount.isNegative()) {
      throw new IllegalArgumentException("negative amount: " + amount);
    }
    if ((kind == InvestmentKind.TRANCHE) != partOf.isPresent()) {
      throw new IllegalArgumentException("a tranche, and only a tranche, is part of a commitment");
    }
    if (replaces.isPresent() && kind != InvestmentKind.COMMITMENT) {
      throw new IllegalArgumentException("only a commitment replaces an earlier one");
    }
  }

  /**
   * The id's hash: equal rows have equal ids, so this keeps the contract of {@link #equals}, and a
   * set or map of rows (the trees, the company pages, each edition as of its date) hashes one string
   * instead of every field, text and note of a row each time it looks one up. Ids are unique once
   * the check has run; rows that share one (as the check finds them) share a bucket, nothing worse.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /** An investment that names no later row its talks came to. */
  public Investment(String id, String investor, String investee, InvestmentKind kind, Optional<String> partOf, Money amount,
      Bound bound, InvestmentStatus status, PartialDate date, String source, Optional<String> fx, int approxDigits,
      Localized note, Optional<String> round, Optional<InvestorRole> role, Optional<String> replaces, Reporting reporting) {
    this(id, investor, investee, kind, partOf, amount, bound, status, date, source, fx, approxDigits, note, round, role,
        replaces, reporting, Optional.empty());
  }

  /**
   * The same investment, talks a later row ended ({@code closedAs}), with {@code outcome}: {@link
   * DealStatus#CONCLUDED} once that row (the investment agreed) is on the record, {@link
   * DealStatus#TALKS} before. An investment naming no later row is left as it is.
   */
  public Investment ended(DealStatus outcome) {
    DealStatus deal = closedAs.isEmpty() ? reporting.deal() : outcome;
    return deal == reporting.deal() ? this : new Investment(id, investor, investee, kind, partOf, amount, bound, status,
        date, source, fx, approxDigits, note, round, role, replaces, reporting.withDeal(deal), closedAs);
  }

  /**
   * This investment as what it is part of came to stand ({@code deal}): a share of a round in talks
   * that concluded or was called off (a new user's Nvidia share read "협상 중" beside the round that
   * had closed), or a tranche of talks or of a letter of intent a later row ended ({@link
   * TrancheDeals}). Only one with no {@code closed_as} of its own.
   */
  public Investment standingAs(DealStatus deal) {
    return closedAs.isPresent() || reporting.deal() == deal ? this : new Investment(id, investor, investee, kind, partOf,
        amount, bound, status, date, source, fx, approxDigits, note, round, role, replaces, reporting.withDeal(deal),
        closedAs);
  }

  /** Talks a later investment concluded say how: {@code 이후 합의} / {@code talks, later agreed}. */
  @Override
  public String dealWords(Lang lang) {
    if (reporting.claim() != ClaimStatus.DENIED && reporting.deal() == DealStatus.CONCLUDED) {
      return lang == Lang.KO ? "이후 합의" : "talks, later agreed";
    }
    return MoneyFact.super.dealWords(lang);
  }

  /** A fact as the tables before rounds and claims stated it: no round, no earlier commitment replaced, plainly reported. */
  public Investment(String id, String investor, String investee, InvestmentKind kind, Optional<String> partOf, Money amount,
      Bound bound, InvestmentStatus status, PartialDate date, String source, Optional<String> fx, int approxDigits,
      Localized note) {
    this(id, investor, investee, kind, partOf, amount, bound, status, date, source, fx, approxDigits, note,
        Optional.empty(), Optional.empty(), Optional.empty(), Reporting.PLAIN);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.investment(this);
  }

  /**
   * The investor's part in {@code round} (the round this row names): the row's {@link #role()}, or
   * else the round's lists' ({@code lead} when the round names the investor as a lead).
   */
  public InvestorRole roleIn(Round round) {
    return role.orElse(round.lead().contains(investor) ? InvestorRole.LEAD : InvestorRole.PARTICIPANT);
  }
}
