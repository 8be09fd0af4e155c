package com.moneywar.briefing.cli;

import com.moneywar.briefing.daemon.DaemonClient;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code briefing} command: {@code build} writes the site and PDFs, {@code check} only
 * validates, {@code init} starts a new project, {@code serve} previews while editing, {@code mail}
 * writes or sends the e-mail edition, {@code cache} looks after the build cache, {@code daemon} keeps a
 * warm JVM for fast rebuilds, {@code help
 * [COMMAND]} shows the usage. Exit codes: 0 success, 1 problems in the input, 2 usage errors.
 *
 * <pre>{@code
 * int code = new Main(out, err).run("check", "--project", "my-briefing");
 * }</pre>
 */
@Command(
    name = "briefing",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds a bilingual (Korean/English) AI investment briefing: a static site and PDF editions.",
    subcommands = {
        BuildCommand.class, CheckCommand.class, InitCommand.class, ServeCommand.class, MailCommand.class,
        CacheCommand.class, DaemonCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  static final int OK = 0;
  static final int INPUT_ERRORS = 1;
  static final int USAGE = 2;

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean terminal;
  private final Builds builds;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public Main(PrintWriter out, PrintWriter err) {
    this(out, err, ProgressPrinter.onTerminal(), Builds.fresh());
  }

  /**
   * A command line whose progress lines are updated in place when {@code terminal} (a build
   * daemon's client's), and whose builds come from {@code builds}.
   */
  Main(PrintWriter out, PrintWriter err, boolean terminal, Builds builds) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
    this.builds = builds;
  }

  /** Where build gets its build: new each time, or kept from command to command (the daemon). */
  Builds builds() {
    return builds;
  }

  /** Whether progress may update lines in place: the output is a terminal, and not in CI. */
  boolean terminal() {
    return terminal;
  }

  PrintWriter err() {
    return err;
  }

  PrintWriter out() {
    return out;
  }

  /** Runs the command line and returns its exit code; never calls {@link System#exit}. */
  public int run(String... args) {
    CommandLine cli = new CommandLine(this, new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> cls) throws Exception {
        if (cls == BuildCommand.class) {
          return cls.cast(new BuildCommand(this_()));
        }
        if (cls == CheckCommand.class) {
          return cls.cast(new CheckCommand(this_()));
        }
        if (cls == InitCommand.class) {
          return cls.cast(new InitCommand(this_()));
        }
        if (cls == ServeCommand.class) {
          return cls.cast(new ServeCommand(this_()));
        }
        if (cls == MailCommand.class) {
          return cls.cast(new MailCommand(this_()));
        }
        if (cls == CacheCommand.class) {
          return cls.cast(new CacheCommand(this_()));
        }
        if (cls == DaemonCommand.class) {
          return cls.cast(new DaemonCommand(this_()));
        }
        return CommandLine.defaultFactory().create(cls);
      }
    });
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof CommandLine.ParameterException) {
        err.println("briefing: " + e.getMessage());
        commandLine.usage(err);
        return USAGE;
      }
      // Input and environment failures are reported as such; a stack trace helps nobody here.
      err.println("briefing: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
      return INPUT_ERRORS;
    });
    cli.setParameterExceptionHandler((e, a) -> {
      // A mistyped command is no "unmatched argument at index 0" to a reader: say what was expected.
      if (e instanceof CommandLine.UnmatchedArgumentException u && e.getCommandLine() == cli
          && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
        err.println("briefing: expected a command (build, check, init, serve, mail, cache, daemon or help), found '"
            + u.getUnmatched().get(0) + "'");
      } else {
        err.println("briefing: " + e.getMessage());
      }
      // A mistyped command or option: "Did you mean: build?"
      CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
      e.getCommandLine().usage(err);
      return USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private Main this_() {
    return this;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "expected a command: build, check, init, serve, mail, cache, daemon or help");
  }

  public static void main(String... args) {
    // With a build daemon running for this folder, build and check run there, warm.
    OptionalInt forwarded = DaemonClient.forward(args, System.out, System.err, System.console() != null);
    if (forwarded.isPresent()) {
      System.exit(forwarded.getAsInt());
    }
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(new Main(out, err).run(args));
  }

  /** The version from the jar's manifest, or "development" when run from classes. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"briefing " + (version == null ? "development" : version)};
    }
  }
}
