package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

/** A text in both languages. */
public record Localized(String ko, String en) {
  public Localized {
    requireNonNull(ko, "ko");
    requireNonNull(en, "en");
  }

  public String in(Lang lang) {
    return lang == Lang.KO ? ko : en;
  }

  public static Localized empty() {
    return new Localized("", "");
  }
}
