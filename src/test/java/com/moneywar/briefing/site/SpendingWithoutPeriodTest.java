package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spending whose sources state no period ("Amazon's $11 billion for its data-centre campus", with
 * no years) leaves {@code period} empty: two new users could not enter such a figure and typed it
 * into their prose by hand. It is listed and shown without a period, and never added to other
 * spending nor asked for its period. The row added here is a TEST FIXTURE, not a reported figure.
 */
class SpendingWithoutPeriodTest {
  @TempDir static Path dir;
  private static Path project;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    project = ShippedProject.copyTo(dir.resolve("p"));
    ShippedProject.addFixtureSource(project, "fixture-campus");
    Path spending = project.resolve("data/spending.csv");
    assertThat(Files.readAllLines(spending, StandardCharsets.UTF_8).get(0))
        .startsWith("id,company,kind,period,status,replaces,amount,amount_high,currency,bound,date,source,");
    Files.writeString(spending, "fixture-campus-2025,amazon,ai-infrastructure,,planned,,77700000000,,USD,exact,"
        + "2025-06-10,fixture-campus,,,,,,none,,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  @Test
  void itIsListedAndLabelledWithoutAPeriod() {
    assertThat(briefing.spending("fixture-campus-2025").orElseThrow().period()).isEmpty();
    FactTables ko = new FactTables(briefing, new Figures(briefing), Lang.KO, ShippedProject.messages("ko"),
        "ko/investments.html");
    assertThat(ko.spending().rows().stream().filter(r -> r.id().equals("spending-fixture-campus-2025")).findFirst()
        .orElseThrow().cells().get(0).text()).isEqualTo("아마존 ·\u00a0AI 인프라 투자");
    FigureRef ref = new FigureRef("spending", List.of("fixture-campus-2025"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(SiteRenderer.headlines(briefing, new Figures(briefing), List.of(ref), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("아마존 · AI 인프라 투자 계획");
    assertThat(SiteRenderer.headlines(briefing, new Figures(briefing), List.of(ref), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("Amazon · AI infrastructure spending (planned)");
  }

  @Test
  void itIsNeverAddedUpNorAskedForItsPeriod() throws IOException {
    Path copy = dir.resolve("q");
    ShippedProject.copyTree(project, copy);
    String text = "data/texts/" + ShippedProject.newest() + ".en.md";
    Path file = copy.resolve(text);
    Files.writeString(file, Files.readString(file, StandardCharsets.UTF_8).stripTrailing()
        + "\n\nAmazon plans {{sum:spending:fixture-campus-2025+amazon-capex-2025-10}} in all,"
        + " {{spending:fixture-campus-2025:period}}.\n", StandardCharsets.UTF_8);
    List<String> problems = ShippedProject.checkProblems(copy);
    assertThat(problems).contains(
        ShippedProject.positionOf(copy, text, "{{sum:spending:fixture-campus-2025+") + ": error: expected rows with a"
            + " period (column 'period') in {{sum:spending:fixture-campus-2025+amazon-capex-2025-10}}, found"
            + " 'fixture-campus-2025', which states none (spending over periods not known is not added up)",
        ShippedProject.positionOf(copy, text, "{{spending:fixture-campus-2025:period}}") + ": error: expected spending"
            + " with a period (column 'period') for {{spending:fixture-campus-2025:period}}, found 'fixture-campus-2025'"
            + " in data/spending.csv, which states none");
  }

  @Test
  void aSpendingChartThatNamesNoRowsLeavesItOut() {
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("77700000000");
      }
    }
  }
}
