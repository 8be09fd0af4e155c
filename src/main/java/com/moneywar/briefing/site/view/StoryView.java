package com.moneywar.briefing.site.view;

/**
 * One briefing text in one language: one edition of the series.
 *
 * @param number the edition's number in the series, 1 for the oldest (by date, then slug)
 * @param year the year of its date, such as {@code 2024}
 * @param html the rendered Markdown, every data-bound figure filled in; inserted with {@code ?no_esc}
 * @param path the page's path from the site root
 * @param href relative link to the briefing's page from the page listing it; empty on its own page
 * @param url the page's absolute address (from {@code base-url})
 * @param pdf relative link to this edition's PDF from the page showing it; empty when the output holds none
 * @param pdfUrl the absolute address of this edition's PDF; empty when the output holds none
 * @param titleHtml the title as HTML, each figure's amounts kept on one line as in the body ({@code <span
 *     class="nobr">}); inserted with {@code ?no_esc} where the title is shown (a heading, a link), while
 *     {@code title} is for attributes and plain text
 * @param summaryHtml the summary as HTML, likewise
 */
public record StoryView(String slug, int number, String title, String date, String isoDate, String year,
    String summary, String html, String path, String href, String url, String pdf, String pdfUrl, String titleHtml,
    String summaryHtml) {}
