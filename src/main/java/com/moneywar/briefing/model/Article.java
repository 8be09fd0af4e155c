package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One language's text of a briefing: its front matter, its Markdown body, and the data-bound
 * figures the body refers to.
 *
 * @param file the path of the Markdown file, relative to the project
 * @param bodyLine the 1-based line on which the body starts in {@code file}
 */
public record Article(
    String slug,
    Lang lang,
    String title,
    LocalDate date,
    String summary,
    String markdown,
    List<FigureRef> figures,
    String file,
    int bodyLine) {
  public Article {
    requireNonNull(slug, "slug");
    requireNonNull(lang, "lang");
    requireNonNull(title, "title");
    requireNonNull(date, "date");
    requireNonNull(summary, "summary");
    requireNonNull(markdown, "markdown");
    figures = List.copyOf(figures);
    requireNonNull(file, "file");
  }
}
