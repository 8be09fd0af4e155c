package com.moneywar.briefing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How much {@code build}, {@code check} and {@code serve} print: {@code --quiet} only errors, {@code --verbose}
 * also what they wrote or checked. One definition of both options for every command that has them.
 */
final class Verbosity {
  @Mixin
  QuietOption quietOption = new QuietOption();

  @Option(names = {"-v", "--verbose"},
      description = "Also list what was done: build every file written, with its size; check every file checked; serve the files whose change started each rebuild.")
  boolean verbose;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** Rejects {@code --quiet} with {@code --verbose} as a usage error; called before any work starts. */
  void validate() {
    if (quiet() && verbose) {
      throw new CommandLine.ParameterException(command.commandLine(), "--quiet and --verbose cannot be used together");
    }
  }

  boolean quiet() {
    return quietOption.quiet;
  }

  boolean verbose() {
    return verbose;
  }
}
