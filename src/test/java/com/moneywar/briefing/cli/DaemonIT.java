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
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build daemon as a user runs it, through {@code bin/briefing} after {@code mvn package}: what
 * it builds is what a build in its own JVM builds, byte for byte, after edits and with errors too.
 */
class DaemonIT {
  private static final Path LAUNCHER = ShippedProject.ROOT.resolve("bin/briefing");

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", LAUNCHER.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    Path outFile = Files.createTempFile("daemon-out", ".txt");
    Path errFile = Files.createTempFile("daemon-err", ".txt");
    try {
      Process p = pb.redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("finished in time").isTrue();
      return new Run(p.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
          Files.readString(errFile, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(outFile);
      Files.deleteIfExists(errFile);
    }
  }

  private Run run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), args);
  }

  /** The same command in its own JVM although the daemon runs. */
  private Run alone(String... args) throws IOException, InterruptedException {
    return run(Map.of("BRIEFING_DAEMON", "off"), args);
  }

  @BeforeEach
  void startDaemon() throws Exception {
    assertThat(run("init", "project").code()).isZero();
    Run started = run("daemon", "start", "--idle-minutes", "5");
    assertThat(started.code()).as(started.err()).isZero();
    assertThat(started.err()).startsWith("briefing: build daemon started for " + dir.toRealPath());
  }

  @AfterEach
  void stopDaemon() throws Exception {
    run("daemon", "stop");
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(p).toString(), Files.readAllBytes(p));
      }
    }
    return files;
  }

  private static void assertSameFiles(Path actual, Path expected) throws IOException {
    Map<String, byte[]> a = files(actual);
    Map<String, byte[]> e = files(expected);
    assertThat(a.keySet()).isEqualTo(e.keySet());
    assertThat(a.keySet()).anyMatch(name -> name.endsWith(".pdf"));
    e.forEach((name, bytes) -> assertThat(a.get(name)).as(name).isEqualTo(bytes));
  }

  @Test
  void buildsInTheDaemonWhatABuildInItsOwnJvmBuildsAfterEveryEdit() throws Exception {
    Run viaDaemon = run("build", "--project", "project", "--out", "a");
    assertThat(viaDaemon.code()).as(viaDaemon.err()).isZero();
    assertThat(viaDaemon.err()).contains("briefing: build in the build daemon (pid ").contains("built ");
    Run own = alone("build", "--project", "project", "--out", "b");
    assertThat(own.code()).as(own.err()).isZero();
    assertThat(own.err()).doesNotContain("build daemon");
    assertSameFiles(dir.resolve("a"), dir.resolve("b"));

    // An edit: the daemon's second build keeps the charts and pages it made, and must not show them stale.
    Path text;
    try (Stream<Path> texts = Files.list(dir.resolve("project/data/texts"))) {
      text = texts.filter(p -> p.toString().endsWith(".en.md")).sorted().reduce((x, y) -> y).orElseThrow();
    }
    String before = Files.readString(text, StandardCharsets.UTF_8);
    Files.writeString(text, before + "\nA sentence added after the first build, seen by the daemon.\n", StandardCharsets.UTF_8);
    assertThat(run("build", "--project", "project", "--out", "a").err()).contains("its command 2");
    assertThat(alone("build", "--project", "project", "--out", "b").code()).isZero();
    assertSameFiles(dir.resolve("a"), dir.resolve("b"));
    assertThat(files(dir.resolve("a")).entrySet()).anyMatch(f -> f.getKey().endsWith(".html")
        && new String(f.getValue(), StandardCharsets.UTF_8).contains("seen by the daemon"));
  }

  @Test
  void anErrorIsReportedAsInItsOwnJvmAndLeavesTheSiteAsItWas() throws Exception {
    assertThat(run("build", "--project", "project", "--out", "a").code()).isZero();
    Map<String, byte[]> built = files(dir.resolve("a"));
    Path investments = dir.resolve("project/data/investments.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(investments, StandardCharsets.UTF_8));
    rows.set(1, rows.get(1).replaceFirst(",USD,", ",USB,"));
    Files.write(investments, rows, StandardCharsets.UTF_8);
    Run viaDaemon = run("build", "--project", "project", "--out", "a");
    Run own = alone("build", "--project", "project", "--out", "a");
    assertThat(viaDaemon.code()).isEqualTo(1).isEqualTo(own.code());
    // The same report, line for line, but for the stages' times and the daemon's own first line.
    assertThat(viaDaemon.err()).contains("investments.csv:2:").contains("USB")
        .contains("build failed; " + dir.toRealPath().resolve("a") + " is unchanged");
    assertThat(untimed(viaDaemon.err())).endsWith(untimed(own.err()));
    Map<String, byte[]> after = files(dir.resolve("a"));
    assertThat(after).containsOnlyKeys(built.keySet());
    built.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    Run check = run("check", "--project", "project");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err()).contains("check in the build daemon").contains("USB");
  }

  private static String untimed(String progress) {
    return progress.replaceAll("(?m)^(\\S+) +\\d+ ms", "$1 N ms");
  }

  @Test
  void statusSaysWhetherOneRunsHereAndStopEndsIt() throws Exception {
    Run status = run("daemon", "status");
    assertThat(status.code()).isZero();
    assertThat(status.out()).startsWith("build daemon running for " + dir.toRealPath() + ": pid ");
    assertThat(run("daemon", "stop").err()).isEqualTo("briefing: build daemon for " + dir.toRealPath() + " stopped\n");
    Run after = run("daemon", "status");
    assertThat(after.code()).isEqualTo(1);
    assertThat(after.out()).isEqualTo("no build daemon runs for " + dir.toRealPath() + "\n");
    Run build = run("check", "--project", "project");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.err()).doesNotContain("build daemon");
  }
}
