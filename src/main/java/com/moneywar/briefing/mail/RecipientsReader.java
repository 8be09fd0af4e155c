package com.moneywar.briefing.mail;

import com.moneywar.briefing.load.CsvRecords;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the recipients file: RFC 4180 CSV in UTF-8 with the header {@code email,language,name}
 * ({@code name} optional, columns in any order). Every problem of the file is reported at once,
 * each at its line and column; a file with any problem gives no readers, so nothing is sent.
 * Thread-safe.
 */
public final class RecipientsReader {
  static final List<String> COLUMNS = List.of("email", "language", "name");
  private static final int MAX_PROBLEMS = 50;
  /** One @, a dot in the domain, nothing a person would not type in an address. */
  private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>(),;:\"\\[\\]]+@[^@\\s<>(),;:\"\\[\\]]+\\.[^@\\s<>(),;:\"\\[\\]]+");

  private record Cell(String text, SourcePos pos) {}

  /**
   * The readers of {@code bytes}, read from the file called {@code file} in messages, each in one of
   * {@code languages}.
   */
  public Result<List<Recipient>> read(String file, byte[] bytes, List<Lang> languages) {
    List<Problem> problems = new ArrayList<>();
    if (!isUtf8(bytes)) {
      return Result.failed(List.of(new Problem(SourcePos.startOf(file),
          "expected UTF-8 text, found bytes that are not UTF-8 (save the file as UTF-8)")));
    }
    List<List<Cell>> records = records(file, bytes, problems);
    records.removeIf(r -> r.isEmpty() || (r.size() == 1 && r.get(0).text().isEmpty()));
    if (!problems.isEmpty()) {
      return Result.failed(problems);
    }
    if (records.isEmpty()) {
      return Result.failed(List.of(new Problem(SourcePos.startOf(file),
          "expected a header row (email,language,name), found an empty file")));
    }
    List<Cell> header = records.get(0);
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Cell cell = header.get(i);
      String name = cell.text().strip();
      if (!COLUMNS.contains(name)) {
        problems.add(new Problem(cell.pos(), "expected one of the columns email, language, name, found '" + name + "'"));
      } else if (columns.putIfAbsent(name, i) != null) {
        problems.add(new Problem(cell.pos(), "expected each column once, found '" + name + "' again"));
      }
    }
    for (String required : List.of("email", "language")) {
      if (!columns.containsKey(required)) {
        problems.add(new Problem(header.get(header.size() - 1).pos(),
            "expected a column '" + required + "' in the header, found none"));
      }
    }
    if (!problems.isEmpty()) {
      return Result.failed(problems);
    }
    String codes = languages.stream().map(Lang::code).collect(Collectors.joining(", "));
    List<Recipient> readers = new ArrayList<>();
    Map<String, SourcePos> seen = new HashMap<>();
    for (List<Cell> row : records.subList(1, records.size())) {
      if (row.size() != header.size()) {
        Cell at = row.size() > header.size() ? row.get(header.size()) : row.get(row.size() - 1);
        problems.add(new Problem(at.pos(), "expected " + header.size() + " cells as in the header, found " + row.size()));
        continue;
      }
      Cell email = row.get(columns.get("email"));
      Cell language = row.get(columns.get("language"));
      String name = columns.containsKey("name") ? row.get(columns.get("name")).text().strip() : "";
      String address = email.text().strip();
      boolean ok = true;
      if (!isAddress(address)) {
        problems.add(new Problem(email.pos(), "expected an e-mail address such as reader@example.org, found "
            + found(email.text())));
        ok = false;
      }
      String code = language.text().strip();
      var lang = Lang.ofCode(code).filter(languages::contains);
      if (lang.isEmpty()) {
        problems.add(new Problem(language.pos(), "expected a language of the project (" + codes + "), found "
            + found(language.text())));
        ok = false;
      }
      if (!ok) {
        continue;
      }
      Recipient reader = new Recipient(address, lang.get(), name, new SourcePos(file, email.pos().line(), 1));
      SourcePos first = seen.putIfAbsent(reader.key(), email.pos());
      if (first != null) {
        problems.add(new Problem(email.pos(), "expected each address once, found '" + address
            + "' again (first on line " + first.line() + ")"));
        continue;
      }
      readers.add(reader);
    }
    if (problems.size() > MAX_PROBLEMS) {
      int more = problems.size() - MAX_PROBLEMS;
      Problem last = problems.get(MAX_PROBLEMS);
      problems.subList(MAX_PROBLEMS, problems.size()).clear();
      problems.add(new Problem(last.pos(), "… and " + more + " more problems in this file, not shown; fix the ones above first"));
    }
    return Result.of(readers, problems);
  }

  private static String found(String cell) {
    return cell.isBlank() ? "an empty cell" : "'" + cell + "'";
  }

  /** An address a mail server takes: the common form, and strict RFC 822 syntax to the mail library. */
  static boolean isAddress(String address) {
    if (!ADDRESS.matcher(address).matches()) {
      return false;
    }
    try {
      new InternetAddress(address, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }

  private static List<List<Cell>> records(String file, byte[] bytes, List<Problem> problems) {
    List<List<Cell>> records = new ArrayList<>();
    for (List<CsvRecords.Field> record : CsvRecords.read(file, bytes, problems)) {
      List<Cell> cells = new ArrayList<>();
      record.forEach(f -> cells.add(new Cell(f.text(), f.pos())));
      records.add(cells);
    }
    return records;
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
