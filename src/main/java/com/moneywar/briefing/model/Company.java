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
    String source) {
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
