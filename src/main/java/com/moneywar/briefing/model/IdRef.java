package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

/**
 * An id a text names outside its figures, and where it was written: a chart in the front matter's
 * {@code charts:}, or another briefing's slug in a link {@code [text](briefing:slug)}.
 */
public record IdRef(String id, SourcePos pos) {
  public IdRef {
    requireNonNull(id, "id");
    requireNonNull(pos, "pos");
  }
}
