package com.moneywar.briefing.site.view;

/**
 * One source of {@code data/sources.csv} in one language.
 *
 * @param url empty when the source has none
 * @param citedBy the outlet of the source that cites this one; empty when none
 * @param citedById the id of that source
 * @param language the ISO 639-1 code of the language of its title, for the title's {@code lang}
 */
public record SourceView(String id, String outlet, String title, String date, String url, String citedBy,
    String citedById, String language) {}
