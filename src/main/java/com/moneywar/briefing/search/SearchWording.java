package com.moneywar.briefing.search;

import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import java.util.Map;

/**
 * How the site writes what the index shows, so that a result reads as the page it links to: a
 * data-bound figure as the page renders it, and the page's UI words.
 */
public interface SearchWording {
  /** A data-bound figure, as the briefing page writes it in {@code lang}. */
  String figure(FigureRef ref, Lang lang);

  /**
   * A data-bound figure in a text, as the briefing page writes it with {@code following} (the text
   * right after the placeholder) after it; by default as {@link #figure(FigureRef, Lang)}.
   */
  default String figure(FigureRef ref, Lang lang, String following) {
    return figure(ref, lang);
  }

  /** The UI words of {@code lang} ({@code kind.commitment}, {@code nav.valuations}…). */
  Map<String, String> words(Lang lang);

  /**
   * The link, from the language folder, to the row {@code anchor} of the data page {@code page}
   * ({@code investments}, {@code valuations}, {@code talent}), on the part of the page that holds it.
   */
  default String row(String page, String anchor) {
    return page + ".html#" + anchor;
  }
}
