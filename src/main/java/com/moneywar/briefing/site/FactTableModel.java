package com.moneywar.briefing.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A table for a data page, as template variables: column headings and rows of cells. A cell may
 * link somewhere, carry a note shown on demand, be numeric (right-aligned) or be a row heading.
 */
final class FactTableModel {
  private FactTableModel() {}

  static Map<String, Object> cell(String text) {
    return cell(text, "", "", false);
  }

  static Map<String, Object> cell(String text, String href, String title, boolean numeric) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("text", text);
    c.put("href", href);
    c.put("title", title);
    c.put("numeric", numeric);
    return c;
  }

  static Map<String, Object> row(String id, boolean child, List<Map<String, Object>> cells) {
    return Map.of("id", id, "child", child, "cells", cells);
  }

  static Map<String, Object> table(String caption, List<String> columns, List<Map<String, Object>> rows) {
    return Map.of("caption", caption, "columns", columns, "rows", rows);
  }
}
