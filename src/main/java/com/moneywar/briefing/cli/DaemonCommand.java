package com.moneywar.briefing.cli;

import com.moneywar.briefing.daemon.DaemonAddress;
import com.moneywar.briefing.daemon.DaemonClient;
import com.moneywar.briefing.daemon.DaemonServer;
import com.moneywar.briefing.daemon.JarIdentity;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code briefing daemon start|stop|status}: a JVM kept warm for this folder, so that {@code build}
 * and {@code check} run from here start at once and with compiled code (see package daemon).
 */
@Command(name = "daemon", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Keep a warm JVM for this folder: after 'start', build and check run from this folder go"
        + " through it and skip the JVM's start and warm-up (seconds on a large series); 'status' says whether"
        + " one runs here, 'stop' ends it. It stops by itself after --idle-minutes without a command, and when"
        + " the jar is rebuilt. BRIEFING_DAEMON=off runs a command in its own JVM all the same.")
final class DaemonCommand implements Callable<Integer> {
  /** What {@code start} waits for the new daemon to answer. */
  private static final Duration STARTUP = Duration.ofSeconds(60);

  private final Main main;

  @Parameters(index = "0", paramLabel = "ACTION", description = "start, stop or status")
  String action;

  @Option(names = "--idle-minutes", paramLabel = "N",
      description = "For start: stop after N minutes without a command (default: 60).")
  long idleMinutes = 60;

  /** For the daemon's own JVM, from start: the socket to listen on. */
  @Option(names = "--socket", hidden = true)
  Path socket;

  DaemonCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (idleMinutes < 1) {
      main.err().println("briefing: error: expected --idle-minutes of 1 or more, found " + idleMinutes);
      return Main.USAGE;
    }
    Optional<DaemonAddress> found = DaemonAddress.forThisProcess();
    if (found.isEmpty()) {
      main.err().println("briefing: error: the daemon needs the tool run from its jar (bin/briefing or java -jar"
          + " target/briefing.jar), found it run from class folders");
      return Main.USAGE;
    }
    DaemonAddress address = found.get();
    String where = System.getProperty("user.dir");
    return switch (action.toLowerCase(Locale.ROOT)) {
      case "start" -> start(address);
      case "stop" -> {
        Optional<String> last = DaemonClient.stop(address);
        main.err().println(last.isPresent() ? "briefing: build daemon for " + where + " stopped"
            : "briefing: no build daemon runs for " + where);
        yield Main.OK;
      }
      case "status" -> {
        Optional<String> status = DaemonClient.status(address);
        main.out().println(status.orElse("no build daemon runs for " + where));
        yield status.isPresent() ? Main.OK : Main.INPUT_ERRORS;
      }
      case "run" -> serve(address);
      default -> {
        main.err().println("briefing: error: expected the action start, stop or status, found '" + action + "'");
        yield Main.USAGE;
      }
    };
  }

  private int start(DaemonAddress address) throws IOException, InterruptedException {
    Optional<String> running = DaemonClient.status(address);
    if (running.isPresent()) {
      main.err().println("briefing: " + running.get().replace("build daemon running", "a build daemon already runs"));
      return Main.OK;
    }
    address.prepareFolder();
    JarIdentity jar = JarIdentity.ofThisTool().orElseThrow();
    List<String> command = new ArrayList<>();
    // Its own session: closing the terminal that started it does not stop it.
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      command.add("/usr/bin/setsid");
    }
    command.add(ProcessHandle.current().info().command().orElse(
        Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    // The launcher's JVM options, the quick compiler alone included: measured on a 250-edition series,
    // a daemon with C1 alone rebuilt in 2.7 to 2.9 s from its fifth build on, one with C2 as well in
    // 3.1 to 3.4 s, and its first build took 9.9 s against 6.1 s (docs/benchmarks.md).
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of("-cp", jar.path().toString(), Main.class.getName(), "daemon", "run",
        "--socket", address.socket().toString(), "--idle-minutes", String.valueOf(idleMinutes)));
    Process process = new ProcessBuilder(command)
        .directory(new File(System.getProperty("user.dir")))
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectOutput(ProcessBuilder.Redirect.to(address.log().toFile()))
        .redirectErrorStream(true)
        .start();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (DaemonClient.answers(address)) {
        main.err().printf("briefing: build daemon started for %s (pid %d); build and check run from this folder"
            + " now go through it, until 'daemon stop' or %d minutes without a command (its log: %s)%n",
            System.getProperty("user.dir"), process.pid(), idleMinutes, address.log());
        return Main.OK;
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(50);
    }
    process.destroy();
    String log = Files.exists(address.log()) ? Files.readString(address.log(), StandardCharsets.UTF_8).strip() : "";
    main.err().println("briefing: error: expected the build daemon to answer within " + STARTUP.toSeconds()
        + " s, found " + (process.isAlive() ? "no answer" : "it stopped with exit code " + process.exitValue())
        + (log.isEmpty() ? "" : "; its log:\n" + log));
    return Main.INPUT_ERRORS;
  }

  private int serve(DaemonAddress address) throws IOException {
    if (socket == null) {
      main.err().println("briefing: error: expected 'daemon start', found 'daemon run' without its socket");
      return Main.USAGE;
    }
    DaemonAddress given = new DaemonAddress(socket.toAbsolutePath(), address.log());
    // Builds are kept from command to command, with the charts and pages each made.
    Builds builds = Builds.kept();
    DaemonServer server = new DaemonServer(given, JarIdentity.ofThisTool().orElseThrow(), Duration.ofMinutes(idleMinutes),
        (args, out, err, console) -> new Main(out, err, ProgressPrinter.onTerminal(console), builds)
            .run(args.toArray(String[]::new)));
    String why = server.serve();
    main.err().println("briefing: build daemon ended: " + why);
    return Main.OK;
  }
}
