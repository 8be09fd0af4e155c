package com.moneywar.briefing.load;

import com.moneywar.briefing.model.SourcePos;
import java.util.Optional;

/**
 * Finds the quoting mistake in a CSV record that Jackson's parser could not read, so that it is
 * reported where the user has to fix it: the opening quote of a field that is never closed (or
 * closed only lines later, where Jackson gives up), or the character after a closing quote. Only
 * looks at quotes; Jackson stays the parser. Pure and thread-safe.
 */
final class QuoteCheck {
  private QuoteCheck() {}

  /** A mistake: where, and what was expected and found there. */
  record Finding(SourcePos at, String message) {}

  /**
   * The quoting mistake in the record that starts at {@code line}, {@code column} of {@code text},
   * if there is one: its fields are walked as RFC 4180 writes them (spaces and tabs around a quoted
   * value are allowed, as Jackson allows them).
   */
  static Optional<Finding> of(String file, String text, CsvRecords.Lines lines, int line, int column) {
    int at = lines.start(line) + column - 1;
    while (at < text.length()) {
      int quote = at;
      while (quote < text.length() && isBlank(text.charAt(quote))) {
        quote++;
      }
      if (quote >= text.length() || text.charAt(quote) != '"') {
        // An unquoted field: up to the next comma, or the record ends with its line.
        while (at < text.length() && text.charAt(at) != ',' && !isLineEnd(text.charAt(at))) {
          at++;
        }
        if (at >= text.length() || isLineEnd(text.charAt(at))) {
          return Optional.empty();
        }
        at++;
        continue;
      }
      SourcePos opening = lines.at(file, quote);
      int close = quote + 1;
      while (close < text.length()) {
        if (text.charAt(close) == '"' && close + 1 < text.length() && text.charAt(close + 1) == '"') {
          close += 2;
        } else if (text.charAt(close) == '"') {
          break;
        } else {
          close++;
        }
      }
      if (close >= text.length()) {
        return Optional.of(new Finding(opening, "expected a closing quote (\") for the field that starts at column "
            + opening.column() + ", found the end of the file"));
      }
      SourcePos closing = lines.at(file, close);
      at = close + 1;
      while (at < text.length() && isBlank(text.charAt(at))) {
        at++;
      }
      if (at < text.length() && text.charAt(at) != ',' && !isLineEnd(text.charAt(at))) {
        String found = "'" + new String(Character.toChars(text.codePointAt(at))) + "'";
        if (closing.line() == opening.line()) {
          return Optional.of(new Finding(lines.at(file, at), "expected a comma or the end of the line after the quoted"
              + " field that starts at column " + opening.column() + " and ends at column " + closing.column()
              + " (a quote inside a quoted field is written twice: \"\"), found " + found));
        }
        return Optional.of(new Finding(opening, "expected a closing quote (\") for the field that starts at column "
            + opening.column() + ", found the next quote only on line " + closing.line() + " at column "
            + closing.column() + ", followed by " + found));
      }
      if (at >= text.length() || isLineEnd(text.charAt(at))) {
        return Optional.empty();
      }
      at++;
    }
    return Optional.empty();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isLineEnd(char c) {
    return c == '\n' || c == '\r';
  }
}
