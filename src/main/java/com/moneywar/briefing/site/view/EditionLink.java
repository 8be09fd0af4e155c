package com.moneywar.briefing.site.view;

/**
 * A link to a neighbouring edition (the previous or the next briefing); every field is empty when
 * there is none, so write {@code <#if previous.href?has_content>}.
 */
public record EditionLink(String title, String date, String href) {
  public static final EditionLink NONE = new EditionLink("", "", "");
}
