package com.moneywar.briefing.cli;

import com.moneywar.briefing.pipeline.BuildListener;
import java.io.PrintWriter;
import java.time.Duration;

/** Prints one line per finished stage to stderr: its name, its time, and what it made. */
final class ProgressPrinter implements BuildListener {
  private final PrintWriter err;

  ProgressPrinter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void stageDone(String stage, Duration took, String detail) {
    err.printf("%-9s %6d ms  %s%n", stage, took.toMillis(), detail);
    err.flush();
  }
}
