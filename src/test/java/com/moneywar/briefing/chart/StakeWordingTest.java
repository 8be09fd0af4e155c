package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stake bought has one Korean name, 지분 매입, wherever it is named: a new user's briefing said
 * 지분 매입 in its tables and timeline and 지분 인수 in its money-flows chart, its table and its note.
 */
class StakeWordingTest {
  @TempDir static Path dir;

  @Test
  void aStakeBoughtIsCalledJibunMaeipInEveryChartItsTableAndItsNote() {
    Path project = ShippedProject.copyTo(dir);
    // A TEST FIXTURE: Meta's stake in Scale AI with no percentage given, as a new user's $350 million
    // of CoreWeave's shares had none: the money-flows table then names the kind of the pair.
    ShippedProject.replace(project, "data/flows.csv", "meta-scale-ai-2025-06,stake,meta,scale-ai,49,",
        "meta-scale-ai-2025-06,stake,meta,scale-ai,,");
    for (String lang : List.of("ko", "en")) {
      ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28." + lang + ".md",
          "{{flow:meta-scale-ai-2025-06:percent}}", "49%");
    }
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    List<ChartImage> charts = new ChartRenderer().render(b, Lang.KO);
    ChartImage flows = charts.stream().filter(c -> c.name().equals("money-flows")).findFirst().orElseThrow();
    assertThat(flows.shownTable()).anySatisfy(r -> assertThat(r.get(0)).isEqualTo("메타 → 스케일AI (지분 매입)"));
    assertThat(flows.caption()).contains("지분 매입은 약속한 금액과 실제 투자한 금액을 같은 값으로 그렸고");
    ChartImage timeline = charts.stream().filter(c -> c.name().equals("timeline")).findFirst().orElseThrow();
    assertThat(timeline.shownTable()).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("메타 → 스케일AI (지분 매입)"));
    for (ChartImage chart : charts) {
      assertThat(chart.caption() + chart.alt() + chart.shownTable()).as(chart.name()).doesNotContain("지분 인수");
    }
    assertThat(ShippedProject.messages("ko").get("flowkind.stake")).isEqualTo("지분 매입");
  }

  @Test
  void aStakeNotClosedInsideTheOthersPairKeepsTheNoteFromSayingEveryStakeWasPaid(@TempDir Path other) {
    // A new user's open Nokia stake fell into the "others" pair, and the note said every stake was
    // drawn as both committed and paid in. A TEST FIXTURE: a small stake, agreed, not closed.
    Path project = ShippedProject.copyTo(other);
    ShippedProject.appendRows(project, "data/flows.csv", "fixture-small-stake,stake,google,mistral-ai,1,agreed,,,"
        + "10000000,,USD,exact,2025-06-13,rttnews-2025-06-13,,,,,,none,,시험용.,Fixture.\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    ChartImage flows = new ChartRenderer().render(b, Lang.KO).stream().filter(c -> c.name().equals("money-flows"))
        .findFirst().orElseThrow();
    assertThat(flows.shownTable()).noneSatisfy(r -> assertThat(r.get(0)).contains("미스트랄AI (지분 매입)"));
    assertThat(flows.caption()).contains("지분 매입은 거래가 종결된 것만 그 값을 실제 투자한 금액으로도 그렸고")
        .doesNotContain("같은 값으로 그렸고");
  }

  @Test
  void aStakeNotYetClosedSaysWhatItIsOverItsCommittedBar(@TempDir Path other) {
    // Walk 75's Nvidia → Intel read "50억달러" alone over its bar until the deal closed, then
    // "50억달러 · 지분 4% 이상": a reader of the earlier edition took it for an investment.
    Path project = ShippedProject.copyTo(other);
    ShippedProject.replace(project, "data/flows.csv", "meta-scale-ai-2025-06,stake,meta,scale-ai,49,agreed,,2025-06-12,",
        "meta-scale-ai-2025-06,stake,meta,scale-ai,49,agreed,,,");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage flows = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("money-flows"))
          .findFirst().orElseThrow();
      // On one line, or on two (the amount, then what it is) where one does not fit over the bar.
      assertThat(String.join(" · ", com.moneywar.briefing.testing.ChartTexts.of(flows.svg()).stream()
              .map(com.moneywar.briefing.testing.ChartTexts.Text::text).toList()))
          .as(lang.toString()).contains(lang == Lang.KO ? "143억달러 · 지분 49%" : "$14.3 billion · 49% stake");
    }
  }
}
