package com.moneywar.briefing.cli;

import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.serve.PreviewServer;
import java.io.IOException;
import java.nio.file.Path;
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
  QuietOption quietOption = new QuietOption();

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
    Path project = options.project();
    Path target = out == null ? project.resolve("site") : out.toAbsolutePath().normalize();
    CountDownLatch stopped = new CountDownLatch(1);
    ProgressPrinter progress = ProgressPrinter.forThisProcess(main.err());
    // Quiet: the preview reports each failed rebuild's problems as stage "error"; only those pass.
    BuildListener listener = !quietOption.quiet ? progress : (stage, took, detail) -> {
      if (stage.equals("error")) {
        progress.stageDone(stage, took, detail);
      }
    };
    PreviewServer server = PreviewServer.start(project, target, bind, port, listener);
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
}
