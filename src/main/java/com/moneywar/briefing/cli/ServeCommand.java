package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.serve.PreviewServer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing serve}: preview on http://127.0.0.1:PORT, rebuilding and reloading on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Build, serve the site on http://127.0.0.1:PORT, rebuild when data/, templates/ or the config change, and reload open pages. Ctrl-C stops.")
final class ServeCommand implements Callable<Integer> {
  private final Main main;

  @Mixin
  ProjectOptions options = new ProjectOptions();

  @Mixin
  Verbosity verbosity = new Verbosity();

  @Mixin
  CacheOptions cache = new CacheOptions();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: DIR/site of the project).")
  Path out;

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: 8000; 0 picks a free one).")
  int port = 8000;

  @Option(names = "--bind", paramLabel = "ADDRESS",
      description = "Address to listen on (default: 127.0.0.1, this machine only).")
  String bind = "127.0.0.1";

  ServeCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    verbosity.validate();
    var cacheSettings = cache.settings();
    Path project = options.project();
    Path target = out == null ? project.resolve("site") : out.toAbsolutePath().normalize();
    CountDownLatch stopped = new CountDownLatch(1);
    ProgressPrinter progress = new ProgressPrinter(main.err(), main.terminal());
    PreviewServer server = PreviewServer.start(project, target, bind, port,
        new ServeProgress(progress, verbosity.quiet(), verbosity.verbose()), cacheSettings);
    progress.endLine();
    // The first build's problems are kept for the error page; show them here too.
    if (!server.problems().isEmpty()) {
      new ProblemPrinter(project).print(server.problems(), main.err());
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (IOException e) {
        // exiting anyway
      }
      stopped.countDown();
    }));
    main.err().printf("serving http://%s:%d/ (Ctrl-C stops)%n", bind, server.port());
    main.err().flush();
    stopped.await();
    return Main.OK;
  }

  /**
   * What serve prints of its builds: with {@code --quiet} only each failed rebuild's problems (stage
   * {@code error}); by default also every stage; with {@code --verbose} also the files whose change
   * started each rebuild (stage {@code changed}).
   */
  record ServeProgress(BuildListener to, boolean quiet, boolean verbose) implements BuildListener {
    @Override
    public void stageDone(String stage, Duration took, String detail) {
      boolean shown = stage.equals("error") || !quiet && (verbose || !stage.equals("changed"));
      if (shown) {
        to.stageDone(stage, took, detail);
      }
    }

    @Override
    public void editionDone(Lang lang, int done, int total, Duration took) {
      if (!quiet) {
        to.editionDone(lang, done, total, took);
      }
    }

    @Override
    public void editionReused(Lang lang, int done, int total) {
      if (!quiet) {
        to.editionReused(lang, done, total);
      }
    }
  }
}
