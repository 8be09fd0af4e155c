package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code briefing check}: validates the whole project and writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Check the data, texts and config; report every error with file:line:column. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
  private final Main main;

  /** The project's files that {@code check} reads besides the texts, in the order it reads them. */
  static final List<String> FILES = List.of("briefing.properties", "data/sources.csv", "data/companies.csv",
      "data/exchange_rates.csv", "data/investments.csv", "data/valuations.csv", "data/talent_offers.csv",
      "data/charts.csv");

  @Mixin
  ProjectOptions options = new ProjectOptions();

  @Mixin
  ConfigOptions config = new ConfigOptions();

  @Mixin
  Verbosity verbosity = new Verbosity();

  /** How problems are printed. */
  enum Format { human, github }

  @picocli.CommandLine.Option(names = "--format", paramLabel = "FORMAT",
      description = "human (default: file:line:column with the source line, to stderr) or github "
          + "(GitHub Actions annotations, to stdout, so errors show on the pull request).")
  Format format = Format.human;

  CheckCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    verbosity.validate();
    var listener = format == Format.github || verbosity.quiet() ? BuildListener.silent()
        : new ProgressPrinter(main.err(), main.terminal());
    BriefingBuild build = new BriefingBuild(listener, new ReentrantLock(), config.overrides());
    Result<Briefing> result = build.check(options.project());
    if (format == Format.github) {
      new GithubAnnotations(options.project(), Path.of("").toAbsolutePath()).printWarnings(build.advisories(), main.out());
    } else if (!verbosity.quiet()) {
      new ProblemPrinter(options.project()).printWarnings(build.advisories(), main.err());
    }
    if (result instanceof Result.Failed<Briefing> failed) {
      if (format == Format.github) {
        new GithubAnnotations(options.project(), Path.of("").toAbsolutePath()).print(failed.problems(), main.out());
        main.err().println(failed.problems().size() + (failed.problems().size() == 1 ? " error" : " errors"));
      } else {
        new ProblemPrinter(options.project()).print(failed.problems(), main.err());
      }
      return Main.INPUT_ERRORS;
    }
    if (verbosity.verbose()) {
      listChecked(result.orElseThrow());
    }
    if (!verbosity.quiet()) {
      int warned = build.advisories().size();
      main.err().println("ok: no problems found in " + options.project() + (warned == 0 ? ""
          : " (" + warned + (warned == 1 ? " warning" : " warnings") + " above: allowed, but look at them)"));
    }
    return Main.OK;
  }

  /** Each file that was read and passed, the texts in the order of the stories. */
  private void listChecked(Briefing briefing) {
    FILES.stream().filter(file -> Files.isRegularFile(options.project().resolve(file)))
        .forEach(file -> main.err().println("checked " + file));
    briefing.stories().forEach(story -> new TreeMap<>(story.articles()).values()
        .forEach(article -> main.err().println("checked " + article.file())));
  }
}
