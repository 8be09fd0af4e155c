package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ChartTexts;
import java.awt.Font;
import java.awt.Graphics2D;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canvas's words: one element each, their boxes known, none drawn over another or past the edge. */
class SvgCanvasTextTest {
  private static final Font FONT = ChartTheme.load().regular(12f);

  @Test
  void aTextThatWouldOverlapAnotherIsThinnedAndNamed() {
    SvgCanvas canvas = new SvgCanvas(200, 100);
    Graphics2D g = canvas.graphics();
    GlyphPainter.draw(g, "1000억달러", FONT, ChartTheme.INK, 10, 40, GlyphPainter.Align.START);
    GlyphPainter.draw(g, "$4 billion", FONT, ChartTheme.INK, 20, 44, GlyphPainter.Align.START);
    GlyphPainter.draw(g, "past the edge", FONT, ChartTheme.INK, 190, 80, GlyphPainter.Align.START);
    g.translate(100, 0);
    GlyphPainter.draw(g, "moved", FONT, ChartTheme.MUTED, 0, 80, GlyphPainter.Align.START);
    byte[] svg = canvas.svg("t", "d");
    assertThat(canvas.thinned()).containsExactly("$4 billion", "past the edge");
    List<ChartTexts.Text> read = ChartTexts.of(svg);
    assertThat(read).extracting(ChartTexts.Text::text).containsExactly("1000억달러", "moved");
    // The box read from outside is the one the canvas knew, up to the 1/100 px rounding.
    for (int i = 0; i < read.size(); i++) {
      SvgCanvas.TextMark mark = canvas.texts().get(i);
      assertThat(read.get(i).minX()).isCloseTo(mark.box().getMinX(), org.assertj.core.data.Offset.offset(0.01));
      assertThat(read.get(i).maxY()).isCloseTo(mark.box().getMaxY(), org.assertj.core.data.Offset.offset(0.01));
    }
    assertThat(read.get(1).minX()).isGreaterThan(100);
    String text = new String(svg, StandardCharsets.UTF_8);
    assertThat(text).contains("<g data-text=\"1000억달러\"").doesNotContain("x=\"-100000\"");
  }
}
