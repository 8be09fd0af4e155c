package com.moneywar.briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule that makes a briefing an edition: what was on the record on a given day. One place for
 * it, so the page, the charts and the PDF of an edition all see the same facts.
 *
 * <p>The rule: a dated row (investment, valuation, talent offer, exchange rate, source) is on the
 * record as of day {@code D} when the first day its date can mean is on or before {@code D}
 * ({@code 2024-03} counts from 1 March 2024, {@code 2024} from 1 January 2024); an exchange rate
 * that a fact on the record names in its {@code fx} column is kept with it. A tranche whose
 * commitment is not yet on the record is left out with it; a chart is kept only when every row it
 * names is on the record. Companies have no date and are always kept; texts are kept when dated on
 * or before {@code D}. A new kind of fact row follows the same rule: add it in {@link #of}.
 *
 * <pre>{@code
 * Briefing edition = AsOf.of(briefing, LocalDate.of(2024, 3, 28));
 * }</pre>
 */
public final class AsOf {
  private AsOf() {}

  /** Whether a fact dated {@code date} is on the record as of {@code day}. */
  public static boolean onRecord(PartialDate date, LocalDate day) {
    return !date.firstDay().isAfter(day);
  }

  /** The briefing as it stood on {@code day}: only the rows on the record by then. */
  public static Briefing of(Briefing b, LocalDate day) {
    List<Investment> investments = b.investments().stream().filter(i -> onRecord(i.date(), day)).toList();
    Set<String> ids = investments.stream().map(Investment::id).collect(Collectors.toSet());
    investments = investments.stream().filter(i -> i.partOf().map(ids::contains).orElse(true)).toList();
    List<Valuation> valuations = b.valuations().stream().filter(v -> onRecord(v.date(), day)).toList();
    List<TalentOffer> talent = b.talent().stream().filter(t -> onRecord(t.date(), day)).toList();
    Set<String> facts = Stream.of(investments.stream().map(i -> "investment:" + i.id()),
        valuations.stream().map(v -> "valuation:" + v.id()), talent.stream().map(t -> "talent:" + t.id()))
        .flatMap(s -> s).collect(Collectors.toSet());
    Predicate<RowRef> known = r -> facts.contains(r.kind() + ":" + r.id());
    List<ChartSpec> charts = b.charts().stream()
        .filter(c -> c.rows().stream().allMatch(known))
        .filter(c -> c.compare().stream().allMatch(known))
        .toList();
    // A rate a kept fact names in its 'fx' is part of that fact, whatever the rate's own date.
    Set<String> named = Stream.of(investments.stream(), valuations.stream(), talent.stream())
        .flatMap(s -> s.map(f -> (MoneyFact) f)).flatMap(f -> f.fx().stream()).collect(Collectors.toSet());
    return new Briefing(b.config(),
        b.sources().stream().filter(s -> onRecord(s.published(), day)).toList(),
        b.companies(),
        b.rates().stream().filter(r -> onRecord(r.date(), day) || named.contains(r.id())).toList(),
        investments, valuations, talent,
        b.stories().stream().filter(s -> !date(s).isAfter(day)).toList(),
        charts);
  }

  /** The day of the newest fact on the record (investment, valuation or talent offer), if any. */
  public static Optional<PartialDate> newestFact(Briefing b) {
    return b.moneyFacts().values().stream().map(MoneyFact::date).max(PartialDate::compareTo);
  }

  /** A text's date: the earliest of its languages' dates (the validator requires them equal). */
  public static LocalDate date(Story story) {
    return story.articles().values().stream().map(Article::date).min(LocalDate::compareTo).orElse(LocalDate.EPOCH);
  }

  /**
   * One edition: the briefing as of {@code story}'s date, its charts those the text names in its
   * front matter ({@code charts:}, in that order) or else every chart on the record then.
   */
  public static Briefing edition(Briefing b, Story story) {
    Briefing asOf = of(b, date(story));
    List<String> named = story.articles().values().stream().findFirst()
        .map(a -> a.charts().stream().map(IdRef::id).toList()).orElse(List.of());
    if (named.isEmpty()) {
      return asOf;
    }
    List<ChartSpec> charts = named.stream()
        .flatMap(id -> asOf.charts().stream().filter(c -> c.id().equals(id)).limit(1)).toList();
    return new Briefing(asOf.config(), asOf.sources(), asOf.companies(), asOf.rates(), asOf.investments(),
        asOf.valuations(), asOf.talent(), asOf.stories(), charts);
  }

  /** The texts as a series, oldest first: by date, then by slug. Edition numbers count from 1 in this order. */
  public static List<Story> series(Briefing b) {
    return b.stories().stream()
        .sorted(java.util.Comparator.comparing(AsOf::date).thenComparing(Story::slug)).toList();
  }
}
