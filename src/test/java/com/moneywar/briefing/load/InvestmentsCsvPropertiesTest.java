package com.moneywar.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The loader's contract on {@code data/investments.csv}, over generated files of good rows with bad
 * ones mixed in (bad quoting, bad numbers and dates, bad ids, unknown kinds, wrong cell counts, huge
 * cells), a byte order mark, CRLF or CR line ends, and now and then a wrong header: it never throws;
 * every problem points inside the file (line 1 to the file's last line, column 1 to one past that
 * line's end); every bad row is reported on its own line; and every good row comes back, even after
 * a quote left open (the reader resumes on the next line), unless the header is wrong, which is then
 * reported.
 */
class InvestmentsCsvPropertiesTest {
  private static final String FILE = InvestmentRows.FILE;
  private static final String HEADER =
      "id,investor,investee,kind,part_of,amount,currency,bound,status,date,source,fx,approx_digits,note_ko,note_en";

  /** One generated line: its text, and whether it is a good row (then its id comes back) or a bad one. */
  record Line(String text, boolean good, String id) {}

  @Property(tries = 300)
  void goodRowsComeBackAndEveryProblemPointsInsideTheFile(
      @ForAll("rows") List<Line> rows, @ForAll("headers") String header, @ForAll("lineEnds") String lineEnd,
      @ForAll boolean bom) {
    StringBuilder text = new StringBuilder(bom ? "\uFEFF" : "").append(header);
    for (Line row : rows) {
      text.append(lineEnd).append(row.text());
    }
    if (rows.size() % 2 == 0) {
      text.append(lineEnd); // with and without a line end after the last row
    }
    String csv = text.toString();
    List<Problem> problems = new ArrayList<>();
    List<Investment> loaded =
        new ProjectLoader().table(FILE, csv.getBytes(StandardCharsets.UTF_8), new InvestmentRows(), problems, new HashMap<>());

    String[] lines = csv.split("\r\n|\r|\n", -1); // CSV ends a line at CR, LF or CRLF
    for (Problem p : problems) {
      assertThat(p.pos().file()).isEqualTo(FILE);
      assertThat(p.pos().line()).as(p.toString()).isBetween(1, lines.length);
      int length = lines[p.pos().line() - 1].codePointCount(0, lines[p.pos().line() - 1].length());
      assertThat(p.pos().column()).as(p.toString()).isBetween(1, length + 1);
      assertThat(p.message()).isNotBlank();
    }

    if (!header.equals(HEADER)) {
      assertThat(problems).as("a wrong header is reported").isNotEmpty();
      return;
    }
    Set<String> expected = rows.stream().filter(Line::good).map(Line::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> got = loaded.stream().map(Investment::id).collect(Collectors.toCollection(TreeSet::new));
    assertThat(got)
        .as("good rows of\n%s\nproblems %s", csv, problems).isEqualTo(expected);
    int first = 2; // a row's lines: from first to last (a quoted cell may hold line ends)
    for (Line row : rows) {
      int from = first;
      int to = from + (int) row.text().chars().filter(c -> c == '\n').count();
      if (!row.good()) {
        // Or, when every row has the same cells too many, once at the header, which then lacks a
        // column (the rows are not blamed one by one for what the header misses).
        assertThat(problems).as("a problem on lines %d-%d (%s)", from, to, row.text())
            .anyMatch(p -> p.pos().line() >= from && p.pos().line() <= to
                || p.pos().line() == 1 && p.message().startsWith("expected a header naming every column of its rows"));
      }
      first = to + 1;
    }
  }

  @Provide
  Arbitrary<String> lineEnds() {
    return Arbitraries.of("\n", "\r\n", "\r");
  }

  @Provide
  Arbitrary<String> headers() {
    return Arbitraries.frequency(
        Tuple.of(8, HEADER),
        Tuple.of(1, HEADER.replace("amount,", "")), // missing column
        Tuple.of(1, HEADER.replace("investee", "investe")), // misspelt
        Tuple.of(1, HEADER + ",id")); // duplicate
  }

  /** Up to 12 rows; ids are unique, and a bad row corrupts exactly one thing. */
  @Provide
  Arbitrary<List<Line>> rows() {
    return Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false))
        .flatMap(good -> good ? goodRow() : badRow())
        .list().ofMaxSize(12)
        .map(InvestmentsCsvPropertiesTest::numbered);
  }

  /** Replaces the {@code ID} placeholder with row-1, row-2, … so ids are unique. */
  private static List<Line> numbered(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String id = "row-" + (i + 1);
      out.add(new Line(lines.get(i).text().replace("ID", id), lines.get(i).good(), id));
    }
    return out;
  }

  private static Arbitrary<String[]> goodCells() {
    Arbitrary<String> amount = Arbitraries.oneOf(
        Arbitraries.bigIntegers().between(java.math.BigInteger.ZERO, java.math.BigInteger.TEN.pow(15)).map(Object::toString),
        Arbitraries.of("0", "1.5", "2750000000", "0.000001"));
    Arbitrary<String> date = Arbitraries.of("2024", "2023-09", "2024-03-27", "2024-02-29");
    Arbitrary<String> note = Arbitraries.of("", "약속", "\"쉼표, 있음\"", "\"줄\n바꿈\"", "\"인용 \"\"부호\"\"\"",
        "plain note", "\"" + "긴 글".repeat(20_000) + "\"");
    Arbitrary<String> kind = Arbitraries.of("commitment", "single");
    return Combinators.combine(kind, amount, Arbitraries.of("USD", "KRW", "EUR", "CHF"),
            Arbitraries.of("exact", "up-to", "about"), Arbitraries.of("announced", "planned", "invested"), date,
            Arbitraries.of("", "3", "6"), Combinators.combine(note, note).as((a, b) -> new String[] {a, b}))
        .as((k, a, c, b, s, d, digits, notes) -> new String[] {
          "ID", "amazon", "anthropic", k, "", a, c, b, s, d, "seed-2024-03-28", "usd-krw", digits, notes[0], notes[1]});
  }

  private static Arbitrary<Line> goodRow() {
    return goodCells().map(cells -> new Line(String.join(",", cells), true, ""));
  }

  private static Arbitrary<Line> badRow() {
    Arbitrary<Tuple.Tuple2<Integer, String>> corruption = Arbitraries.of(
        Tuple.of(5, "\"12,3x\""), Tuple.of(5, "12.3x"), Tuple.of(5, "-5"), Tuple.of(5, ""), Tuple.of(5, "1e9"), Tuple.of(5, "\"2,750,000,000\""),
        Tuple.of(9, "2024-13"), Tuple.of(9, "2024-02-30"), Tuple.of(9, "yesterday"), Tuple.of(9, ""),
        Tuple.of(0, "Bad ID"), Tuple.of(0, ""), Tuple.of(1, "Amazon!"), Tuple.of(3, "grant"),
        Tuple.of(3, "tranche"), Tuple.of(6, "XYZ1"), Tuple.of(7, "maybe"), Tuple.of(12, "seven"), Tuple.of(12, "9"));
    Arbitrary<Line> badCell = Combinators.combine(goodCells(), corruption).as((cells, c) -> {
      cells[c.get1()] = c.get2();
      return new Line(String.join(",", cells), false, "");
    });
    Arbitrary<Line> badShape = goodCells().flatMap(cells -> Arbitraries.of(
        new Line(String.join(",", cells) + ",extra", false, ""),
        new Line(String.join(",", java.util.Arrays.copyOf(cells, 10)), false, "")));
    // An unclosed quote runs on to the next quote of a later row, or to the end of the file: the row is
    // reported at its quote, and the rows after it are still read.
    Arbitrary<Line> badQuote = goodCells().map(cells -> {
      cells[13] = "\"oops";
      return new Line(String.join(",", cells), false, "");
    });
    return Arbitraries.frequencyOf(Tuple.of(6, badCell), Tuple.of(2, badShape), Tuple.of(1, badQuote));
  }
}
