package com.moneywar.briefing.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon's side: listens on its socket and runs one client's command at a time, in this JVM,
 * with the client's arguments, its standard output and error sent back as they are written. A
 * client that comes while a build runs waits for it; {@code status} and {@code stop} are answered
 * at once. Stops on {@code stop} (after the commands under way and waiting), after {@code idle}
 * without a command, when its jar changes (it would run old code) and when its socket is deleted.
 * After each command it collects the heap, so an idle daemon gives most of its memory back.
 */
public final class DaemonServer {
  /** Runs one command: its arguments, where its output and errors go, whether its client writes to a terminal. */
  @FunctionalInterface
  public interface Runner {
    int run(List<String> args, PrintWriter out, PrintWriter err, boolean console);
  }

  /** The commands a client may send here; everything else runs in the client's own JVM. */
  public static final Set<String> COMMANDS = Set.of("build", "check");

  /** How often an idle daemon checks its jar, its socket and its idle time. */
  private static final Duration TICK = Duration.ofSeconds(5);

  private final DaemonAddress address;
  private final JarIdentity jar;
  private final Duration idle;
  private final Runner runner;
  private final Duration tick;
  private final Instant started = Instant.now();
  /** Commands under way or waiting; the daemon neither idles out nor stops for a new jar while there are any. */
  private final AtomicInteger pending = new AtomicInteger();
  private volatile Instant lastActive = Instant.now();
  /** Set when a command failed with an Error: the daemon stops. */
  private volatile boolean failed;
  /** Commands run so far; written on the commands' thread only. */
  private volatile int commands;

  public DaemonServer(DaemonAddress address, JarIdentity jar, Duration idle, Runner runner) {
    this(address, jar, idle, runner, TICK);
  }

  /** A daemon that checks its jar, socket and idle time every {@code tick}: for tests. */
  DaemonServer(DaemonAddress address, JarIdentity jar, Duration idle, Runner runner, Duration tick) {
    this.address = address;
    this.jar = jar;
    this.idle = idle;
    this.runner = runner;
    this.tick = tick;
  }

  /** Binds the socket and serves until told to stop or idle; returns why it stopped. */
  public String serve() throws IOException {
    address.prepareFolder();
    // A socket file left by a daemon that died answers nobody; a live one is never replaced.
    if (Files.exists(address.socket())) {
      if (DaemonClient.answers(address)) {
        return "a daemon already listens on " + address.socket();
      }
      Files.deleteIfExists(address.socket());
    }
    ExecutorService queue = Executors.newSingleThreadExecutor(r -> new Thread(r, "briefing-commands"));
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        Selector selector = Selector.open()) {
      server.bind(UnixDomainSocketAddress.of(address.socket()));
      server.configureBlocking(false);
      server.register(selector, SelectionKey.OP_ACCEPT);
      log("listening on " + address.socket() + " (pid " + ProcessHandle.current().pid() + ")");
      try {
        while (true) {
          selector.select(tick.toMillis());
          selector.selectedKeys().clear();
          SocketChannel client = server.accept();
          if (client != null) {
            lastActive = Instant.now();
            if (!handle(client, queue)) {
              return "stopped";
            }
            continue;
          }
          if (failed) {
            return "a command failed with an error that leaves the JVM in doubt";
          }
          // What follows waits for the commands under way and queued.
          if (pending.get() > 0) {
            continue;
          }
          if (jar.changed()) {
            return "its jar changed: " + jar.path();
          }
          if (!Files.exists(address.socket())) {
            return "its socket was deleted";
          }
          if (Duration.between(lastActive, Instant.now()).compareTo(idle) >= 0) {
            return "idle for " + idle.toMinutes() + " minutes";
          }
        }
      } finally {
        Files.deleteIfExists(address.socket());
        // A stop asked for during a build lets it, and those queued, finish.
        queue.shutdown();
        try {
          queue.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  /**
   * Serves one client: a status or stop at once, a command queued behind those before it. False
   * when the client asked the daemon to stop.
   */
  private boolean handle(SocketChannel c, ExecutorService queue) {
    boolean queued = false;
    try {
      c.configureBlocking(true);
      DataInputStream in = new DataInputStream(new BufferedInputStream(Wire.input(c)));
      DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Wire.output(c)));
      Wire.Request request = Wire.Request.read(in);
      switch (request.kind()) {
        case "stop" -> {
          byte[] text = bytes(status(pending.get() > 0 ? "stopping after the commands under way" : "stopping"));
          Wire.frame(out, Wire.ERR, text, 0, text.length);
          Wire.exit(out, 0);
          return false;
        }
        case "status" -> {
          byte[] text = bytes(status(pending.get() > 0 ? "running (" + pending.get() + " command(s) under way or waiting)"
              : "running"));
          Wire.frame(out, Wire.OUT, text, 0, text.length);
          Wire.exit(out, 0);
        }
        case "run" -> {
          pending.incrementAndGet();
          queue.execute(() -> {
            try (SocketChannel owned = c) {
              if (!run(request, in, out)) {
                failed = true;
              }
            } catch (IOException | RuntimeException e) {
              log("a client's command failed: " + e);
            } finally {
              lastActive = Instant.now();
              pending.decrementAndGet();
            }
          });
          queued = true;
        }
        default -> Wire.refuse(out, "expected a request to run, stop or give the status, found '" + request.kind() + "'");
      }
    } catch (IOException | RuntimeException e) {
      log("a client's request failed: " + e);
    } finally {
      if (!queued) {
        try {
          c.close();
        } catch (IOException e) {
          log("could not close a client's connection: " + e);
        }
      }
    }
    return true;
  }

  /**
   * Runs a client's command on a thread of its own while this one waits for the client to close
   * the connection: after the exit code, or before it when the user stopped the client (Ctrl-C),
   * which stops the command as an interrupt stops the preview's rebuild (nothing is published).
   * False when the daemon should stop after it (its JVM failed).
   */
  private boolean run(Wire.Request request, DataInputStream in, DataOutputStream out) throws IOException {
    if (request.args().isEmpty() || !COMMANDS.contains(request.args().get(0))) {
      Wire.refuse(out, "expected build or check, found " + request.args());
      return true;
    }
    if (jar.changed()) {
      Wire.refuse(out, "the jar changed since the daemon started");
      return false;
    }
    commands++;
    AtomicBoolean healthy = new AtomicBoolean(true);
    AtomicBoolean answered = new AtomicBoolean();
    Thread command = new Thread(() -> {
      try {
        runCommand(request, out, healthy, answered);
      } catch (IOException gone) {
        log("could not answer the client: " + gone);
      }
    }, "briefing-command-" + commands);
    command.start();
    try {
      // Blocks until the client closes: it sends nothing after its request.
      in.read();
    } catch (IOException gone) {
      // As good as closed.
    }
    if (!answered.get() && command.isAlive()) {
      log("the client went away: stopping its command");
      command.interrupt();
    }
    try {
      command.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Out of the client's time: give the heap back before the next edit.
    System.gc();
    return healthy.get();
  }

  /** Runs the command; sets {@code answered} before the exit code goes out, after which the client may close. */
  private void runCommand(Wire.Request request, DataOutputStream out, AtomicBoolean healthy, AtomicBoolean answered)
      throws IOException {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(Wire.stream(out, Wire.OUT), StandardCharsets.UTF_8), true);
    PrintWriter e = new PrintWriter(new OutputStreamWriter(Wire.stream(out, Wire.ERR), StandardCharsets.UTF_8), true);
    if (!request.args().contains("-q") && !request.args().contains("--quiet")) {
      e.printf("briefing: %s in the build daemon (pid %d, its command %d since %s)%n", request.args().get(0),
          ProcessHandle.current().pid(), commands, clock(started));
    }
    Instant t = Instant.now();
    int code;
    try {
      code = runner.run(request.args(), o, e, request.console());
    } catch (RuntimeException | Error failure) {
      // The client's own JVM would have died with this; after an error (out of memory) this one may
      // be in no state to build again, so it stops.
      e.println("briefing: the build daemon failed: " + failure + (failure instanceof Error ? "; it stops" : ""));
      log("command failed: " + failure);
      healthy.set(!(failure instanceof Error));
      code = 1;
    }
    o.flush();
    e.flush();
    log(request.args().get(0) + " → " + code + " in " + Duration.between(t, Instant.now()).toMillis() + " ms"
        + (Thread.currentThread().isInterrupted() ? " (stopped: its client went away)" : ""));
    answered.set(true);
    Wire.exit(out, code);
  }

  private String status(String state) {
    return String.format(Locale.ROOT, "build daemon %s for %s: pid %d, since %s, %d command(s) run, stops after %d minutes idle%n",
        state, System.getProperty("user.dir"), ProcessHandle.current().pid(), clock(started), commands, idle.toMinutes());
  }

  private static String clock(Instant t) {
    return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault()).format(t);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static void log(String line) {
    System.err.println(clock(Instant.now()) + " " + line);
  }
}
