package com.moneywar.briefing.cli;

import com.moneywar.briefing.mail.EmailEdition;
import com.moneywar.briefing.mail.MailEditions;
import com.moneywar.briefing.mail.MailSender;
import com.moneywar.briefing.mail.MimeWriter;
import com.moneywar.briefing.mail.Recipient;
import com.moneywar.briefing.mail.RecipientsReader;
import com.moneywar.briefing.mail.SmtpSettings;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefing mail}: writes a briefing's e-mail edition as one {@code .eml} per language, or
 * with {@code --send} mails it to the readers of a recipients file over SMTP.
 */
@Command(name = "mail", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = {
        "Write the e-mail edition of a briefing (the newest unless --slug) as one .eml file per language into --out,"
            + " with the PDF edition of the last build attached.",
        "With --send --to FILE, mail it to each reader of FILE (columns email, language, name) in their language."
            + " A send log in .briefing-mail/<slug>.log makes a second run send only what the first did not."})
final class MailCommand implements Callable<Integer> {
  /** The environment variable the SMTP password comes from; never an option, never a file. */
  static final String PASSWORD_VARIABLE = "BRIEFING_SMTP_PASSWORD";
  /** Without a terminal, a progress line every this many readers. */
  static final int PROGRESS_EVERY = 100;

  private final Main main;
  /** The environment, replaced in tests. */
  UnaryOperator<String> env = System::getenv;
  /** The clock that dates sent messages, replaced in tests. */
  Clock clock = Clock.systemUTC();

  @Mixin
  ProjectOptions options = new ProjectOptions();

  @Mixin
  QuietOption quiet = new QuietOption();

  @Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--slug", paramLabel = "SLUG",
      description = "The briefing to mail, as in data/texts/SLUG.ko.md (default: the newest).")
  String slug;

  @Option(names = "--site", paramLabel = "DIR",
      description = "Where the last build wrote the site and its PDFs (default: DIR/site of the project).")
  Path site;

  @Option(names = "--out", paramLabel = "DIR", description = "Write SLUG.<lang>.eml per language into DIR.")
  Path out;

  @Option(names = "--send", description = "Send to the readers of --to over SMTP.")
  boolean send;

  @Option(names = "--to", paramLabel = "FILE", description = "Recipients: CSV with the columns email, language, name.")
  Path to;

  @Option(names = "--dry-run", description = "With --send: check everything and print who would get which edition; send nothing.")
  boolean dryRun;

  @Option(names = "--smtp-host", paramLabel = "HOST", description = "The SMTP server.")
  String smtpHost;

  @Option(names = "--smtp-port", paramLabel = "PORT",
      description = "Its port (default: 587 with starttls, 465 with implicit, 25 with none).")
  Integer smtpPort;

  @Option(names = "--tls", paramLabel = "MODE", defaultValue = "starttls",
      description = "starttls (default), implicit (SMTPS) or none (a local or test server only).")
  String tls;

  @Option(names = "--smtp-user", paramLabel = "USER",
      description = "Login at the SMTP server; the password comes from the environment variable " + PASSWORD_VARIABLE + ".")
  String smtpUser;

  MailCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    SmtpSettings.Tls mode = SmtpSettings.Tls.ofCode(tls.toLowerCase(Locale.ROOT)).orElseThrow(() -> usage(
        "--tls must be starttls, implicit or none, found '" + tls + "'"));
    if (!send && out == null) {
      throw usage("expected --out DIR to write the .eml files, or --send --to FILE to mail the readers");
    }
    if (!send && (to != null || dryRun || smtpHost != null || smtpUser != null || smtpPort != null)) {
      throw usage("--to, --dry-run and the --smtp options go with --send");
    }
    if (send && to == null) {
      throw usage("--send needs --to FILE, the recipients (columns email, language, name)");
    }
    if (send && !dryRun && (smtpHost == null || smtpHost.isBlank())) {
      throw usage("--send needs --smtp-host HOST (or --dry-run)");
    }
    if (smtpPort != null && (smtpPort < 1 || smtpPort > 65535)) {
      throw usage("--smtp-port must be from 1 to 65535, found " + smtpPort);
    }
    String password = "";
    if (smtpUser != null && !dryRun) {
      password = Optional.ofNullable(env.apply(PASSWORD_VARIABLE)).orElse("");
      if (password.isEmpty()) {
        throw usage("--smtp-user needs the password in the environment variable " + PASSWORD_VARIABLE);
      }
    }
    Path project = options.project();
    Path siteDir = site == null ? project.resolve("site") : site.toAbsolutePath().normalize();

    Result<Briefing> checked = new BriefingBuild(BuildListener.silent()).check(project);
    if (checked instanceof Result.Failed<Briefing> failed) {
      return problems(project, failed.problems());
    }
    Briefing briefing = checked.orElseThrow();
    // The recipients first: a bad file is reported before anything else is made, and nothing is sent.
    List<Recipient> readers = List.of();
    if (send) {
      Result<List<Recipient>> read = readRecipients(briefing, recipientsLabel(project));
      if (read instanceof Result.Failed<List<Recipient>> failed) {
        return problems(project, failed.problems());
      }
      readers = read.orElseThrow();
    }
    Result<Story> story = MailEditions.pick(briefing, Optional.ofNullable(slug));
    if (story instanceof Result.Failed<Story> failed) {
      return problems(project, failed.problems());
    }
    Result<Map<Lang, EmailEdition>> made = new MailEditions(project, siteDir).of(briefing, story.orElseThrow(), send);
    if (made instanceof Result.Failed<Map<Lang, EmailEdition>> failed) {
      return problems(project, failed.problems());
    }
    Map<Lang, EmailEdition> editions = made.orElseThrow();
    String storySlug = story.orElseThrow().slug();
    if (!send) {
      return writeEml(editions, !briefing.config().mail().from().isEmpty());
    }
    if (dryRun) {
      return dryRun(project, storySlug, editions, readers);
    }
    SmtpSettings smtp = new SmtpSettings(smtpHost.strip(), smtpPort == null ? mode.defaultPort() : smtpPort, mode,
        smtpUser == null ? "" : smtpUser, password);
    return send(project, storySlug, editions, readers, smtp);
  }

  private Result<List<Recipient>> readRecipients(Briefing briefing, String label) {
    Path file = to.toAbsolutePath().normalize();
    try {
      return new RecipientsReader().read(label, Files.readAllBytes(file), briefing.config().languages());
    } catch (IOException e) {
      return Result.failed(List.of(new Problem(SourcePos.whole(label),
          "expected the recipients file " + file + ", found none")));
    }
  }

  private int writeEml(Map<Lang, EmailEdition> editions, boolean fromSet) {
    Path dir = out.toAbsolutePath().normalize();
    if (!fromSet) {
      // Said even with --quiet: these files must not be handed to another mailing tool as they are.
      main.err().println("briefing: warning: 'mail.from' is not set in briefing.properties, so the e-mails are from "
          + MailEditions.PREVIEW_FROM + ", which no server delivers to; add a line such as"
          + " 'mail.from=briefing@example.org' there before sending them");
    }
    try {
      Files.createDirectories(dir);
      for (EmailEdition edition : editions.values()) {
        byte[] eml = MimeWriter.eml(edition);
        Path file = dir.resolve(edition.emlName());
        Path partial = dir.resolve("." + edition.emlName() + ".partial");
        Files.write(partial, eml);
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        if (!quiet.quiet) {
          main.err().printf("wrote %s (%d KiB, %s)%n", file, eml.length / 1024, edition.subject());
        }
      }
    } catch (IOException e) {
      main.err().println("briefing: error: cannot write the e-mail edition into " + dir + ": " + e.getMessage());
      return Main.INPUT_ERRORS;
    }
    return Main.OK;
  }

  private int dryRun(Path project, String storySlug, Map<Lang, EmailEdition> editions, List<Recipient> readers) {
    List<Recipient> pending;
    try {
      pending = MailSender.pending(project, storySlug, readers);
    } catch (IOException e) {
      main.err().println("briefing: error: cannot read the send log: " + e.getMessage());
      return Main.INPUT_ERRORS;
    }
    for (Recipient r : pending) {
      main.out().printf("would send %s to %s%s: %s%n", r.lang().code(), r.email(),
          r.name().isEmpty() ? "" : " (" + r.name() + ")", editions.get(r.lang()).subject());
    }
    main.err().printf("dry run: %d of %s would be sent %s; %d already were (%s); nothing sent%n",
        pending.size(), readers(readers.size()), storySlug, readers.size() - pending.size(),
        project.relativize(MailSender.logFile(project, storySlug)));
    return Main.OK;
  }

  private int send(Path project, String storySlug, Map<Lang, EmailEdition> editions, List<Recipient> readers,
      SmtpSettings smtp) {
    ProgressLine progress = new ProgressLine(main.err(), main.terminal(), quiet.quiet);
    MailSender.Report report = new MailSender(project, smtp, clock).send(storySlug, editions, readers, progress);
    progress.end();
    report.failures().forEach(f -> main.err().println(f.reader().pos().file() + ":" + f.reader().pos().line()
        + ": error: not sent to " + f.reader().email() + ": " + f.reason()));
    report.stopped().ifPresent(reason -> main.err().println("briefing: error: " + reason));
    String log = project.relativize(MailSender.logFile(project, storySlug)).toString();
    if (!quiet.quiet || !report.ok()) {
      main.err().printf("sent %s to %s; %d already had it (%s); %d failed%n", storySlug,
          readers(report.sent().size()), report.alreadySent(), log, report.failures().size());
    }
    if (!report.failures().isEmpty()) {
      main.err().println("run the same command again to send to the readers that failed; nobody gets it twice");
    }
    return report.ok() ? Main.OK : Main.INPUT_ERRORS;
  }

  private static String readers(int n) {
    return n + (n == 1 ? " reader" : " readers");
  }

  /** The recipients file as messages name it: as typed when inside the project, else its absolute path. */
  private String recipientsLabel(Path project) {
    Path abs = to.toAbsolutePath().normalize();
    return abs.startsWith(project) ? project.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }

  private int problems(Path project, List<Problem> problems) {
    new ProblemPrinter(project).print(problems, main.err());
    main.err().println(send ? "nothing sent" : "nothing written");
    return Main.INPUT_ERRORS;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /**
   * Progress of a send: on a terminal one line updated in place per reader; elsewhere a line every
   * {@value #PROGRESS_EVERY} readers and at the end. A failure always gets a line of its own.
   */
  static final class ProgressLine implements MailSender.Listener {
    private static final String REWRITE = "\r\u001b[K";
    private final java.io.PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private boolean inPlace;

    ProgressLine(java.io.PrintWriter err, boolean terminal, boolean quiet) {
      this.err = err;
      this.terminal = terminal;
      this.quiet = quiet;
    }

    @Override
    public void sent(Recipient reader, int done, int total) {
      if (quiet) {
        return;
      }
      String line = String.format(Locale.ROOT, "mail %d/%d sent to %s (%s)", done, total, reader.email(),
          reader.lang().code());
      if (terminal) {
        err.print(REWRITE + line);
        inPlace = true;
      } else if (done % PROGRESS_EVERY == 0 || done == total) {
        err.println(line);
      }
      err.flush();
    }

    @Override
    public void failed(Recipient reader, String reason, int done, int total) {
      end();
      err.println(String.format(Locale.ROOT, "mail %d/%d FAILED for %s (%s): %s", done, total, reader.email(),
          reader.lang().code(), reason));
      err.flush();
    }

    void end() {
      if (inPlace) {
        err.println();
        inPlace = false;
      }
    }
  }
}
