package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * One language's text of a briefing: its front matter, its Markdown body, and the data-bound
 * figures the body refers to.
 *
 * @param datePos where the front matter's {@code date:} value is written
 * @param file the path of the Markdown file, relative to the project
 * @param bodyLine the 1-based line on which the body starts in {@code file}
 * @param charts the charts the front matter's {@code charts:} names, in order; empty means every chart
 *     on the record as of the text's date
 * @param headlines the figures the front matter's {@code headlines:} names, in order; empty means the
 *     config's {@code headlines} that are on the record as of the text's date
 * @param links the briefings the body links to with {@code [text](briefing:slug)}, by slug
 */
public record Article(
    String slug,
    Lang lang,
    String title,
    LocalDate date,
    SourcePos datePos,
    String summary,
    String markdown,
    List<FigureRef> figures,
    String file,
    int bodyLine,
    List<IdRef> charts,
    List<FigureRef> headlines,
    List<IdRef> links) {
  public Article {
    requireNonNull(slug, "slug");
    requireNonNull(lang, "lang");
    requireNonNull(title, "title");
    requireNonNull(date, "date");
    requireNonNull(datePos, "datePos");
    requireNonNull(summary, "summary");
    requireNonNull(markdown, "markdown");
    figures = List.copyOf(figures);
    requireNonNull(file, "file");
    charts = List.copyOf(charts);
    headlines = List.copyOf(headlines);
    links = List.copyOf(links);
  }
}
