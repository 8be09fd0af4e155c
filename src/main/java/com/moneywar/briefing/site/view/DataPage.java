package com.moneywar.briefing.site.view;

/** {@code data.ftlh}: one table of facts (investments, valuations or talent) with its introduction. */
public record DataPage(PageFrame frame, String intro, FactTable table) implements TemplateRoot.Framed {
  @Override
  public String template() {
    return "data.ftlh";
  }
}
