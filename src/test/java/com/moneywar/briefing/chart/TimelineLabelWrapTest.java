package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long deal name on the timeline, broken into lines, never leaves its arrow on a line of its own. */
class TimelineLabelWrapTest {
  @Test
  void theArrowStaysWithTheNameBeforeIt() {
    Font font = ChartTheme.load().regular(12f);
    // A new user's "Korea / Development Bank / → / Upstage".
    List<String> lines = TimelineChart.wrap("Korea Development Bank →", font, 100);
    assertThat(lines).doesNotContain("→").last().asString().endsWith(" →");
    assertThat(String.join(" ", lines)).isEqualTo("Korea Development Bank →");
    assertThat(TimelineChart.wrap("Brookfield Asset Management", font, 100)).hasSizeGreaterThan(1)
        .allSatisfy(l -> assertThat(GlyphPainter.width(l, font)).isLessThanOrEqualTo(100));
  }
}
