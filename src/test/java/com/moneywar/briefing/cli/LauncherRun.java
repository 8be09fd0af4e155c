package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One command run as a separate process, as a user runs it: its exit code, stdout and stderr. */
record LauncherRun(int code, String out, String err) {
  /** The README's way to run the tool. */
  static final Path LAUNCHER = ShippedProject.ROOT.resolve("bin/briefing");

  /** {@code bin/briefing ARGS} in {@code workingFolder} (null: this JVM's), with {@code env} added. */
  static LauncherRun briefing(Path workingFolder, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    return exec(workingFolder, command, env);
  }

  /** {@code command} in {@code workingFolder} (null: this JVM's), with {@code env} added; five minutes at most. */
  static LauncherRun exec(Path workingFolder, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command);
    if (workingFolder != null) {
      pb.directory(workingFolder.toFile());
    }
    pb.environment().putAll(env);
    Path outFile = Files.createTempFile("launcher-out", ".txt");
    Path errFile = Files.createTempFile("launcher-err", ".txt");
    try {
      Process p = pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
      return new LauncherRun(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
          Files.readString(errFile, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(outFile);
      Files.deleteIfExists(errFile);
    }
  }
}
