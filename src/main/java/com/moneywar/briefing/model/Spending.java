package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.Optional;

/**
 * Money a company spends on its own account, with no counterparty: its capital expenditure, its
 * spending on AI infrastructure, or an investment pledge, for a {@link SpendingPeriod} (empty when
 * no source states one: "Project Rainier's $11 billion"), planned, spent or estimated. A revised figure (guidance raised or cut) is a row of its own that names the
 * one it revises in {@code replaces}. Never added into investment totals.
 *
 * @param partOf the row whose amount already holds this one, when a source says so ("InvestAI,
 *     €200 billion, including a €20 billion fund"; a company's pledge inside a state's total): a chart
 *     never draws the two side by side, nor does a sum add them
 */
public record Spending(
    String id,
    String company,
    SpendingKind spendingKind,
    Optional<SpendingPeriod> period,
    SpendingStatus status,
    Optional<String> replaces,
    Money amount,
    Bound bound,
    PartialDate date,
    String source,
    Optional<String> fx,
    int approxDigits,
    Localized note,
    Reporting reporting,
    Localized name,
    Optional<String> partOf)
    implements MoneyFact {
  /** Spending of no name of its own, part of no other row. */
  public Spending(String id, String company, SpendingKind spendingKind, Optional<SpendingPeriod> period,
      SpendingStatus status, Optional<String> replaces, Money amount, Bound bound, PartialDate date, String source,
      Optional<String> fx, int approxDigits, Localized note, Reporting reporting) {
    this(id, company, spendingKind, period, status, replaces, amount, bound, date, source, fx, approxDigits, note,
        reporting, Localized.empty());
  }

  /** Spending part of no other row. */
  public Spending(String id, String company, SpendingKind spendingKind, Optional<SpendingPeriod> period,
      SpendingStatus status, Optional<String> replaces, Money amount, Bound bound, PartialDate date, String source,
      Optional<String> fx, int approxDigits, Localized note, Reporting reporting, Localized name) {
    this(id, company, spendingKind, period, status, replaces, amount, bound, date, source, fx, approxDigits, note,
        reporting, name, Optional.empty());
  }

  public Spending {
    requireNonNull(id, "id");
    requireNonNull(company, "company");
    requireNonNull(spendingKind, "spendingKind");
    requireNonNull(period, "period");
    requireNonNull(status, "status");
    requireNonNull(replaces, "replaces");
    requireNonNull(amount, "amount");
    requireNonNull(bound, "bound");
    requireNonNull(date, "date");
    requireNonNull(source, "source");
    requireNonNull(fx, "fx");
    requireNonNull(note, "note");
    requireNonNull(reporting, "reporting");
    requireNonNull(name, "name");
    requireNonNull(partOf, "partOf");
  }

  /**
   * The programme's or project's own name after a label ({@code  · InvestAI}, {@code  · 스타게이트
   * UK}), which tells apart two pledges of one company, kind and period; empty when it has none.
   */
  public String nameAfter(Lang lang) {
    String n = name.in(lang);
    return n.isEmpty() ? "" : " · " + n;
  }

  /**
   * The period as it comes before the kind in a label or a table ({@code 2025년 설비투자}): its words
   * and a space, or nothing when no period is stated.
   */
  public String periodBefore(Lang lang) {
    return period.map(p -> p.words(lang) + " ").orElse("");
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.spending(this);
  }
}
