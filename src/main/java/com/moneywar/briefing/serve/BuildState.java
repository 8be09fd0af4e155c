package com.moneywar.briefing.serve;

import com.moneywar.briefing.model.Problem;
import java.util.List;

/** The outcome of the latest preview build, shared between the build thread and HTTP threads. */
final class BuildState {
  private long number;
  private List<Problem> problems = List.of();

  synchronized void succeeded() {
    number++;
    problems = List.of();
  }

  synchronized void failed(List<Problem> latest) {
    number++;
    problems = latest.stream().sorted(Problem.BY_POSITION).toList();
  }

  synchronized long number() {
    return number;
  }

  synchronized List<Problem> problems() {
    return problems;
  }
}
