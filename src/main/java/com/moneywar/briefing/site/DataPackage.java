package com.moneywar.briefing.site;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.RawTable;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data downloads: every fact table of the project as CSV (UTF-8 with a byte-order mark, so that
 * spreadsheet programs read the Korean) and as JSON, under {@code data/}, with a
 * {@code datapackage.json} (a Frictionless Tabular Data Package) that describes each table's
 * columns, their types, its key and the links between tables.
 */
final class DataPackage {
  /** The folder under the output that holds the downloads. */
  static final String FOLDER = "data/";
  static final String DESCRIPTOR = FOLDER + "datapackage.json";
  private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private static final Set<String> NUMBERS = Set.of("amount", "amount_high", "alt_amount", "rate", "percent",
      "capacity");
  private static final Set<String> INTEGERS = Set.of("approx_digits");
  private static final Set<String> DATES = Set.of("date", "published", "founded", "accessed", "closed");
  private static final String PARTIAL_DATE = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

  /** A column that names one row of a table: its column, the table it points into. */
  private record Link(String column, DataFile target) {}

  /**
   * The single-valued links of docs/data-format.md §4, table by table. Columns that hold several
   * ids ({@code sources}, {@code lead}, {@code participants}) and {@code fx} (which may be
   * {@code none}) are not foreign keys in the Table Schema sense and are described in words.
   */
  private static final Map<DataFile, List<Link>> LINKS = Map.of(
      DataFile.SOURCES, List.of(new Link("cited_by", DataFile.SOURCES)),
      DataFile.COMPANIES, List.of(new Link("parent", DataFile.COMPANIES), new Link("source", DataFile.SOURCES)),
      DataFile.EXCHANGE_RATES, List.of(new Link("source", DataFile.SOURCES)),
      DataFile.INVESTMENTS, List.of(new Link("investor", DataFile.COMPANIES), new Link("investee", DataFile.COMPANIES),
          new Link("part_of", DataFile.INVESTMENTS), new Link("replaces", DataFile.INVESTMENTS),
          new Link("round", DataFile.ROUNDS), new Link("closed_as", DataFile.INVESTMENTS), new Link("source", DataFile.SOURCES),
          new Link("alt_source", DataFile.SOURCES)),
      DataFile.VALUATIONS, List.of(new Link("company", DataFile.COMPANIES), new Link("source", DataFile.SOURCES),
          new Link("alt_source", DataFile.SOURCES)),
      DataFile.TALENT_OFFERS, List.of(new Link("employer", DataFile.COMPANIES), new Link("source", DataFile.SOURCES),
          new Link("alt_source", DataFile.SOURCES)),
      DataFile.ROUNDS, List.of(new Link("investee", DataFile.COMPANIES), new Link("valuation", DataFile.VALUATIONS),
          new Link("closed_as", DataFile.ROUNDS), new Link("included_in", DataFile.ROUNDS),
          new Link("source", DataFile.SOURCES)),
      DataFile.FLOWS, List.of(new Link("from", DataFile.COMPANIES), new Link("to", DataFile.COMPANIES),
          new Link("closed_as", DataFile.FLOWS),
          new Link("source", DataFile.SOURCES), new Link("alt_source", DataFile.SOURCES)),
      DataFile.SPENDING, List.of(new Link("company", DataFile.COMPANIES), new Link("replaces", DataFile.SPENDING),
          new Link("part_of", DataFile.SPENDING),
          new Link("source", DataFile.SOURCES), new Link("alt_source", DataFile.SOURCES)));

  /**
   * Columns whose values are a closed set, table by table, with their values (the codes the loader
   * accepts), described as an {@code enum} constraint.
   */
  private static final Map<DataFile, Map<String, List<String>>> ENUMS = Map.of(
      DataFile.TALENT_OFFERS, Map.of("status", java.util.Arrays.stream(com.moneywar.briefing.model.OfferStatus.values())
          .map(com.moneywar.briefing.model.OfferStatus::code).toList()),
      DataFile.EXCHANGE_RATES, Map.of("basis", java.util.Arrays.stream(com.moneywar.briefing.model.RateBasis.values())
          .map(com.moneywar.briefing.model.RateBasis::code).toList()),
      DataFile.FLOWS, Map.of("paid", java.util.Arrays.stream(com.moneywar.briefing.model.Payment.values())
          .map(com.moneywar.briefing.model.Payment::code).filter(c -> !c.isEmpty()).toList(),
          "percent_bound", List.of("exact", "about", "up-to", "at-least", "more-than", "less-than"),
          "capacity_bound", List.of("exact", "about", "up-to", "at-least", "more-than", "less-than"),
          "capacity_unit", java.util.Arrays.stream(com.moneywar.briefing.model.CapacityUnit.values())
              .map(com.moneywar.briefing.model.CapacityUnit::code).toList()),
      DataFile.ROUNDS, Map.of("status", java.util.Arrays.stream(com.moneywar.briefing.model.RoundStatus.values())
          .map(com.moneywar.briefing.model.RoundStatus::code).toList()),
      DataFile.SPENDING, Map.of(
          "kind", java.util.Arrays.stream(com.moneywar.briefing.model.SpendingKind.values())
              .map(com.moneywar.briefing.model.SpendingKind::code).toList(),
          "status", java.util.Arrays.stream(com.moneywar.briefing.model.SpendingStatus.values())
              .map(com.moneywar.briefing.model.SpendingStatus::code).toList()));

  /** The forms of a spending row's period: 2025, 2025-Q3, FY2025, FY2025-Q1, 2025-2028. */
  private static final String PERIOD = "^(FY[0-9]{4}(-Q[1-4])?|[0-9]{4}(-Q[1-4]|-[0-9]{4})?)$";

  private final List<RawTable> tables;

  DataPackage(List<RawTable> tables) {
    this.tables = List.copyOf(tables);
  }

  boolean hasTables() {
    return !tables.isEmpty();
  }

  boolean has(DataFile file) {
    return tables.stream().anyMatch(t -> t.file() == file);
  }

  static String csvPath(DataFile file) {
    return FOLDER + name(file) + ".csv";
  }

  static String jsonPath(DataFile file) {
    return FOLDER + name(file) + ".json";
  }

  /** Every download, by its path under the output: the tables as CSV and JSON, and the descriptor. */
  Map<String, byte[]> files(String title, URI home) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (RawTable table : tables) {
      files.put(csvPath(table.file()), csv(table));
      files.put(jsonPath(table.file()), json(table));
    }
    files.put(DESCRIPTOR, descriptor(title, home));
    return files;
  }

  static byte[] csv(RawTable table) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(table.header());
    rows.addAll(table.rows());
    return CsvTableWriter.write(rows);
  }

  /** The rows as an array of objects, column by column: numbers as JSON numbers, empty cells as null. */
  static byte[] json(RawTable table) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<String> row : table.rows()) {
      Map<String, Object> object = new LinkedHashMap<>();
      for (int i = 0; i < table.header().size(); i++) {
        String column = table.header().get(i);
        String cell = i < row.size() ? row.get(i) : "";
        object.put(column, cell.isEmpty() ? null : typed(column, cell));
      }
      rows.add(object);
    }
    return (JSON.writeValueAsString(rows) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static Object typed(String column, String cell) {
    if (NUMBERS.contains(column)) {
      return new BigDecimal(cell);
    }
    if (INTEGERS.contains(column)) {
      return Integer.valueOf(cell);
    }
    return cell;
  }

  private byte[] descriptor(String title, URI home) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("profile", "tabular-data-package");
    d.put("name", packageName(home));
    d.put("title", title);
    d.put("homepage", home.toString());
    List<Map<String, Object>> resources = new ArrayList<>();
    for (RawTable table : tables) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("profile", "tabular-data-resource");
      r.put("name", table.name());
      r.put("path", table.name() + ".csv");
      r.put("format", "csv");
      r.put("mediatype", "text/csv");
      r.put("encoding", "utf-8");
      r.put("dialect", ordered("delimiter", ",", "lineTerminator", "\r\n", "quoteChar", "\"", "doubleQuote", true,
          "header", true));
      r.put("schema", schema(table));
      resources.add(r);
    }
    d.put("resources", resources);
    return (JSON.writeValueAsString(d) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, Object> schema(RawTable table) {
    List<Map<String, Object>> fields = new ArrayList<>();
    for (String column : table.header()) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("name", column);
      if (NUMBERS.contains(column)) {
        f.put("type", "number");
      } else if (INTEGERS.contains(column)) {
        f.put("type", "integer");
      } else {
        f.put("type", "string");
        if (DATES.contains(column)) {
          f.put("description", "A date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD.");
          f.put("constraints", ordered("pattern", PARTIAL_DATE));
        }
      }
      if (column.equals("id")) {
        f.put("constraints", ordered("required", true, "unique", true));
      }
      List<String> values = ENUMS.getOrDefault(table.file(), Map.of()).get(column);
      if (values != null) {
        f.put("constraints", ordered("enum", values));
      }
      if (table.file() == DataFile.SPENDING && column.equals("period")) {
        f.put("description", "The period the amount covers: 2025 (a calendar year), 2025-Q3 (a quarter), FY2025"
            + " (a fiscal year, named by the year it ends in), FY2025-Q1 (a quarter of it), 2025-2028 (calendar years);"
            + " empty when no source states one.");
        f.put("constraints", ordered("pattern", PERIOD));
      }
      fields.add(f);
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("fields", fields);
    s.put("missingValues", List.of(""));
    if (table.header().contains("id")) {
      s.put("primaryKey", "id");
    }
    List<Map<String, Object>> keys = new ArrayList<>();
    for (Link link : LINKS.getOrDefault(table.file(), List.of())) {
      if (table.header().contains(link.column()) && has(link.target())) {
        keys.add(ordered("fields", link.column(), "reference",
            ordered("resource", link.target() == table.file() ? "" : name(link.target()), "fields", "id")));
      }
    }
    if (!keys.isEmpty()) {
      s.put("foreignKeys", keys);
    }
    return s;
  }

  /** A package name as the spec wants it (lower case, digits, {@code . _ - /}), from the site's address. */
  static String packageName(URI home) {
    String name = (home.getHost() + home.getPath()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-")
        .replaceAll("^-+|-+$", "");
    return name.isEmpty() ? "briefing" : name;
  }

  private static String name(DataFile file) {
    return file.tableName();
  }

  /** A map that keeps the order of its keys, so that the JSON is the same bytes every time. */
  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
