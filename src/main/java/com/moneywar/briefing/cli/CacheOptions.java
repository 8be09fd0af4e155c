package com.moneywar.briefing.cli;

import com.moneywar.briefing.pipeline.CacheSettings;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --no-cache} and {@code --cache DIR}: build and serve. */
final class CacheOptions {
  @Option(names = "--no-cache",
      description = "Read and write no build cache: draw every chart, PDF and preview image anew.")
  boolean noCache;

  @Option(names = "--cache", paramLabel = "DIR",
      description = "The build cache's folder (default: .briefing-cache in the project).")
  Path folder;

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  /** What the options ask for; a usage error when both are given. */
  CacheSettings settings() {
    if (noCache && folder != null) {
      throw new CommandLine.ParameterException(command.commandLine(), "--no-cache and --cache cannot be used together");
    }
    if (noCache) {
      return CacheSettings.off();
    }
    return folder == null ? CacheSettings.inProject() : CacheSettings.at(folder.toAbsolutePath().normalize());
  }
}
