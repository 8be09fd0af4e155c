package com.moneywar.briefing.model;

/**
 * How firmly a fact is established: confirmed by a party to it, reported (by a named outlet citing
 * unnamed sources), estimated (by analysts or an outlet, not stated by anyone party to it: "worth
 * about ₩3 trillion, according to analysts"), claimed by one side, disputed by another, or denied. A
 * denied claim may have no amount at all. In this order, from the firmest: a sum is as firm as its
 * least firm row.
 */
public enum ClaimStatus {
  CONFIRMED("confirmed"),
  REPORTED("reported"),
  ESTIMATED("estimated"),
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
