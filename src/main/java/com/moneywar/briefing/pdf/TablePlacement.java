package com.moneywar.briefing.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where a chart's data table may break across pages. A table longer than a few rows starts right
 * under its chart and goes on over the page, rather than leaving the rest of the chart's page empty
 * (a new user's edition had four pages each 40 % empty, every table moved whole to the next page);
 * but where fewer than three of its rows would stand under its caption, it is kept whole and starts
 * the next page, so that no caption and header stand alone at a page's foot.
 *
 * <p>The print template marks such a table's box {@code chart-table-N}, its caption
 * {@code chart-table-N-start} and its third row {@code chart-table-N-rows}; a table kept whole gets
 * the class {@value #WHOLE}, which the template's style keeps on one page.
 */
final class TablePlacement {
  static final String WHOLE = "whole";
  private static final String PREFIX = "chart-table-";
  private static final Pattern IDS = Pattern.compile(PREFIX + "\\d+-(start|rows)");

  private TablePlacement() {}

  /** The ids of the tables ({@code chart-table-N}) whose first three rows are not on their caption's page. */
  static Set<String> cut(PdfBoxRenderer laidOut) {
    laidOut.getOutputDevice().setRoot(laidOut.getRootBox());
    List<PagePosition<com.openhtmltopdf.render.Box>> positions = laidOut.findPagePositionsByID(IDS);
    Map<String, Integer> start = new HashMap<>();
    Map<String, Integer> rows = new HashMap<>();
    for (PagePosition<?> p : positions) {
      String id = p.getId();
      String table = id.substring(0, id.lastIndexOf('-'));
      // A box split over two pages is found once per page: its first page is where it starts.
      (id.endsWith("-start") ? start : rows).merge(table, p.getPageNo(), Math::min);
    }
    Set<String> cut = new TreeSet<>();
    start.forEach((table, page) -> {
      Integer third = rows.get(table);
      if (third != null && third > page) {
        cut.add(table);
      }
    });
    return cut;
  }

  /** Marks the tables {@code ids} to be kept whole; returns whether it marked any. */
  static boolean keepWhole(Document dom, Set<String> ids) {
    if (ids.isEmpty()) {
      return false;
    }
    boolean marked = false;
    NodeList all = dom.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      if (all.item(i) instanceof Element e && ids.contains(e.getAttribute("id"))) {
        String classes = e.getAttribute("class");
        if (!(" " + classes + " ").contains(" " + WHOLE + " ")) {
          e.setAttribute("class", classes.isEmpty() ? WHOLE : classes + " " + WHOLE);
          marked = true;
        }
      }
    }
    return marked;
  }
}
