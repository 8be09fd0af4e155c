package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A publication a fact comes from.
 *
 * @param citedBy the id of the source that reports this one, when it is known only second-hand
 * @param language the ISO 639-1 code of the language it is written in (its title's), such as {@code ja}
 * @param accessed the day the editor read it, for a page that shows no date of its own: it surely
 *     existed by then ({@link AsOf#knownFrom})
 */
public record Source(
    String id,
    Localized outlet,
    Optional<String> title,
    Optional<String> url,
    PartialDate published,
    Optional<String> citedBy,
    String language,
    Optional<PartialDate> accessed) {
  public Source {
    requireNonNull(id, "id");
    requireNonNull(outlet, "outlet");
    requireNonNull(title, "title");
    requireNonNull(url, "url");
    requireNonNull(published, "published");
    requireNonNull(citedBy, "citedBy");
    requireNonNull(language, "language");
    requireNonNull(accessed, "accessed");
  }

  /** The same source read on {@code day} (empty: not on record). */
  public Source withAccessed(Optional<PartialDate> day) {
    return new Source(id, outlet, title, url, published, citedBy, language, day);
  }

  /** A source with no day it was read on record. */
  public Source(String id, Localized outlet, Optional<String> title, Optional<String> url, PartialDate published,
      Optional<String> citedBy, String language) {
    this(id, outlet, title, url, published, citedBy, language, Optional.empty());
  }
}
