package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stake agreed on one day and bought, the deal closed, months later ({@code flows.csv}, column
 * {@code closed}): a new user's edition of November drew Nvidia's $5 billion for Intel's shares,
 * agreed in September and closed in late December, as money already paid in. The rows added here are
 * TEST FIXTURES, not reported figures.
 */
class StakeClosingTest {
  @TempDir static Path dir;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-closing");
    ShippedProject.appendRows(project, "data/flows.csv",
        // Agreed in October, closed after the edition of 28 November 2025.
        "fixture-later-2025-10,stake,google,mistral-ai,4,agreed,,2025-12-26,55500000000,,USD,exact,2025-10-01,"
            + "fixture-closing,,,,,,none,,,\n"
            // Agreed, and no source says it has closed.
            + "fixture-open-2025-10,stake,amazon,mistral-ai,,agreed,,,44400000000,,USD,exact,2025-10-01,"
            + "fixture-closing,,,,,,none,,,\n"
            // A company bought, the acquisition completed after the edition of 28 November 2025.
            + "fixture-acquired-2025-10,acquisition,google,mistral-ai,,agreed,,2025-12-15,1000000000,,USD,exact,"
            + "2025-10-01,fixture-closing,,,,,,none,,,\n");
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  /** The money-flows chart's rows of {@code record}: investor, investee, committed, paid in. */
  private static List<List<String>> pairs(Briefing record) {
    ChartImage chart = new ChartRenderer().render(record, Lang.EN).stream().filter(c -> c.name().equals("money-flows"))
        .findFirst().orElseThrow();
    return chart.table().stream().map(r -> List.of(r.get(0), r.get(1), r.get(3), r.get(7))).toList();
  }

  @Test
  void aStakeIsPaidInOnlyFromTheDayItClosed() {
    Briefing november = AsOf.of(briefing, LocalDate.of(2025, 11, 28));
    assertThat(pairs(november)).contains(List.of("Google", "Mistral AI", "55500000000", ""),
        List.of("Amazon", "Mistral AI", "44400000000", ""));
    Briefing january = AsOf.of(briefing, LocalDate.of(2026, 1, 5));
    assertThat(pairs(january)).contains(List.of("Google", "Mistral AI", "55500000000", "55500000000"),
        List.of("Amazon", "Mistral AI", "44400000000", ""));
    // Meta's stake in Scale AI (shipped) closed the day it was announced.
    assertThat(pairs(november)).contains(List.of("Meta", "Scale AI", "14300000000", "14300000000"));
  }

  /** A new user's acquisition that completed months after it was agreed still read as only agreed. */
  @Test
  void aDealThatClosedSaysWhenInTheTableOnceTheClosingIsOnTheRecord() {
    java.util.function.BiFunction<Briefing, Lang, String> row = (record, lang) -> com.moneywar.briefing.testing.TableRows
        .text(new FactTables(record, new Figures(record), lang, ShippedProject.messages(lang.code()),
            lang.code() + "/investments.html").flows(), "flow-fixture-acquired-2025-10");
    assertThat(row.apply(briefing, Lang.KO)).contains("인수 · 2025년 12월 15일 완료");
    assertThat(row.apply(briefing, Lang.EN)).contains("Acquisition · completed December 15, 2025");
    assertThat(row.apply(AsOf.of(briefing, LocalDate.of(2025, 11, 28)), Lang.EN)).doesNotContain("completed");
  }
}
