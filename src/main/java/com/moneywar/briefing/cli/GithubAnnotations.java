package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints problems as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::…}), so
 * each shows inline on the pull request's changed line. File paths are made relative to the
 * working directory, which is the repository root in a workflow.
 */
final class GithubAnnotations {
  private final Path project;
  private final Path workingDir;

  GithubAnnotations(Path project, Path workingDir) {
    this.project = project;
    this.workingDir = workingDir;
  }

  void print(List<Problem> problems, PrintWriter out) {
    for (Problem p : problems.stream().sorted(Problem.BY_POSITION).toList()) {
      Path file = project.resolve(p.pos().file()).normalize();
      String shown = file.startsWith(workingDir) ? workingDir.relativize(file).toString() : file.toString();
      out.println("::error file=" + property(shown) + ",line=" + p.pos().line() + ",col=" + p.pos().column()
          + ",title=briefing check::" + data(p.message()));
    }
  }

  /** Escapes a command's message as the runner expects. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, where ':' and ',' separate properties. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
