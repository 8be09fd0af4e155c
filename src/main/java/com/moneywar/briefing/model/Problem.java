package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/** One thing wrong with the user's input, where it is and what was expected instead. */
public record Problem(SourcePos pos, String message) {
  /** Sorts problems by file, then line, then column, so output is the same on every run. */
  public static final Comparator<Problem> BY_POSITION =
      Comparator.comparing((Problem p) -> p.pos().file())
          .thenComparingInt(p -> p.pos().line())
          .thenComparingInt(p -> p.pos().column())
          .thenComparing(Problem::message);

  public Problem {
    requireNonNull(pos, "pos");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return pos + ": error: " + message;
  }
}
