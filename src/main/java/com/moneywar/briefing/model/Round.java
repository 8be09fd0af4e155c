package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.List;
import java.util.Optional;

/**
 * A funding round as a deal database keeps it: the company raising, the round's type and date, the
 * total raised ({@link #amount()}), the valuation it set (a row of the valuations table, whose basis
 * says pre- or post-money) and its investors, lead or participant. What single investors put in,
 * where reported, are investment rows naming the round.
 *
 * @param lead the lead investors the sources name; empty when they name none (a secondary sale often
 *     has no lead), and then {@code participants} names at least one investor
 * @param participants the other investors the sources name, none also in {@code lead}
 */
public record Round(
    String id,
    String investee,
    RoundType type,
    List<String> lead,
    List<String> participants,
    Optional<String> valuation,
    Money amount,
    Bound bound,
    PartialDate date,
    String source,
    Optional<String> fx,
    int approxDigits,
    Localized note,
    Reporting reporting,
    Optional<String> closedAs,
    Optional<String> includedIn)
    implements MoneyFact {
  /** A round that no later round concluded. */
  public Round(String id, String investee, RoundType type, List<String> lead, List<String> participants,
      Optional<String> valuation, Money amount, Bound bound, PartialDate date, String source, Optional<String> fx,
      int approxDigits, Localized note, Reporting reporting) {
    this(id, investee, type, lead, participants, valuation, amount, bound, date, source, fx, approxDigits, note,
        reporting, Optional.empty());
  }

  /** A round whose money no later round's amount includes. */
  public Round(String id, String investee, RoundType type, List<String> lead, List<String> participants,
      Optional<String> valuation, Money amount, Bound bound, PartialDate date, String source, Optional<String> fx,
      int approxDigits, Localized note, Reporting reporting, Optional<String> closedAs) {
    this(id, investee, type, lead, participants, valuation, amount, bound, date, source, fx, approxDigits, note,
        reporting, closedAs, Optional.empty());
  }

  /**
   * The later round whose amount includes this one's money, when it is on {@code record}: a SAFE or
   * a note that converted into it, a first close its final close counts ({@code included_in}). From
   * then on this round's money is that round's, and is not added in again.
   */
  public Optional<Round> includedLater(Briefing record) {
    return includedIn.flatMap(record::round);
  }

  /**
   * Every later round on {@code record} that holds this one's money, nearest first: the round that
   * includes it, the round that includes that one, and so on (the check refuses a loop; a loop
   * would end the list where it closes).
   */
  public List<Round> includedInLater(Briefing record) {
    List<Round> later = new java.util.ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>(java.util.Set.of(id));
    for (Optional<Round> next = includedLater(record); next.isPresent() && seen.add(next.get().id());
        next = next.get().includedLater(record)) {
      later.add(next.get());
    }
    return later;
  }

  /**
   * The same round, talks a later round ended ({@code closedAs}), with {@code outcome}: {@link
   * DealStatus#CONCLUDED} when that round closed, {@link DealStatus#ABANDONED} when it was called off,
   * {@link DealStatus#TALKS} before it is on the record. A round naming no later round is left as it is.
   */
  public Round ended(DealStatus outcome) {
    DealStatus deal = closedAs.isEmpty() ? reporting.deal() : outcome;
    return deal == reporting.deal() ? this : new Round(id, investee, type, lead, participants, valuation, amount, bound,
        date, source, fx, approxDigits, note, reporting.withDeal(deal), closedAs, includedIn);
  }

  public Round {
    requireNonNull(id, "id");
    requireNonNull(investee, "investee");
    requireNonNull(type, "type");
    lead = List.copyOf(lead);
    participants = List.copyOf(participants);
    requireNonNull(valuation, "valuation");
    requireNonNull(amount, "amount");
    requireNonNull(bound, "bound");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(fx, "fx");
    requireNonNull(note, "note");
    requireNonNull(reporting, "reporting");
    requireNonNull(closedAs, "closedAs");
    requireNonNull(includedIn, "includedIn");
  }

  /** Whether the sources name a lead investor. */
  public boolean hasLead() {
    return !lead.isEmpty();
  }

  /** Lead investors first, then participants. */
  public List<String> investors() {
    List<String> all = new java.util.ArrayList<>(lead);
    all.addAll(participants);
    return List.copyOf(all);
  }

  /**
   * Where the round stands: a debt financing or an IPO not yet closed is {@code 추진 중} /
   * {@code planned} (a bond sale is marketed, a listing prepared: nobody is "in talks"); any other
   * round in talks is {@code 협상 중} / {@code in talks}; a round called off {@code 무산} /
   * {@code called off}; empty when closed.
   */
  @Override
  public String dealWords(Lang lang) {
    if (reporting.claim() == ClaimStatus.DENIED) {
      return "";
    }
    if (reporting.deal() == DealStatus.TALKS && type.plannedUntilClosed()) {
      return lang == Lang.KO ? "추진 중" : "planned";
    }
    return reporting.deal().words(lang);
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.round(this);
  }
}
