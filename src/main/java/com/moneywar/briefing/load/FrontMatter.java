package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code ---} delimited header of a Markdown text: {@code key: value} lines, each value kept
 * with the position of its key, and the line on which the body starts.
 */
record FrontMatter(Map<String, Cell> values, int bodyLine, String body) {
  FrontMatter {
    values = Map.copyOf(values);
  }

  /** Splits {@code text} of {@code file} into front matter and body; problems go to {@code problems}. */
  static FrontMatter parse(String file, String text, List<Problem> problems) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      problems.add(new Problem(SourcePos.startOf(file),
          "expected front matter starting with a line '---', found '" + (lines.length == 0 ? "" : abbreviate(lines[0])) + "'"));
      return new FrontMatter(Map.of(), 1, text);
    }
    Map<String, Cell> values = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.strip().equals("---")) {
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(i + 1, lines.length));
        return new FrontMatter(values, i + 2, body);
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      SourcePos pos = new SourcePos(file, i + 1, 1);
      if (colon <= 0) {
        problems.add(new Problem(pos, "expected 'key: value' in the front matter, found '" + abbreviate(line) + "'"));
        continue;
      }
      String key = line.substring(0, colon).strip();
      String value = unquote(line.substring(colon + 1).strip());
      int valueColumn = colon + 2 + (line.length() - colon - 1 - line.substring(colon + 1).stripLeading().length());
      if (values.containsKey(key)) {
        problems.add(new Problem(pos, "expected each front matter key once, found '" + key + "' again"));
        continue;
      }
      values.put(key, new Cell(value, new SourcePos(file, i + 1, Math.max(1, valueColumn))));
    }
    problems.add(new Problem(SourcePos.startOf(file),
        "expected a closing '---' line after the front matter, found the end of the file"));
    return new FrontMatter(values, lines.length + 1, "");
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\"")) || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  private static String abbreviate(String line) {
    return line.length() > 40 ? line.substring(0, 40) + "…" : line;
  }
}
