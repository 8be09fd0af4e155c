package com.moneywar.briefing.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line, in-process, with what it printed: each run gets its own fresh
 * buffers, so an assertion about {@code out} or {@code err} is about that run's output and no
 * other.
 *
 * @param code the exit code {@link Main#run} returned
 * @param out what the run printed to stdout
 * @param err what the run printed to stderr
 */
record CliRun(int code, String out, String err) {
  /** Runs {@code briefing args…} with its own stdout and stderr buffers. */
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
