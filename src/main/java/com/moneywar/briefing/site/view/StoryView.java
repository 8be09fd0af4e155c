package com.moneywar.briefing.site.view;

/**
 * One briefing text in one language.
 *
 * @param html the rendered Markdown, every data-bound figure filled in; inserted with {@code ?no_esc}
 * @param path the page's path from the site root
 * @param href relative link to the briefing's page from the page listing it; empty on its own page
 */
public record StoryView(String slug, String title, String date, String isoDate, String summary, String html,
    String path, String href) {

  /** This story as listed on the page at {@code href}'s origin. */
  public StoryView linkedAs(String newHref) {
    return new StoryView(slug, title, date, isoDate, summary, html, path, newHref);
  }
}
