package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an RFC 4180 CSV file (UTF-8, optional BOM, LF or CRLF) into rows keyed by header name,
 * checking the header against the expected columns. Every cell keeps its line and column so later
 * checks can point at it. Thread-safe.
 */
final class CsvTableReader {

  /** Reads {@code bytes} of {@code file}; structural problems go to {@code problems}. */
  CsvTable read(String file, byte[] bytes, TableSpec spec, List<Problem> problems) {
    if (!isUtf8(file, bytes, problems)) {
      return new CsvTable(file, List.of());
    }
    CsvRecords.Records read = CsvRecords.parse(file, bytes, problems);
    List<List<Cell>> records = new ArrayList<>();
    for (List<CsvRecords.Field> record : read.records()) {
      List<Cell> cells = new ArrayList<>();
      record.forEach(f -> cells.add(new Cell(f.text(), f.pos(), f.quoted())));
      records.add(cells);
    }
    return toTable(file, records, read.malformed(), spec, problems);
  }

  private static CsvTable toTable(
      String file, List<List<Cell>> records, List<CsvRecords.Malformed> malformed, TableSpec spec,
      List<Problem> problems) {
    List<List<Cell>> nonEmpty = records.stream().filter(r -> !isEmptyLine(r)).toList();
    if (!malformed.isEmpty()
        && (nonEmpty.isEmpty() || malformed.get(0).start().line() < nonEmpty.get(0).get(0).pos().line())) {
      return new CsvTable(file, List.of(), List.of(Origins.WHOLE_TABLE)); // the header itself is malformed
    }
    if (nonEmpty.isEmpty()) {
      problems.add(
          new Problem(
              SourcePos.startOf(file),
              "expected a header row (" + String.join(",", spec.columnNames()) + "), found an empty file"));
      return new CsvTable(file, List.of());
    }
    List<Cell> header = nonEmpty.get(0);
    int before = problems.size();
    List<String> names = checkHeader(header, spec, problems);
    boolean missingRequired = problems.subList(before, problems.size()).stream()
        .anyMatch(p -> p.message().startsWith("expected a column"));
    if (missingRequired) {
      // No row is read (each would repeat the header's problem), but a row's own shape is reported
      // now, with the header: a new user's split amount showed only on the run after the header's fix.
      // Rows of the size most rows have are of the header's making (its missing column): each would
      // repeat the header's problem, and hints drawn from their shifted cells mislead (a new user's
      // spending.csv without 'bound' had every note blamed for a comma it did not have).
      List<List<Cell>> data = nonEmpty.subList(1, nonEmpty.size());
      int usual = data.stream().collect(java.util.stream.Collectors.groupingBy(List::size,
              java.util.stream.Collectors.counting()))
          .entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()).map(Map.Entry::getKey).orElse(-1);
      for (List<Cell> record : data) {
        if (record.size() != header.size() && (record.size() != usual || data.size() == 1)) {
          problems.add(wrongCellCount(record, header, names));
        }
      }
      return new CsvTable(file, List.of());
    }
    Optional<ShortHeader> shortHeader = headerLacksColumns(header, nonEmpty.subList(1, nonEmpty.size()), names, spec);
    shortHeader.ifPresent(h -> problems.add(h.problem()));
    List<CsvRow> rows = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    int idColumn = names.indexOf("id");
    for (CsvRecords.Malformed record : malformed) {
      // A row left out as malformed is not reported again where it is referred to; when its id
      // cannot be told, no reference into the table is.
      broken.add(idColumn >= 0 && idColumn < record.fieldsBefore().size()
          ? record.fieldsBefore().get(idColumn).text().strip()
          : Origins.WHOLE_TABLE);
    }
    for (List<Cell> record : nonEmpty.subList(1, nonEmpty.size())) {
      SourcePos rowPos = record.get(0).pos();
      if (record.size() != header.size()) {
        if (idColumn >= 0 && idColumn < record.size()) {
          broken.add(record.get(idColumn).text().strip());
        }
        if (shortHeader.filter(h -> h.rowSize() == record.size()).isEmpty()) {
          problems.add(wrongCellCount(record, header, names));
        }
        continue;
      }
      Map<String, Cell> cells = new LinkedHashMap<>();
      for (int i = 0; i < record.size(); i++) {
        String name = names.get(i);
        if (name != null) {
          cells.put(name, record.get(i));
        }
      }
      rows.add(new CsvRow(new SourcePos(file, rowPos.line(), 1), cells));
    }
    return new CsvTable(file, rows, broken);
  }

  /**
   * The header's own problem when its rows have more cells than it names, and it leaves out optional
   * columns the rows may hold: a column taken out of the header
   * alone (a new user deleted {@code basis,} from the header of valuations.csv and read "expected 17
   * cells as in the header, found 18" on every row, at its end). Reported once, at the header's end,
   * when at least two rows and half of them have the same number of cells, more than the header names
   * (the others may fit the header, as a row the user also cut); empty when there is one such row, or
   * they differ from one another (then each row's own cells are the problem).
   */
  private static Optional<ShortHeader> headerLacksColumns(List<Cell> header, List<List<Cell>> rows,
      List<String> names, TableSpec spec) {
    List<List<Cell>> longer = rows.stream().filter(r -> r.size() != header.size()).toList();
    // One row alone may be the one in the wrong: it is reported as itself; so are rows of several shapes.
    if (longer.size() < 2 || 2 * longer.size() < rows.size()
        || longer.stream().anyMatch(r -> r.size() != longer.get(0).size()) || longer.get(0).size() <= header.size()) {
      return Optional.empty();
    }
    int size = longer.get(0).size();
    int missing = size - header.size();
    // Cells too many that a row's own text explains (a number with commas, or prose with a comma and
    // a space after it, not quoted) are that row's problem.
    if (longer.stream().anyMatch(r -> SplitNumber.find(r, missing).isPresent()
        || r.stream().skip(1).anyMatch(c -> !c.quoted() && c.text().startsWith(" ")))) {
      return Optional.empty();
    }
    List<String> absent = spec.columns().stream().filter(c -> !c.required() && !names.contains(c.name()))
        .map(c -> "'" + c.name() + "'").toList();
    if (absent.size() < missing) {
      return Optional.empty();
    }
    Cell last = header.get(header.size() - 1);
    SourcePos end = new SourcePos(last.pos().file(), last.pos().line(), last.pos().column() + last.text().length());
    String which = longer.size() == rows.size() ? "each of its " + rows.size() + " rows"
        : longer.size() + " of its " + rows.size() + " rows";
    return Optional.of(new ShortHeader(new Problem(end, "expected a header naming every column of its rows, found "
        + header.size() + " columns in the header and " + size + " cells in " + which + ": the header lacks "
        + (missing == 1 ? "a column" : missing + " columns") + " (of the optional ones, it has none of "
        + String.join(", ", absent) + "); add " + (missing == 1 ? "its name" : "their names") + " to the header where "
        + (missing == 1 ? "its cells stand" : "their cells stand") + " in the rows"), size));
  }

  /** A header that lacks columns, and the number of cells of the rows that show it (not reported one by one). */
  private record ShortHeader(Problem problem, int rowSize) {}

  /**
   * A row with more or fewer cells than its header, reported at the cells that are too many, with
   * what made them when it can be told: a number with thousands separators, or a text with a comma,
   * without quotes.
   */
  private static Problem wrongCellCount(List<Cell> record, List<Cell> header, List<String> names) {
    SourcePos at = record.size() > header.size() ? record.get(header.size()).pos() : record.get(record.size() - 1).pos();
    Optional<SplitNumber> split = record.size() > header.size()
        ? SplitNumber.find(record, record.size() - header.size()) : Optional.empty();
    Optional<Integer> text = split.isPresent() || record.size() < header.size() ? Optional.empty()
        : unquotedText(record, names);
    Optional<Integer> gap = record.size() == header.size() - 1 ? missingCell(record, names) : Optional.empty();
    return new Problem(
        split.map(s -> record.get(s.first()).pos()).or(() -> text.map(i -> record.get(i).pos()))
            .or(() -> gap.map(i -> record.get(i).pos())).orElse(at),
        "expected " + header.size() + " cells as in the header, found " + record.size()
            + split.map(s -> s.hint(names)).orElse("")
            + gap.map(i -> "; a cell seems to be missing in column '" + names.get(i) + "' or before it: the cell there reads '"
                + record.get(i).text() + "', which fits '" + names.get(i + 1) + "', the column after it").orElse("")
            + text.map(i -> "; a text with a comma in it must be in double quotes, the whole cell: the first text of"
                + " this row without them is in column '" + names.get(i) + "', '" + record.get(i).text() + "'; write it "
                + quotedAgain(record, i, record.size() - header.size())).orElse(""));
  }

  /**
   * In a row one cell short, the first cell that does not fit its column but fits the next one (a
   * date in {@code bound}, where {@code exact} was left out): the cells from there on stand one column
   * early. Only columns whose cells have a form are judged (dates, currencies, bounds, numbers); none
   * when no cell gives the gap away.
   */
  private static Optional<Integer> missingCell(List<Cell> record, List<String> names) {
    for (int i = 0; i + 1 < names.size() && i < record.size(); i++) {
      String cell = record.get(i).text().strip();
      if (!fits(names.get(i), cell) && fits(names.get(i + 1), cell)
          && form(names.get(i + 1)).isPresent()) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static final Pattern PARTIAL_DATE = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  private static final Pattern BOUND = Pattern.compile("exact|about|up-to|at-least|more-than|range|less-than");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  /**
   * A period in any table that has the column: a talent offer's {@code year} or {@code total}, a
   * chart's step, a spending row's years, fiscal years and quarters. A new user's talent row without
   * its period was blamed on the column of its currency, three cells later.
   */
  private static final Pattern PERIOD =
      Pattern.compile("year|total|quarter|month|(?:FY)?\\d{4}(?:-Q\\d)?|\\d{4}-\\d{4}");
  private static final Pattern CLAIM = Pattern.compile("confirmed|reported|estimated|claimed|disputed|denied");

  /** The form a column's cells take, for the columns that have one. */
  private static Optional<Pattern> form(String column) {
    if (column == null) {
      return Optional.empty(); // a cell past the header's last name
    }
    return Optional.ofNullable(switch (column) {
      case "date", "closed", "published", "accessed", "founded" -> PARTIAL_DATE;
      case "currency", "base", "quote" -> CURRENCY;
      case "bound", "alt_bound", "percent_bound", "capacity_bound" -> BOUND;
      case "amount", "amount_high", "alt_amount", "rate", "percent", "capacity", "approx_digits" -> DECIMAL;
      case "url" -> URL;
      case "period" -> PERIOD;
      case "claim" -> CLAIM;
      default -> null;
    });
  }

  /** Whether {@code cell} may stand in {@code column}: empty, or of its form, or any text where the column has none. */
  private static boolean fits(String column, String cell) {
    return cell.isEmpty() || form(column).map(f -> f.matcher(cell).matches()).orElse(true);
  }

  /**
   * The text its commas split from cell {@code first} on, joined again and quoted as the cell needs
   * it ({@code "Implied by the seed article, not an official fixing."}), shortened in the middle when long.
   */
  private static String quotedAgain(List<Cell> record, int first, int extra) {
    List<String> parts = new ArrayList<>();
    for (int i = first; i <= first + extra && i < record.size(); i++) {
      parts.add(record.get(i).text());
    }
    String whole = String.join(",", parts);
    if (whole.length() > 70) {
      whole = whole.substring(0, 40) + "…" + whole.substring(whole.length() - 25);
    }
    return "\"" + whole + "\"";
  }

  /**
   * The first cell of a text column (a name, a title, a note: {@code name_ko}, {@code title}, {@code
   * note_en}…) that holds words without quotes, in a row with more cells than its header: the commas of
   * such a text make the cells too many.
   */
  private static Optional<Integer> unquotedText(List<Cell> record, List<String> names) {
    // One comma too many: the text column whose cell, joined again with the next, puts every later
    // cell in a column it fits (a date under 'published', an address under 'url'). A new user's title
    // "…$1,5 bilhão" was blamed on the Korean outlet name before it.
    if (record.size() == names.size() + 1) {
      // Of the joins that line up, the one whose second piece starts as prose after a comma does (a
      // space): "Pay package for Ruoming Pang, head of …" in role_en was blamed on role_ko before it,
      // whose join with the English also lined up.
      Optional<Integer> first = Optional.empty();
      for (int i = 0; i < names.size(); i++) {
        if (textColumn(names.get(i)) && !record.get(i).quoted() && !record.get(i + 1).quoted()
            && lineUpAfterJoining(record, names, i)) {
          if (record.get(i + 1).text().startsWith(" ")) {
            return Optional.of(i);
          }
          first = first.isPresent() ? first : Optional.of(i);
        }
      }
      if (first.isPresent()) {
        return first;
      }
    }
    return unquotedTextByWords(record, names);
  }

  /** Whether, with cells {@code i} and {@code i + 1} joined, every later cell fits its column and one has a form. */
  private static boolean lineUpAfterJoining(List<Cell> record, List<String> names, int i) {
    boolean judged = false;
    for (int column = i + 1; column < names.size(); column++) {
      String cell = record.get(column + 1).text().strip();
      if (!fits(names.get(column), cell)) {
        return false;
      }
      judged |= !cell.isEmpty() && form(names.get(column)).isPresent();
    }
    return judged;
  }

  private static Optional<Integer> unquotedTextByWords(List<Cell> record, List<String> names) {
    // Prose puts a space after its comma ("IP, product"): the cell after the split starts with one.
    // Before the split the cells still stand in their columns, so the text is the cell before it (a
    // new user's comma in note_en was blamed on note_ko, the first unquoted text of the row).
    for (int i = 0; i + 1 < record.size() && i < names.size(); i++) {
      if (textColumn(names.get(i)) && !record.get(i).quoted() && !record.get(i + 1).quoted()
          && record.get(i + 1).text().startsWith(" ")) {
        return Optional.of(i);
      }
    }
    for (int i = 0; i < Math.min(names.size(), record.size()); i++) {
      String name = names.get(i);
      String cell = record.get(i).text();
      // Words, not an id or a number that the cells too many moved into the column.
      boolean words = cell.strip().contains(" ") || cell.chars().anyMatch(c -> c > 127);
      if (textColumn(name) && !record.get(i).quoted() && words) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** A column of words: a name, a title, a note ({@code name_ko}, {@code title}, {@code note_en}…). */
  private static boolean textColumn(String name) {
    return name != null && (name.endsWith("_ko") || name.endsWith("_en") || name.equals("title"));
  }

  /**
   * A number with thousands separators written without quotes ({@code 1,000,000,000}), which the
   * commas split into cells of a row ({@code 1}, {@code 000}, {@code 000}, {@code 000}): its first cell
   * and how many it took.
   */
  record SplitNumber(int first, int cells, String written) {
    private static final Pattern LEAD = Pattern.compile("\\d{1,3}");
    private static final Pattern GROUP = Pattern.compile("\\d{3}");
    private static final Pattern LAST = Pattern.compile("\\d{3}(?:\\.\\d+)?");

    /**
     * The first run of cells in {@code record} that reads as such a number, taking no more than {@code
     * extra} + 1 cells (the cells too many are what the commas made); none when no cell looks like one.
     */
    static Optional<SplitNumber> find(List<Cell> record, int extra) {
      for (int i = 0; i + 1 < record.size(); i++) {
        if (record.get(i).quoted() || !LEAD.matcher(record.get(i).text()).matches()) {
          continue;
        }
        int j = i + 1;
        while (j < record.size() && j - i <= extra && !record.get(j).quoted()
            && GROUP.matcher(record.get(j).text()).matches()) {
          j++;
        }
        if (j < record.size() && j - i <= extra && !record.get(j).quoted()
            && LAST.matcher(record.get(j).text()).matches()) {
          j++; // a decimal part after the last group: 1,000.5
        }
        if (j - i >= 2) {
          List<String> parts = record.subList(i, j).stream().map(Cell::text).toList();
          return Optional.of(new SplitNumber(i, j - i, String.join(",", parts)));
        }
      }
      return Optional.empty();
    }

    /** {@code "; the number 1,000 (column 'amount') …: 1000"}, naming the column the number starts in. */
    String hint(List<String> names) {
      String column = first < names.size() && names.get(first) != null ? " (column '" + names.get(first) + "')" : "";
      return "; the number " + written + column + " is split at its commas: a number with commas must be quoted or"
          + " written without them: " + written.replace(",", "");
    }
  }

  /** Maps each header cell to a known column name, or null for unknown and duplicate ones. */
  private static List<String> checkHeader(List<Cell> header, TableSpec spec, List<Problem> problems) {
    List<String> names = new ArrayList<>();
    Set<String> known = spec.columnNames();
    Map<String, Cell> seen = new HashMap<>();
    for (Cell cell : header) {
      String name = cell.text().strip();
      if (seen.containsKey(name)) {
        problems.add(
            new Problem(
                cell.pos(),
                "expected each column once, found '" + name + "' again (first at column "
                    + seen.get(name).pos().column() + ")"));
        names.add(null);
      } else if (!known.contains(name)) {
        String hint = com.moneywar.briefing.model.NearestName.hint(name, known);
        problems.add(
            new Problem(
                cell.pos(),
                "expected one of the columns " + String.join(", ", spec.columnNames())
                    + ", found '" + name + "'" + hint));
        names.add(null);
      } else {
        names.add(name);
      }
      seen.putIfAbsent(name, cell);
    }
    SourcePos headerEnd = header.get(header.size() - 1).pos();
    for (String required : spec.requiredColumns()) {
      if (!seen.containsKey(required)) {
        problems.add(
            new Problem(
                headerEnd, "expected a column '" + required + "' in the header, found none"));
      }
    }
    return names;
  }

  /** Whether the cell at {@code pos} opens with a double quote (Jackson points at the quote). */
  private static boolean isEmptyLine(List<Cell> record) {
    return record.isEmpty() || (record.size() == 1 && record.get(0).text().isEmpty());
  }

  /** Rejects bytes that are not UTF-8, naming the line and column of the first bad byte. */
  private static boolean isUtf8(String file, byte[] bytes, List<Problem> problems) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      decoder.decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      int bad = firstInvalidByte(bytes);
      String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      problems.add(
          new Problem(
              new SourcePos(file, line, column),
              String.format(
                  "expected UTF-8 text, found the byte 0x%02X that is not UTF-8 (save the file as UTF-8)",
                  bytes[bad] & 0xff)));
      return false;
    }
  }

  private static int firstInvalidByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

}
