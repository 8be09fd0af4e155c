package com.moneywar.briefing.site.view;

import java.util.List;

/** {@code home.ftlh}: the headline figures, the briefings newest first, the charts. */
public record HomePage(PageFrame frame, List<Headline> headlines, List<StoryView> stories, List<ChartView> charts)
    implements TemplateRoot.Framed {
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
