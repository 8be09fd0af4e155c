package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped cumulative chart: Microsoft's 2024 segment is "up to $14 billion", wider in bold
 * than its bar at 360 px, and the narrow English chart left the segment with no label at all. An
 * amount too wide for its bar goes on two lines, its bound words over the figure.
 */
class CumulativeAmountWrapTest {
  @Test
  void aBoundedAmountTooWideForItsBarIsWrappedNotLeftOut() {
    Briefing b = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    ChartSpec spec = b.charts().stream().filter(c -> c.kind() == ChartKind.CUMULATIVE).findFirst().orElseThrow();
    ChartImage image = new ChartRenderer().render(spec, b, Lang.EN);
    for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
      List<String> texts = ChartTexts.of(svg).stream().map(ChartTexts.Text::text).toList();
      String where = (svg == image.svg() ? "wide " : "narrow ") + texts;
      // On one line, or its bound words over the figure with its unit, never the figure parted from it.
      assertThat(texts.contains("up to $14 billion") || texts.contains("Microsoft up to $14 billion")
          || texts.contains("up to") && texts.contains("$14 billion")).as(where).isTrue();
    }
  }

  @Test
  void boundWordsGoOverTheFigure() {
    assertThat(CumulativeChart.boundApart("up to about $20.35 billion")).containsExactly("up to about", "$20.35 billion");
    assertThat(CumulativeChart.boundApart("최대 140억달러")).containsExactly("최대", "140억달러");
    assertThat(CumulativeChart.boundApart("$14 billion")).containsExactly("$14 billion");
  }
}
