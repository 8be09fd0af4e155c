package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.TableRows;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A secondary sale ({@code rounds.csv}, type {@code secondary}): existing shares change hands and
 * the company gets nothing. A new user's employee share sale was drawn and named as a funding round
 * ("투자 유치 라운드"), its amount under "raised". The row added here is a TEST FIXTURE, not a reported
 * figure.
 */
class SecondarySaleTest {
  private static final String ID = "fixture-secondary-2025-10";
  @TempDir static Path dir;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-secondary");
    assertThat(Files.readAllLines(project.resolve("data/rounds.csv")).get(0)).isEqualTo("id,investee,type,lead,"
        + "participants,valuation,amount,amount_high,currency,bound,date,source,sources,claim,fx,approx_digits,note_ko,"
        + "note_en");
    ShippedProject.appendRows(project, "data/rounds.csv", ID + ",openai,secondary,,thrive-capital softbank,,"
        + "6660000000,,USD,exact,2025-10-02,fixture-secondary,,,none,,,\n");
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  private static ChartImage chart(String name, Lang lang) {
    return new ChartRenderer().render(briefing, lang).stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void itIsCalledASecondarySaleThatBringsTheCompanyNothingNeverAFundingRound() {
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      // The timeline draws the sale at its date as what it is.
      List<List<String>> rows = chart("timeline", lang).table();
      int kind = rows.get(0).indexOf(ko ? "종류" : "Kind");
      assertThat(kind).as(rows.get(0).toString()).isNotNegative();
      assertThat(rows).filteredOn(r -> r.contains("6660000000")).singleElement()
          .satisfies(r -> assertThat(r.get(kind)).isEqualTo(ko ? "구주 매각" : "Secondary sale"));
      // The money-flows chart does not name it among the funding rounds it leaves out.
      assertThat(chart("money-flows", lang).caption()).doesNotContain(ko ? "구주 매각" : "Secondary sale");
      assertThat(TableRows.text(new FactTables(briefing, new Figures(briefing), lang,
          ShippedProject.messages(lang.code()), lang.code() + "/investments.html").rounds(), "round-" + ID))
          .startsWith(ko ? "오픈AI · 구주 매각 · 회사 유입 자금 아님 | " : "OpenAI · Secondary sale · no new money for the"
              + " company | ");
    }
  }
}
