package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.money.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A conversion never uses a stale, tied or guessed rate, and says which one it used. */
class RateChoiceTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Source REPORT = new Source("report", new Localized("보도", "Report"), Optional.empty(),
      Optional.empty(), PartialDate.parse("2025-06-20").orElseThrow(), Optional.empty(), "en");

  private static ExchangeRate rate(String id, String date) {
    return new ExchangeRate(id, USD, Money.KRW, new BigDecimal("1380"), PartialDate.parse(date).orElseThrow(), "report",
        RateBasis.MARKET, Localized.empty());
  }

  private static Valuation fact(String date, Optional<String> fx, boolean noConversion) {
    return new Valuation("v", "lab", new Money(new BigDecimal("1000000000"), USD), Bound.EXACT,
        PartialDate.parse(date).orElseThrow(), "report", fx, 3, Localized.empty(), ValuationBasis.UNSTATED,
        new Reporting(Optional.empty(), ClaimStatus.CONFIRMED, List.of(), Optional.empty(), true, noConversion));
  }

  private static Briefing briefing(int maxAge, Valuation fact, ExchangeRate... rates) {
    BriefingConfig config = new BriefingConfig(new Localized("t", "t"), Localized.empty(), new Localized("p", "p"),
        URI.create("/"), List.of(Lang.KO, Lang.EN), Paper.A4, List.of(), 10, maxAge);
    return new Briefing(config, List.of(REPORT), List.of(), List.of(rates), List.of(), List.of(fact), List.of(),
        List.of(), List.of());
  }

  @Test
  void usesTheLatestRateOnOrBeforeTheFactWithinTheAllowedAge() {
    Valuation v = fact("2025-06-12", Optional.empty(), false);
    Briefing b = briefing(7, v, rate("r-0605", "2025-06-05"), rate("r-0611", "2025-06-11"), rate("r-0613", "2025-06-13"));
    assertThat(b.krwRateFor(v).map(ExchangeRate::id)).contains("r-0611");
    assertThat(b.rateProblem(v)).isEmpty();
    assertThat(b.approxKrw(v).orElseThrow().amount()).isEqualByComparingTo("1380000000000");
  }

  @Test
  void aStaleRateIsAnErrorNamingTheFactAndTheNearestRates() {
    Valuation v = fact("2025-06-12", Optional.empty(), false);
    Briefing b = briefing(7, v, rate("r-0331", "2025-03-31"), rate("r-0613", "2025-06-13"));
    assertThat(b.krwRateFor(v)).isEmpty();
    assertThat(b.rateProblem(v)).isEqualTo("expected a USD→KRW rate for 'v' in data/exchange_rates.csv dated on or"
        + " before 2025-06-12 and at most 7 days older, found none; nearest rates: 'r-0331' (2025-03-31),"
        + " 'r-0613' (2025-06-13) (add a rate, name one in column 'fx', or write 'none' there)");
    assertThat(briefing(100, v, rate("r-0331", "2025-03-31")).krwRateFor(v).map(ExchangeRate::id))
        .as("fx-max-age-days widens the window").contains("r-0331");
  }

  @Test
  void twoRatesOfOneDateAreAnErrorNotAChoice() {
    Valuation v = fact("2025-06-12", Optional.empty(), false);
    Briefing b = briefing(7, v, rate("a", "2025-06-10"), rate("b", "2025-06-10"));
    assertThat(b.krwRateFor(v)).isEmpty();
    assertThat(b.rateProblem(v)).isEqualTo("expected one USD→KRW rate for 'v' dated 2025-06-10, found 'a' and 'b';"
        + " name the one to use in column 'fx'");
  }

  @Test
  void aFactDatedOnlyToTheMonthCannotPickARateByDate() {
    Valuation v = fact("2025-08", Optional.empty(), false);
    Briefing b = briefing(7, v, rate("r-0801", "2025-08-01"));
    assertThat(b.krwRateFor(v)).isEmpty();
    assertThat(b.rateProblem(v)).isEqualTo("expected a date to the day to pick a USD→KRW rate for 'v' by date,"
        + " found '2025-08'; name the rate in column 'fx', or write 'none' there");
  }

  @Test
  void noConversionShowsNoWonFigureAndNeedsNoRate() {
    Valuation v = fact("2025-08", Optional.empty(), true);
    Briefing b = briefing(7, v);
    assertThat(b.rateProblem(v)).isEmpty();
    assertThat(b.approxKrw(v)).isEmpty();
  }

  @Test
  void aSourceDatedOnlyToTheMonthIsSaidToCountForNothing() {
    // The rate of 11 June cannot be judged against a report of "June 2025": the message says why.
    Source monthly = new Source("monthly", new Localized("월간", "Monthly"), Optional.empty(), Optional.empty(),
        PartialDate.parse("2025-06").orElseThrow(), Optional.empty(), "en");
    Valuation v = new Valuation("v", "lab", new Money(new BigDecimal("1000000000"), USD), Bound.EXACT,
        PartialDate.parse("2024").orElseThrow(), "monthly", Optional.of("r-0611"), 3, Localized.empty(),
        ValuationBasis.UNSTATED, new Reporting(Optional.empty(), ClaimStatus.CONFIRMED, List.of(), Optional.empty(), true,
            false));
    BriefingConfig config = new BriefingConfig(new Localized("t", "t"), Localized.empty(), new Localized("p", "p"),
        URI.create("/"), List.of(Lang.KO, Lang.EN), Paper.A4, List.of(), 10, 7);
    Briefing b = new Briefing(config, List.of(monthly), List.of(), List.of(rate("r-0611", "2025-06-11")), List.of(),
        List.of(v), List.of(), List.of(), List.of());
    assertThat(b.rateProblem(v)).contains("(or so against the publication of a source of the row, 'monthly' published"
        + " 2025-06, not to the day, so it does not count), found 'r-0611' of 2025-06-11");
  }

  @Test
  void aNamedRateMustFitTheFactOrTheReportsPublication() {
    Valuation late = fact("2025-09-15", Optional.of("r-0331"), false);
    assertThat(briefing(7, late, rate("r-0331", "2025-03-31")).rateProblem(late)).isEqualTo(
        "expected a USD→KRW rate for 'v' dated on or before 2025-09-15 and at most 7 days older (or so against the"
            + " publication of a source of the row, 'report' published 2025-06-20), found 'r-0331' of 2025-03-31; there"
            + " is no other USD→KRW rate in data/exchange_rates.csv (add one, or write 'none' in column 'fx')");
    // The rate named is quoted once, not offered again as an alternative to itself.
    assertThat(briefing(7, late, rate("r-0331", "2025-03-31"), rate("r-0910", "2025-09-10"), rate("r-0920", "2025-09-20"))
        .rateProblem(late)).endsWith("found 'r-0331' of 2025-03-31; nearest other rates: 'r-0910' (2025-09-10),"
            + " 'r-0920' (2025-09-20)");
    Valuation asReported = fact("2024", Optional.of("r-0620"), false);
    assertThat(briefing(7, asReported, rate("r-0620", "2025-06-20")).krwRateFor(asReported).map(ExchangeRate::id))
        .as("the rate of the report's own date, as the report converted").contains("r-0620");
  }

  @Test
  void aRowWithoutAnAmountNeedsNoRate() {
    // A new user had to write fx=none on six USD rows whose price was not disclosed.
    Valuation v = new Valuation("v", "lab", new Money(BigDecimal.ZERO, USD), Bound.EXACT,
        PartialDate.parse("2025-10-31").orElseThrow(), "report", Optional.empty(), 3, Localized.empty(),
        ValuationBasis.UNSTATED, new Reporting(Optional.empty(), ClaimStatus.DENIED, List.of(), Optional.empty(), false,
            false));
    Briefing b = briefing(7, v, rate("r-0331", "2025-03-31"));
    assertThat(b.rateProblem(v)).isEmpty();
    assertThat(b.approxKrw(v)).isEmpty();
    // With another source's figure, there is something to convert again.
    Valuation withAlt = new Valuation("v", "lab", new Money(BigDecimal.ZERO, USD), Bound.EXACT,
        PartialDate.parse("2025-10-31").orElseThrow(), "report", Optional.empty(), 3, Localized.empty(),
        ValuationBasis.UNSTATED, new Reporting(Optional.empty(), ClaimStatus.DENIED, List.of(),
            Optional.of(new Reporting.Alternative(new Money(BigDecimal.TEN, USD), Bound.EXACT, Optional.empty(), "report")),
            false, false));
    assertThat(briefing(7, withAlt, rate("r-0331", "2025-03-31")).rateProblem(withAlt)).startsWith("expected a USD→KRW rate");
  }

  /** A rate worked out from one article's won conversion, the article being {@code source}. */
  private static ExchangeRate implied(String id, String date, String source) {
    return new ExchangeRate(id, USD, Money.KRW, new BigDecimal("1400"), PartialDate.parse(date).orElseThrow(), source,
        RateBasis.IMPLIED, Localized.empty());
  }

  private static Briefing withArticle(Valuation fact, ExchangeRate... rates) {
    Source article = new Source("article", new Localized("기사", "Article"), Optional.empty(), Optional.empty(),
        PartialDate.parse("2025-06-20").orElseThrow(), Optional.empty(), "ko");
    BriefingConfig config = new BriefingConfig(new Localized("t", "t"), Localized.empty(), new Localized("p", "p"),
        URI.create("/"), List.of(Lang.KO, Lang.EN), Paper.A4, List.of(), 10, 7);
    return new Briefing(config, List.of(REPORT, article), List.of(), List.of(rates), List.of(), List.of(fact), List.of(),
        List.of(), List.of());
  }

  @Test
  void aRateImpliedByOneArticlesConversionNeverConvertsAnotherReportsFigure() {
    // Walk 77: the rate an article's "$10 billion (about ₩14 trillion)" implies was picked by date for
    // another outlet's deal of the same day, which the site then converted at that article's arithmetic.
    Valuation other = fact("2025-06-20", Optional.empty(), false);
    Briefing byDate = withArticle(other, implied("article-rate", "2025-06-20", "article"));
    assertThat(byDate.krwRateFor(other)).as("not picked by date for a row citing another report").isEmpty();
    assertThat(byDate.rateProblem(other)).isEqualTo("expected a USD→KRW rate for 'v' in data/exchange_rates.csv"
        + " dated on or before 2025-06-20 and at most 7 days older, found none; 'article-rate' (2025-06-20) is implied"
        + " by the conversions of 'article', which the row does not cite (add a rate, name one in column 'fx', or"
        + " write 'none' there)");
    assertThat(withArticle(other, implied("article-rate", "2025-06-20", "article"), rate("close", "2025-06-19"))
        .krwRateFor(other).map(ExchangeRate::id)).as("the market rate of the day before, not the article's").contains("close");

    Valuation naming = fact("2025-06-20", Optional.of("article-rate"), false);
    Briefing named = withArticle(naming, implied("article-rate", "2025-06-20", "article"), rate("close", "2025-06-19"));
    assertThat(named.krwRateFor(naming)).as("not even when named").isEmpty();
    assertThat(named.rateProblem(naming)).isEqualTo("expected a USD→KRW rate for 'v' that converts its figure: a market"
        + " rate of the day, or a rate implied by a report the row cites, found 'article-rate', implied by the"
        + " conversions of 'article', which the row does not cite (as source, sources, alt_source or the report citing"
        + " them); nearest other rates: 'close' (2025-06-19)");
  }

  @Test
  void aRateImpliedByAnArticleConvertsThatArticlesOwnFigures() {
    Valuation own = fact("2025-06-20", Optional.empty(), false);
    Briefing b = withArticle(own, implied("report-rate", "2025-06-20", "report"));
    assertThat(b.krwRateFor(own).map(ExchangeRate::id)).as("picked by date for the article's own row")
        .contains("report-rate");
    Valuation older = fact("2023", Optional.of("report-rate"), false);
    assertThat(withArticle(older, implied("report-rate", "2025-06-20", "report")).krwRateFor(older)
        .map(ExchangeRate::id)).as("named for an older deal the article converts").contains("report-rate");
  }
}
