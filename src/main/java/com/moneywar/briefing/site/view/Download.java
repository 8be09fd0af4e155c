package com.moneywar.briefing.site.view;

/**
 * One table offered for download on a data page.
 *
 * @param label what the table holds, in the page's language
 * @param csv link to the table as CSV (UTF-8 with a byte-order mark)
 * @param json link to the same rows as JSON
 */
public record Download(String label, String csv, String json) {}
