package com.moneywar.briefing.load;

import com.moneywar.briefing.model.SourcePos;

/**
 * One CSV cell's text and where it starts.
 *
 * @param quoted whether the cell is written in double quotes, so its text starts one column later
 */
record Cell(String text, SourcePos pos, boolean quoted) {
  Cell(String text, SourcePos pos) {
    this(text, pos, false);
  }

  boolean isBlank() {
    return text.isBlank();
  }

  /** The position of the character at {@code offset} in {@link #text()}, for errors inside a cell. */
  SourcePos at(int offset) {
    String before = text.substring(0, Math.min(offset, text.length()));
    int newline = before.lastIndexOf('\n');
    if (newline < 0) {
      return new SourcePos(pos.file(), pos.line(), pos.column() + (quoted ? 1 : 0) + offset);
    }
    int lines = (int) before.chars().filter(c -> c == '\n').count();
    return new SourcePos(pos.file(), pos.line() + lines, offset - newline);
  }
}
