package com.moneywar.briefing.model;

import java.util.Locale;
import java.util.Optional;

/** A language the briefing is published in. */
public enum Lang {
  KO("ko", Locale.KOREA),
  EN("en", Locale.US);

  private final String code;
  private final Locale locale;

  Lang(String code, Locale locale) {
    this.code = code;
    this.locale = locale;
  }

  /** The BCP 47 code used in file names, URLs and {@code lang} attributes. */
  public String code() {
    return code;
  }

  public Locale locale() {
    return locale;
  }

  /** The other language of the pair; the site links every page to its twin in it. */
  public Lang other() {
    return this == KO ? EN : KO;
  }

  public static Optional<Lang> ofCode(String code) {
    for (Lang lang : values()) {
      if (lang.code.equals(code)) {
        return Optional.of(lang);
      }
    }
    return Optional.empty();
  }
}
