package com.moneywar.briefing.cli;

import picocli.CommandLine.Option;

/** The {@code -q/--quiet} option of the commands that print progress: build, check and serve. */
final class QuietOption {
  @Option(names = {"-q", "--quiet"},
      description = "Print nothing but errors (serve: errors and the address it serves on).")
  boolean quiet;
}
