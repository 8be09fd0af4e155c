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

  @Test
  void eachDistinctGlyphIsDefinedOnceAndPlacedWhereverATextUsesIt() {
    byte[] svg = repeatedGlyphs();
    String text = new String(svg, StandardCharsets.UTF_8);
    // "1000억달러" twice and "100억" once, one with a halo: 1, 0, 억, 달, 러 are five outlines.
    java.util.regex.Matcher defined = java.util.regex.Pattern.compile("<path id=\"(gl\\d+)\"").matcher(text);
    List<String> ids = new java.util.ArrayList<>();
    while (defined.find()) {
      ids.add(defined.group(1));
    }
    assertThat(ids).containsExactly("gl1", "gl2", "gl3", "gl4", "gl5");
    assertThat(text.split("<use ", -1).length - 1).as("glyphs placed").isEqualTo(7 + 7 + 4 + 4); // the halo places the last text's glyphs again
    assertThat(text).contains("<g data-text=\"100억\" class=\"", "<g class=\"halo\" fill=\"none\"")
        .doesNotContain("<path d=");
    // Read from outside, each text has the box the canvas knew, the halo not counted.
    List<ChartTexts.Text> read = ChartTexts.of(svg);
    assertThat(read).extracting(ChartTexts.Text::text).containsExactly("1000억달러", "1000억달러", "100억");
    assertThat(read.get(2).minX()).isCloseTo(110, org.assertj.core.data.Offset.offset(2.0));
    // The same drawing gives the same bytes.
    assertThat(repeatedGlyphs()).isEqualTo(svg);
  }

  private static byte[] repeatedGlyphs() {
    SvgCanvas canvas = new SvgCanvas(200, 100);
    Graphics2D g = canvas.graphics();
    GlyphPainter.draw(g, "1000억달러", FONT, ChartTheme.INK, 10, 20, GlyphPainter.Align.START);
    GlyphPainter.draw(g, "1000억달러", FONT, ChartTheme.MUTED, 10, 50, GlyphPainter.Align.START);
    GlyphPainter.draw(g, "100억", FONT, ChartTheme.INK, 110, 80, GlyphPainter.Align.START, true);
    return canvas.svg("t", "d");
  }

  @Test
  void aRunIsOnlyGivenWhenItsGlyphsCoverTheOutlineDrawn() {
    java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
    java.awt.Shape drawn = new java.awt.font.TextLayout("1000억달러", FONT, frc)
        .getOutline(java.awt.geom.AffineTransform.getTranslateInstance(10, 20));
    assertThat(GlyphRun.of("1000억달러", FONT, frc, 10, 20, drawn)).get().asList().hasSize(7);
    assertThat(GlyphRun.of("1000억달러", FONT, frc, 10.5, 20, drawn)).isEmpty();
    assertThat(GlyphRun.of("1000억달러!", FONT, frc, 10, 20, drawn)).isEmpty();
  }
}
