package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

/**
 * Something in the user's input that is allowed but likely a mistake, or that changes what a reader
 * sees without a word (a figure shown without its won amount): where it is and what to look at. It
 * never fails a check or a build; {@code check} and {@code build} print it as
 * {@code file:line:column: warning: …}.
 */
public record Advisory(SourcePos pos, String message) {
  /** By file, then line, then column, as problems are sorted ({@link Problem#BY_POSITION}). */
  public static final java.util.Comparator<Advisory> BY_POSITION =
      java.util.Comparator.comparing((Advisory a) -> new Problem(a.pos(), a.message()), Problem.BY_POSITION);

  public Advisory {
    requireNonNull(pos, "pos");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return pos + ": warning: " + message;
  }
}
