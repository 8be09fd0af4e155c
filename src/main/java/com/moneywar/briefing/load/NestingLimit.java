package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.util.Optional;

/**
 * Refuses Markdown nested deeper than any briefing needs (quotes in quotes, lists in lists, runs of
 * emphasis or brackets), before the parser sees it: the Markdown library recurses once per level and
 * a hostile file could otherwise exhaust the stack.
 */
final class NestingLimit {
  static final int MAX_DEPTH = 32;
  private static final String RUN_CHARS = "*_[]<>`~";

  private NestingLimit() {}

  /** The first place in {@code body} (which starts on line {@code firstLine} of {@code file}) nested too deep. */
  static Optional<Problem> check(String file, int firstLine, String body) {
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int depth = leadingMarkers(line);
      if (depth > MAX_DEPTH) {
        return Optional.of(new Problem(new SourcePos(file, firstLine + i, 1),
            "expected at most " + MAX_DEPTH + " levels of nested quotes or lists, found " + depth));
      }
      // Plain loops, not regular expressions: Java's regex engine itself recurses on long repeats.
      int runStart = 0;
      for (int j = 1; j <= line.length(); j++) {
        if (j == line.length() || line.charAt(j) != line.charAt(runStart)) {
          char c = line.charAt(runStart);
          if (j - runStart > MAX_DEPTH && RUN_CHARS.indexOf(c) >= 0) {
            return Optional.of(new Problem(new SourcePos(file, firstLine + i, runStart + 1),
                "expected at most " + MAX_DEPTH + " '" + c + "' in a row, found " + (j - runStart)));
          }
          runStart = j;
        }
      }
    }
    return Optional.empty();
  }

  /** How many quote ('>') and list markers ('-', '+', '*', '1.') open the line, each a level of nesting. */
  static int leadingMarkers(String line) {
    int depth = 0;
    int at = 0;
    while (at < line.length()) {
      while (at < line.length() && (line.charAt(at) == ' ' || line.charAt(at) == '\t')) {
        at++;
      }
      if (at >= line.length()) {
        break;
      }
      char c = line.charAt(at);
      if (c == '>') {
        at++;
      } else if ((c == '-' || c == '+' || c == '*') && at + 1 < line.length() && line.charAt(at + 1) == ' ') {
        at += 2;
      } else if (Character.isDigit(c)) {
        int end = at;
        while (end < line.length() && Character.isDigit(line.charAt(end)) && end - at < 9) {
          end++;
        }
        if (end < line.length() - 1 && (line.charAt(end) == '.' || line.charAt(end) == ')') && line.charAt(end + 1) == ' ') {
          at = end + 2;
        } else {
          break;
        }
      } else {
        break;
      }
      depth++;
    }
    return depth;
  }
}
