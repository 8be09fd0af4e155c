package com.moneywar.briefing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The shipped project made into a series for tests: up to two later briefings (June and November
 * 2024) and one later fact. The later fact and its source are TEST FIXTURES, not reported figures
 * (the outlet says so): a valuation of Anthropic of USD 99.9 billion dated 2024-10, which only the
 * November briefing may show.
 */
public final class SeriesProject {
  public static final String FIRST = "ai-money-war-2024-03-28";
  public static final String SECOND = "fixture-second";
  public static final String THIRD = "fixture-third";
  /** The later fact as each language writes it. */
  public static final String LATER_KO = "999억달러";
  public static final String LATER_EN = "$99.9 billion";

  private SeriesProject() {}

  /** A copy of the shipped project with the June briefing; with {@code third}, also the November one and the later fact. */
  public static Path copyTo(Path dir, boolean third) {
    Path project = ShippedProject.copyTo(dir);
    addSecond(project);
    if (third) {
      addThird(project);
    }
    return project;
  }

  public static void addSecond(Path project) {
    write(project, "data/texts/" + SECOND + ".ko.md", """
        ---
        title: 시험용 두 번째 브리핑
        date: 2024-06-01
        summary: 시리즈를 시험하는 두 번째 브리핑입니다.
        ---

        ## 지난 호 이후

        [지난 브리핑](briefing:ai-money-war-2024-03-28)에서 다룬 앤스로픽의 기업가치는 {{valuation:anthropic-2024-03}}였다.
        """);
    write(project, "data/texts/" + SECOND + ".en.md", """
        ---
        title: A second briefing, for tests
        date: 2024-06-01
        summary: The second briefing of a test series.
        ---

        ## Since the last edition

        As [the last briefing](briefing:ai-money-war-2024-03-28) reported, Anthropic was valued at {{valuation:anthropic-2024-03}}.
        """);
  }

  public static void addThird(Path project) {
    append(project, "data/sources.csv", "fixture-later,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2024-10-01,,en\n");
    // Not converted to won: no exchange rate of its time is on the record (a March rate would be stale).
    append(project, "data/valuations.csv", "anthropic-fixture-2024-10,anthropic,99900000000,USD,exact,2024-10,"
        + "fixture-later,none,,시험용 값,Test value,post-money,,\n");
    write(project, "data/texts/" + THIRD + ".ko.md", """
        ---
        title: 시험용 세 번째 브리핑
        date: 2024-11-01
        summary: 나중에 기록된 수치를 싣는 세 번째 브리핑입니다.
        headlines: valuation:anthropic-fixture-2024-10, valuation:anthropic-2024-03
        charts: valuations
        ---

        ## 새 기업가치

        앤스로픽의 기업가치는 {{valuation:anthropic-fixture-2024-10}}로 기록됐다. [6월 브리핑](briefing:fixture-second)을 이어 쓴다.
        """);
    write(project, "data/texts/" + THIRD + ".en.md", """
        ---
        title: A third briefing, for tests
        date: 2024-11-01
        summary: The third briefing, with a fact recorded later.
        headlines: valuation:anthropic-fixture-2024-10, valuation:anthropic-2024-03
        charts: valuations
        ---

        ## A new valuation

        Anthropic is now valued at {{valuation:anthropic-fixture-2024-10}}. It follows [the June briefing](briefing:fixture-second).
        """);
  }

  public static void write(Path project, String file, String text) {
    try {
      Files.writeString(project.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(Path project, String file, String line) {
    try {
      Files.writeString(project.resolve(file), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
