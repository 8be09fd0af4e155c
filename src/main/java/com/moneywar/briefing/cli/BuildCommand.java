package com.moneywar.briefing.cli;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.pipeline.BuildSummary;
import com.moneywar.briefing.model.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code briefing build}: renders the site and PDF editions into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Build the bilingual site and one PDF edition per language. The previous output is replaced only if the build succeeds.")
final class BuildCommand implements Callable<Integer> {
  private final Main main;

  @Mixin
  ProjectOptions options = new ProjectOptions();

  @Mixin
  ConfigOptions config = new ConfigOptions();

  @Mixin
  Verbosity verbosity = new Verbosity();

  @Mixin
  CacheOptions cache = new CacheOptions();

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: DIR/site of the project).")
  Path out;

  @Option(names = "--no-pdf",
      description = "Build the pages only; PDF editions already in the output folder are kept as they are.")
  boolean noPdf;

  BuildCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    Path project = options.project();
    Path target = out == null ? project.resolve("site") : out.toAbsolutePath().normalize();
    verbosity.validate();
    var cacheSettings = cache.settings();
    ProgressPrinter progress = new ProgressPrinter(main.err(), main.terminal());
    BriefingBuild build = main.builds().of(project, config.overrides(), cacheSettings,
        verbosity.quiet() ? BuildListener.silent() : progress);
    Result<BuildSummary> result = build.build(project, target, !noPdf);
    progress.endLine();
    if (!verbosity.quiet()) {
      new ProblemPrinter(project).printWarnings(build.advisories(), main.err());
    }
    if (result instanceof Result.Failed<BuildSummary> failed) {
      new ProblemPrinter(project).print(failed.problems(), main.err());
      // Only a site that is there can be left unchanged; a failed build writes nothing anywhere.
      main.err().println(Files.isDirectory(target) ? "build failed; " + target + " is unchanged"
          : "build failed; nothing written");
      return Main.INPUT_ERRORS;
    }
    BuildSummary s = result.orElseThrow();
    if (verbosity.verbose()) {
      s.files().forEach((path, size) -> main.err().printf("  %9d  %s%n", size, path));
    }
    if (verbosity.quiet()) {
      return Main.OK;
    }
    s.warnings().forEach(w -> main.err().println("briefing: warning: " + w));
    main.err().printf("built %d pages, %d charts, %s (%d KiB) in %s%n",
        s.pages(), s.charts(), noPdf ? "no PDFs (--no-pdf)" : s.pdfs() + " PDFs", s.bytes() / 1024, target);
    return Main.OK;
  }
}
