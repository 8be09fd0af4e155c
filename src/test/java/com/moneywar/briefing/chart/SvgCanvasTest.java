package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the SVG cleaning does to XChart-style output, one rule at a time. */
class SvgCanvasTest {
  private static final String RAW = """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg height="420px" version="1.1" viewBox="0 0 720 420" width="720px" xmlns="http://www.w3.org/2000/svg">
        <defs>
          <clipPath id="clip-1179405234"><rect height="308.890625" width="632.92578125" x="0" y="0"/></clipPath>
          <clipPath id="clip893331192"><rect height="1" width="1" x="0" y="0"/></clipPath>
        </defs>
        <g xmlns="" clip-path="url(#clip893331192)"><path xmlns="" d="M3.640625,0.125 L-0.0001,2"/></g>
        <g xmlns="" clip-path="url(#clip-1179405234)"/>
      </svg>
      """;

  private final String clean = SvgCanvas.clean(RAW, "Big Tech → AI <labs>", "Bar chart & more");

  @Test
  void removesTheEmptyNamespacesThatMakeBrowsersDrawNothing() {
    assertThat(clean).doesNotContain("xmlns=\"\"").contains("xmlns=\"http://www.w3.org/2000/svg\"");
  }

  @Test
  void removesTheDoctypeSoNoParserFetchesItsDtd() {
    assertThat(clean).doesNotContain("DOCTYPE", "svg11.dtd");
  }

  @Test
  void numbersClipsInOrderOfAppearanceInsteadOfByHashCode() {
    assertThat(clean).contains("id=\"clip1\"", "id=\"clip2\"", "url(#clip2)", "url(#clip1)")
        .doesNotContain("clip893331192", "clip-1179405234");
    assertThat(clean.indexOf("url(#clip2)")).isLessThan(clean.indexOf("url(#clip1)"));
  }

  @Test
  void roundsCoordinatesToHundredthsOfAPixel() {
    assertThat(clean).contains("d=\"M3.64,0.13 L0,2\"", "height=\"308.89\"", "width=\"632.93\"");
  }

  @Test
  void titlesAndDescribesTheDrawingWithEscapedText() {
    assertThat(clean).contains("<title>Big Tech → AI &lt;labs&gt;</title>", "<desc>Bar chart &amp; more</desc>");
  }
}
