package com.moneywar.briefing.site.view;

import static java.util.Objects.requireNonNull;

/**
 * {@code search.ftlh}: the language's search page. The form is for the script; without it the
 * page says so and links to the home page.
 *
 * @param index relative link to the search index's manifest, for the script
 * @param script relative link to {@code assets/search.js}
 */
public record SearchPage(PageFrame frame, String index, String script) implements TemplateRoot.Framed {
  public SearchPage {
    requireNonNull(frame, "frame");
    requireNonNull(index, "index");
    requireNonNull(script, "script");
  }

  @Override
  public String template() {
    return "search.ftlh";
  }
}
