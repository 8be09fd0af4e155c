package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
  @TempDir Path dir;

  private LauncherRun run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return LauncherRun.briefing(dir, env, args);
  }

  private LauncherRun run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), args);
  }

  /** The same command in its own JVM although the daemon runs. */
  private LauncherRun alone(String... args) throws IOException, InterruptedException {
    return run(Map.of("BRIEFING_DAEMON", "off"), args);
  }

  @BeforeEach
  void startDaemon() throws Exception {
    assertThat(run("init", "project").code()).isZero();
    LauncherRun started = run("daemon", "start", "--idle-minutes", "5");
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
    LauncherRun viaDaemon = run("build", "--project", "project", "--out", "a");
    assertThat(viaDaemon.code()).as(viaDaemon.err()).isZero();
    assertThat(viaDaemon.err()).contains("briefing: build in the build daemon (pid ").contains("built ");
    LauncherRun own = alone("build", "--project", "project", "--out", "b");
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
    LauncherRun viaDaemon = run("build", "--project", "project", "--out", "a");
    LauncherRun own = alone("build", "--project", "project", "--out", "a");
    assertThat(viaDaemon.code()).isEqualTo(1).isEqualTo(own.code());
    // The same report, line for line, but for the stages' times and the daemon's own first line.
    assertThat(viaDaemon.err()).contains("investments.csv:2:").contains("USB")
        .contains("build failed; " + dir.toRealPath().resolve("a") + " is unchanged");
    assertThat(untimed(viaDaemon.err())).endsWith(untimed(own.err()));
    Map<String, byte[]> after = files(dir.resolve("a"));
    assertThat(after).containsOnlyKeys(built.keySet());
    built.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    LauncherRun check = run("check", "--project", "project");
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err()).contains("check in the build daemon").contains("USB");
  }

  private static String untimed(String progress) {
    return progress.replaceAll("(?m)^(\\S+) +\\d+ ms", "$1 N ms");
  }

  @Test
  void statusSaysWhetherOneRunsHereAndStopEndsIt() throws Exception {
    LauncherRun status = run("daemon", "status");
    assertThat(status.code()).isZero();
    assertThat(status.out()).startsWith("build daemon running for " + dir.toRealPath() + ": pid ");
    assertThat(run("daemon", "stop").err()).isEqualTo("briefing: build daemon for " + dir.toRealPath() + " stopped\n");
    LauncherRun after = run("daemon", "status");
    assertThat(after.code()).isEqualTo(1);
    assertThat(after.out()).isEqualTo("no build daemon runs for " + dir.toRealPath() + "\n");
    LauncherRun build = run("check", "--project", "project");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.err()).doesNotContain("build daemon");
  }
}
