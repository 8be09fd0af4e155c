package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long deal name on the timeline, broken into lines, never leaves its arrow or a round's dot at a line's start. */
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

  @Test
  void aRoundsDotStaysWithTheCompanyBeforeIt() {
    // "Cerebras Systems / · Series G" read as a line about nothing: the company ends its line with the dot.
    Font font = ChartTheme.load().regular(12f);
    List<String> lines = TimelineChart.wrap("Cerebras Systems · Series G", font, 100);
    assertThat(lines).hasSizeGreaterThan(1).noneMatch(l -> l.startsWith("·"));
    assertThat(lines.get(0)).endsWith(" ·");
  }

  @Test
  void aRoundsKindStaysOnOneLineWhereItFits() {
    // A new user's "퍼플렉시티 · 지분" over "투자" over "2억달러" broke the round's kind, 지분 투자, in two.
    Font font = ChartTheme.load().regular(11.5f);
    assertThat(TimelineChart.wrap("퍼플렉시티 · 지분 투자", font, 100)).containsExactly("퍼플렉시티 ·", "지분 투자");
    assertThat(TimelineChart.wrap("Perplexity · Equity round", font, 100)).containsExactly("Perplexity ·", "Equity round");
  }
}
