package com.moneywar.briefing.search;

import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Story;
import java.util.Map;

/**
 * How the site writes what the index shows, so that a result reads as the page it links to: a
 * data-bound figure as the page renders it, and the page's UI words.
 */
public interface SearchWording {
  /** A data-bound figure of the whole record, as the data pages write it in {@code lang}. */
  String figure(FigureRef ref, Lang lang);

  /**
   * A row's figure standing alone, as a result shows it: the amount and, in one pair of brackets,
   * its won figure, a valuation's basis, a deal's status and the claim status, even "reported" (a
   * result must never read as a confirmed figure when the table beside it does not), the bound said
   * once: {@code 최소 2000만달러(약 280억원, 협상 중, 보도)}. {@code kind} is a placeholder's kind
   * ({@code investment}, {@code flow}…).
   */
  String standing(String kind, String id, Lang lang);

  /**
   * Plain text of the briefing {@code story} in {@code lang} (its title, its summary, one of its
   * paragraphs) with each placeholder filled in as the briefing's page fills it: from the record as
   * it stood on the edition's date.
   */
  String briefingText(Story story, String text, Lang lang);

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
