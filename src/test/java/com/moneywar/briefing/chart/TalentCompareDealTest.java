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
 * A talent chart sets a pay offer against a deal or a round too: a new user could not set Meta's
 * $100 million packages against the licensing deals of the same war for talent ({@code compare}
 * took only investments and valuations). Here the shipped chart's Google investment is replaced by
 * Meta's shipped stake in Scale AI and OpenAI's shipped 2025 round.
 */
class TalentCompareDealTest {
  @TempDir Path dir;

  @Test
  void aDealAndARoundAreSetAgainstThePay() {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.replace(project, "data/charts.csv", " investment:google-anthropic ",
        " flow:meta-scale-ai-2025-06 round:openai-2025-03 ");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      ChartImage chart = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("talent-pay"))
          .findFirst().orElseThrow();
      // $14.3 billion at up to $1 million a year: at least 14,300 researcher-years; the round's $40 billion, 40,000.
      assertThat(chart.table().toString()).contains(ko ? "메타 → 스케일AI 지분 매입" : "Meta → Scale AI stake")
          .contains("14300000000").contains("40000000000");
      assertThat(chart.alt()).contains(ko ? "오픈AI" : "OpenAI");
    }
  }
}
