package com.moneywar.briefing.site.view;

/**
 * One headline figure of the config.
 *
 * @param value the amount in the language's style ({@code 40억달러})
 * @param krw its won equivalent ({@code 약 5조4000억원}); empty for won amounts or without a rate
 * @param detail the exchange rate and its date
 * @param href relative link to the fact's row on its data page
 */
public record Headline(String label, String value, String krw, String detail, String date, String source,
    String href) {}
