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
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pledge's own name ({@code spending.csv}, columns {@code name_ko} and {@code name_en}): a new
 * user's chart drew two bars both named "유럽연합 집행위원회 · 투자 계획", the EU's €200 billion InvestAI
 * and its €20 billion fund, and nothing told them apart. The rows added here are TEST FIXTURES, not
 * reported figures.
 */
class SpendingNameTest {
  @TempDir Path dir;

  private Path project() {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    ShippedProject.addFixtureSource(project, "fixture-pledge");
    ShippedProject.addColumn(project, "data/spending.csv", "name_ko");
    ShippedProject.addColumn(project, "data/spending.csv", "name_en");
    ShippedProject.appendRows(project, "data/spending.csv",
        "fixture-big,amazon,pledge,,planned,,222000000000,,USD,exact,2025-10,fixture-pledge,,,,,,none,,,,"
            + "인베스트AI,InvestAI\n"
            + "fixture-small,amazon,pledge,,planned,,22000000000,,USD,exact,2025-10,fixture-pledge,,,,,,none,,,,"
            + "기가팩토리 기금,Gigafactory fund\n");
    ShippedProject.appendRows(project, "data/charts.csv", "pledges,spending,fixture-big fixture-small,,,,,,,"
        + "투자 계획,Pledges,시험용 그래프,Test chart\n");
    return project;
  }

  @Test
  void twoPledgesOfOneCompanyAreToldApartByTheirNames() {
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project()).orElseThrow();
    Figures figures = new Figures(b);
    FactTables ko = new FactTables(b, figures, Lang.KO, ShippedProject.messages("ko"), "ko/investments.html");
    assertThat(TableRows.text(ko.spending(), "spending-fixture-big")).startsWith("아마존 · 투자 계획 · 인베스트AI | ");
    assertThat(TableRows.text(ko.spending(), "spending-fixture-small")).startsWith("아마존 · 투자 계획 · 기가팩토리 기금 | ");
    FigureRef ref = new FigureRef("spending", List.of("fixture-small"), "", "s", SourcePos.startOf("t"));
    assertThat(SiteRenderer.headlines(b, figures, List.of(ref), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(b)).get(0).label()).isEqualTo("Amazon · investment pledge · Gigafactory fund");
    ChartImage chart = new ChartRenderer().render(b, Lang.EN).stream().filter(c -> c.name().equals("pledges"))
        .findFirst().orElseThrow();
    assertThat(ChartTexts.of(chart.svg()).stream().map(ChartTexts.Text::text).toList())
        .contains("Amazon · InvestAI", "Amazon · Gigafactory fund");
  }

  @Test
  void aNameIsGivenInBothLanguages() {
    Path project = project();
    ShippedProject.replace(project, "data/spending.csv", "기가팩토리 기금,Gigafactory fund", ",Gigafactory fund");
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p).startsWith("data/spending.csv:")
        .endsWith("error: expected the name in both languages (columns 'name_ko' and 'name_en'), found an empty"
            + " 'name_ko'"));
  }
}
