package com.moneywar.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.FactKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The index at the top of data-format.md, "Where each column is described", is where a new user looks a
 * column up: it must list every column the loader reads, in the loader's order, required ones in bold,
 * and nothing the loader refuses.
 */
class ColumnIndexDocTest {
  private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| [^|]+ \\| ([^|]+) \\|", Pattern.MULTILINE);
  private static final Pattern CELL = Pattern.compile("(\\*\\*)?`([a-z_]+)`(\\*\\*)?");

  @Test
  void theIndexListsEveryColumnOfEveryFileInOrderWithTheRequiredOnesInBold() throws IOException {
    Map<String, List<String>> documented = index();
    Map<String, List<String>> expected = new LinkedHashMap<>();
    expected.put(SourceRows.FILE, written(new SourceRows().spec().columns()));
    expected.put(CompanyRows.FILE, written(new CompanyRows().spec().columns()));
    expected.put(ExchangeRateRows.FILE, written(new ExchangeRateRows().spec().columns()));
    for (FactKind kind : FactKind.values()) {
      List<TableSpec.Column> own = new ArrayList<>(FactParsers.of(kind).spec().columns());
      own.removeAll(FactColumns.columns());
      own.removeIf(c -> c.name().equals("id"));
      expected.put(kind.file().path(), written(own));
    }
    expected.put(ChartRows.FILE, written(new ChartRows().spec().columns()));
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      assertThat(documented.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  void theSharedColumnsRowListsTheIdAndEveryColumnTheFactTablesShare() throws IOException {
    List<TableSpec.Column> shared = new ArrayList<>();
    shared.add(TableSpec.required("id"));
    shared.addAll(FactColumns.columns());
    assertThat(index().get("every fact table below")).isEqualTo(written(shared));
  }

  private static List<String> written(List<TableSpec.Column> columns) {
    return columns.stream().map(c -> c.required() ? "**`" + c.name() + "`**" : "`" + c.name() + "`").toList();
  }

  /** File (or row label) → its columns as the index writes them. */
  private static Map<String, List<String>> index() throws IOException {
    String docs = Files.readString(Path.of("docs/data-format.md"), StandardCharsets.UTF_8);
    String section = docs.split("## Where each column is described\n")[1].split("\n## ")[0];
    Map<String, List<String>> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(section.replace("| every fact table below |", "| `every fact table below` |"));
    while (row.find()) {
      List<String> cells = new ArrayList<>();
      Matcher cell = CELL.matcher(row.group(2));
      while (cell.find()) {
        cells.add(cell.group(1) != null && cell.group(3) != null ? "**`" + cell.group(2) + "`**" : "`" + cell.group(2) + "`");
      }
      rows.put(row.group(1), cells);
    }
    return rows;
  }
}
