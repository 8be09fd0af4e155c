package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/briefing}, the README's way to run the tool, run as a user runs it: after
 * {@code mvn package}, as a separate process (Maven's integration-test phase).
 */
class LauncherIT {
  private static final Path LAUNCHER = LauncherRun.LAUNCHER;

  @TempDir Path dir;

  private static LauncherRun run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return LauncherRun.briefing(null, env, args);
  }

  private static LauncherRun exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
    return LauncherRun.exec(null, command, env);
  }

  @Test
  void buildsTheShippedBriefingWithItsPdfs() throws Exception {
    Path out = dir.resolve("site");
    LauncherRun r = run(Map.of(), "build", "--project", ShippedProject.ROOT.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContainIgnoringCase("warning");
    assertThat(out.resolve("ko/briefing.ko.pdf")).isNotEmptyFile();
    assertThat(out.resolve("en/briefings/ai-money-war-2024-03-28.html")).content().contains("$2.75 billion");
  }

  /** -Xshare:on makes the JVM stop when it cannot use the archive, instead of quietly going slow. */
  @Test
  void theJvmUsesTheClassArchiveMadeByPackage() throws Exception {
    assertThat(ShippedProject.ROOT.resolve("target/briefing.jsa")).isNotEmptyFile();
    LauncherRun r = run(Map.of("BRIEFING_JAVA_OPTS", "-Xshare:on"), "check", "--project", ShippedProject.ROOT.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out() + r.err()).contains("no problems found");
  }

  @Test
  void passesArgumentsThroughAndExitCodesBack() throws Exception {
    LauncherRun r = run(Map.of(), "check", "--project", dir.resolve("no-such-project").toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("no-such-project");
  }

  @Test
  void namesTheJavaItLookedForWhenThereIsNone() throws Exception {
    Path nowhere = dir.resolve("no-jdk");
    LauncherRun r = run(Map.of("JAVA_HOME", nowhere.toString()), "--version");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("expected Java 17 or later as '" + nowhere + "/bin/java'").contains("JAVA_HOME");
  }

  @Test
  void saysHowToBuildTheJarWhenItIsMissing() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("checkout/bin"));
    Files.copy(LAUNCHER, bin.resolve("briefing"));
    LauncherRun r = exec(List.of("sh", bin.resolve("briefing").toString(), "--version"), Map.of());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("checkout/target/briefing.jar, found none").contains("mvn -B -q package -DskipTests");
  }
}
