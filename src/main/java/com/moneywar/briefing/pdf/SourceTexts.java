package com.moneywar.briefing.pdf;

import com.moneywar.briefing.model.SourcePos;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The project's text files (Markdown, CSV, config, templates), by their path relative to the
 * project, searched in the order given. By the time text reaches the PDF it has lost its origin;
 * finding it again in these files lets a PDF problem (a character the font lacks, an image from
 * elsewhere) point at the file, line and column the user has to edit.
 */
public record SourceTexts(Map<String, String> files) {
  public SourceTexts {
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  public static SourceTexts none() {
    return new SourceTexts(Map.of());
  }

  /** Where {@code needle} first occurs: 1-based line, and column counted in characters (code points). */
  public Optional<SourcePos> find(String needle) {
    if (needle.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      String text = file.getValue();
      int at = text.indexOf(needle);
      if (at >= 0) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int line = 1 + (int) text.substring(0, lineStart).chars().filter(c -> c == '\n').count();
        int column = 1 + text.codePointCount(lineStart, at);
        return Optional.of(new SourcePos(file.getKey(), line, column));
      }
    }
    return Optional.empty();
  }
}
