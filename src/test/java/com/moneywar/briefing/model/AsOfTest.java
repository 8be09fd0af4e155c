package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An edition's record as of its date. When every fact is on the record by then (the later editions
 * of a series), the edition shares the whole record's rows and indexes instead of building them
 * again; what it holds must be exactly what the rule gives.
 */
class AsOfTest {
  private static Briefing shipped;

  @BeforeAll
  static void load() {
    shipped = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  }

  @Test
  void aDayAfterEveryFactKeepsTheWholeRecordAndTheTextsDatedByThen() {
    LocalDate day = LocalDate.of(2100, 1, 1);
    Briefing asOf = AsOf.of(shipped, day);
    assertThat(asOf.investments()).isEqualTo(shipped.investments());
    assertThat(asOf.valuations()).isEqualTo(shipped.valuations());
    assertThat(asOf.rounds()).isEqualTo(shipped.rounds());
    assertThat(asOf.flows()).isEqualTo(shipped.flows());
    assertThat(asOf.talent()).isEqualTo(shipped.talent());
    assertThat(asOf.sources()).isEqualTo(shipped.sources());
    assertThat(asOf.rates()).isEqualTo(shipped.rates());
    assertThat(asOf.charts()).isEqualTo(shipped.charts());
    assertThat(asOf.stories()).isEqualTo(shipped.stories());
    assertThat(asOf.moneyFacts()).isEqualTo(shipped.moneyFacts());
    shipped.investments().forEach(i -> assertThat(asOf.investment(i.id())).contains(i));
  }

  @Test
  void anEditionWithTheWholeRecordKeepsOnlyItsOwnTextsAndTheChartsItNames() {
    List<Story> series = AsOf.series(shipped);
    Story newest = series.get(series.size() - 1);
    Briefing edition = AsOf.edition(shipped, newest);
    assertThat(edition.stories()).allMatch(s -> !AsOf.date(s).isAfter(AsOf.date(newest)));
    List<String> named = newest.articles().values().iterator().next().charts().stream().map(IdRef::id).toList();
    if (!named.isEmpty()) {
      assertThat(edition.charts()).extracting(ChartSpec::id).containsExactlyElementsOf(named);
    }
    assertThat(edition.moneyFacts().keySet()).isSubsetOf(shipped.moneyFacts().keySet());
  }

  @Test
  void aDayBeforeSomeFactsLeavesThemAndTheirIndexesOut() {
    Briefing first = AsOf.edition(shipped, AsOf.series(shipped).get(0));
    LocalDate day = AsOf.date(AsOf.series(shipped).get(0));
    List<Investment> later = shipped.investments().stream().filter(i -> !AsOf.onRecord(i.date(), day)).toList();
    assertThat(later).as("the shipped series has facts after its first edition").isNotEmpty();
    later.forEach(i -> {
      assertThat(first.investments()).doesNotContain(i);
      assertThat(first.investment(i.id())).isEmpty();
      assertThat(first.moneyFacts()).doesNotContainKey("investment:" + i.id());
    });
  }

  @Test
  void aFactIsOnTheRecordOnlyOnceItsFiguresSourceIsPublishedAndLaterSourcesAreNotListed() {
    // Every fact of the shipped data is cited from a report published by the first edition or later;
    // a day before a fact's source, the fact is off the record although dated before that day.
    for (MoneyFact fact : shipped.moneyFacts().values()) {
      Source source = shipped.source(fact.source()).orElseThrow();
      LocalDate published = source.published().firstDay();
      LocalDate before = published.minusDays(1);
      if (!fact.date().firstDay().isAfter(before)) {
        assertThat(AsOf.of(shipped, before).moneyFacts()).as("%s a day before %s", fact.id(), source.id())
            .doesNotContainKey(fact.factKind().code() + ":" + fact.id());
      }
    }
    LocalDate first = AsOf.date(AsOf.series(shipped).get(0));
    assertThat(AsOf.of(shipped, first).sources()).isNotEmpty()
        .allMatch(s -> !s.published().firstDay().isAfter(first), "published by " + first);
  }

  @Test
  void aFactFromASourceDatedOnlyToTheMonthWaitsUntilTheSourceSurelyExists() {
    // Anthropic's Series E is cited from a page dated only 2025-03: on 30 March 2025 the page may not
    // exist yet; from 31 March it does. Counted from the first day its date can mean, an undated page
    // entered as 2024 put a round of November 2024 in a new user's edition of March 2024.
    Round seriesE = shipped.round("anthropic-2025-03").orElseThrow();
    Source page = shipped.source(seriesE.source()).orElseThrow();
    assertThat(page.published()).hasToString("2025-03");
    assertThat(AsOf.knownFrom(page, shipped::source)).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(AsOf.of(shipped, LocalDate.of(2025, 3, 30)).round("anthropic-2025-03")).isEmpty();
    assertThat(AsOf.of(shipped, LocalDate.of(2025, 3, 30)).source(page.id())).as("nor is it listed").isEmpty();
    assertThat(AsOf.of(shipped, LocalDate.of(2025, 3, 31)).round("anthropic-2025-03")).contains(seriesE);
    // A source dated to the month surely exists from the day of a report that cites it: The
    // Information's report of March 2024, cited by the seed article of 28 March.
    Source information = shipped.source("the-information-2024-03").orElseThrow();
    assertThat(AsOf.knownFrom(information, shipped::source)).isEqualTo(LocalDate.of(2024, 3, 28));
    assertThat(AsOf.of(shipped, LocalDate.of(2024, 3, 28)).source(information.id())).isPresent();
  }

  @Test
  void theWholeRecordIsAsOfTheLastDayItsNewestFactOrReportCanMean(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    // A TEST FIXTURE: a valuation of 3 May 2026 from a report of that day, and one of May 2026 from a
    // page dated only to the month: the record is complete only with May, not on 3 May.
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    withAccessedColumn(project);
    appendSource(project, "fixture-2026-05-03,2026-05-03,");
    appendSource(project, "fixture-2026-05,2026-05,");
    appendValuation(project, "fixture-a", "2026-05-03", "fixture-2026-05-03");
    assertThat(newest(project)).hasToString("2026-05-03");
    appendValuation(project, "fixture-b", "2026-05", "fixture-2026-05");
    assertThat(newest(project)).hasToString("2026-05");
    // A page dated only to the year, read on 10 June 2026: the record stands as of that day.
    appendSource(project, "fixture-2026,2026,2026-06-10");
    appendValuation(project, "fixture-c", "2026-02", "fixture-2026");
    assertThat(newest(project)).hasToString("2026-06-10");
  }

  private static PartialDate newest(java.nio.file.Path project) {
    return AsOf.newestFact(new BriefingBuild(BuildListener.silent()).check(project).orElseThrow()).orElseThrow();
  }

  /** Gives the project's sources the optional column {@code accessed}, empty on every shipped row. */
  private static void withAccessedColumn(java.nio.file.Path project) throws java.io.IOException {
    java.nio.file.Path file = project.resolve("data/sources.csv");
    List<String> lines = java.nio.file.Files.readAllLines(file);
    java.nio.file.Files.write(file, lines.stream().map(l -> l.isBlank() ? l : l + ",").toList());
    ShippedProject.replace(project, "data/sources.csv", "cited_by,language,", "cited_by,language,accessed");
  }

  /** A fixture source: {@code idPublishedAccessed} is "id,published,accessed". */
  private static void appendSource(java.nio.file.Path project, String idPublishedAccessed) throws java.io.IOException {
    String[] cells = idPublishedAccessed.split(",", -1);
    java.nio.file.Files.writeString(project.resolve("data/sources.csv"), cells[0]
        + ",시험용 출처(실제 보도 아님),Test fixture (not a real report),,," + cells[1] + ",,en," + cells[2] + "\n",
        java.nio.file.StandardOpenOption.APPEND);
  }

  private static void appendValuation(java.nio.file.Path project, String id, String date, String source)
      throws java.io.IOException {
    java.nio.file.Files.writeString(project.resolve("data/valuations.csv"), id + ",scale-ai,30000000000,USD,exact,"
        + date + "," + source + ",none,,,,post-money,,\n", java.nio.file.StandardOpenOption.APPEND);
  }

  /**
   * A copy of the shipped briefing whose Meta–Scale AI stake closed on {@code closed}, with a fixture
   * report of the closing published on {@code reported}, not yet among the row's sources.
   */
  private static java.nio.file.Path closedOn(java.nio.file.Path dir, String closed, String reported)
      throws java.io.IOException {
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    java.nio.file.Files.writeString(project.resolve("data/sources.csv"),
        "fixture-closing,시험용 출처(실제 보도 아님),Test fixture (not a real report),,," + reported + ",,en\n",
        java.nio.file.StandardOpenOption.APPEND);
    ShippedProject.replace(project, "data/flows.csv", ",agreed,,2025-06-12,14300000000,",
        ",agreed,," + closed + ",14300000000,");
    return project;
  }

  /** Names the fixture report of {@link #closedOn} among the stake's sources. */
  private static void citeClosing(java.nio.file.Path project) {
    ShippedProject.replace(project, "data/flows.csv", "hngn-2025-06-13 ibtimes-2025-06-13",
        "hngn-2025-06-13 ibtimes-2025-06-13 fixture-closing");
  }

  @Test
  void aClosingIsOnTheRecordFromTheReportOfIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    // TEST FIXTURES: Meta's Scale AI stake closed on 20 June 2025, reported by a source dated only to
    // July. Walk 71's edition of 15 July printed io's purchase "completed on 9 July" while the only
    // report of it was of late July.
    java.nio.file.Path project = closedOn(dir, "2025-06-20", "2025-07");
    Briefing unreported = new com.moneywar.briefing.load.ProjectLoader().load(project).orElseThrow().briefing();
    // With no report dated on or after it, the closing is on the record from its own day.
    assertThat(AsOf.of(unreported, LocalDate.of(2025, 6, 25)).flow("meta-scale-ai-2025-06").orElseThrow().closed())
        .isPresent();
    citeClosing(project);
    Briefing whole = new com.moneywar.briefing.load.ProjectLoader().load(project).orElseThrow().briefing();
    assertThat(AsOf.of(whole, LocalDate.of(2025, 7, 15)).flow("meta-scale-ai-2025-06").orElseThrow().closed())
        .as("before the report of the closing").isEmpty();
    assertThat(AsOf.of(whole, LocalDate.of(2025, 7, 31)).flow("meta-scale-ai-2025-06").orElseThrow().closed())
        .as("from the last day the report's month can mean").isPresent();
  }

  @Test
  void theRecordIsDatedByAClosingAndTheReportOfItWhenTheyAreNewest(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    // TEST FIXTURES: Meta's Scale AI stake closed on 20 December 2025, reported on the 22nd. Walk 73's
    // pages read "on the record as of February 2026" above a purchase "completed March 11, 2026".
    java.nio.file.Path project = closedOn(dir, "2025-12-20", "2025-12-22");
    assertThat(newest(project)).isEqualTo(PartialDate.of(LocalDate.of(2025, 12, 20)));
    citeClosing(project);
    assertThat(newest(project)).isEqualTo(PartialDate.of(LocalDate.of(2025, 12, 22)));
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(CompanyRecord.of(whole, "scale-ai").newestFact()).contains(PartialDate.of(LocalDate.of(2025, 12, 22)));
  }

  @Test
  void aRateWhoseSourceWasPublishedAfterAnEditionIsNotOnItsRecord(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws java.io.IOException {
    // A TEST FIXTURE: the shipped rate of 21 November 2025 credited to a report of 20 December. A new
    // user's edition of 18 November converted at a rate of 4 November whose only source was published
    // on 28 December: the edition quoted a rate it could not have known.
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    java.nio.file.Files.writeString(project.resolve("data/sources.csv"),
        "fixture-late-rate,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2025-12-20,,en\n",
        java.nio.file.StandardOpenOption.APPEND);
    ShippedProject.replace(project, "data/exchange_rates.csv", "1475.6,2025-11-21,sbsbiz-2025-11-21,",
        "1475.6,2025-11-21,fixture-late-rate,");
    Briefing whole = new com.moneywar.briefing.load.ProjectLoader().load(project).orElseThrow().briefing();
    assertThat(whole.rate("usd-krw-2025-11-21")).isPresent();
    assertThat(AsOf.of(whole, LocalDate.of(2025, 11, 28)).rate("usd-krw-2025-11-21")).as("before its report").isEmpty();
    assertThat(AsOf.of(whole, LocalDate.of(2025, 12, 20)).rate("usd-krw-2025-11-21")).as("from its report on")
        .isPresent();
  }

  @Test
  void aRateDatedAfterAnEditionIsNotOnItsRecordEvenWhenAFactNamesIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    // A TEST FIXTURE: OpenAI's valuation of 2 October 2024 converted at the rate of 29 October 2025,
    // which a second source of the row (Newsway, 30 October 2025) converted at. An edition of December
    // 2024 holds the valuation but not that rate: it cannot quote a rate of ten months later (a new
    // user's edition of April showed "1달러 = 1,440원 (2025년 10월 26일 …)"), so it does not convert
    // the figure and its tables say so.
    java.nio.file.Path project = ShippedProject.withAValuationAtALaterRate(dir);
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    Valuation openai = whole.valuation("openai-2024-10").orElseThrow();
    assertThat(whole.krwRateFor(openai)).map(ExchangeRate::id).contains("usd-krw-2025-10-29");
    assertThat(whole.unconverted(openai)).isFalse();
    Briefing december = AsOf.of(whole, LocalDate.of(2024, 12, 1));
    assertThat(december.valuation("openai-2024-10")).contains(openai);
    assertThat(december.source("newsway-2025-10-30")).as("a later source is not on the edition's record").isEmpty();
    assertThat(december.rate("usd-krw-2025-10-29")).as("nor is a later rate").isEmpty();
    assertThat(december.krwRateFor(openai)).isEmpty();
    assertThat(december.approxKrw(openai)).isEmpty();
    assertThat(december.unconverted(openai)).isTrue();
    // From the rate's own date on, the edition converts it as the whole record does.
    Briefing november = AsOf.of(whole, LocalDate.of(2025, 11, 1));
    assertThat(november.approxKrw(openai)).isEqualTo(whole.approxKrw(openai));
  }

  @Test
  void theShortcutForTheWholeRecordGivesWhatTheRuleGivesOnEveryDayThatMatters() {
    LocalDate whole = shipped.wholeRecordFrom();
    List<LocalDate> days = java.util.stream.Stream.concat(
        java.util.stream.Stream.concat(shipped.moneyFacts().values().stream().flatMap(f -> java.util.stream.Stream.of(
            f.date().firstDay(), AsOf.onRecordFrom(f, shipped::source))),
            shipped.sources().stream().map(src -> AsOf.knownFrom(src, shipped::source))),
        java.util.stream.Stream.of(whole, AsOf.date(AsOf.series(shipped).get(0)), LocalDate.of(2100, 1, 1)))
        .flatMap(d -> java.util.stream.Stream.of(d.minusDays(1), d, d.plusDays(1))).distinct().toList();
    days.forEach(day -> assertThat(AsOf.of(shipped, day)).as("as of %s", day).isEqualTo(AsOf.byRule(shipped, day)));
    // It is the day the newest dated row is on the record: no row after it, one on it.
    List<LocalDate> rowDays = java.util.stream.Stream.of(
        shipped.moneyFacts().values().stream().map(f -> AsOf.onRecordFrom(f, shipped::source)),
        shipped.sources().stream().map(src -> AsOf.knownFrom(src, shipped::source)),
        shipped.rates().stream().map(r -> r.date().firstDay())).flatMap(d -> d).toList();
    assertThat(rowDays).allMatch(d -> !d.isAfter(whole)).contains(whole);
  }
}
