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
 *
 * <p>A leading byte-order mark is skipped and not counted in the columns. Jackson stops at the
 * first malformed record and says where it gave up (the end of the file, or lines after the
 * mistake), so when it does, the record it was reading is looked at again ({@link QuoteCheck}) to
 * report the mistake where the user has to fix it (the opening quote of a field that is never
 * closed, the character after a closing quote) in our words; the record is left out and Jackson
 * reads on from the line after the one the record starts on, so the other rows are still checked
 * in the same run.
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

  /**
   * A record left out as malformed (already reported): where it starts, and the fields read before
   * the malformed one, so that a table can tell which row (which id) it was.
   */
  public record Malformed(SourcePos start, List<Field> fieldsBefore) {
    public Malformed {
      fieldsBefore = List.copyOf(fieldsBefore);
    }
  }

  /** The well-formed records of a file, in order, and the malformed ones that were left out. */
  public record Records(List<List<Field>> records, List<Malformed> malformed) {
    public Records {
      records = List.copyOf(records);
      malformed = List.copyOf(malformed);
    }
  }

  /**
   * Every well-formed record of {@code bytes} (UTF-8) of {@code file}; each malformed one adds a
   * positioned problem and is left out.
   */
  public static List<List<Field>> read(String file, byte[] bytes, List<Problem> problems) {
    return parse(file, bytes, problems).records();
  }

  /** As {@link #read}, and says which records were left out as malformed. */
  public static Records parse(String file, byte[] bytes, List<Problem> problems) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    Lines lines = new Lines(text);
    List<List<Field>> records = new ArrayList<>();
    List<Malformed> malformed = new ArrayList<>();
    int fromLine = 1;
    while (fromLine <= lines.count()) {
      Run run = run(file, text.substring(lines.start(fromLine)), fromLine - 1, lines, records);
      if (run.failure() == null) {
        break;
      }
      // Jackson gave up inside the record that starts on run.startLine: say where it went wrong.
      int linesBefore = fromLine - 1;
      QuoteCheck.Finding finding = QuoteCheck.of(file, text, lines, run.startLine(), run.startColumn())
          .orElseGet(() -> new QuoteCheck.Finding(position(file, run.failure().getLocation(), linesBefore),
              "expected a well-formed CSV record (RFC 4180), found what the CSV parser calls: "
                  + run.failure().getOriginalMessage()));
      problems.add(new Problem(finding.at(), finding.message()));
      malformed.add(new Malformed(new SourcePos(file, run.startLine(), run.startColumn()), run.fieldsBefore()));
      fromLine = run.startLine() + 1;
    }
    return new Records(records, malformed);
  }

  /** How one Jackson run over the text from a line on ended: whole, or failing in a record. */
  private record Run(JacksonException failure, int startLine, int startColumn, List<Field> fieldsBefore) {}

  /**
   * Reads {@code text} (the file from line {@code linesBefore + 1} on) into {@code records}; on a
   * malformed record, stops and says where that record starts and what was read of it.
   */
  private static Run run(String file, String text, int linesBefore, Lines lines, List<List<Field>> records) {
    List<Field> current = null;
    int startLine = linesBefore + 1;
    int startColumn = 1;
    int lastEnd = linesBefore; // the line the last whole record ended on
    try (JsonParser parser = MAPPER.reader().with(CsvSchema.emptySchema()).createParser(text)) {
      JsonToken token;
      int depth = 0;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          depth++;
          if (depth == 2) {
            current = new ArrayList<>();
            startLine = lastEnd + 1;
            startColumn = 1;
          }
        } else if (token == JsonToken.END_ARRAY) {
          if (depth == 2 && current != null) {
            records.add(current);
            lastEnd = current.isEmpty() ? lastEnd + 1 : current.get(current.size() - 1).pos().line();
            current = null;
          }
          depth--;
        } else if (token == JsonToken.VALUE_STRING && current != null) {
          SourcePos pos = position(file, parser.currentTokenLocation(), linesBefore);
          if (current.isEmpty()) {
            startLine = pos.line();
            startColumn = pos.column();
          }
          current.add(new Field(parser.getString(), pos, lines.quoteAt(pos)));
        }
      }
      return new Run(null, 0, 0, List.of());
    } catch (JacksonException e) {
      return new Run(e, Math.max(startLine, linesBefore + 1), startColumn, current == null ? List.of() : current);
    }
  }

  static SourcePos position(String file, TokenStreamLocation at, int linesBefore) {
    if (at == null || at.getLineNr() < 1) {
      return new SourcePos(file, linesBefore + 1, 1);
    }
    return new SourcePos(file, linesBefore + at.getLineNr(), Math.max(1, at.getColumnNr()));
  }

  /** Where each line of a text starts; a line ends at LF, CRLF or CR, as Jackson counts them. */
  static final class Lines {
    private final String text;
    private final List<Integer> starts = new ArrayList<>();

    Lines(String text) {
      this.text = text;
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
          starts.add(i + 1);
        } else if (c == '\n' || c == '\r') {
          starts.add(i + 1);
        }
      }
    }

    int count() {
      return starts.get(starts.size() - 1) == text.length() ? starts.size() - 1 : starts.size();
    }

    /** The offset at which 1-based {@code line} starts. */
    int start(int line) {
      return starts.get(Math.min(line, starts.size()) - 1);
    }

    /** The 1-based line and column of an offset. */
    SourcePos at(String file, int offset) {
      int line = java.util.Collections.binarySearch(starts, offset);
      line = line >= 0 ? line + 1 : -line - 1;
      return new SourcePos(file, line, offset - start(line) + 1);
    }

    /** Whether the field at {@code pos} starts with a quote (its value was written in quotes). */
    boolean quoteAt(SourcePos pos) {
      int offset = start(pos.line()) + pos.column() - 1;
      return pos.line() <= starts.size() && offset < text.length() && text.charAt(offset) == '"';
    }
  }
}
