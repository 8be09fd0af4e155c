package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the data pages (investments, valuations, talent) are split as the record grows: a page whose
 * rows fit one part ({@code data-page-rows}, 200 by default) is one page, newest first; a larger one
 * has one part per year of the page's facts, newest year first and the newest facts first within a year; a year
 * with more than {@code rowsPerPart} rows is cut into numbered parts, never inside a group (a
 * commitment and everything listed under it stay together, dated by the commitment). The first
 * part of the newest year lives at the page's own address ({@code investments.html}), so links to
 * the page keep working; the others at {@code investments/2023.html}, {@code investments/2023-2.html}.
 * Every row is on exactly one part. A page none of whose tables has a row is not made at all (nor
 * offered in the navigation: {@link #made}).
 *
 * <p>Read from the model alone, so that the pages, the headline figures, the e-mail edition and the
 * search index all link a row to the same part. Pure; thread-safe.
 */
final class DataPageSplit {
  /**
   * Rows per part at most. A row of the investments table is about 600 bytes of HTML, so a part
   * stays well under 200 KB (which {@code DataPagePartsIT} checks at 250 editions).
   */
  static final int ROWS_PER_PART = com.moneywar.briefing.model.BriefingConfig.DEFAULT_DATA_PAGE_ROWS;

  /** The data pages, in navigation order. */
  static final List<String> PAGES = List.of("investments", "valuations", "talent");

  private DataPageSplit() {}

  /**
   * One part of a page: its path under the language folder, its year (empty for a page without
   * facts), its number within the year and how many parts the year has, and the anchors of its
   * rows table by table (the page's tables in order: on the investments page investments, loans and
   * bonds bought, rounds
   * ({@code round-<id>}), flows ({@code flow-<id>}), capital spending ({@code spending-<id>}); one table on
   * the others).
   */
  record Part(String path, String year, int number, int of, List<List<String>> rows) {
    Part {
      rows = rows.stream().map(List::copyOf).toList();
    }

    int rowCount() {
      return rows.stream().mapToInt(List::size).sum();
    }
  }

  /** Rows that stay together on one part, dated by the first. */
  record Group(PartialDate date, List<String> anchors) {
    Group {
      anchors = List.copyOf(anchors);
    }
  }

  /** Every data page's parts, by page name, at the project's {@code data-page-rows}. */
  static Map<String, List<Part>> of(Briefing b) {
    return of(b, b.config().dataPageRows());
  }

  static Map<String, List<Part>> of(Briefing b, int rowsPerPart) {
    Map<String, List<Part>> pages = new LinkedHashMap<>();
    for (String name : PAGES) {
      if (made(b, name)) {
        pages.put(name, split(name, tables(b, name), rowsPerPart));
      }
    }
    return pages;
  }

  /**
   * Whether the data page {@code name} is made: whether one of its tables has a row. A briefing
   * without talent offers has no talent page, and its navigation no link to one.
   */
  static boolean made(Briefing b, String name) {
    return switch (name) {
      case "investments" -> !b.investments().isEmpty() || !b.rounds().isEmpty() || !b.flows().isEmpty()
          || !b.spending().isEmpty();
      case "valuations" -> !b.valuations().isEmpty();
      case "talent" -> !b.talent().isEmpty();
      default -> throw new IllegalArgumentException("no data page " + name);
    };
  }

  private static List<List<Group>> tables(Briefing b, String name) {
    return switch (name) {
      case "investments" -> List.of(investments(b, false), investments(b, true), single(b.rounds(), "round-"),
          single(b.flows(), "flow-"), single(b.spending(), "spending-"));
      case "valuations" -> List.of(single(b.valuations(), ""));
      case "talent" -> List.of(single(b.talent(), ""));
      default -> throw new IllegalArgumentException("no data page " + name);
    };
  }

  /** Where each row is: page name → row anchor → path of its part under the language folder. */
  static Map<String, Map<String, String>> places(Map<String, List<Part>> pages) {
    Map<String, Map<String, String>> places = new LinkedHashMap<>();
    pages.forEach((name, parts) -> {
      Map<String, String> page = new LinkedHashMap<>();
      for (Part p : parts) {
        p.rows().forEach(anchors -> anchors.forEach(a -> page.put(a, p.path())));
      }
      places.put(name, page);
    });
    return places;
  }

  /** The investments table's groups, or with {@code debt} the loans and bonds table's (FactTables#debt). */
  private static List<Group> investments(Briefing b, boolean debt) {
    List<Group> groups = new ArrayList<>();
    for (Investment i : b.investments()) {
      if (InvestmentTree.isListedFirst(b, i) && InvestmentTree.debt(b, i) == debt) {
        groups.add(new Group(i.date(), InvestmentTree.subtree(b, i).stream().map(Investment::id).toList()));
      }
    }
    return groups;
  }

  private static List<Group> single(List<? extends MoneyFact> facts, String prefix) {
    return facts.stream().map(f -> new Group(f.date(), List.of(prefix + f.id()))).toList();
  }

  /** Splits the page {@code name}: its tables' groups, table by table, in the order the page shows them. */
  static List<Part> split(String name, List<List<Group>> tables, int rowsPerPart) {
    if (rowsPerPart < 1) {
      throw new IllegalArgumentException("rowsPerPart must be positive: " + rowsPerPart);
    }
    // year → per table, its groups of that year, newest first (a stable sort keeps the data's order on ties)
    Map<Integer, List<List<Group>>> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (int t = 0; t < tables.size(); t++) {
      List<Group> newest = new ArrayList<>(tables.get(t));
      newest.sort(Comparator.comparing(Group::date).reversed());
      for (Group group : newest) {
        byYear.computeIfAbsent(group.date().year(), y -> emptyLists(tables.size())).get(t).add(group);
      }
    }
    String front = name + ".html";
    if (byYear.isEmpty()) {
      return List.of(new Part(front, "", 1, 1, anchors(emptyLists(tables.size()))));
    }
    // A page whose rows all fit one part is one page, every year on it, newest first: a new user's
    // investments page opened on the one row of the new year, the year before a click away, and the
    // shipped valuations came as three pages of two to four rows.
    int rows = tables.stream().flatMap(List::stream).mapToInt(g -> g.anchors().size()).sum();
    if (rows <= rowsPerPart) {
      List<List<Group>> all = emptyLists(tables.size());
      byYear.values().forEach(perTable -> {
        for (int t = 0; t < perTable.size(); t++) {
          all.get(t).addAll(perTable.get(t));
        }
      });
      return List.of(new Part(front, "", 1, 1, anchors(all)));
    }
    List<Part> parts = new ArrayList<>();
    for (Map.Entry<Integer, List<List<Group>>> year : byYear.entrySet()) {
      List<List<List<Group>>> chunks = chunks(year.getValue(), rowsPerPart);
      String y = Integer.toString(year.getKey());
      for (int i = 0; i < chunks.size(); i++) {
        String path = parts.isEmpty() ? front : name + "/" + y + (i == 0 ? "" : "-" + (i + 1)) + ".html";
        parts.add(new Part(path, y, i + 1, chunks.size(), anchors(chunks.get(i))));
      }
    }
    return parts;
  }

  private static List<List<String>> anchors(List<List<Group>> perTable) {
    return perTable.stream().map(groups -> groups.stream().flatMap(g -> g.anchors().stream()).toList()).toList();
  }

  /** A year's groups (per table) cut into parts of at most {@code limit} rows, a group never cut. */
  private static List<List<List<Group>>> chunks(List<List<Group>> perTable, int limit) {
    List<List<List<Group>>> chunks = new ArrayList<>();
    List<List<Group>> current = emptyLists(perTable.size());
    int size = 0;
    for (int t = 0; t < perTable.size(); t++) {
      for (Group group : perTable.get(t)) {
        if (size > 0 && size + group.anchors().size() > limit) {
          chunks.add(current);
          current = emptyLists(perTable.size());
          size = 0;
        }
        current.get(t).add(group);
        size += group.anchors().size();
      }
    }
    chunks.add(current);
    return chunks;
  }

  private static List<List<Group>> emptyLists(int n) {
    List<List<Group>> lists = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }
}
