package com.moneywar.briefing.pdf;

import com.moneywar.briefing.model.Lang;
import java.time.Instant;
import java.util.Map;

/**
 * What one PDF edition is made from: print XHTML, the files it refers to (charts) by path,
 * metadata, and the fixed timestamp that keeps the bytes the same from build to build.
 */
public record PdfEdition(
    Lang lang,
    String xhtml,
    Map<String, byte[]> resources,
    String title,
    String subject,
    String author,
    Instant timestamp) {
  public PdfEdition {
    resources = Map.copyOf(resources);
  }
}
