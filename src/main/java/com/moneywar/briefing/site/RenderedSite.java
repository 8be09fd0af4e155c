package com.moneywar.briefing.site;

import com.moneywar.briefing.chart.SvgDrawing;
import com.moneywar.briefing.model.Lang;
import java.time.LocalDate;
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
   */
  public record PrintEdition(Lang lang, String slug, LocalDate date, String xhtml, String pdfPath,
      String latestPath) {}

  public RenderedSite {
    sizes = new TreeMap<>(sizes);
    files = new TreeMap<>(files);
    drawings = new TreeMap<>(drawings);
    editions = List.copyOf(editions);
  }
}
