package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code feed.ftlx}: a language's Atom feed.
 *
 * @param self the feed's own absolute address
 * @param home the absolute address of the language's home page
 * @param updated the newest entry's date, RFC 3339
 * @param entries the newest briefings, each in full
 */
public record Feed(String lang, SiteInfo site, String self, String home, String updated, List<Entry> entries)
    implements TemplateRoot {
  public Feed {
    entries = List.copyOf(entries);
  }

  /**
   * One edition in the feed, its links all absolute: {@code href} is its page, {@code pdf} its PDF
   * (empty when the output holds none); {@code published} and {@code updated} are RFC 3339.
   */
  public record Entry(String title, String summary, String html, String published, String updated, String href,
      String pdf) {}

  @Override
  public String template() {
    return "feed.ftlx";
  }
}
