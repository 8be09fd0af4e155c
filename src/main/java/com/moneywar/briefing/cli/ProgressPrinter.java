package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BuildListener;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Prints progress to stderr: one line per finished stage with its name, its time and what it made,
 * and one per PDF edition while the PDF stage, the longest, runs. On a terminal the editions update
 * one line in place ({@code \r}), which the stage's own line then replaces; in CI or a log each
 * edition laid out is a line of its own, and those taken from the cache go unsaid (the stage's line
 * counts them), so a series of 250 editions does not fill the log with 500 lines. No line ends in
 * spaces. Thread-safe: the editions report from several threads.
 */
final class ProgressPrinter implements BuildListener {
  /** Goes back to the start of the line and clears it, on a terminal. */
  private static final String REWRITE = "\r\u001b[K";

  private final PrintWriter err;
  private final boolean terminal;
  /** Whether the cursor is at the end of a line that the next line replaces. */
  private boolean inPlace;

  /** A printer that updates lines in place only when {@code terminal}. */
  ProgressPrinter(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** Whether this process writes to a terminal and not in CI: lines may then be updated in place. */
  static boolean onTerminal() {
    return onTerminal(System.console() != null);
  }

  /**
   * Whether lines may be updated in place for a process that has a terminal ({@code console}, as a
   * build daemon's client says): only outside CI.
   */
  static boolean onTerminal(boolean console) {
    String ci = System.getenv("CI");
    boolean inCi = ci != null && !ci.isEmpty() && !ci.equalsIgnoreCase("false");
    return console && !inCi;
  }

  @Override
  public synchronized void stageDone(String stage, Duration took, String detail) {
    if (inPlace) {
      err.print(REWRITE);
      inPlace = false;
    }
    err.println(line(stage, took, detail));
    err.flush();
  }

  @Override
  public synchronized void editionDone(Lang lang, int done, int total, Duration took) {
    String line = line("pdf " + lang.code(), took, done + "/" + total + " PDFs");
    if (terminal) {
      err.print(REWRITE + line);
      inPlace = true;
    } else {
      err.println(line);
    }
    err.flush();
  }

  @Override
  public synchronized void editionReused(Lang lang, int done, int total) {
    if (terminal) {
      err.print(REWRITE + line("pdf " + lang.code(), Duration.ZERO, done + "/" + total + " PDFs"));
      inPlace = true;
      err.flush();
    }
  }

  /** Ends a line left to be replaced, so that what is printed next (an error) starts a line of its own. */
  synchronized void endLine() {
    if (inPlace) {
      err.println();
      err.flush();
      inPlace = false;
    }
  }

  private static String line(String stage, Duration took, String detail) {
    return String.format(Locale.ROOT, "%-9s %6d ms  %s", stage, took.toMillis(), detail).stripTrailing();
  }
}
