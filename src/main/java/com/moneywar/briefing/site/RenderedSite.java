package com.moneywar.briefing.site;

import com.moneywar.briefing.chart.SvgDrawing;
import com.moneywar.briefing.model.ContentHashedName;
import com.moneywar.briefing.model.Lang;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site as rendered: every file's size by its path under the output folder, the bytes of the
 * files the renderer was asked to keep (all of them unless its {@link SiteRenderer.FileSink} says
 * otherwise: a build writes each file as it is made and keeps only the charts, which the PDFs
 * need), every chart drawing by its path (held deflated: the PDFs load the ones they show from
 * here, so a build keeps no other copy of them), and the print XHTML of every edition in every
 * language with the path its PDF goes to.
 */
public record RenderedSite(Map<String, Long> sizes, Map<String, byte[]> files, Map<String, SvgDrawing> drawings,
    List<PrintEdition> editions) {
  /**
   * One edition's print document in one language and where its PDF belongs, such as
   * {@code ko/briefings/ai-money-war-2024-03-28.ko.pdf}; {@code latestPath} is set on the newest
   * edition of each language ({@code ko/briefing.ko.pdf}, a copy of it) and empty on the others.
   *
   * @param xhtmlSha256 the SHA-256 of the document's UTF-8 bytes in hex, taken once when it was made
   *     (and kept with it in the cache): the PDF's cache key holds it, so a build whose PDFs all come
   *     from the cache hashes no document again
   */
  public record PrintEdition(Lang lang, String slug, LocalDate date, String xhtml, String xhtmlSha256,
      String pdfPath, String latestPath) {
    /** The print document {@code xhtml}, its SHA-256 taken here. */
    public static PrintEdition of(Lang lang, String slug, LocalDate date, String xhtml, String pdfPath,
        String latestPath) {
      return new PrintEdition(lang, slug, date, xhtml, sha256(xhtml), pdfPath, latestPath);
    }

    /** The SHA-256 of {@code xhtml}'s UTF-8 bytes, in hex. */
    public static String sha256(String xhtml) {
      return HexFormat.of().formatHex(ContentHashedName.sha256(xhtml.getBytes(StandardCharsets.UTF_8)));
    }
  }

  public RenderedSite {
    sizes = new TreeMap<>(sizes);
    files = new TreeMap<>(files);
    drawings = new TreeMap<>(drawings);
    editions = List.copyOf(editions);
  }
}
