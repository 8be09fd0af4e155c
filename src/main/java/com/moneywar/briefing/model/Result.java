package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What a stage returns: its value, or every problem it found in the input. */
public sealed interface Result<T> {
  record Ok<T>(T value) implements Result<T> {
    public Ok {
      requireNonNull(value, "value");
    }
  }

  record Failed<T>(List<Problem> problems) implements Result<T> {
    public Failed {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a failed result names at least one problem");
      }
    }
  }

  static <T> Result<T> ok(T value) {
    return new Ok<>(value);
  }

  /** Ok with {@code value} when {@code problems} is empty, else failed with them. */
  static <T> Result<T> of(T value, List<Problem> problems) {
    return problems.isEmpty() ? new Ok<>(value) : new Failed<>(problems);
  }

  static <T> Result<T> failed(List<Problem> problems) {
    return new Failed<>(problems);
  }
}
