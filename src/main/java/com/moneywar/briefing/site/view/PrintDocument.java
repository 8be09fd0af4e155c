package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code print.ftlh}: the XHTML one edition's PDF is made from: one briefing, its headline figures
 * and charts as of its date, and the sources on the record then.
 *
 * @param paper {@code A4} or {@code Letter}
 * @param story the edition; its {@code html} has absolute links (a PDF has no site around it)
 * @param asOf the edition's date in the language's style
 * @param url the absolute address of the edition's web page, printed on the cover and in the metadata
 * @param archive the absolute address of the language's archive
 * @param rates the exchange rates the edition's won figures were converted at, each with its date
 *     and source ({@code 1달러 = 1428원 (2025년 10월 29일, 지디넷코리아)}), in the order the figures
 *     use them: on the site a reader finds each by its figure, on paper only here
 * @param keywordKinds the kinds of fact beyond investments the edition's record holds ({@code
 *     valuations}, {@code talent}, {@code spending}), each adding its word ({@code print.keywords.KIND})
 *     to the PDF's keywords: a briefing with no talent offers is not filed under "talent"
 */
public record PrintDocument(PageFrame frame, String paper, StoryView story, String asOf, List<Headline> headlines,
    List<ChartView> charts, String url, String archive, List<SourceView> sources, List<String> rates,
    List<String> keywordKinds)
    implements TemplateRoot.Framed {
  public PrintDocument {
    headlines = List.copyOf(headlines);
    charts = List.copyOf(charts);
    sources = List.copyOf(sources);
    rates = List.copyOf(rates);
    keywordKinds = List.copyOf(keywordKinds);
  }

  @Override
  public String template() {
    return "print.ftlh";
  }
}
