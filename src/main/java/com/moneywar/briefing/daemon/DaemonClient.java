package com.moneywar.briefing.daemon;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The client's side: hands {@code build} or {@code check} to this folder's daemon when one is
 * running, copies what it prints, and returns its exit code. Whenever the daemon cannot take the
 * command (none running, another jar or environment, it stopped meanwhile), the caller runs the
 * command itself, so a daemon can only make a command faster, never make it fail.
 */
public final class DaemonClient {
  /** Set to {@code off} to run one command in its own JVM although a daemon is running. */
  public static final String SWITCH = "BRIEFING_DAEMON";

  private DaemonClient() {}

  /**
   * Runs {@code args} in the daemon of this process's address, if the command is one it takes and
   * the daemon is there; empty when the caller should run it itself.
   */
  public static OptionalInt forward(String[] args, PrintStream out, PrintStream err, boolean console) {
    if (args.length == 0 || !DaemonServer.COMMANDS.contains(args[0]) || "off".equalsIgnoreCase(System.getenv(SWITCH))) {
      return OptionalInt.empty();
    }
    try {
      Optional<DaemonAddress> address = DaemonAddress.forThisProcess();
      if (address.isEmpty() || !Files.exists(address.get().socket())) {
        return OptionalInt.empty();
      }
      address.get().checkFolder();
      return send(address.get(), new Wire.Request("run", console, Arrays.asList(args)), out, err);
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /**
   * Sends {@code request} and copies the answer to {@code out} and {@code err}: the exit code, or
   * empty when the daemon refused or is not there.
   */
  static OptionalInt send(DaemonAddress address, Wire.Request request, PrintStream out, PrintStream err) throws IOException {
    SocketChannel channel;
    try {
      channel = SocketChannel.open(StandardProtocolFamily.UNIX);
      channel.connect(UnixDomainSocketAddress.of(address.socket()));
    } catch (ConnectException e) {
      // Nobody listens: a daemon that died, or one between creating its socket and listening on
      // it. The socket is left alone (deleting it would strand a daemon starting up); the next
      // 'daemon start' replaces a dead one's.
      return OptionalInt.empty();
    }
    boolean printed = false;
    try (SocketChannel c = channel) {
      request.write(new DataOutputStream(new BufferedOutputStream(Wire.output(c))));
      DataInputStream in = new DataInputStream(new BufferedInputStream(Wire.input(c)));
      while (true) {
        Wire.Frame f = Wire.read(in);
        switch (f.kind()) {
          case Wire.OUT -> {
            out.write(f.bytes());
            out.flush();
            printed = true;
          }
          case Wire.ERR -> {
            err.write(f.bytes());
            err.flush();
            printed = true;
          }
          case Wire.EXIT -> {
            return OptionalInt.of(f.exitCode());
          }
          case Wire.REFUSED -> {
            return OptionalInt.empty();
          }
          default -> throw new IOException("expected a frame of kind 1 to 4, found " + f.kind());
        }
      }
    } catch (EOFException e) {
      if (printed) {
        err.println("briefing: the build daemon stopped during the command (its log: " + address.log()
            + "); running it here instead");
      }
      return OptionalInt.empty();
    }
  }

  /** Whether a daemon answers at {@code address} (a status request). */
  public static boolean answers(DaemonAddress address) {
    return status(address).isPresent();
  }

  /** The daemon's status line, or empty when none answers at {@code address}. */
  public static Optional<String> status(DaemonAddress address) {
    return ask(address, "status");
  }

  /** Asks the daemon to stop; its last status line, or empty when none answered. */
  public static Optional<String> stop(DaemonAddress address) {
    return ask(address, "stop");
  }

  private static Optional<String> ask(DaemonAddress address, String kind) {
    if (!Files.exists(address.socket())) {
      return Optional.empty();
    }
    var text = new java.io.ByteArrayOutputStream();
    try (PrintStream p = new PrintStream(text, true, java.nio.charset.StandardCharsets.UTF_8)) {
      OptionalInt code = send(address, new Wire.Request(kind, false, List.of()), p, p);
      return code.isPresent() ? Optional.of(text.toString(java.nio.charset.StandardCharsets.UTF_8).strip()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
