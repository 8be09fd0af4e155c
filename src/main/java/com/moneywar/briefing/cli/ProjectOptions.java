package com.moneywar.briefing.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --project} option both commands share. */
final class ProjectOptions {
  @Option(
      names = "--project",
      paramLabel = "DIR",
      description = "Briefing project: its briefing.properties, data/ and templates/ (default: current directory).")
  Path project = Path.of(".");

  Path project() {
    return project.toAbsolutePath().normalize();
  }
}
