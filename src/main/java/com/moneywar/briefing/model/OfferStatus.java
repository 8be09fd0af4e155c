package com.moneywar.briefing.model;

/**
 * What became of a pay offer, where a source says: taken up or turned down ("Tulloch declined a
 * package worth up to $1.5 billion"). An offer whose outcome no source gives is {@link #OFFERED}: a
 * talent row is an offer, so that says nothing more. A declined offer was still made: its pay is
 * shown, and its brackets say {@code 제안 거절} / {@code offer declined}.
 */
public enum OfferStatus {
  OFFERED("offered", "", ""),
  ACCEPTED("accepted", "제안 수락", "offer accepted"),
  DECLINED("declined", "제안 거절", "offer declined");

  private final String code;
  private final String ko;
  private final String en;

  OfferStatus(String code, String ko, String en) {
    this.code = code;
    this.ko = ko;
    this.en = en;
  }

  /** The code written in {@code talent_offers.csv}'s {@code status} column. */
  public String code() {
    return code;
  }

  /** The words tables and brackets write; empty for an offer whose outcome is not known. */
  public String words(Lang lang) {
    return lang == Lang.KO ? ko : en;
  }
}
