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
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.TableRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stake's percentage as the source states it ({@code flows.csv}, column {@code percent_bound}): a
 * new user's "a stake of roughly 4%" showed as an exact "지분 4%". The row added here is a TEST
 * FIXTURE, not a reported figure.
 */
class StakePercentTest {
  private static final String ID = "fixture-about-2025-10";
  @TempDir static Path dir;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-percent");
    ShippedProject.addColumn(project, "data/flows.csv", "percent_bound");
    ShippedProject.appendRows(project, "data/flows.csv", ID + ",stake,google,mistral-ai,4,agreed,,2025-10-01,"
        + "55500000000,,USD,exact,2025-10-01,fixture-percent,,,,,,none,,,,about\n");
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  @Test
  void aPercentageStatedRoughlySaysSoWhereverItIsShown() {
    Figures figures = new Figures(briefing);
    FigureRef ref = new FigureRef("flow", List.of(ID), "", "flow:" + ID, SourcePos.startOf("t"));
    FigureRef percent = new FigureRef("flow", List.of(ID), "percent", "flow:" + ID, SourcePos.startOf("t"));
    assertThat(figures.text(percent, Lang.KO)).isEqualTo("약 4%");
    assertThat(figures.text(percent, Lang.EN)).isEqualTo("about 4%");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("구글 → 미스트랄AI · 지분 약 4% 매입 · 2025년 10월 1일 완료");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("Google → Mistral AI · about 4% stake · completed October 1, 2025");
    assertThat(TableRows.text(new FactTables(briefing, figures, Lang.EN, ShippedProject.messages("en"),
        "en/investments.html").flows(), "flow-" + ID)).contains("| about 4% |");
    // Meta's 49%, stated exactly, is written as before.
    assertThat(figures.text(new FigureRef("flow", List.of("meta-scale-ai-2025-06"), "percent", "f",
        SourcePos.startOf("t")), Lang.EN)).isEqualTo("49%");
    ChartImage flowsChart = new ChartRenderer().render(briefing, Lang.KO).stream()
        .filter(c -> c.name().equals("money-flows")).findFirst().orElseThrow();
    String texts = String.join(" ", ChartTexts.of(flowsChart.svg()).stream().map(ChartTexts.Text::text).toList())
        + " " + String.join(" ", ChartTexts.of(flowsChart.narrowSvg()).stream().map(ChartTexts.Text::text).toList());
    assertThat(texts).contains("지분 약 4%").doesNotContain("지분 4%");
  }
}
