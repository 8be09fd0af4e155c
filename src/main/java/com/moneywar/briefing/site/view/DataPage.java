package com.moneywar.briefing.site.view;

/**
 * {@code data.ftlh}: one table of facts (investments, valuations or talent) with its introduction.
 *
 * @param asOf the date of the newest fact on the record, in the language's style; empty without facts
 */
public record DataPage(PageFrame frame, String intro, String asOf, FactTable table) implements TemplateRoot.Framed {
  @Override
  public String template() {
    return "data.ftlh";
  }
}
