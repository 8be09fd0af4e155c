package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.Function;

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

  /** The value transformed by {@code f} when ok; the same problems when failed. */
  default <U> Result<U> map(Function<? super T, ? extends U> f) {
    return flatMap(value -> new Ok<>(f.apply(value)));
  }

  /** The next stage's result when ok; the same problems, without running it, when failed. */
  default <U> Result<U> flatMap(Function<? super T, ? extends Result<U>> f) {
    if (this instanceof Ok<T> ok) {
      return f.apply(ok.value());
    }
    return new Failed<>(problems());
  }

  /** The value; calling this on a failed result is a bug, so check {@link #problems()} first. */
  default T orElseThrow() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("no value: " + problems());
  }

  /** The problems found: none when ok ({@link Failed} answers with its own). */
  default List<Problem> problems() {
    return List.of();
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
