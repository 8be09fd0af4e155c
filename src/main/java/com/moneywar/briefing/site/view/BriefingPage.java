package com.moneywar.briefing.site.view;

/** {@code briefing.ftlh}: one briefing text. */
public record BriefingPage(PageFrame frame, StoryView story) implements TemplateRoot.Framed {
  @Override
  public String template() {
    return "briefing.ftlh";
  }
}
