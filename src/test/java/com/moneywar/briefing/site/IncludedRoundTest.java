package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.RoundType;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A round a later round's amount includes ({@code rounds.csv}, column {@code included_in}): a new
 * user's Nscale took a $433 million SAFE that its $2 billion Series C "includes", and its page read
 * $3.53 billion raised for $3.1 billion. The rows added here are TEST FIXTURES, not reported figures.
 */
class IncludedRoundTest {
  private static final String SAFE = "fixture-safe-2024-12";

  @TempDir Path dir;
  private int projects;

  /** The shipped project with rounds.csv given 'status', 'closed_as' and 'included_in' columns and {@code rows} added. */
  private Path project(String... rows) throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p" + projects++));
    Files.writeString(project.resolve("data/sources.csv"),
        "fixture-safe,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2024-12-01,,en\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Path rounds = project.resolve("data/rounds.csv");
    List<String> lines = Files.readAllLines(rounds, StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(lines.get(0) + ",status,closed_as,included_in\n");
    lines.subList(1, lines.size()).forEach(line -> out.append(line).append(",,,\n"));
    for (String row : rows) {
      out.append(row).append('\n');
    }
    Files.writeString(rounds, out, StandardCharsets.UTF_8);
    return project;
  }

  /** A SAFE of Anthropic's of {@code amount} dollars, dated {@code date}, that {@code includedIn} includes. */
  private static String safe(String id, String amount, String date, String status, String includedIn) {
    return id + ",anthropic,safe,nvidia,,," + amount + ",,USD,exact," + date + ",fixture-safe,,,none,,,," + status
        + ",," + includedIn;
  }

  private static BigDecimal raised(Briefing b) {
    return CompanyRecord.of(b, "anthropic").raisedInRounds().get(Currency.getInstance("USD")).low().amount();
  }

  @Test
  void aRoundALaterRoundIncludesIsCountedOnceFromThatRoundOn() throws IOException {
    Briefing whole = new BriefingBuild(BuildListener.silent())
        .check(project(safe(SAFE, "433000000", "2024-12", "", "anthropic-2025-03"))).orElseThrow();
    Briefing without = new BriefingBuild(BuildListener.silent()).check(project()).orElseThrow();
    // The Series E includes the SAFE: Anthropic raised what it raised without it.
    assertThat(raised(whole)).isEqualByComparingTo(raised(without));
    for (Lang lang : Lang.values()) {
      FactTable table = new FactTables(whole, new Figures(whole), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").rounds();
      String row = table.rows().stream().filter(r -> r.id().equals("round-" + SAFE)).findFirst().orElseThrow()
          .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
      assertThat(row).contains(lang == Lang.KO ? "4억3300만달러 · 이후 시리즈E(2025년 3월)에 포함"
          : "$433 million · later part of the Series E (March 2025)");
      assertThat(row).contains(lang == Lang.KO ? "SAFE(조건부 지분인수계약)" : "SAFE");
      ChartImage timeline = new ChartRenderer().render(whole, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(timeline.table().toString()).doesNotContain("433000000");
      assertThat(timeline.caption()).contains(lang == Lang.KO ? "이후 라운드 금액에 포함된 라운드 1건(앤스로픽 · SAFE(조건부 지분인수계약))"
          : "1 round included in a later round's amount (Anthropic · SAFE)");
    }
    // An edition before the Series E knew the SAFE as money raised, and drew it.
    Briefing january = AsOf.of(whole, LocalDate.of(2025, 1, 15));
    assertThat(raised(january)).isEqualByComparingTo(raised(AsOf.of(without, LocalDate.of(2025, 1, 15)))
        .add(new BigDecimal("433000000")));
    assertThat(new ChartRenderer().render(january, Lang.EN).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow().table().toString()).contains("433000000");
    assertThat(new RoundType("safe").phrase(Lang.EN)).isEqualTo("SAFE");
  }

  @Test
  void anInvestorsShareOfARoundALaterRoundIncludesIsInThatRoundsPointNotAPointOfItsOwn() throws IOException {
    // A new user's SoftBank commitment of "up to $40 billion" (a share of the first close) was drawn
    // beside the final close that includes it: the same money twice.
    Path project = project(safe(SAFE, "433000000", "2024-12", "", "anthropic-2025-03"));
    Files.writeString(project.resolve("data/investments.csv"), "fixture-nvidia-safe,nvidia,anthropic,single,,"
        + "433000000,USD,exact,invested,2024-12,fixture-safe,none,,시험용.,Fixture.,," + SAFE + ",lead,,,,,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      List<ChartImage> charts = new ChartRenderer().render(whole, lang);
      ChartImage timeline = charts.stream().filter(c -> c.name().equals("timeline")).findFirst().orElseThrow();
      assertThat(timeline.table().toString()).doesNotContain("433000000").contains("3500000000");
      // The Series E is no longer a round without any investor's amount: its SAFE's share is drawn.
      ChartImage flows = charts.stream().filter(c -> c.name().equals("money-flows")).findFirst().orElseThrow();
      assertThat(flows.caption()).doesNotContain(lang == Lang.KO ? "앤스로픽 · 시리즈E" : "Anthropic · Series E");
    }
    // Before the Series E, the SAFE is drawn, its share inside its point.
    Briefing january = AsOf.of(whole, LocalDate.of(2025, 1, 15));
    assertThat(new ChartRenderer().render(january, Lang.EN).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow().table().toString()).contains("433000000");
  }

  @Test
  void includedInNamesALaterClosedRoundOfTheSameCompanyThatCanHoldIt() throws IOException {
    Path project = project(
        safe("fixture-later", "433000000", "2025-06", "", "anthropic-2025-03"),
        safe("fixture-larger", "5000000000", "2024-12", "", "anthropic-2025-03"),
        safe("fixture-talks", "433000000", "2024-12", "talks", "anthropic-2025-03"),
        safe("fixture-other", "433000000", "2024-12", "", "openai-2024-10"),
        safe("fixture-self", "433000000", "2024-12", "", "fixture-self"));
    List<String> problems = ShippedProject.checkProblems(project);
    java.util.function.Function<String, String> at = id -> {
      String row = ShippedProject.positionOf(project, "data/rounds.csv", id + ",");
      return row.substring(0, row.lastIndexOf(':'));
    };
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-later"))
        .contains("expected a round dated on or after this one (2025-06) in column 'included_in', found"
            + " 'anthropic-2025-03' dated 2025-03"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-larger"))
        .contains("expected a round whose amount can include this one's (5000000000 USD) in column 'included_in',"
            + " found 'anthropic-2025-03' of 3500000000 USD"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-talks"))
        .contains("expected an empty 'included_in' for a round whose status is 'talks'"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-other"))
        .contains("expected a round of anthropic in column 'included_in', found 'openai-2024-10' of openai"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(at.apply("fixture-self"))
        .contains("found the row's own id 'fixture-self'"));
    assertThat(problems).hasSize(5);
  }

  @Test
  void aSumNeverAddsARoundToTheRoundThatIncludesIt() throws IOException {
    Path project = project(safe(SAFE, "433000000", "2024-12", "", "anthropic-2025-03"));
    Path text = project.resolve("data/texts/ai-money-war-2025-11-28.en.md");
    Files.writeString(text, "\nAll told, {{sum:round:" + SAFE + "+anthropic-2025-03}}.\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p)
        .contains("found '" + SAFE + "', which round 'anthropic-2025-03' includes (its 'included_in'): its money would be"
            + " counted twice"));
  }
}
