package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A denied claim (data-format §2.1) is never plotted nor added into a total: it would put a figure
 * the party concerned denies on the drawing, or into a company's sum. The rows added here are TEST
 * FIXTURES, not reported figures.
 */
class DeniedClaimsTest {
  @TempDir static Path dir;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws Exception {
    Path project = ShippedProject.copyTo(dir);
    Files.writeString(project.resolve("data/sources.csv"),
        "fixture-denial,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2024-10-01,,en\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    // The newest valuation of OpenAI, and a large investment into it, both denied.
    Files.writeString(project.resolve("data/valuations.csv"),
        "openai-fixture-denied,openai,900000000000,USD,exact,2025-10,fixture-denial,none,,시험용 값,Test value,,,denied\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Files.writeString(project.resolve("data/investments.csv"),
        "fixture-denied-investment,google,openai,single,,71300000000,USD,exact,invested,2025-10,fixture-denial,none,,"
            + "시험용 값,Test value,,,,,,denied,,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    // A talent chart that sets the pay against a reported investment (shipped: microsoft-openai-2024-10).
    Files.writeString(project.resolve("data/charts.csv"),
        "pay-vs-reported,talent,ai-researcher-pay-2024-03,,investment:microsoft-openai-2023 investment:microsoft-openai-2024-10,"
            + ",,,,시험용 차트,Test chart,시험용 캡션,Test caption\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  @Test
  void aChartThatNamesNoRowsLeavesADenialOut() {
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("900000000000", "71300000000");
        assertThat(chart.alt()).as(chart.name()).doesNotContain("9000억", "$900 billion", "713억", "$71.3 billion");
      }
    }
  }

  @Test
  void aCompanysTotalsAndLatestValuationLeaveADenialOut() {
    CompanyRecord openai = CompanyRecord.of(briefing, "openai");
    assertThat(openai.latestValuation().orElseThrow().id()).isNotEqualTo("openai-fixture-denied");
    CompanyRecord shipped = CompanyRecord.of(
        new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow(), "openai");
    assertThat(openai.paidInto()).isEqualTo(shipped.paidInto());
    assertThat(openai.committedTo()).isEqualTo(shipped.committedTo());
    assertThat(openai.valuations()).extracting(v -> v.id()).contains("openai-fixture-denied");
  }

  @Test
  void checkRefusesADenialAmongAChartsRows() {
    ChartSpec valuations = briefing.charts().stream().filter(c -> c.kind() == com.moneywar.briefing.model.ChartKind.VALUATIONS)
        .findFirst().orElseThrow();
    List<String> problems = ShippedProject.checkProblems(withChartRows(valuations.id(), "openai-fixture-denied"));
    assertThat(problems).anyMatch(p -> p.contains("data/charts.csv")
        && p.contains("expected a row with an amount to plot, found 'openai-fixture-denied' (a denied claim)"));
  }

  private static Path withChartRows(String chart, String row) {
    Path project = dir;
    ShippedProject.replace(project, "data/charts.csv", "\n" + chart + ",valuations,,", "\n" + chart + ",valuations," + row + ",");
    return project;
  }

  @Test
  void aTalentChartHatchesACountFromAFigureNotConfirmedAndSaysSo() {
    ChartImage chart = new ChartRenderer().render(briefing, Lang.EN).stream()
        .filter(c -> c.name().equals("pay-vs-reported")).findFirst().orElseThrow();
    String svg = new String(chart.svg(), StandardCharsets.UTF_8);
    assertThat(svg).contains("Hatched: an estimate, or a report or claim not confirmed").contains("stroke-dasharray");
    // The pay is named in the sentence, not in brackets that could hold its own "(reported)".
    assertThat(new ChartRenderer().render(briefing, Lang.KO).stream().filter(c -> c.name().equals("talent-pay"))
        .findFirst().orElseThrow().caption()).contains("연봉 최대 100만달러로 나눈 값이다.").doesNotContain("연봉(");
    // The role is a label after the sentence: it reads right whether it names people or the pay itself.
    assertThat(new ChartRenderer().render(briefing, Lang.KO).stream().filter(c -> c.name().equals("talent-pay"))
        .findFirst().orElseThrow().caption()).contains("각 금액을 연봉 최대 100만달러로 나눈 값이다. 보상 제안: ")
        .doesNotContain("의 연봉", "에게 제시된");
    assertThat(new ChartRenderer().render(briefing, Lang.EN).stream().filter(c -> c.name().equals("talent-pay"))
        .findFirst().orElseThrow().caption()).contains("Each amount divided by the yearly pay, up to $1 million. Pay offer: ");
    ChartImage confirmedOnly = new ChartRenderer().render(briefing, Lang.EN).stream()
        .filter(c -> c.name().equals("talent-pay")).findFirst().orElseThrow();
    assertThat(new String(confirmedOnly.svg(), StandardCharsets.UTF_8)).doesNotContain("Hatched:");
  }
}
