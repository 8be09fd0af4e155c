package com.moneywar.briefing.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule that makes a briefing an edition: what was on the record on a given day. One place for
 * it, so the page, the charts and the PDF of an edition all see the same facts.
 *
 * <p>The rule: a dated row (investment, round, flow, spending, valuation, talent offer, exchange rate) is on the
 * record as of day {@code D} when the first day its date can mean is on or before {@code D}
 * ({@code 2024-03} counts from 1 March 2024, {@code 2024} from 1 January 2024); a fact also needs
 * its figure's source (column {@code source}) surely published by then, since an edition cannot cite
 * a report that may not have existed yet: a source dated only to the month or the year counts from
 * the last day its date can mean, or from the day a report citing it, or the editor reading it
 * ({@code accessed}), surely existed ({@link #knownFrom}). The other sources a fact cites are shown
 * in an edition only when surely published by its date, like every source. An exchange rate is on the record from its date, also
 * when a fact names it in its {@code fx} column (a fact whose rate is later is not converted in the
 * edition). A tranche whose
 * commitment is not yet on the record is left out with it, and so is an investment whose round is
 * not; a chart is kept only when every row it
 * names is on the record (and a spending chart that names none, only when some plan is). Companies have no date and are always kept; texts are kept when dated on
 * or before {@code D}. Two dates of a row say what the edition knew of it: a stake whose deal
 * {@code closed} after {@code D} is not yet paid for in it, and a page {@code accessed} after {@code D}
 * is listed without that day. A new kind of fact row follows the same rule: add it in {@link #of}.
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

  /**
   * The first day a deal's closing ({@code closed}) is on the record: the day it happened, or, where
   * a source of the row dates from then or later (the report of the closing), the first day such a
   * source surely existed. Walk 71's edition of 15 July printed io's purchase "completed on 9 July"
   * while the only report of it was of late July.
   */
  static LocalDate closingKnownFrom(Flow flow, PartialDate closed,
      java.util.function.Function<String, Optional<Source>> sources) {
    return closing(flow, closed, sources).day();
  }

  /** When a deal's closing is known from ({@link #closingKnownFrom}), and the date to show for it. */
  private static Known closing(Flow flow, PartialDate closed, java.util.function.Function<String, Optional<Source>> sources) {
    LocalDate from = closed.firstDay();
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(flow.source()),
            flow.reporting().otherSources().stream())
        .map(sources).flatMap(Optional::stream)
        .map(s -> knownDate(s, sources)).filter(d -> !d.lastDay().isBefore(from))
        .min(java.util.Comparator.comparing(PartialDate::lastDay))
        .map(d -> new Known(d.lastDay(), d)).orElse(new Known(from, closed));
  }

  /**
   * Whether {@code fact} is on the record as of {@code day}: dated on or before it, and its figure's
   * source published on or before it (a source that is not in the model is left to the reference
   * check and does not hide the fact).
   */
  public static boolean onRecord(Briefing b, MoneyFact fact, LocalDate day) {
    return !onRecordFrom(fact, b::recordSource).isAfter(day);
  }

  /**
   * The first day {@code fact} is on the record: the first day its date can mean, and the first day
   * its figure's source surely existed ({@link #knownFrom}), whichever is later. A round dated
   * {@code 2024} from an undated page entered as {@code 2024} was in an edition of March 2024, eight
   * months before it happened: the edition cited a page that may not have existed yet.
   */
  public static LocalDate onRecordFrom(MoneyFact fact, java.util.function.Function<String, Optional<Source>> sources) {
    return known(fact, sources).day();
  }

  /**
   * The first day a source surely existed: the last day its publication date can mean ({@code 2024}
   * only from 31 December 2024, {@code 2024-11} from 30 November), or the day a report citing it
   * surely existed, if that is earlier. An undated web page entered as {@code 2024} put a round of
   * November 2024 in an edition of March 2024, when counted from the first day: the edition cited a
   * report that may not have existed yet. The day the editor read it ({@code accessed}) counts too.
   */
  public static LocalDate knownFrom(Source source, java.util.function.Function<String, Optional<Source>> sources) {
    return knownDate(source, sources).lastDay();
  }

  /**
   * The date a source surely existed by, as precisely as it is known: its publication date, or
   * the day the editor read it, or the date of a report citing it, whichever can mean the earliest
   * last day ({@link #knownFrom} is that day).
   */
  public static PartialDate knownDate(Source source, java.util.function.Function<String, Optional<Source>> sources) {
    PartialDate known = source.published();
    // The editor read it on that day: it existed then, whatever it says of its own date.
    if (source.accessed().isPresent() && source.accessed().get().lastDay().isBefore(known.lastDay())) {
      known = source.accessed().get();
    }
    Optional<String> citer = source.citedBy();
    // A chain of citing reports, followed a few steps (a cycle in the data is the reference check's to report).
    for (int step = 0; step < 8 && citer.isPresent(); step++) {
      Optional<Source> by = sources.apply(citer.get());
      if (by.isEmpty()) {
        break;
      }
      if (by.get().published().lastDay().isBefore(known.lastDay())) {
        known = by.get().published();
      }
      citer = by.get().citedBy();
    }
    return known;
  }

  /** The briefing as it stood on {@code day}: only the rows on the record by then. */
  public static Briefing of(Briefing b, LocalDate day) {
    if (!b.wholeRecordFrom().isAfter(day)) {
      // Every row is on the record (a later edition of a long series, or texts dated after every
      // fact): the rows and their indexes are shared, and only the texts are chosen.
      Map<String, MoneyFact> facts = b.moneyFacts();
      return withDrawable(b.withTexts(b.stories().stream().filter(s -> !date(s).isAfter(day)).toList(), b.charts().stream()
          .filter(c -> Stream.concat(c.rows().stream(), c.compare().stream())
              .allMatch(r -> facts.containsKey(r.kind() + ":" + r.id())))
          .toList()));
    }
    return byRule(b, day);
  }

  /**
   * The edition without the charts that find nothing to draw on its record (an edition from before
   * the first deal, valuation or plan of their kind, {@link ChartSelection#drawable}): a chart of
   * nothing is no chart.
   */
  private static Briefing withDrawable(Briefing asOf) {
    List<ChartSpec> drawable = asOf.charts().stream().filter(c -> ChartSelection.drawable(asOf, c)).toList();
    return drawable.size() == asOf.charts().size() ? asOf : asOf.withTexts(asOf.stories(), drawable);
  }

  /** {@link #of}, row by row: what the shortcut there must always equal. */
  static Briefing byRule(Briefing b, LocalDate day) {
    List<Round> onRecordRounds = b.rounds().stream().filter(r -> onRecord(b, r, day)).toList();
    Set<String> roundIds = onRecordRounds.stream().map(Round::id).collect(Collectors.toSet());
    // Talks concluded by a round after the edition's day were still talks on that day, and so was
    // the valuation they sought.
    List<Round> rounds = onRecordRounds.stream()
        .map(r -> r.closedAs().filter(id -> !roundIds.contains(id)).isPresent() ? r.ended(DealStatus.TALKS) : r)
        .toList();
    boolean concludedLater = !rounds.equals(onRecordRounds);
    // A tranche stays only with every commitment above it, a round's investment only with its round.
    List<Investment> investments = b.investments().stream().filter(i -> onRecord(b, i, day)).toList();
    int before;
    do {
      before = investments.size();
      Set<String> ids = investments.stream().map(Investment::id).collect(Collectors.toSet());
      investments = investments.stream().filter(i -> i.partOf().map(ids::contains).orElse(true)
          && i.round().map(roundIds::contains).orElse(true)).toList();
    } while (investments.size() != before);
    // Talks an investment after the edition's day concluded were still talks on that day (a letter of
    // intent, still only a letter).
    Set<String> investmentIds = investments.stream().map(Investment::id).collect(Collectors.toSet());
    List<Investment> beforeEnds = investments;
    investments = investments.stream().map(i -> i.closedAs().filter(id -> !investmentIds.contains(id)).isPresent()
        ? i.ended(i.reporting().deal().beforeItsEnd()) : i).toList();
    // A share whose round's talks were still talks that day was in talks too.
    Map<String, DealStatus> roundDeals = rounds.stream().collect(Collectors.toMap(Round::id, r -> r.reporting().deal()));
    investments = investments.stream().map(i -> i.closedAs().isEmpty() && (i.reporting().deal() == DealStatus.CONCLUDED || i.reporting().deal() == DealStatus.ABANDONED)
        && i.round().map(roundDeals::get).filter(d -> d == DealStatus.TALKS).isPresent()
        ? i.standingAs(DealStatus.TALKS) : i).toList();
    // A tranche of talks or of a letter still talks, or still a letter, that day is so too.
    investments = TrancheDeals.of(investments);
    boolean investmentTalksLater = !investments.equals(beforeEnds);
    List<Valuation> valuations = b.valuations().stream().filter(v -> onRecord(b, v, day)).toList();
    if (concludedLater) {
      // The valuation those talks sought was then still sought in talks.
      Map<String, DealStatus> sought = new java.util.HashMap<>();
      rounds.stream().filter(r -> r.reporting().deal() == DealStatus.TALKS).forEach(r -> r.valuation().ifPresent(v ->
          sought.putIfAbsent(v, r.type().plannedUntilClosed() ? DealStatus.PLANNED : DealStatus.TALKS)));
      valuations = valuations.stream().map(v -> v.reporting().deal().concluded() && sought.containsKey(v.id())
          ? new Valuation(v.id(), v.company(), v.amount(), v.bound(), v.date(), v.source(), v.fx(), v.approxDigits(),
              v.note(), v.basis(), v.reporting().withDeal(sought.get(v.id())))
          : v).toList();
    }
    List<TalentOffer> talent = b.talent().stream().filter(t -> onRecord(b, t, day)).toList();
    Set<String> flowIds = b.flows().stream().filter(f -> onRecord(b, f, day)).map(Flow::id).collect(Collectors.toSet());
    // Talks a deal after the edition's day ended were still talks on that day.
    List<Flow> onRecord = b.flows().stream().filter(f -> onRecord(b, f, day))
        .map(f -> f.closedAs().filter(id -> !flowIds.contains(id)).isPresent()
            ? f.ended(f.reporting().deal().beforeItsEnd()) : f).toList();
    // A stake agreed but closed after the edition's day was not paid for yet on that day.
    List<Flow> flows = onRecord.stream()
        .map(f -> f.withClosed(f.closed().filter(c -> !closingKnownFrom(f, c, b::recordSource).isAfter(day)))).toList();
    boolean closingsLater = !flows.equals(onRecord);
    List<Spending> spending = b.spending().stream().filter(s -> onRecord(b, s, day)).toList();
    List<Story> stories = b.stories().stream().filter(s -> !date(s).isAfter(day)).toList();
    List<Source> published = b.sources().stream().filter(s -> !knownFrom(s, b::recordSource).isAfter(day)).toList();
    // A page read after the edition's day was not read for it: its list of sources does not say so
    // (a new user's edition of March 2026 listed a page "read on 30 November 2026").
    List<Source> sources = published.stream()
        .map(s -> s.withAccessed(s.accessed().filter(a -> onRecord(a, day)))).toList();
    boolean readLater = !sources.equals(published);
    // Every fact row on the record (a later edition of a long series, or texts dated after every
    // fact): the record is the whole one, and its indexes need not be built again.
    boolean everyFact = investments.size() == b.investments().size() && valuations.size() == b.valuations().size()
        && talent.size() == b.talent().size() && rounds.size() == b.rounds().size()
        && flows.size() == b.flows().size() && !closingsLater && !concludedLater && !investmentTalksLater
        && spending.size() == b.spending().size();
    // Every kind of fact, through the one index the model keeps of them (a new kind is in it too).
    Map<String, MoneyFact> facts = everyFact ? b.moneyFacts() : new Briefing(b.config(), sources, b.companies(),
        b.rates(), investments, valuations, talent, rounds, flows, spending, stories, List.of()).moneyFacts();
    Predicate<RowRef> known = r -> facts.containsKey(r.kind() + ":" + r.id());
    List<ChartSpec> charts = b.charts().stream()
        .filter(c -> c.rows().stream().allMatch(known))
        .filter(c -> c.compare().stream().allMatch(known))
        .toList();
    // A rate dated after the edition is not on its record, even when a fact names it (a rate that
    // fits a later report of the fact): the edition then gives no won figure for that fact, and its
    // tables say it is not converted, rather than quote a rate that did not exist yet. Nor is a rate
    // whose source was published after the edition (a new user's rate of 4 November, from a report
    // of 28 December, converted a figure in an edition of 18 November).
    Set<String> publishedIds = published.stream().map(Source::id).collect(Collectors.toSet());
    List<ExchangeRate> rates = b.rates().stream()
        .filter(r -> onRecord(r.date(), day) && publishedIds.contains(r.source())).toList();
    if (everyFact && sources.size() == b.sources().size() && !readLater && rates.size() == b.rates().size()) {
      return withDrawable(b.withTexts(stories, charts));
    }
    return withDrawable(new Briefing(b.config(), sources, b.companies(), rates, investments, valuations, talent, rounds,
        flows, spending, stories, charts).partOf(b));
  }

  /**
   * The date the record stands as of: the latest day a fact on it is surely on the record from,
   * its own date or the date the report its figure comes from surely existed by ({@link #knownDate}),
   * whichever is later (a deal of September shown from a report of January is on the record as of
   * January, as {@link #onRecord(Briefing, MoneyFact, LocalDate)} has it; a fact from a page dated
   * only to May 2026 makes it May 2026, not an earlier day of May). Empty for a record of no facts.
   */
  public static Optional<PartialDate> newestFact(Briefing b) {
    return newest(b.moneyFacts().values(), b::recordSource);
  }

  /**
   * The date of the newest of {@code facts}, as {@link #newestFact} gives it: each fact's date or its
   * report's, and a deal's closing or the report of it (walk 73's pages read "on the record as of
   * February 2026" above Wiz's purchase "completed March 11, 2026", from a report of March 12).
   */
  public static Optional<PartialDate> newest(java.util.Collection<? extends MoneyFact> facts,
      java.util.function.Function<String, Optional<Source>> sources) {
    return facts.stream()
        .flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(known(f, sources)),
            f instanceof Flow flow ? flow.closed().map(c -> closing(flow, c, sources)).stream()
                : java.util.stream.Stream.empty()))
        .max(java.util.Comparator.comparing(Known::day).thenComparing(k -> k.shown().precision()))
        .map(Known::shown);
  }

  /** The day a fact is surely on the record from, and the date to show for it. */
  private record Known(LocalDate day, PartialDate shown) {}

  /**
   * A fact is on the record from its own date, or from the date its report surely existed by when
   * that is later (which can mean no day before its last: a page of May 2026 from 31 May, shown as
   * May 2026).
   */
  private static Known known(MoneyFact f, java.util.function.Function<String, Optional<Source>> sources) {
    LocalDate factDay = f.date().firstDay();
    Optional<Source> source = sources.apply(f.source());
    if (source.isEmpty()) {
      return new Known(factDay, f.date());
    }
    PartialDate report = knownDate(source.get(), sources);
    return report.lastDay().isBefore(factDay) ? new Known(factDay, f.date()) : new Known(report.lastDay(), report);
  }

  /** A text's date: the earliest of its languages' dates (the validator requires them equal). */
  public static LocalDate date(Story story) {
    // A loop, not a stream: a series asks for every text's date once per edition.
    LocalDate earliest = null;
    for (Article article : story.articles().values()) {
      if (earliest == null || article.date().isBefore(earliest)) {
        earliest = article.date();
      }
    }
    return earliest == null ? LocalDate.EPOCH : earliest;
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
    return asOf.withTexts(asOf.stories(), charts);
  }

  /** The texts as a series, oldest first: by date, then by slug. Edition numbers count from 1 in this order. */
  public static List<Story> series(Briefing b) {
    return b.stories().stream()
        .sorted(java.util.Comparator.comparing(AsOf::date).thenComparing(Story::slug)).toList();
  }
}
