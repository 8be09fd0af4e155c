package com.moneywar.briefing.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.regex.Matcher;
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

  private static final Pattern CREATE_ELEMENT = Pattern.compile("<xmp:CreateDate>[^<]*</xmp:CreateDate>");
  private static final Pattern CREATE_ATTRIBUTE = Pattern.compile("xmp:CreateDate=\"[^\"]*\"");

  private XmpMetadata() {}

  /**
   * Fixes the dates and, when {@code url} is not empty, records the edition's web address as
   * {@code xmp:BaseURL} (a property of the XMP Basic schema, which PDF/A allows).
   */
  static void rewrite(PDDocument pdf, PdfEdition edition, Calendar when, String url) throws IOException {
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
    if (!url.isEmpty()) {
      String escaped = url.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
      Matcher element = CREATE_ELEMENT.matcher(fixed);
      Matcher attribute = CREATE_ATTRIBUTE.matcher(fixed);
      if (element.find()) {
        fixed = fixed.substring(0, element.end()) + "<xmp:BaseURL>" + escaped + "</xmp:BaseURL>"
            + fixed.substring(element.end());
      } else if (attribute.find()) {
        fixed = fixed.substring(0, attribute.end()) + " xmp:BaseURL=\"" + escaped + "\""
            + fixed.substring(attribute.end());
      }
    }
    metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
  }
}
