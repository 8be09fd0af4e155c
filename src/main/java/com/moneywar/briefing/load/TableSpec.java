package com.moneywar.briefing.load;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The columns a CSV file may have, in documented order, and which of them it must have. */
record TableSpec(String file, List<Column> columns) {
  record Column(String name, boolean required) {}

  TableSpec {
    columns = List.copyOf(columns);
  }

  static Column required(String name) {
    return new Column(name, true);
  }

  static Column optional(String name) {
    return new Column(name, false);
  }

  Set<String> columnNames() {
    Set<String> names = new LinkedHashSet<>();
    columns.forEach(c -> names.add(c.name()));
    return names;
  }

  List<String> requiredColumns() {
    return columns.stream().filter(Column::required).map(Column::name).toList();
  }
}
