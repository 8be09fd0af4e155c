package com.moneywar.briefing.search;

import static java.util.Objects.requireNonNull;

/**
 * One thing a search can find: a paragraph of a briefing, a company, a deal or valuation, or a
 * source, with what a result shows of it.
 *
 * @param date as the page's language writes it; empty when the thing has none
 * @param sortDate ISO date (or its known part) for ordering, newest first
 * @param url link from the language's search page, such as {@code briefings/x.html}
 * @param text what the terms are taken from and the result shows, plain text
 * @param titleSearched whether the title's words find the thing too: true but for a briefing's
 *     paragraphs, which would otherwise all match every word of their briefing's title
 */
public record SearchDoc(Kind kind, String title, String date, String sortDate, String url, String text,
    boolean titleSearched) {
  public SearchDoc {
    requireNonNull(kind, "kind");
    requireNonNull(title, "title");
    requireNonNull(date, "date");
    requireNonNull(sortDate, "sortDate");
    requireNonNull(url, "url");
    requireNonNull(text, "text");
  }

  /** What a result is, in the order results are listed: companies first, sources last. */
  public enum Kind {
    COMPANY("company"),
    DEAL("deal"),
    SPENDING("spending"),
    TALENT("talent"),
    BRIEFING("briefing"),
    SOURCE("source");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The word the script and the UI messages use ({@code search.kind.<code>}). */
    public String code() {
      return code;
    }
  }
}
