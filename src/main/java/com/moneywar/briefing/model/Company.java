package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** A Big Tech firm, an AI lab or a company's AI unit. */
public record Company(
    String id,
    Localized name,
    CompanyKind kind,
    String country,
    Optional<PartialDate> founded,
    Optional<String> parent,
    String source,
    boolean theInEnglish) {
  /** A company whose English name takes no "the" in a sentence. */
  public Company(String id, Localized name, CompanyKind kind, String country, Optional<PartialDate> founded,
      Optional<String> parent, String source) {
    this(id, name, kind, country, founded, parent, source, false);
  }

  /**
   * The name as a sentence writes it: in English with "the" where the name takes one ({@code
   * article_en} {@code the}: "the Abu Dhabi Investment Authority", "the Public Investment Fund");
   * tables, charts and headings write the bare name.
   */
  public String nameInProse(Lang lang) {
    return lang == Lang.EN && theInEnglish ? "the " + name.in(lang) : name.in(lang);
  }

  public Company {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(country, "country");
    requireNonNull(founded, "founded");
    requireNonNull(parent, "parent");
    requireNonNull(source, "source");
  }
}
