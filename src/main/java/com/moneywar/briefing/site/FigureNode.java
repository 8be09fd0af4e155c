package com.moneywar.briefing.site;

import org.commonmark.node.CustomNode;

/**
 * A data-bound figure in a Markdown text, already rendered for the page's language. A figure that
 * lists several companies (a round's {@code investors}) is one node per name, with the list's
 * words ({@code ", "}, {@code " and "}) as text between them.
 */
final class FigureNode extends CustomNode {
  private final String text;
  private final String detail;
  private final String company;
  /** Company id → the address of its page, or empty: set for each output before it is rendered. */
  private java.util.function.Function<String, String> pages = id -> "";

  /**
   * @param company for a figure that is one company's name ({@code {{company:id:name}}}, one name
   *     of a round's {@code lead}, {@code participants} or {@code investors}), its id; else empty
   */
  FigureNode(String text, String detail, String company) {
    this.text = text;
    this.detail = detail;
    this.company = company;
  }

  /** The id of the company this figure names, or empty. */
  String company() {
    return company;
  }

  /** Links the company name to its page by {@code pages} (id → address, empty for none) from now on. */
  void linkCompaniesBy(java.util.function.Function<String, String> pages) {
    this.pages = pages;
  }

  /** Whether the output being rendered shows the rate when the figure has focus (the site): set for each output. */
  private boolean rateOnFocus;

  /** Makes the figure focusable, to show its rate on focus, in the outputs that do ({@link #rateOnFocus}). */
  void showRateOnFocus(boolean onFocus) {
    this.rateOnFocus = onFocus;
  }

  /** Whether the figure has a rate to show and the output being rendered shows it on focus. */
  boolean rateOnFocus() {
    return rateOnFocus && !detail.isEmpty() && page().isEmpty();
  }

  /** The address of the named company's page in the output being rendered, or empty. */
  String page() {
    return company.isEmpty() ? "" : pages.apply(company);
  }

  /** Punctuation written right after the figure, kept on the line of its last piece; empty if none. */
  private String trailing = "";

  /** Keeps {@code punctuation} (written right after the figure in the text) with the figure from now on. */
  void keepTrailing(String punctuation) {
    this.trailing = punctuation;
  }

  /** The punctuation kept with the figure ({@link #keepTrailing}), or empty. */
  String trailing() {
    return trailing;
  }

  String text() {
    return text;
  }

  /** The exchange-rate note shown on demand, or empty. */
  String detail() {
    return detail;
  }
}
