package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rounds add up in {@code {{sum:round:…}}}: a new user's headline "raised $12 billion across its Series
 * B and C" had to be typed by hand, which the docs forbid. Debt and shares, or a secondary sale, are
 * not added up. The rows added here are TEST FIXTURES, not reported figures.
 */
class RoundSumTest {
  @TempDir Path dir;

  @Test
  void roundsThatRaisedSharesAddUpAndDebtOrASecondarySaleDoesNot() {
    Briefing shipped = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    FigureRef sum = new FigureRef("sum", List.of("round:openai-2024-10", "round:openai-2025-03"), "amount", "{{sum}}",
        SourcePos.startOf("t"));
    // $6.6 billion and up to $40 billion: up to $46.6 billion.
    assertThat(new Figures(shipped).text(sum, Lang.KO)).isEqualTo("최대 466억달러");
    assertThat(new Figures(shipped).text(sum, Lang.EN)).isEqualTo("up to $46.6 billion");

    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-rounds");
    ShippedProject.appendRows(project, "data/rounds.csv",
        "fixture-debt,openai,debt,,,,4000000000,,USD,exact,2025-10-01,fixture-rounds,,,none,,,\n"
            + "fixture-secondary,openai,secondary,,,,6600000000,,USD,exact,2025-10-02,fixture-rounds,,,none,,,\n");
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    ShippedProject.replace(project, en, "so it is not counted in investment totals.",
        "so it is not counted in investment totals. OpenAI raised {{sum:round:openai-2024-10+openai-2025-03:amount}}.");
    assertThat(new BriefingBuild(BuildListener.silent()).check(project).problems()).isEmpty();
    ShippedProject.replace(project, en, "{{sum:round:openai-2024-10+openai-2025-03:amount}}",
        "{{sum:round:openai-2024-10+fixture-debt:amount}} and {{sum:round:openai-2024-10+fixture-secondary:amount}}");
    assertThat(ShippedProject.checkProblems(project)).satisfiesExactlyInAnyOrder(
        p -> assertThat(p).contains("found 'fixture-debt' (debt) and 'openai-2024-10' (shares): debt is never added to"
            + " money raised in shares"),
        p -> assertThat(p).contains("found 'fixture-secondary' (a secondary sale: existing shares sold, no money for the"
            + " company)"));
  }
}
