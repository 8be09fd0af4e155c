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
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ChartTexts;
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
 * The price a sale of existing shares set ({@code valuations.csv}, {@code basis} {@code secondary}):
 * a new user's tender offer had no basis but {@code post-money}, and read as a round's value in the
 * key figure and on the chart. The rows added here are TEST FIXTURES, not reported figures.
 */
class SecondarySaleValuationTest {
  @TempDir Path dir;

  @Test
  void aSecondarySalePriceSaysSoAndGrowsNoMultipleFromARoundsValue() throws Exception {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-tender");
    Files.writeString(project.resolve("data/valuations.csv"),
        "fixture-tender-2025-09,openai,500000000000,USD,exact,2025-09-30,fixture-tender,none,,,,secondary,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      FactTable table = new FactTables(b, new Figures(b), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/valuations.html").valuations();
      assertThat(TableRows.text(table, "fixture-tender-2025-09")).contains(ko ? "| 구주 거래 가격 기준 |"
          : "| secondary-sale price |");
      FigureRef ref = new FigureRef("valuation", List.of("fixture-tender-2025-09"), "", "{{…}}", SourcePos.startOf("t"));
      assertThat(SiteRenderer.headlines(b, new Figures(b), List.of(ref), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(b)).get(0).label())
          .isEqualTo(ko ? "오픈AI 기업가치(구주 거래 가격 기준)" : "OpenAI valuation (secondary-sale price)");
      ChartImage chart = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("valuations"))
          .findFirst().orElseThrow();
      assertThat(ChartTexts.of(chart.svg())).extracting(ChartTexts.Text::text)
          .anyMatch(t -> t.contains(ko ? "5000억달러(구주 거래)" : "$500 billion (secondary sale)"));
      assertThat(chart.table().toString()).contains("secondary");
    }
    // A ratio between it and a round's value is refused.
    Files.writeString(project.resolve("data/texts/ai-money-war-2025-11-28.en.md"),
        "\nIt grew {{ratio:openai-2025-03:fixture-tender-2025-09}} times.\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    // Named for what keeps them apart, their bases, and nothing else (a new user read "(unstated, exact)
    // and (post-money, about)" as if "about" were wrong too).
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p)
        .contains("found 'openai-2025-03' on basis 'post-money' and 'fixture-tender-2025-09' on basis 'secondary'")
        .doesNotContain("exact"));
  }
}
