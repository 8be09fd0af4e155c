package com.moneywar.briefing.serve;

import com.moneywar.briefing.model.Problem;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The outcome of the latest preview build, shared between the build thread and HTTP threads. */
final class BuildState {
  private long number;
  private List<Problem> problems = List.of();

  synchronized void succeeded() {
    number++;
    problems = List.of();
    notifyAll();
  }

  synchronized void failed(List<Problem> latest) {
    number++;
    problems = latest.stream().sorted(Problem.BY_POSITION).toList();
    notifyAll();
  }

  /** Waits until more than {@code after} builds have finished; the number then, or the last seen at the timeout. */
  synchronized long awaitNumberAbove(long after, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (number <= after) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
    return number;
  }

  synchronized long number() {
    return number;
  }

  synchronized List<Problem> problems() {
    return problems;
  }
}
