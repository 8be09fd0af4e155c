package com.moneywar.briefing.pdf;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.model.Lang;
import java.time.Instant;
import java.util.Map;

/**
 * What one PDF edition is made from: print XHTML (its head carries the title, author, subject
 * and keywords), the files it refers to (charts) by path, the fixed timestamp that keeps the
 * bytes the same from build to build, and the project's texts, to point problems at their source.
 */
public record PdfEdition(
    Lang lang, String xhtml, Map<String, byte[]> resources, Instant timestamp, SourceTexts sources) {
  public PdfEdition {
    requireNonNull(lang, "lang");
    requireNonNull(xhtml, "xhtml");
    resources = Map.copyOf(resources);
    requireNonNull(timestamp, "timestamp");
    requireNonNull(sources, "sources");
  }
}
