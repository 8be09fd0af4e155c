package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.Advisory;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints problems sorted by position, each with its source line and a caret under the column, placed
 * by the cells the text before it takes in a terminal (a Hangul syllable takes two, {@link
 * DisplayWidth}). A
 * problem with a path as a whole has no line to show; one with the project folder itself (missing,
 * or a file) is printed as the tool's own error, {@code briefing: error: …}, since its message
 * names the folder.
 */
final class ProblemPrinter {
  private final Path project;

  ProblemPrinter(Path project) {
    this.project = project;
  }

  void print(List<Problem> problems, PrintWriter err) {
    List<Problem> sorted = problems.stream().sorted(Problem.BY_POSITION).toList();
    for (Problem p : sorted) {
      err.println(isProjectItself(p) ? "briefing: error: " + p.message() : p.toString());
      showLine(p.pos(), err);
    }
    err.println(sorted.size() + (sorted.size() == 1 ? " error" : " errors"));
  }

  /** Prints what is allowed but likely wrong, as problems are printed, each marked {@code warning}. */
  void printWarnings(List<Advisory> advisories, PrintWriter err) {
    advisories.stream().sorted(Advisory.BY_POSITION).forEach(a -> {
      err.println(a);
      showLine(a.pos(), err);
    });
  }

  private void showLine(SourcePos pos, PrintWriter err) {
    sourceLine(pos).ifPresent(line -> {
      err.println("  " + line);
      err.println("  " + " ".repeat(DisplayWidth.of(before(line, pos.column()))) + "^");
    });
  }

  /**
   * The part of {@code line} before {@code column}, which counts characters as Java does (UTF-16 code
   * units: a Hangul syllable is one, an emoji two); the caret goes as many terminal cells to the right
   * as this part takes, so that it stands under the column after Korean text too.
   */
  private static String before(String line, int column) {
    int end = Math.max(0, Math.min(column - 1, line.length()));
    if (end > 0 && end < line.length() && Character.isHighSurrogate(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(0, end);
  }

  private boolean isProjectItself(Problem p) {
    return p.pos().isWhole() && project.resolve(p.pos().file()).normalize().equals(project.normalize());
  }

  private java.util.Optional<String> sourceLine(SourcePos pos) {
    if (pos.isWhole()) {
      return java.util.Optional.empty();
    }
    try {
      Path file = project.resolve(pos.file());
      if (!Files.isRegularFile(file)) {
        return java.util.Optional.empty();
      }
      List<String> lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
      if (pos.line() > lines.size()) {
        return java.util.Optional.empty();
      }
      String line = lines.get(pos.line() - 1).replace("\uFEFF", "").replace("\t", " ");
      return line.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(line);
    } catch (IOException e) {
      return java.util.Optional.empty();
    }
  }
}
