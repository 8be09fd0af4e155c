package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Terminal cells, by the East Asian Width rule the caret under an error relies on. */
class DisplayWidthTest {
  @Test
  void hangulCjkKanaAndFullwidthFormsTakeTwoCells() {
    assertThat(DisplayWidth.of("엔비디아")).isEqualTo(8);
    assertThat(DisplayWidth.of("ᄀ")).as("leading jamo U+1100").isEqualTo(2);
    assertThat(DisplayWidth.of("ㄱ")).as("compatibility jamo U+3131").isEqualTo(2);
    assertThat(DisplayWidth.of("漢字かなカナ")).isEqualTo(12);
    assertThat(DisplayWidth.of("ＡＢ（")).as("fullwidth forms").isEqualTo(6);
    assertThat(DisplayWidth.of("😀")).as("an emoji, one code point of two chars").isEqualTo(2);
  }

  @Test
  void asciiLatinAndTypographicPunctuationTakeOneCell() {
    assertThat(DisplayWidth.of("OpenAI, 2025-11-30")).isEqualTo(18);
    assertThat(DisplayWidth.of("‘é’ — €")).isEqualTo(7);
  }

  @Test
  void combiningMarksAndVowelJamoTakeNone() {
    assertThat(DisplayWidth.of("e\u0301")).as("e with a combining acute").isEqualTo(1);
    assertThat(DisplayWidth.of("\u1100\u1161\u11A8")).as("a syllable written as three jamo").isEqualTo(2);
    assertThat(DisplayWidth.of("a\u200Bb")).as("a zero-width space").isEqualTo(2);
  }
}
