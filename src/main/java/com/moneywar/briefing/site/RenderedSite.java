package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import java.util.Map;
import java.util.TreeMap;

/**
 * The site in memory: every file by its path under the output folder, and per language the
 * print XHTML the PDF edition is made from and the path that PDF goes to.
 */
public record RenderedSite(Map<String, byte[]> files, Map<Lang, PrintEdition> editions) {
  /** One language's print document and where its PDF belongs, such as {@code ko/briefing.ko.pdf}. */
  public record PrintEdition(String xhtml, String pdfPath) {}

  public RenderedSite {
    files = new TreeMap<>(files);
    editions = Map.copyOf(editions);
  }
}
