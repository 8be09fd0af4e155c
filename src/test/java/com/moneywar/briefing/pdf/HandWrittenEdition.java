package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.PdfFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A hand-written print document laid out by the PDF stage, read back page by page: for tests of the page flow. */
final class HandWrittenEdition {
  private HandWrittenEdition() {}

  /** The texts of the pages of {@code xhtml}'s English PDF, which must lay out without problems; the file goes in {@code dir}. */
  static List<String> pages(String xhtml, Path dir) {
    Result<byte[]> pdf = new PdfRenderer().render(new PdfEdition(Lang.EN, xhtml, Map.of(),
        Instant.parse("2024-03-28T00:00:00Z"), SourceTexts.none()));
    assertThat(pdf.problems()).isEmpty();
    try {
      Path file = Files.write(dir.resolve("edition.pdf"), pdf.orElseThrow());
      try (PdfFile read = PdfFile.open(file)) {
        return read.pageTexts();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
