package com.moneywar.briefing.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Sets each {@code <span class="nobr">} of a print document (a Korean word the site keeps whole,
 * such as a figure with its particle, {@code 최대 184억달러(약 25조원)로}) as plain text that
 * cannot break. openhtmltopdf may break between two inline boxes even inside
 * {@code white-space: nowrap}, and its line breaker sees one text node at a time, so the span
 * becomes text merged into the text around it, its spaces no-break spaces (U+00A0: in the font,
 * and drawn and extracted as an ordinary space). The span's markup inside (the figure's rate
 * note, a hover title) has no use on paper and is dropped. Stateless.
 */
final class NoBreakText {
  private static final char NO_BREAK_SPACE = '\u00A0';

  private NoBreakText() {}

  /** Opening brackets and quotes, which never end a line. */
  private static final String OPENING = "(\u201C\u2018[\"'";

  /**
   * Replaces every {@code span.nobr} of {@code doc} in place, and moves an opening bracket or quote
   * right before a figure ({@code span.figure}) into it: openhtmltopdf may break between the two
   * boxes, and a new user's PDF ended a line on "planned (" with "HK$4.35 billion)" on the next.
   */
  static void apply(Document doc) {
    for (Element span : doc.select("span.nobr")) {
      if (span.parent() == null) {
        continue;
      }
      TextNode text = new TextNode(span.text().replace(' ', NO_BREAK_SPACE));
      span.replaceWith(text);
      merge(text);
    }
    for (Element figure : doc.select("span.figure")) {
      if (figure.childNodeSize() > 0 && figure.previousSibling() instanceof TextNode before
          && figure.childNode(0) instanceof TextNode first) {
        String b = before.getWholeText();
        if (!b.isEmpty() && OPENING.indexOf(b.charAt(b.length() - 1)) >= 0 && !first.getWholeText().isEmpty()
            && !Character.isWhitespace(first.getWholeText().charAt(0))) {
          before.text(b.substring(0, b.length() - 1));
          first.text(b.charAt(b.length() - 1) + first.getWholeText());
        }
      }
    }
  }

  /** Joins {@code text} with the text nodes right before and after it into one. */
  private static void merge(TextNode text) {
    StringBuilder whole = new StringBuilder(text.getWholeText());
    Node previous = text.previousSibling();
    while (previous instanceof TextNode p) {
      whole.insert(0, p.getWholeText());
      Node before = p.previousSibling();
      p.remove();
      previous = before;
    }
    Node next = text.nextSibling();
    while (next instanceof TextNode n) {
      whole.append(n.getWholeText());
      Node after = n.nextSibling();
      n.remove();
      next = after;
    }
    text.text(whole.toString());
  }
}
