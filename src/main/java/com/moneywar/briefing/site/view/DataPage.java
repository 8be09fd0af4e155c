package com.moneywar.briefing.site.view;

/**
 * {@code data.ftlh}: one table of facts (investments, valuations or talent) with its introduction,
 * and the tables that belong on the same page ({@code more}: funding rounds and the flows that are
 * not investments, on the investments page).
 *
 * @param asOf the date of the newest fact on the record, in the language's style; empty without facts
 * @param downloads the page's tables, then the tables they refer to, as CSV and JSON
 * @param dataPackage link to {@code datapackage.json}, which describes every downloadable table
 */
public record DataPage(PageFrame frame, String intro, String asOf, FactTable table, java.util.List<FactTable> more,
    java.util.List<Download> downloads, String dataPackage) implements TemplateRoot.Framed {
  public DataPage {
    more = java.util.List.copyOf(more);
    downloads = java.util.List.copyOf(downloads);
  }

  @Override
  public String template() {
    return "data.ftlh";
  }
}
