package com.moneywar.briefing.site;

import org.commonmark.node.CustomNode;

/** A data-bound figure in a Markdown text, already rendered for the page's language. */
final class FigureNode extends CustomNode {
  private final String text;
  private final String detail;
  private final java.util.List<String[]> companies;
  /** Company id → the address of its page, or empty: set for each output before it is rendered. */
  private java.util.function.Function<String, String> pages = id -> "";

  /**
   * @param companies for a figure that is company names ({@code {{company:id:name}}}, a round's
   *     {@code lead} or {@code investors}), each name and its company id, in the order the text
   *     joins them with commas; else empty
   */
  FigureNode(String text, String detail, java.util.List<String[]> companies) {
    this.text = text;
    this.detail = detail;
    this.companies = java.util.List.copyOf(companies);
  }

  java.util.List<String[]> companies() {
    return companies;
  }

  /** Links the company names to their pages by {@code pages} (id → address, empty for none) from now on. */
  void linkCompaniesBy(java.util.function.Function<String, String> pages) {
    this.pages = pages;
  }

  /** The address of company {@code id}'s page in the output being rendered, or empty. */
  String page(String id) {
    return pages.apply(id);
  }

  String text() {
    return text;
  }

  /** The exchange-rate note shown on demand, or empty. */
  String detail() {
    return detail;
  }
}
