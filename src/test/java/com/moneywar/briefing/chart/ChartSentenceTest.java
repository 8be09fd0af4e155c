package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Words charts put inside sentences: names keep their case, possessives fit the name, counts are whole. */
class ChartSentenceTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  @Test
  void aNameKeepsItsCaseInsideASentence() {
    assertThat(ChartWording.inSentence("Andrew Tulloch")).isEqualTo("Andrew Tulloch");
    assertThat(ChartWording.inSentence("AI researchers at Meta")).isEqualTo("AI researchers at Meta");
    assertThat(ChartWording.inSentence("OpenAI researchers Meta sought to hire"))
        .isEqualTo("OpenAI researchers Meta sought to hire");
    assertThat(ChartWording.inSentence("Top AI researchers at Silicon Valley companies"))
        .isEqualTo("top AI researchers at Silicon Valley companies");
  }

  @Test
  void aPluralNameTakesTheApostropheAlone() {
    assertThat(ChartWording.possessive("ICONIQ-led investors")).isEqualTo("ICONIQ-led investors’");
    assertThat(ChartWording.possessive("Microsoft")).isEqualTo("Microsoft’s");
  }

  @Test
  void countsAreWholeNumbersRoundedDown() {
    ChartWording en = new ChartWording(B, Lang.EN);
    ChartWording ko = new ChartWording(B, Lang.KO);
    assertThat(en.wholeCount(new BigDecimal("66.67"))).isEqualTo("66");
    assertThat(en.wholeCount(new BigDecimal("13000.00"))).isEqualTo("13,000");
    assertThat(ko.wholeCount(new BigDecimal("13000.99"))).isEqualTo("1만3000");
  }
}
