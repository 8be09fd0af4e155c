package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page that shows no date of its own: the editor gives the year in {@code published} and the
 * day they read it in {@code accessed}. The page surely existed by that day, so an edition of that
 * day may cite it (without it, a figure from a page dated only 2024 waits until the year is over),
 * and the lists of sources say when it was read. The source added here is a TEST FIXTURE.
 */
class UndatedPageTest {
  @TempDir Path dir;

  private Path project(String accessed) {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path sources = project.resolve("data/sources.csv");
    try {
      // The column added, and an empty cell for it in every row.
      List<String> lines = Files.readAllLines(sources, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).isEqualTo("id,outlet_ko,outlet_en,title,url,published,cited_by,language");
      List<String> rows = new ArrayList<>();
      rows.add(lines.get(0) + ",accessed");
      rows.add("undated-page,날짜 없는 웹페이지(시험용),An undated web page (test fixture),,,2024,,en," + accessed);
      lines.stream().skip(1).map(l -> l + ",").forEach(rows::add);
      Files.write(sources, rows, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Not converted: the seed article's implied rate converts only the rows that cite the article.
    ShippedProject.replace(project, "data/investments.csv", "google-anthropic-t1,google,anthropic,tranche,google-anthropic,"
        + "500000000,USD,exact,invested,2024-03-28,seed-2024-03-28,usd-krw-2024-03-28,", "google-anthropic-t1,google,"
        + "anthropic,tranche,google-anthropic,500000000,USD,exact,invested,2024-03,undated-page,none,");
    return project;
  }

  @Test
  void aPageReadOnADayIsOnTheRecordFromThatDayAndItsListingSaysSo() {
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project("2024-03-20")).orElseThrow();
    assertThat(AsOf.of(b, LocalDate.of(2024, 3, 28)).investment("google-anthropic-t1")).isPresent();
    assertThat(AsOf.of(b, LocalDate.of(2024, 3, 19)).investment("google-anthropic-t1")).isEmpty();
    var page = b.source("undated-page").orElseThrow();
    assertThat(DateStyle.published(page, Lang.KO)).isEqualTo("2024년(2024년 3월 20일 열람)");
    assertThat(DateStyle.published(page, Lang.EN)).isEqualTo("2024 (accessed March 20, 2024)");
    // A page dated to the day needs no day of reading in its listing.
    var seed = b.source("seed-2024-03-28").orElseThrow();
    assertThat(DateStyle.published(seed, Lang.EN)).isEqualTo("March 28, 2024");
  }

  @Test
  void anEditionBeforeThePageWasReadListsItWithoutTheDayOfReading() {
    // A new user's edition of March 2026 listed a page of November 2025 as "read on 30 November 2026".
    Path project = project("2026-11-30");
    // The page is listed, not cited: the tranche keeps the seed report it cites in the shipped data.
    ShippedProject.replace(project, "data/investments.csv", "2024-03,undated-page,", "2024-03-28,seed-2024-03-28,");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    var then = AsOf.of(b, LocalDate.of(2025, 11, 28)).source("undated-page").orElseThrow();
    assertThat(DateStyle.published(then, Lang.KO)).isEqualTo("2024년");
    assertThat(DateStyle.published(then, Lang.EN)).isEqualTo("2024");
    var now = AsOf.of(b, LocalDate.of(2026, 11, 30)).source("undated-page").orElseThrow();
    assertThat(DateStyle.published(now, Lang.EN)).isEqualTo("2024 (accessed November 30, 2026)");
  }

  @Test
  void aPageReadAfterTheEditionIsNotCitedThenAndTheMessageAsksForItsOwnDay() {
    // A writer of an old series reads the pages today: the reading day cannot put a page in an
    // edition of before it, and the message does not ask for another reading day (which would
    // invite a made-up one).
    Path project = project("2026-11-30");
    String text = "data/texts/ai-money-war-2024-03-28.en.md";
    assertThat(ShippedProject.checkProblems(project)).contains(ShippedProject.positionOf(project, text,
        "{{investment:google-anthropic-t1:amount}}") + ": error: expected a figure on the record at the briefing's date"
        + " 2024-03-28, found {{investment:google-anthropic-t1:amount}}: investment:google-anthropic-t1, whose source"
        + " 'undated-page' was published 2024, not to the day: it surely exists only from 2024-12-31 (read 2026-11-30;"
        + " give the page's own day in sources.csv column 'published' if it shows one, or show the figure in a later"
        + " briefing) (an edition cites only reports published by its date: cite a report of the time in column"
        + " 'source', or show the figure in a later briefing)");
  }

  @Test
  void aPageReadBeforeItWasPublishedIsAnError() {
    List<String> problems = ShippedProject.checkProblems(project("2023-12-31"));
    assertThat(problems).anyMatch(p -> p.startsWith("data/sources.csv:2:")
        && p.endsWith("error: expected the day the page was read, on or after its publication date 2024 (column"
            + " 'published'), in column 'accessed', found '2023-12-31'"));
  }
}
