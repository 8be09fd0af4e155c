package com.moneywar.briefing.site.view;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The variables every site page (and the print document) shares: its language, the UI words, the
 * titles, links to the shared files and to its twin in the other language, and the navigation.
 *
 * @param lang {@code ko} or {@code en}
 * @param t the UI words of the page's language, from {@code messages/<lang>.properties}
 * @param title the page's own title
 * @param path the page's path from the site root, such as {@code ko/investments.html}
 * @param root the relative prefix back to the site root ({@code ../})
 * @param pdf relative link to the language's PDF edition; empty when the output has none
 * @param canonical the page's absolute address (from {@code base-url})
 * @param xDefault the entrance's absolute address, for {@code hreflang="x-default"}
 * @param preview what the page says of itself to link previews and search engines
 */
public record PageFrame(String lang, Map<String, String> t, String title, SiteInfo site, String path, String root,
    String css, String fontsCss, String home, String feed, String pdf, Twin twin, String canonical,
    List<Alternate> alternates, String xDefault, List<NavItem> nav, LinkPreview preview) {
  public PageFrame {
    requireNonNull(lang, "lang");
    t = Map.copyOf(t);
    requireNonNull(title, "title");
    requireNonNull(site, "site");
    requireNonNull(path, "path");
    requireNonNull(pdf, "pdf");
    alternates = List.copyOf(alternates);
    nav = List.copyOf(nav);
    requireNonNull(preview, "preview");
  }

  /** The same page in the other language: its language code, relative link, label and hint. */
  public record Twin(String lang, String href, String label, String hint) {}

  /** This page's absolute address in one language, for {@code <link rel="alternate" hreflang>}. */
  public record Alternate(String lang, String href) {}

  /** One section of the navigation; {@code current} is true on the section's own page. */
  public record NavItem(String label, String href, boolean current) {}

  /** The same frame for a page of another title (the print document takes the home page's). */
  public PageFrame titled(String newTitle) {
    return new PageFrame(lang, t, newTitle, site, path, root, css, fontsCss, home, feed, pdf, twin, canonical,
        alternates, xDefault, nav, preview);
  }

  /** The same frame with another link preview (a briefing's, a data page's). */
  public PageFrame withPreview(LinkPreview newPreview) {
    return new PageFrame(lang, t, title, site, path, root, css, fontsCss, home, feed, pdf, twin, canonical,
        alternates, xDefault, nav, newPreview);
  }
}
