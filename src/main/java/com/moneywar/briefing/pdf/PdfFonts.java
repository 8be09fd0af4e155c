package com.moneywar.briefing.pdf;

import com.moneywar.briefing.fonts.BundledFont;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The bundled TTFs as the PDF engine gets them: read from the jar once per process, with the
 * font's GSUB table hidden. PDFBox 3 runs every text run through its GSUB worker, which for
 * Pretendard (Latin script first) compiles regular expressions per call and took about 40 % of
 * the PDF stage's CPU; the subset PDFBox embeds never contains GSUB anyway, and the text was
 * measured for layout without it.
 *
 * <p>Each thread parses the two faces once and embeds them from there into every document it lays
 * out ({@link #regular(PDDocument)}): handed the bytes, PDFBox would copy and parse 2.7 MB per face
 * for each document, its character maps as boxed integers, which at 500 editions was most of the
 * PDF stage's garbage. A parsed face is read, never changed, by the documents that embed it, one
 * after the other on its thread; what each embeds is the same subset as before. Thread-safe.
 */
final class PdfFonts {
  static final byte[] REGULAR = withoutGsub(BundledFont.REGULAR_TTF.bytes());
  static final byte[] BOLD = withoutGsub(BundledFont.BOLD_TTF.bytes());

  /** The regular and the bold face, parsed once per thread. */
  private static final ThreadLocal<TrueTypeFont[]> PARSED =
      ThreadLocal.withInitial(() -> new TrueTypeFont[] {parse(REGULAR), parse(BOLD)});

  private PdfFonts() {}

  static InputStream regular() {
    return new ByteArrayInputStream(REGULAR);
  }

  static InputStream bold() {
    return new ByteArrayInputStream(BOLD);
  }

  /** The regular face, to be embedded as a subset into {@code doc}. */
  static PDFont regular(PDDocument doc) throws IOException {
    return PDType0Font.load(doc, PARSED.get()[0], true);
  }

  /** The bold face, to be embedded as a subset into {@code doc}. */
  static PDFont bold(PDDocument doc) throws IOException {
    return PDType0Font.load(doc, PARSED.get()[1], true);
  }

  private static TrueTypeFont parse(byte[] ttf) {
    try {
      return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled font", e);
    }
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
