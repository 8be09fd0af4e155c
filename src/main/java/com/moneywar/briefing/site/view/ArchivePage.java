package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code archive.ftlh}: editions by year, newest first. {@code <lang>/archive.html} shows the most
 * recent years (whole years, at least a dozen editions when there are that many);
 * {@code <lang>/archive/<year>.html} shows one year, and never changes once the year is over.
 *
 * @param years every year with editions, newest first, each linking to its own page
 * @param groups the years this page shows, newest first, each with its editions
 * @param storyCount how many briefings the site has in all
 */
public record ArchivePage(PageFrame frame, List<YearLink> years, List<ArchiveYear> groups, int storyCount)
    implements TemplateRoot.Framed {
  public ArchivePage {
    years = List.copyOf(years);
    groups = List.copyOf(groups);
  }

  /** A year of the archive: how many editions it has, and the link to its page. */
  public record YearLink(String year, int count, String href, boolean current) {}

  /** One year's editions, newest first, linked from the page showing them. */
  public record ArchiveYear(String year, List<StoryView> stories) {
    public ArchiveYear {
      stories = List.copyOf(stories);
    }
  }

  @Override
  public String template() {
    return "archive.ftlh";
  }
}
