package com.moneywar.briefing.site.view;

/** The site's titles from {@code briefing.properties}, in one language. */
public record SiteInfo(String title, String tagline, String publisher) {}
