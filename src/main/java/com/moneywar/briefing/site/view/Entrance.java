package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code entrance.ftlh} (the bilingual {@code index.html}) and {@code 404.ftlh}.
 *
 * @param template which of the two renders it
 * @param basePath the path of {@code base-url}
 * @param siteUrl the site's absolute address ({@code base-url}), for the 404 page's {@code <base href>}: a host
 *     serves that page at any missing address, so its relative links must not depend on where it is
 * @param css the stylesheet's path from the site root (its name carries a hash of its content)
 * @param fontsCss the web-font stylesheet's path from the site root
 */
public record Entrance(String template, SiteInfo site, String canonical, String basePath, String siteUrl,
    String css, String fontsCss, List<Door> languages)
    implements TemplateRoot {
  public Entrance {
    languages = List.copyOf(languages);
  }

  /** One language's door: its code, titles, relative link and absolute address. */
  public record Door(String code, String title, String tagline, String href, String canonical) {}
}
