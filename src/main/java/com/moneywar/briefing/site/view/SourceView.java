package com.moneywar.briefing.site.view;

/**
 * One source of {@code data/sources.csv} in one language.
 *
 * @param url empty when the source has none
 * @param citedBy the outlet of the source that cites this one; empty when none
 * @param citedById the id of that source
 */
public record SourceView(String id, String outlet, String title, String date, String url, String citedBy,
    String citedById) {}
