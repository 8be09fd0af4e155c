package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code entrance.ftlh} (the bilingual {@code index.html}) and {@code 404.ftlh}.
 *
 * @param template which of the two renders it
 * @param basePath the path of {@code base-url}, for the 404 page's links (a host serves it at any address)
 */
public record Entrance(String template, SiteInfo site, String canonical, String basePath, List<Door> languages)
    implements TemplateRoot {
  public Entrance {
    languages = List.copyOf(languages);
  }

  /** One language's door: its code, titles, relative link and absolute address. */
  public record Door(String code, String title, String tagline, String href, String canonical) {}
}
