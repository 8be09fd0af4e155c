package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investment drawn beside a round of the same company whose investors include its investor, and
 * no row ties the two: a new user's "Nvidia will invest up to $700 million", partly through the
 * Series B it joined, was drawn in full beside the round, the overlap twice and unsaid. The row added
 * here is a TEST FIXTURE, not a reported figure.
 */
class RoundOverlapTest {
  @TempDir Path dir;

  private static String caption(Briefing b, Lang lang) {
    return new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("timeline")).findFirst()
        .orElseThrow().caption();
  }

  @Test
  void theTimelineSaysAnInvestmentMayOverlapARoundItsInvestorIsIn() {
    Briefing shipped = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    // The shipped shares of rounds are tied to their rounds: nothing to say.
    assertThat(caption(shipped, Lang.EN)).doesNotContain("may be inside the round's amount");
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-overlap");
    // Bessemer, a participant of Anthropic's Series E of March 2025, with an investment of its own that month.
    ShippedProject.appendRows(project, "data/investments.csv", "fixture-overlap,bessemer,anthropic,single,,"
        + "1000000000,USD,exact,invested,2025-03-10,fixture-overlap,none,,,,,,,,,,,,\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(caption(b, Lang.KO)).contains("투자 1건(베서머벤처파트너스 → 앤스로픽)은 같은 시기 그 회사의 라운드에도 투자자로 올라"
        + " 있어, 금액 일부가 라운드 금액과 겹칠 수 있다.");
    assertThat(caption(b, Lang.EN)).contains("1 investment (Bessemer Venture Partners → Anthropic) is by an investor also"
        + " named in that company's round of the time: part of its money may be inside the round's amount.");
  }

  @Test
  void anInvestmentTiedToARoundOfItsOwnIsNotSaidToOverlapAnother() {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-overlap");
    // Bessemer's share of a round of its own, nine months before the Series E it also joined: its
    // money is in that round, which the timeline does not draw (no amount), not in the Series E.
    ShippedProject.appendRows(project, "data/rounds.csv", "fixture-round,anthropic,equity,bessemer,,,,,USD,exact,2024-06-10,"
        + "fixture-overlap,,,,,,\n");
    ShippedProject.appendRows(project, "data/investments.csv", "fixture-overlap,bessemer,anthropic,single,,"
        + "1000000000,USD,exact,invested,2024-06-10,fixture-overlap,none,,,,,fixture-round,,,,,,,\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    ChartImage timeline = new ChartRenderer().render(b, Lang.KO).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow();
    // Drawn as a deal of its own, beside the Series E.
    assertThat(timeline.table().toString()).contains("2024-06-10, 베서머벤처파트너스, 앤스로픽, 투자,");
    assertThat(timeline.caption()).doesNotContain("라운드 금액과 겹칠 수 있다");
    assertThat(caption(b, Lang.EN)).doesNotContain("may be inside the round's amount");
  }
}
