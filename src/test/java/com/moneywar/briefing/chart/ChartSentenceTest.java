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

  @Test
  void aCaptionWrittenWithoutAFullStopGetsOneBeforeTheNotesThatFollowIt() {
    ChartNotes en = new ChartNotes(new ChartWording(B, Lang.EN)).logPoints(true);
    assertThat(en.after("SYNTHETIC benchmark data (not real)"))
        .startsWith("SYNTHETIC benchmark data (not real). The value axis is logarithmic");
    assertThat(new ChartNotes(new ChartWording(B, Lang.KO)).after("벤치마크용 합성 데이터(실제 아님)"))
        .isEqualTo("벤치마크용 합성 데이터(실제 아님).");
    // A caption that ends a sentence keeps its own stop, also before a closing quote or bracket.
    assertThat(ChartNotes.sentence("Amounts as announced.")).isEqualTo("Amounts as announced.");
    assertThat(ChartNotes.sentence("Why so much?")).isEqualTo("Why so much?");
    assertThat(ChartNotes.sentence("“Up to $10 billion.”")).isEqualTo("“Up to $10 billion.”");
    assertThat(ChartNotes.sentence("(Estimates are hatched.)")).isEqualTo("(Estimates are hatched.)");
    assertThat(ChartNotes.sentence("발표 기준 금액이다.")).isEqualTo("발표 기준 금액이다.");
  }
}
