package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.Advisory;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints problems as GitHub Actions workflow commands ({@code ::error file=…,line=…,col=…::…}), so
 * each shows inline on the pull request's changed line. File paths are made relative to the
 * working directory, which is the repository root in a workflow. A problem with a path as a whole
 * has no line or column, and one with the project folder itself names no file.
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
      out.println("::error " + where(p.pos()) + "title=briefing check::" + data(p.message()));
    }
  }

  /** What is allowed but likely wrong, as {@code ::warning} annotations. */
  void printWarnings(List<Advisory> advisories, PrintWriter out) {
    for (Advisory a : advisories) {
      out.println("::warning " + where(a.pos()) + "title=briefing check::" + data(a.message()));
    }
  }

  private String where(SourcePos pos) {
    Path file = project.resolve(pos.file()).normalize();
    String shown = file.startsWith(workingDir) ? workingDir.relativize(file).toString() : file.toString();
    // A path as a whole has no line; the project folder itself is no file to annotate.
    return file.equals(project.normalize()) ? ""
        : "file=" + property(shown) + (pos.isWhole() ? "" : ",line=" + pos.line() + ",col=" + pos.column()) + ",";
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
