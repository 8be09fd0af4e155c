package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code company.ftlh}: one company's page: who it is, its totals, its valuations over time, every
 * fact it is party to (as investee, as investor, and the rest) with its sources, and the briefings
 * that mention it.
 *
 * @param id the company's id in {@code data/companies.csv}, also the page's file name
 * @param name its name in the page's language
 * @param otherName its name in the other language, and that language's code ({@code otherLang})
 * @param kind what kind of company it is, in words
 * @param country its country code ({@code US})
 * @param founded the year or date it was founded, in the language's style; empty when not known
 * @param parent the company it belongs to (a unit's parent), or {@link CompanyLink#NONE}
 * @param units the companies that name it as their parent
 * @param asOf the date of the newest fact on the record, for "as of"; empty without facts
 * @param totals its totals (money put into it, by it, its rounds, its latest valuation); only those it has
 * @param totalsNote how those totals were added, only the sentences that apply to them; empty when none does
 * @param charts its valuations over time (at least two valuations), else empty
 * @param tables its facts, one table per kind, only those it has
 * @param briefings the briefings whose data-bound figures name one of its facts (or it), newest first
 * @param sources the sources of its facts, in the order of {@code data/sources.csv}
 * @param csv relative link to its facts as CSV (UTF-8 with a byte-order mark)
 * @param json relative link to its facts as JSON
 * @param index relative link to the companies index
 */
public record CompanyPage(PageFrame frame, String id, String name, String otherName, String otherLang, String kind,
    String country, String founded, CompanyLink parent, List<CompanyLink> units, String asOf, List<Total> totals,
    String totalsNote, List<ChartView> charts, List<FactTable> tables, List<EditionLink> briefings, List<SourceView> sources,
    String csv, String json, String index) implements TemplateRoot.Framed {
  public CompanyPage {
    units = List.copyOf(units);
    totals = List.copyOf(totals);
    charts = List.copyOf(charts);
    tables = List.copyOf(tables);
    briefings = List.copyOf(briefings);
    sources = List.copyOf(sources);
  }

  /** A link to a company's page: its name and relative link; both empty for none. */
  public record CompanyLink(String name, String href) {
    public static final CompanyLink NONE = new CompanyLink("", "");
  }

  /**
   * One total: what it is ({@code label}), its amount in the language's style with its bound
   * ({@code value}, one amount per currency, never converted to be added), and what it counts
   * ({@code note}).
   */
  public record Total(String label, String value, String note) {
    /** {@code value} as HTML that breaks only between its amounts and before their statuses ({@link FigurePieces#listHtml}). */
    public String valueHtml() {
      return FigurePieces.listHtml(value);
    }
  }

  @Override
  public String template() {
    return "company.ftlh";
  }
}
