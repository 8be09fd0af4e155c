package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code mail/edition.html.ftlh} and {@code mail/edition.txt.ftl}: one briefing's e-mail edition in
 * one language, the HTML part and the plain-text part of the same message. Every link is absolute.
 *
 * @param template which of the two renders it
 * @param lang {@code ko} or {@code en}
 * @param title the briefing's title, its figures filled in as on its page
 * @param summary its summary (the dek), its figures filled in likewise
 * @param date its date in the language's style
 * @param paragraphs the first paragraphs of the briefing, figures filled in
 * @param url the briefing's page on the site
 * @param home the language's home page on the site
 * @param pdfName the file name of the attached PDF edition
 * @param unsubscribe the {@code mail.unsubscribe} address or URL; empty when not set
 */
public record MailEdition(String template, String lang, SiteInfo site, String title, String date, String summary,
    List<Headline> headlines, List<Paragraph> paragraphs, String url, String home, String pdfName,
    String unsubscribe) implements TemplateRoot {
  public MailEdition {
    headlines = List.copyOf(headlines);
    paragraphs = List.copyOf(paragraphs);
  }

  /**
   * One paragraph of the briefing, as HTML for the HTML part (inline styles, absolute links;
   * inserted with {@code ?no_esc}) and as plain text for the text part.
   *
   * @param quote true for a quotation (a Markdown {@code >} block), which the templates set apart
   */
  public record Paragraph(String html, String text, boolean quote) {}
}
