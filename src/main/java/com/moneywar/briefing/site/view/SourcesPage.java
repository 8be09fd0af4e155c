package com.moneywar.briefing.site.view;

import java.util.List;

/** {@code sources.ftlh}: every source, in the order of {@code data/sources.csv}. */
public record SourcesPage(PageFrame frame, List<SourceView> sources) implements TemplateRoot.Framed {
  public SourcesPage {
    sources = List.copyOf(sources);
  }

  @Override
  public String template() {
    return "sources.ftlh";
  }
}
