package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code print.ftlh}: the XHTML a PDF edition is made from.
 *
 * @param paper {@code A4} or {@code Letter}
 * @param stories the newest briefings, as many as {@code print-stories} allows, each with its html
 * @param storyCount how many briefings the site has
 * @param archive the absolute address of the language's folder on the site
 */
public record PrintDocument(PageFrame frame, String paper, List<Headline> headlines, List<ChartView> charts,
    List<StoryView> stories, int storyCount, String archive, List<SourceView> sources)
    implements TemplateRoot.Framed {
  public PrintDocument {
    headlines = List.copyOf(headlines);
    charts = List.copyOf(charts);
    stories = List.copyOf(stories);
    sources = List.copyOf(sources);
  }

  @Override
  public String template() {
    return "print.ftlh";
  }
}
