package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

/**
 * The project's settings from {@code briefing.properties}.
 *
 * @param baseUrl where the site is published, ending in {@code /}; used for canonical links
 * @param headlines the figures the home page leads with, in order
 */
public record BriefingConfig(
    Localized title,
    Localized tagline,
    Localized publisher,
    URI baseUrl,
    List<Lang> languages,
    Paper paper,
    List<FigureRef> headlines) {
  public BriefingConfig {
    requireNonNull(title, "title");
    requireNonNull(tagline, "tagline");
    requireNonNull(publisher, "publisher");
    requireNonNull(baseUrl, "baseUrl");
    languages = List.copyOf(languages);
    requireNonNull(paper, "paper");
    headlines = List.copyOf(headlines);
  }
}
