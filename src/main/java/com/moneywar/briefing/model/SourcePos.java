package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

/**
 * A position in a user's input file, 1-based, as printed in error messages.
 *
 * @param file the path as the user knows it, relative to the project directory
 */
public record SourcePos(String file, int line, int column) {
  public SourcePos {
    requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** The start of a file, for problems that concern the file as a whole. */
  public static SourcePos startOf(String file) {
    return new SourcePos(file, 1, 1);
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
