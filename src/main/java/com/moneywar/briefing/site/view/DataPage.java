package com.moneywar.briefing.site.view;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * {@code data.ftlh}: one part of a data page (investments, valuations or talent): the facts of one
 * year, or of a share of a year that has too many to read on one page, newest first, with the
 * navigation between the parts. The first part of the newest year is at the page's own address
 * ({@code ko/investments.html}); the others under {@code ko/investments/}.
 *
 * @param asOf the date of the newest fact on the record, in the language's style; empty without facts
 * @param year the year of this part's facts; empty when the page has no facts
 * @param part this part's number within its year, from 1
 * @param parts how many parts its year has
 * @param tables the part's tables: on the investments page, investments, then funding rounds and
 *     the flows that are not investments; a table with no rows in this part is left out
 * @param years every year with facts of this page, newest first, with its parts
 * @param script relative link to {@code assets/tables.js}, which makes the columns sortable and
 *     the tables filterable
 * @param downloads the page's tables, then the tables they refer to, as CSV and JSON
 * @param dataPackage link to {@code datapackage.json}, which describes every downloadable table
 */
public record DataPage(PageFrame frame, String intro, String asOf, String year, int part, int parts,
    List<FactTable> tables, List<DataYear> years, String script, List<Download> downloads, String dataPackage)
    implements TemplateRoot.Framed {
  public DataPage {
    requireNonNull(frame, "frame");
    tables = List.copyOf(tables);
    years = List.copyOf(years);
    requireNonNull(script, "script");
    downloads = List.copyOf(downloads);
  }

  @Override
  public String template() {
    return "data.ftlh";
  }

  /** A year in the navigation: how many rows it has, the link to its first part, and its parts. */
  public record DataYear(String year, int rows, String href, boolean current, List<DataPart> parts) {
    public DataYear {
      parts = List.copyOf(parts);
    }
  }

  /**
   * One part of a year: its number, its link (relative), whether it is the page shown, and, on the
   * page's own address only, the anchors of its rows separated by spaces (else empty): a link made
   * to a row when it was at the page's own address still finds it, through the script, once the
   * row has moved to its year's page.
   */
  public record DataPart(int number, String href, boolean current, String rows) {}
}
