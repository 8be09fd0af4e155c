package com.moneywar.briefing.model;

import com.moneywar.briefing.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which exchange rate converts a fact into won, by the one set of rules the checks and the
 * renderers share. A rate is used only if it is dated on or before the fact and at most {@code
 * fx-max-age-days} older; a rate the row names in {@code fx} may instead be dated so against the
 * publication of a source the row names (or of the report citing it), because that is the rate the
 * report converted at. A fact in won, or marked {@code fx=none}, is not converted, nor is one that
 * gives no amount at all (a price not disclosed, a denial naming none). A fact dated only
 * to the month or year, or two rates of one date, leave no rate to pick by date: that is a problem,
 * never a silent choice.
 *
 * @param rate the rate to use; empty when there is none to use
 * @param problem why there is none although one is needed; empty when all is well
 */
public record RateChoice(Optional<ExchangeRate> rate, String problem) {
  static RateChoice none() {
    return new RateChoice(Optional.empty(), "");
  }

  static RateChoice of(Briefing b, MoneyFact fact) {
    if (fact.amount().currency().equals(Money.KRW) || fact.reporting().noConversion()) {
      return none();
    }
    if (!fact.reporting().amountStated() && fact.reporting().alternative().isEmpty()) {
      return none(); // no amount disclosed, and no other figure: nothing to convert, so no rate is needed
    }
    int maxAge = b.config().fxMaxAgeDays();
    String pair = fact.amount().currency().getCurrencyCode() + "→KRW";
    String forFact = " for '" + fact.id() + "'";
    if (fact.fx().isPresent()) {
      Optional<ExchangeRate> named = b.rate(fact.fx().get());
      if (named.isEmpty() || !named.get().base().equals(fact.amount().currency())
          || !named.get().quote().equals(Money.KRW)) {
        return new RateChoice(Optional.empty(), ""); // reported by the reference checks
      }
      ExchangeRate r = named.get();
      if (r.basis() == RateBasis.IMPLIED && !cites(b, fact, r.source()) && allSourcesKnown(b, fact)) {
        // One report's arithmetic is not a price of the day: it converts that report's figures only.
        return new RateChoice(Optional.empty(), "expected a " + pair + " rate" + forFact + " that converts its figure:"
            + " a market rate of the day, or a rate implied by a report the row cites, found '" + r.id()
            + "', implied by the conversions of '" + r.source() + "', which the row does not cite (as source, sources,"
            + " alt_source or the report citing them)" + otherRates(b, fact, r, pair));
      }
      LocalDate d = r.date().firstDay();
      boolean fitsFact = fits(d, fact.date().firstDay(), fact.date().lastDay(), maxAge);
      boolean fitsReport = reportDates(b, fact).stream().anyMatch(p -> fits(d, p, p, maxAge));
      if (fitsFact || fitsReport) {
        return new RateChoice(named, "");
      }
      if (!allSourcesKnown(b, fact)) {
        // A source that is not known (mistyped, or left out for its own errors) is reported where it
        // is named; the rate may well fit its publication, so it is not reported again here.
        return new RateChoice(Optional.empty(), "");
      }
      return new RateChoice(Optional.empty(), "expected a " + pair + " rate" + forFact + " dated on or before " + fact.date()
          + " and at most " + maxAge + " days older (or so against the publication of a source of the row, "
          + sourceDates(b, fact) + "), found '" + r.id() + "' of " + r.date() + otherRates(b, fact, r, pair));
    }
    if (fact.date().precision() != PartialDate.Precision.DAY) {
      return new RateChoice(Optional.empty(), "expected a date to the day to pick a " + pair
          + " rate" + forFact + " by date, found '" + fact.date() + "'; name the rate in column 'fx', or write 'none' there");
    }
    LocalDate day = fact.date().firstDay();
    // A rate implied by a report's own conversion is picked only for a row citing that report.
    List<ExchangeRate> before = pairRates(b, fact).stream()
        .filter(r -> r.date().precision() == PartialDate.Precision.DAY && !r.date().firstDay().isAfter(day))
        .sorted(Comparator.comparing(ExchangeRate::date).reversed()).toList();
    if (before.isEmpty() || ChronoUnit.DAYS.between(before.get(0).date().firstDay(), day) > maxAge) {
      return new RateChoice(Optional.empty(), "expected a " + pair + " rate" + forFact + " in " + DataFile.EXCHANGE_RATES
          + " dated on or before " + fact.date() + " and at most " + maxAge + " days older, found "
          + (pairRates(b, fact).isEmpty() ? "none" : "none; nearest rates: " + nearest(b, fact))
          + othersImplied(b, fact, day, maxAge) + " (add a rate, name one in column 'fx', or write 'none' there)");
    }
    if (before.size() > 1 && before.get(1).date().equals(before.get(0).date())) {
      return new RateChoice(Optional.empty(), "expected one " + pair + " rate" + forFact + " dated " + before.get(0).date()
          + ", found '" + before.get(0).id() + "' and '" + before.get(1).id()
          + "'; name the one to use in column 'fx'");
    }
    return new RateChoice(Optional.of(before.get(0)), "");
  }

  private static boolean fits(LocalDate rate, LocalDate first, LocalDate last, int maxAge) {
    return !rate.isAfter(last) && ChronoUnit.DAYS.between(rate, first) <= maxAge;
  }

  /** Whether every source the row names, and every report citing one of them, is a known source. */
  private static boolean allSourcesKnown(Briefing b, MoneyFact fact) {
    return fact.sources().stream().allMatch(id -> b.recordSource(id)
        .map(s -> s.citedBy().isEmpty() || b.recordSource(s.citedBy().get()).isPresent()).orElse(false));
  }

  /** Publication dates (to the day) of the row's sources and of the reports that cite them. */
  private static List<LocalDate> reportDates(Briefing b, MoneyFact fact) {
    List<LocalDate> dates = new ArrayList<>();
    for (String id : fact.sources()) {
      b.recordSource(id).ifPresent(s -> {
        addDay(dates, s.published());
        s.citedBy().flatMap(b::source).ifPresent(c -> addDay(dates, c.published()));
      });
    }
    return dates;
  }

  /**
   * The row's sources as a rate is judged against them: {@code 'id' published 2024-06-11}, and a
   * source dated only to the month or year said to count for nothing (a rate needs a day to be judged).
   */
  private static String sourceDates(Briefing b, MoneyFact fact) {
    List<String> parts = new ArrayList<>();
    for (String id : fact.sources()) {
      b.recordSource(id).ifPresent(s -> parts.add("'" + s.id() + "' published " + s.published()
          + (s.published().precision() == PartialDate.Precision.DAY ? "" : ", not to the day, so it does not count")));
    }
    return parts.isEmpty() ? "none known" : String.join("; ", parts);
  }

  private static void addDay(List<LocalDate> dates, PartialDate d) {
    if (d.precision() == PartialDate.Precision.DAY) {
      dates.add(d.firstDay());
    }
  }

  /** The rates of the fact's currency into won it may use: market rates, and those implied by a report it cites. */
  private static List<ExchangeRate> pairRates(Briefing b, MoneyFact fact) {
    return b.rates().stream()
        .filter(r -> r.base().equals(fact.amount().currency()) && r.quote().equals(Money.KRW))
        .filter(r -> r.basis() == RateBasis.MARKET || cites(b, fact, r.source())).toList();
  }

  /**
   * The rates of the window that another report's conversion implies, which the row may not use, said
   * so: a writer who sees a rate of the day in the file learns why it was passed over.
   */
  private static String othersImplied(Briefing b, MoneyFact fact, LocalDate day, int maxAge) {
    List<String> passed = b.rates().stream()
        .filter(r -> r.base().equals(fact.amount().currency()) && r.quote().equals(Money.KRW)
            && r.basis() == RateBasis.IMPLIED && !cites(b, fact, r.source())
            && r.date().precision() == PartialDate.Precision.DAY && !r.date().firstDay().isAfter(day)
            && ChronoUnit.DAYS.between(r.date().firstDay(), day) <= maxAge)
        .map(r -> "'" + r.id() + "' (" + r.date() + ") is implied by the conversions of '" + r.source() + "'")
        .toList();
    return passed.isEmpty() ? "" : "; " + String.join(", ", passed) + ", which the row does not cite";
  }

  /** Whether the row names {@code source} as a source, or names a source that {@code source} cites. */
  private static boolean cites(Briefing b, MoneyFact fact, String source) {
    return fact.sources().stream().anyMatch(id -> id.equals(source)
        || b.recordSource(id).flatMap(Source::citedBy).filter(source::equals).isPresent());
  }

  /** The latest rate before the fact and the earliest after it, as {@code id (date)}. */
  private static String nearest(Briefing b, MoneyFact fact) {
    return nearest(pairRates(b, fact), fact);
  }

  /**
   * The rates to choose from instead of {@code named}, the one the row names (which the message has
   * already quoted, so it is not offered again), or how to do without when there is none.
   */
  private static String otherRates(Briefing b, MoneyFact fact, ExchangeRate named, String pair) {
    List<ExchangeRate> others = pairRates(b, fact).stream().filter(r -> !r.id().equals(named.id())).toList();
    return others.isEmpty()
        ? "; there is no other " + pair + " rate in " + DataFile.EXCHANGE_RATES + " (add one, or write 'none' in"
            + " column 'fx')"
        : "; nearest other rates: " + nearest(others, fact);
  }

  /** The latest of {@code rates} dated on or before the fact and the earliest after it. */
  private static String nearest(List<ExchangeRate> rates, MoneyFact fact) {
    LocalDate day = fact.date().firstDay();
    List<String> out = new ArrayList<>();
    rates.stream().filter(r -> !r.date().firstDay().isAfter(day))
        .max(Comparator.comparing(ExchangeRate::date)).ifPresent(r -> out.add("'" + r.id() + "' (" + r.date() + ")"));
    rates.stream().filter(r -> r.date().firstDay().isAfter(day))
        .min(Comparator.comparing(ExchangeRate::date)).ifPresent(r -> out.add("'" + r.id() + "' (" + r.date() + ")"));
    return out.isEmpty() ? "none" : String.join(", ", out);
  }
}
