package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site in memory: every file by its path under the output folder, and the print XHTML of
 * every edition in every language with the path its PDF goes to.
 */
public record RenderedSite(Map<String, byte[]> files, List<PrintEdition> editions) {
  /**
   * One edition's print document in one language and where its PDF belongs, such as
   * {@code ko/briefings/ai-money-war-2024-03-28.ko.pdf}; {@code latestPath} is set on the newest
   * edition of each language ({@code ko/briefing.ko.pdf}, a copy of it) and empty on the others.
   */
  public record PrintEdition(Lang lang, String slug, LocalDate date, String xhtml, String pdfPath,
      String latestPath) {}

  public RenderedSite {
    files = new TreeMap<>(files);
    editions = List.copyOf(editions);
  }
}
