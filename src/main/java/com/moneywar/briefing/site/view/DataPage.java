package com.moneywar.briefing.site.view;

/**
 * {@code data.ftlh}: one table of facts (investments, valuations or talent) with its introduction,
 * and the tables that belong on the same page ({@code more}: funding rounds and the flows that are
 * not investments, on the investments page).
 *
 * @param asOf the date of the newest fact on the record, in the language's style; empty without facts
 */
public record DataPage(PageFrame frame, String intro, String asOf, FactTable table, java.util.List<FactTable> more)
    implements TemplateRoot.Framed {
  public DataPage {
    more = java.util.List.copyOf(more);
  }

  @Override
  public String template() {
    return "data.ftlh";
  }
}
