package com.moneywar.briefing.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daemon in this JVM, on a socket in a temporary folder, running a stand-in for the command line. */
class DaemonServerTest {
  @TempDir Path dir;

  private Path jarFile;
  private DaemonAddress address;
  private final List<List<String>> ran = new CopyOnWriteArrayList<>();
  private volatile RuntimeException failWith;
  /** When set, the command prints a line and waits for an interrupt, then counts it down. */
  private volatile java.util.concurrent.CountDownLatch interrupted;
  private CompletableFuture<String> serving;
  /** The daemon's own thread: it blocks for the whole test, so never one of the common pool's. */
  private final java.util.concurrent.ExecutorService daemonThread = java.util.concurrent.Executors.newSingleThreadExecutor();

  @BeforeEach
  void start() throws Exception {
    jarFile = dir.resolve("briefing.jar");
    if (!Files.exists(jarFile)) {
      Files.writeString(jarFile, "jar");
    }
    address = DaemonAddress.of(dir.resolve("sockets"), dir, JarIdentity.of(jarFile).orElseThrow(), "/jdk", Map.<String, String>of()::get);
    DaemonServer server = new DaemonServer(address, JarIdentity.of(jarFile).orElseThrow(), Duration.ofMinutes(1),
        (args, out, err, console) -> {
          ran.add(args);
          if (failWith != null) {
            throw failWith;
          }
          if (interrupted != null) {
            err.println("working");
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException stopped) {
              interrupted.countDown();
              return 1;
            }
          }
          out.println("stdout of " + String.join(" ", args) + (console ? " on a terminal" : ""));
          err.println("stderr: 빌드");
          return args.contains("--fail") ? 1 : 0;
        }, Duration.ofMillis(50));
    serving = CompletableFuture.supplyAsync(() -> {
      try {
        return server.serve();
      } catch (IOException e) {
        return "failed: " + e;
      }
    }, daemonThread);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!DaemonClient.answers(address) && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(DaemonClient.answers(address)).as("the daemon answers").isTrue();
  }

  @AfterEach
  void stop() throws Exception {
    DaemonClient.stop(address);
    serving.get(10, TimeUnit.SECONDS);
    daemonThread.shutdown();
  }

  private record Answer(OptionalInt code, String out, String err) {}

  private Answer send(boolean console, String... args) throws IOException {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    OptionalInt code = DaemonClient.send(address, new Wire.Request("run", console, List.of(args)),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Answer(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void runsTheClientsCommandAndGivesBackWhatItPrintedAndItsExitCode() throws IOException {
    Answer ok = send(true, "build", "--project", "p");
    assertThat(ok.code()).hasValue(0);
    assertThat(ok.out()).isEqualTo("stdout of build --project p on a terminal" + System.lineSeparator());
    assertThat(ok.err()).startsWith("briefing: build in the build daemon (pid " + ProcessHandle.current().pid()
        + ", its command 1 since ").endsWith("stderr: 빌드" + System.lineSeparator());
    Answer failed = send(false, "check", "--fail");
    assertThat(failed.code()).hasValue(1);
    assertThat(failed.err()).contains("its command 2 since");
    assertThat(ran).containsExactly(List.of("build", "--project", "p"), List.of("check", "--fail"));
    assertThat(send(false, "build", "--quiet").err()).as("--quiet: only the command's own lines").isEqualTo("stderr: 빌드"
        + System.lineSeparator());
  }

  @Test
  void refusesWhatItDoesNotRunSoTheClientRunsItItself() throws IOException {
    assertThat(send(false, "serve").code()).isEmpty();
    assertThat(send(false, "init", "x").code()).isEmpty();
    assertThat(ran).isEmpty();
  }

  @Test
  void saysWhereItRunsAndStopsWhenAsked() throws Exception {
    assertThat(DaemonClient.status(address)).hasValueSatisfying(s -> assertThat(s)
        .startsWith("build daemon running for " + System.getProperty("user.dir") + ": pid " + ProcessHandle.current().pid())
        .endsWith("0 command(s) run, stops after 1 minutes idle"));
    assertThat(DaemonClient.stop(address)).isPresent();
    assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo("stopped");
    assertThat(address.socket()).doesNotExist();
    assertThat(DaemonClient.status(address)).isEmpty();
  }

  @Test
  void aCommandThatThrowsFailsAloneAndTheDaemonGoesOn() throws IOException {
    failWith = new IllegalStateException("broken template model");
    Answer a = send(false, "build");
    assertThat(a.code()).hasValue(1);
    assertThat(a.err()).contains("briefing: the build daemon failed: java.lang.IllegalStateException: broken template model");
    failWith = null;
    assertThat(send(false, "build").code()).hasValue(0);
  }

  /** Ctrl-C in the client: the daemon stops the command (as the preview stops a rebuild) and goes on. */
  @Test
  void aClientThatGoesAwayStopsItsCommand() throws Exception {
    interrupted = new java.util.concurrent.CountDownLatch(1);
    try (var c = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      c.connect(java.net.UnixDomainSocketAddress.of(address.socket()));
      new Wire.Request("run", false, List.of("build", "--quiet")).write(new java.io.DataOutputStream(Wire.output(c)));
      Wire.Frame first = Wire.read(new java.io.DataInputStream(Wire.input(c)));
      assertThat(first.text()).isEqualTo("working" + System.lineSeparator());
    }
    assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the command was interrupted").isTrue();
    interrupted = null;
    assertThat(send(false, "check").code()).hasValue(0);
  }

  @Test
  void answersStatusAndStopWhileACommandRunsAndStopsAfterIt() throws Exception {
    interrupted = new java.util.concurrent.CountDownLatch(1);
    try (var c = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      c.connect(java.net.UnixDomainSocketAddress.of(address.socket()));
      new Wire.Request("run", false, List.of("build", "--quiet")).write(new java.io.DataOutputStream(Wire.output(c)));
      assertThat(Wire.read(new java.io.DataInputStream(Wire.input(c))).text()).startsWith("working");
      CompletableFuture<java.util.Optional<String>> status = CompletableFuture.supplyAsync(() -> DaemonClient.status(address),
          task -> new Thread(task).start());
      assertThat(status.get(5, TimeUnit.SECONDS)).hasValueSatisfying(
          text -> assertThat(text).contains("running (1 command(s) under way or waiting)"));
      assertThat(DaemonClient.stop(address)).hasValueSatisfying(
          text -> assertThat(text).startsWith("build daemon stopping after the commands under way"));
      assertThat(serving).isNotDone();
    }
    assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo("stopped");
    assertThat(interrupted.getCount()).as("its client went away, so the command was stopped").isZero();
  }

  @Test
  void stopsWhenItsJarIsRebuiltAndRunsNothingOnTheOldCode() throws Exception {
    Files.setLastModifiedTime(jarFile, FileTime.fromMillis(Files.getLastModifiedTime(jarFile).toMillis() + 5_000));
    assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo("its jar changed: " + jarFile);
    assertThat(address.socket()).doesNotExist();
    assertThat(ran).isEmpty();
  }

  @Test
  void stopsWhenItsSocketIsDeleted() throws Exception {
    Files.delete(address.socket());
    assertThat(serving.get(10, TimeUnit.SECONDS)).isEqualTo("its socket was deleted");
  }

  @Test
  void aSocketLeftByADaemonThatDiedSendsTheClientToRunTheCommandItselfAndANewDaemonReplacesIt() throws Exception {
    DaemonClient.stop(address);
    serving.get(10, TimeUnit.SECONDS);
    // What a killed daemon leaves: the socket file with nobody listening.
    try (var orphan = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      orphan.bind(java.net.UnixDomainSocketAddress.of(address.socket()));
    }
    assertThat(address.socket()).exists();
    assertThat(send(false, "build").code()).isEmpty();
    // Left for the next daemon: a client that deleted it could strand a daemon still starting up.
    assertThat(address.socket()).exists();
    start();
    assertThat(serving).isNotDone();
    assertThat(send(false, "build").code()).hasValue(0);
  }

}
