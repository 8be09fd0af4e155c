package com.moneywar.briefing.site;

import org.commonmark.node.CustomNode;

/** A data-bound figure in a Markdown text, already rendered for the page's language. */
final class FigureNode extends CustomNode {
  private final String text;
  private final String detail;

  FigureNode(String text, String detail) {
    this.text = text;
    this.detail = detail;
  }

  String text() {
    return text;
  }

  /** The exchange-rate note shown on demand, or empty. */
  String detail() {
    return detail;
  }
}
