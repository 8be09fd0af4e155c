package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code briefing.ftlh}: one edition: its text, and its headline figures and charts as of its date.
 *
 * @param asOf the edition's date in the language's style: its figures and charts are as of that day
 * @param previous the edition before it, or {@link EditionLink#NONE}
 * @param next the edition after it, or {@link EditionLink#NONE}
 * @param archive relative link to the archive page of the edition's year
 * @param companies the companies its data-bound figures are about, in order of first mention, each linked
 *     to its page
 */
public record BriefingPage(PageFrame frame, StoryView story, String asOf, List<Headline> headlines,
    List<ChartView> charts, EditionLink previous, EditionLink next, String archive,
    List<CompanyPage.CompanyLink> companies) implements TemplateRoot.Framed {
  public BriefingPage {
    headlines = List.copyOf(headlines);
    charts = List.copyOf(charts);
    companies = List.copyOf(companies);
  }

  @Override
  public String template() {
    return "briefing.ftlh";
  }
}
