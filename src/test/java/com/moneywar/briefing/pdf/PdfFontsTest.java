package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.fonts.BundledFont;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfFontsTest {
  @Test
  void hidesOnlyTheGsubTableTag() {
    byte[] original = BundledFont.REGULAR_TTF.bytes();
    String before = new String(original, 0, 12 + 16 * 14, StandardCharsets.ISO_8859_1);
    assertThat(before).contains("GSUB");
    byte[] hidden = PdfFonts.REGULAR;
    assertThat(hidden).hasSameSizeAs(original);
    String after = new String(hidden, 0, 12 + 16 * 14, StandardCharsets.ISO_8859_1);
    assertThat(after).doesNotContain("GSUB").contains("xsub").contains("GPOS", "cmap", "glyf");
    int differing = 0;
    for (int i = 0; i < original.length; i++) {
      differing += original[i] == hidden[i] ? 0 : 1;
    }
    assertThat(differing).isBetween(1, 4);
  }

  @Test
  void leavesAFontWithoutGsubAsItIs() {
    byte[] tiny = {0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
    assertThat(PdfFonts.withoutGsub(tiny)).isEqualTo(tiny);
  }
}
