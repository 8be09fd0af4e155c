package com.moneywar.briefing.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headings of a print document, made navigable: each heading gets an id, the document gets
 * PDF bookmarks mirroring the headings (openhtmltopdf's {@code <bookmarks>} in the head), and the
 * template's contents list, an element marked {@code data-toc="N"}, is filled with links to the
 * headings of levels 1 to N that follow it. The template sets the page numbers beside the links
 * with {@code target-counter(attr(href), page)}. Doing this here, not in the template, keeps it
 * right for any heading the Markdown texts bring. A heading with a {@code data-outline} attribute
 * is listed by that text rather than its own.
 */
final class Outline {
  /** A heading in document order. */
  record Heading(int level, String id, String text) {}

  private Outline() {}

  /** Adds ids, bookmarks and the contents list to {@code doc}; returns the headings found. */
  static List<Heading> apply(Document doc) {
    List<Heading> headings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    doc.select("[id]").forEach(e -> ids.add(e.id()));
    int n = 0;
    for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
      // A heading may name its section otherwise in the bookmarks and contents: a chart's heading
      // reads "Chart 2" above a drawing that carries its own title, and its bookmark is that title.
      String text = (h.hasAttr("data-outline") ? h.attr("data-outline") : h.text()).strip();
      if (text.isEmpty()) {
        continue;
      }
      if (h.id().isEmpty()) {
        String id;
        do {
          id = "section-" + ++n;
        } while (!ids.add(id));
        h.id(id);
      }
      headings.add(new Heading(h.tagName().charAt(1) - '0', h.id(), text));
    }
    writeBookmarks(doc, headings);
    Element toc = doc.body().selectFirst("[data-toc]");
    if (toc != null) {
      fillContents(toc, following(toc, headings), depth(toc));
    }
    return List.copyOf(headings);
  }

  private static void writeBookmarks(Document doc, List<Heading> headings) {
    Element root = doc.head().appendElement("bookmarks");
    nest(root, headings, 6, "bookmark", (parent, h) -> parent.appendElement("bookmark")
        .attr("name", h.text()).attr("href", "#" + h.id()));
  }

  /** Nested lists ({@code ol > li > ol}) of links, the same shape as the bookmarks. */
  private static void fillContents(Element toc, List<Heading> headings, int depth) {
    toc.empty();
    nest(toc, headings, depth, "ol", (parent, h) -> {
      Element item = parent.appendElement("li").addClass("toc-" + h.level());
      item.appendElement("a").attr("href", "#" + h.id()).text(h.text());
      return item;
    });
  }

  /**
   * Appends one node per heading up to {@code depth}, each under the nearest earlier heading of a
   * smaller level; levels may skip (an h3 right under an h1 nests one step, not two).
   */
  private static void nest(Element root, List<Heading> headings, int depth, String listTag, Node add) {
    record Open(int level, Element node) {}
    Deque<Open> open = new ArrayDeque<>();
    for (Heading h : headings) {
      if (h.level() > depth) {
        continue;
      }
      while (!open.isEmpty() && open.peek().level() >= h.level()) {
        open.pop();
      }
      Element parent;
      if (open.isEmpty()) {
        parent = root;
      } else if (listTag.equals("ol")) {
        Element item = open.peek().node();
        parent = item.children().stream().filter(c -> c.tagName().equals("ol")).findFirst()
            .orElseGet(() -> item.appendElement("ol"));
      } else {
        parent = open.peek().node();
      }
      open.push(new Open(h.level(), add.append(parent, h)));
    }
  }

  private interface Node {
    Element append(Element parent, Heading heading);
  }

  private static int depth(Element toc) {
    String value = toc.attr("data-toc").strip();
    return value.matches("[1-6]") ? Integer.parseInt(value) : 2;
  }

  /** The headings after the contents list: its own title, before it, is not listed. */
  private static List<Heading> following(Element toc, List<Heading> headings) {
    List<Element> inOrder = toc.ownerDocument().body().select("*");
    int tocAt = inOrder.indexOf(toc);
    return headings.stream()
        .filter(h -> inOrder.indexOf(toc.ownerDocument().getElementById(h.id())) > tocAt)
        .toList();
  }
}
