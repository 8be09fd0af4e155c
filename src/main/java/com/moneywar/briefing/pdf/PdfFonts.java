package com.moneywar.briefing.pdf;

import com.moneywar.briefing.fonts.BundledFont;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bundled TTFs as the PDF engine gets them: read from the jar once per process, with the
 * font's GSUB table hidden. PDFBox 3 runs every text run through its GSUB worker, which for
 * Pretendard (Latin script first) compiles regular expressions per call and took about 40 % of
 * the PDF stage's CPU; the subset PDFBox embeds never contains GSUB anyway, and the text was
 * measured for layout without it. Thread-safe.
 */
final class PdfFonts {
  static final byte[] REGULAR = withoutGsub(BundledFont.REGULAR_TTF.bytes());
  static final byte[] BOLD = withoutGsub(BundledFont.BOLD_TTF.bytes());

  private PdfFonts() {}

  static InputStream regular() {
    return new ByteArrayInputStream(REGULAR);
  }

  static InputStream bold() {
    return new ByteArrayInputStream(BOLD);
  }

  /**
   * Renames the GSUB entry of the table directory (offset table: 12 bytes, then 16-byte records
   * whose first 4 bytes are the tag) so that font parsers skip it as an unknown table.
   */
  static byte[] withoutGsub(byte[] ttf) {
    byte[] copy = Arrays.copyOf(ttf, ttf.length);
    if (copy.length < 12) {
      return copy;
    }
    int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
    byte[] gsub = "GSUB".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < tables; i++) {
      int at = 12 + 16 * i;
      if (at + 4 <= copy.length && Arrays.equals(copy, at, at + 4, gsub, 0, 4)) {
        byte[] hidden = "xsub".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hidden, 0, copy, at, 4);
      }
    }
    return copy;
  }
}
