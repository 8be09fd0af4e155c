package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

/**
 * A position in a user's input file, 1-based, as printed in error messages; or, for a problem with
 * a path as a whole (a folder, a missing file), the path alone, with line and column 0.
 *
 * @param file the path as the user knows it, relative to the project directory
 */
public record SourcePos(String file, int line, int column) {
  public SourcePos {
    requireNonNull(file, "file");
    if ((line < 1 || column < 1) && (line != 0 || column != 0)) {
      throw new IllegalArgumentException("line and column are 1-based, or both 0 for a whole path: " + line + ":"
          + column);
    }
  }

  /** A path as a whole, with no line or column: printed as the path alone, never as {@code path:1:1}. */
  public static SourcePos whole(String path) {
    return new SourcePos(path, 0, 0);
  }

  /** True for {@link #whole}: the position names a path but no line or column in it. */
  public boolean isWhole() {
    return line == 0;
  }

  /** The start of a file, for problems that concern the file as a whole. */
  public static SourcePos startOf(String file) {
    return new SourcePos(file, 1, 1);
  }

  @Override
  public String toString() {
    return isWhole() ? file : file + ":" + line + ":" + column;
  }
}
