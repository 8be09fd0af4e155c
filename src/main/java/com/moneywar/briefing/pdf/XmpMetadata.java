package com.moneywar.briefing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Rewrites the dates in the XMP packet openhtmltopdf writes for PDF/A, which it stamps with the
 * current time; the edition's fixed timestamp takes their place.
 */
final class XmpMetadata {
  private static final Pattern DATES = Pattern.compile(
      "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)|((?:xmp:(?:CreateDate|ModifyDate|MetadataDate))=\")[^\"]*(\")");

  private XmpMetadata() {}

  static void rewrite(PDDocument pdf, PdfEdition edition, Calendar when) throws IOException {
    PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
    if (metadata == null) {
      return;
    }
    String xmp;
    try (InputStream in = metadata.exportXMPMetadata()) {
      xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String stamp = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(edition.timestamp().atOffset(ZoneOffset.UTC));
    String fixed = DATES.matcher(xmp).replaceAll(m -> m.group(1) != null
        ? m.group(1) + stamp + m.group(2)
        : m.group(3) + stamp + m.group(4));
    metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
  }
}
