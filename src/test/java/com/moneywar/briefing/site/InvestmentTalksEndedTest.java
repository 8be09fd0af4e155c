package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.DealStatus;
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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investment in talks that a later row agreed ({@code investments.csv}, column {@code closed_as}):
 * a new user's state fund, "in talks" to invest in FuriosaAI in May and approved two weeks later,
 * stayed "in talks" under every timeline beside the bar of the same deal. The rows added here are
 * TEST FIXTURES, not reported figures.
 */
class InvestmentTalksEndedTest {
  @TempDir Path dir;

  /** A copy of the shipped project with a fixture source of December 2024, a {@code closed_as} column and {@code rows}. */
  private Path withRows(String rows) throws java.io.IOException {
    Path project = ShippedProject.copyTo(dir);
    Files.writeString(project.resolve("data/sources.csv"),
        "fixture-early,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2024-12-01,,en\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    ShippedProject.addColumn(project, "data/investments.csv", "closed_as");
    ShippedProject.appendRows(project, "data/investments.csv", rows);
    return project;
  }

  @Test
  void talksALaterInvestmentAgreedSaySoOnceItIsOnTheRecord() throws Exception {
    Path project = withRows(
        "fixture-talks,google,mistral-ai,single,,1000000000,USD,exact,in-talks,2024-12,fixture-early,none,,,,,,,,,,,,,"
            + "fixture-agreed\n"
            + "fixture-agreed,google,mistral-ai,single,,1000000000,USD,exact,announced,2025-02,fixture-early,none,,,,,,,,,,,,,\n");
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(whole.investment("fixture-talks").orElseThrow().reporting().deal()).isEqualTo(DealStatus.CONCLUDED);
    FigureRef ref = new FigureRef("investment", List.of("fixture-talks"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(ref, Lang.KO)).isEqualTo("10억달러(이후 합의)");
    assertThat(new Figures(whole).text(ref, Lang.EN)).isEqualTo("$1 billion (talks, later agreed)");
    for (Lang lang : Lang.values()) {
      ChartImage timeline = new ChartRenderer().render(whole, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(timeline.caption()).doesNotContain("협상 중인 거래", "still in talks", "later round");
      // Named as talks a later deal concluded, not a round: what ended them is an investment.
      assertThat(timeline.caption()).contains(lang == Lang.KO ? "이후 성사된 협상 1건(구글 → 미스트랄AI)"
          : "1 deal in talks that a later deal concluded (Google → Mistral AI)");
      FactTable table = new FactTables(whole, new Figures(whole), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").investments();
      assertThat(TableRows.text(table, "fixture-talks")).contains(lang == Lang.KO ? "이후 합의" : "talks, later agreed")
          .doesNotContain(lang == Lang.KO ? "협상 중" : "in talks");
    }
    // Before the agreement, the talks were talks.
    Briefing january = AsOf.of(whole, LocalDate.of(2025, 1, 15));
    assertThat(new Figures(january).text(ref, Lang.KO)).isEqualTo("10억달러(협상 중)");
    assertThat(new ChartRenderer().render(january, Lang.EN).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow().caption()).contains("in talks");
    // The later row must be an agreed investment between the same two.
    ShippedProject.replace(project, "data/investments.csv", "fixture-agreed,google,mistral-ai,single,,1000000000,USD,exact,"
        + "announced,", "fixture-agreed,amazon,mistral-ai,single,,1000000000,USD,exact,announced,");
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p)
        .contains("expected an investment from google to mistral-ai in column 'closed_as', found 'fixture-agreed' from"
            + " amazon to mistral-ai"));
  }

  @Test
  void aTrancheOfTalksALaterCommitmentAgreedSaysSoToo() throws Exception {
    // Talks of up to $2 billion, a first $500 million of them in talks too; then the commitment agreed.
    Path project = withRows(
        "fixture-talks,google,mistral-ai,commitment,,2000000000,USD,up-to,in-talks,2024-12,fixture-early,none,,,,,,,,,,,,,"
            + "fixture-agreed\n"
            + "fixture-talks-t1,google,mistral-ai,tranche,fixture-talks,500000000,USD,exact,in-talks,2024-12,fixture-early,"
            + "none,,,,,,,,,,,,,\n"
            + "fixture-agreed,google,mistral-ai,commitment,,2000000000,USD,up-to,announced,2025-02,fixture-early,none,,,,,,,,,,"
            + ",,,\n");
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    FigureRef ref = new FigureRef("investment", List.of("fixture-talks-t1"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(ref, Lang.KO)).isEqualTo("5억달러(이후 합의)");
    assertThat(new Figures(AsOf.of(whole, LocalDate.of(2025, 1, 15))).text(ref, Lang.KO)).isEqualTo("5억달러(협상 중)");
  }
}
