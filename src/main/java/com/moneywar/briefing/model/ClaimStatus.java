package com.moneywar.briefing.model;

/**
 * How firmly a fact is established: confirmed by a party to it, reported (by a named outlet citing
 * unnamed sources), claimed by one side, disputed by another, or denied. A denied claim may have no
 * amount at all.
 */
public enum ClaimStatus {
  CONFIRMED("confirmed"),
  REPORTED("reported"),
  CLAIMED("claimed"),
  DISPUTED("disputed"),
  DENIED("denied");

  private final String code;

  ClaimStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
