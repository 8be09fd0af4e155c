package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.TableRows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listed company's market value ({@code valuations.csv}, {@code basis} {@code market}): two new
 * users had no basis for it, entered it as unstated, and their charts grew a multiple from a private
 * round's value to a stock-market one. The rows added here are TEST FIXTURES, not reported figures.
 */
class MarketValueTest {
  @TempDir Path dir;

  @Test
  void aMarketValueSaysSoAndGrowsNoMultipleFromAPrivateValue() throws Exception {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-market");
    Files.writeString(project.resolve("data/valuations.csv"),
        "fixture-private-2024-06,nvidia,100000000000,USD,exact,2024-06-30,fixture-market,none,,,,post-money,,\n"
            + "fixture-market-2025-09,nvidia,500000000000,USD,exact,2025-09-30,fixture-market,none,,,,market,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      FactTable table = new FactTables(b, new Figures(b), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/valuations.html").valuations();
      assertThat(TableRows.text(table, "fixture-market-2025-09")).contains(lang == Lang.KO ? "| 시가총액 |" : "| market value |");
      FigureRef ref = new FigureRef("valuation", List.of("fixture-market-2025-09"), "", "{{…}}", SourcePos.startOf("t"));
      assertThat(SiteRenderer.headlines(b, new Figures(b), List.of(ref), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(b)).get(0).label()).isEqualTo(lang == Lang.KO ? "엔비디아 시가총액" : "Nvidia market value");
      // Joined to the company's line, with no multiple from its post-money values: said under the chart.
      ChartImage chart = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("valuations"))
          .findFirst().orElseThrow();
      assertThat(chart.caption()).contains(lang == Lang.KO ? "엔비디아는 처음과 마지막 값의 기준이 달라 배수를 적지 않았다"
          : "and Nvidia in the dollar panel: their first and last values are on different bases");
      assertThat(chart.alt()).doesNotContain("5.0");
      assertThat(chart.table().toString()).contains("market");
    }
    assertThat(CompanyRecord.of(b, "nvidia").latestValuation().orElseThrow().id()).isEqualTo("fixture-market-2025-09");
    // A ratio across the two bases is refused.
    Files.writeString(project.resolve("data/texts/ai-money-war-2025-11-28.en.md"),
        "\nIt grew {{ratio:fixture-private-2024-06:fixture-market-2025-09}} times.\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p).contains("fixture-market-2025-09"));
  }
}
