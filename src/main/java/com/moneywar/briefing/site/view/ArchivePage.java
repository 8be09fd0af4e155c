package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code archive.ftlh}: the editions of one year, newest first, with links to every other year.
 * {@code <lang>/archive.html} shows the newest year, {@code <lang>/archive/<year>.html} each older one.
 *
 * @param year the year shown, such as {@code 2024}
 * @param years every year with editions, newest first
 * @param stories the year's editions, newest first
 * @param storyCount how many briefings the site has in all
 */
public record ArchivePage(PageFrame frame, String year, List<YearLink> years, List<StoryView> stories,
    int storyCount) implements TemplateRoot.Framed {
  public ArchivePage {
    years = List.copyOf(years);
    stories = List.copyOf(stories);
  }

  /** A year of the archive: how many editions it has, and the link to its page. */
  public record YearLink(String year, int count, String href, boolean current) {}

  @Override
  public String template() {
    return "archive.ftlh";
  }
}
