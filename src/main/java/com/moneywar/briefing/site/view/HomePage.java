package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code home.ftlh}: the newest briefings, the headline figures and charts of the whole record.
 *
 * @param asOf the date of the newest fact on the record, in the language's style; empty without facts
 * @param stories the newest briefings, newest first (at most {@code 5}; the archive has them all)
 * @param storyCount how many briefings the site has
 * @param archive relative link to the archive
 */
public record HomePage(PageFrame frame, String asOf, List<Headline> headlines, List<StoryView> stories,
    int storyCount, String archive, List<ChartView> charts) implements TemplateRoot.Framed {
  public HomePage {
    headlines = List.copyOf(headlines);
    stories = List.copyOf(stories);
    charts = List.copyOf(charts);
  }

  @Override
  public String template() {
    return "home.ftlh";
  }
}
