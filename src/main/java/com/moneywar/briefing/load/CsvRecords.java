package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The records of an RFC 4180 CSV file as Jackson reads them, each field with its 1-based line and
 * column and whether it was quoted: the one place that drives Jackson's CSV parser for every table
 * the tool reads (the project's tables, the e-mail's recipients). Thread-safe.
 */
public final class CsvRecords {
  private static final CsvMapper MAPPER =
      CsvMapper.builder()
          .enable(CsvReadFeature.WRAP_AS_ARRAY)
          .disable(CsvReadFeature.TRIM_SPACES)
          .disable(CsvReadFeature.ALLOW_COMMENTS)
          .disable(CsvReadFeature.SKIP_EMPTY_LINES)
          .disable(CsvReadFeature.ALLOW_TRAILING_COMMA)
          .build();

  private CsvRecords() {}

  /** One field: its text, where it starts, and whether it was written in quotes. */
  public record Field(String text, SourcePos pos, boolean quoted) {}

  /** Every record of {@code bytes} (UTF-8) of {@code file}; a malformed file adds a positioned problem. */
  public static List<List<Field>> read(String file, byte[] bytes, List<Problem> problems) {
    String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    List<List<Field>> records = new ArrayList<>();
    try (JsonParser parser = MAPPER.reader().with(CsvSchema.emptySchema()).createParser(bytes)) {
      List<Field> current = null;
      JsonToken token;
      int depth = 0;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 2) {
            current = new ArrayList<>();
          }
        } else if (token == JsonToken.END_ARRAY) {
          if (depth == 2 && current != null) {
            records.add(current);
          }
          depth--;
        } else if (token == JsonToken.VALUE_STRING && current != null) {
          SourcePos pos = position(file, parser.currentTokenLocation());
          current.add(new Field(parser.getString(), pos, startsWithQuote(lines, pos)));
        }
      }
    } catch (JacksonException e) {
      problems.add(new Problem(position(file, e.getLocation()), "malformed CSV: " + e.getOriginalMessage()));
    }
    return records;
  }

  private static boolean startsWithQuote(String[] lines, SourcePos pos) {
    if (pos.line() > lines.length) {
      return false;
    }
    String line = lines[pos.line() - 1];
    return pos.column() <= line.length() && line.charAt(pos.column() - 1) == '"';
  }

  static SourcePos position(String file, TokenStreamLocation at) {
    if (at == null || at.getLineNr() < 1) {
      return SourcePos.startOf(file);
    }
    return new SourcePos(file, at.getLineNr(), Math.max(1, at.getColumnNr()));
  }
}
