package com.moneywar.briefing.cli;

import com.moneywar.briefing.build.BriefingBuild;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Result;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code briefing check}: validates the whole project and writes nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check the data, texts and config; report every error with file:line:column. Writes nothing.")
final class CheckCommand implements Callable<Integer> {
  private final Main main;

  @Mixin
  ProjectOptions options = new ProjectOptions();

  CheckCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() {
    Result<Briefing> result = new BriefingBuild(new ProgressPrinter(main.err())).check(options.project());
    if (result instanceof Result.Failed<Briefing> failed) {
      new ProblemPrinter(options.project()).print(failed.problems(), main.err());
      return Main.INPUT_ERRORS;
    }
    main.err().println("ok: no problems found in " + options.project());
    return Main.OK;
  }
}
