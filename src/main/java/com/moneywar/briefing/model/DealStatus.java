package com.moneywar.briefing.model;

/**
 * Whether a deal was made, for the rows that may record one that was not (column {@code status}
 * of {@code data/flows.csv}, and an investment whose status is {@code in-talks}): an offer that is
 * still open, an offer turned down, a deal called off, talks with nothing agreed yet, or a deal only
 * signed as a non-binding letter of intent or memorandum of understanding.
 * Only an agreed deal is drawn in charts; the others stay in the tables and the prose, with their
 * status, as a denial does.
 */
public enum DealStatus {
  AGREED("agreed", "", ""),
  OFFERED("offered", "제안", "offer"),
  REJECTED("rejected", "제안 거절", "offer rejected"),
  CALLED_OFF("called-off", "무산", "called off"),
  TALKS("talks", "협상 중", "in talks"),
  INTENT("intent", "의향서", "letter of intent"),
  MEMORANDUM("memorandum", "양해각서", "memorandum of understanding"),
  /**
   * Talks a later round on the record concluded (a round in talks whose {@code closed_as} names the
   * round it became): no longer "in talks", and still no money of its own, since the round it became
   * holds it. Set by the model, never entered: it has no code.
   */
  CONCLUDED("", "이후 마감된 협상", "talks, later closed"),
  /**
   * A listing or a bond sale being prepared that a later round on the record carried out (an {@code
   * ipo} or {@code debt} round in talks whose {@code closed_as} names the round closed): it was
   * planned, never negotiated, so it is no "마감된 협상" (a new user's Hong Kong listings read "이후
   * 마감된 협상"). Set by the model, never entered: it has no code.
   */
  COMPLETED("", "이후 완료", "planned, later completed"),
  /**
   * The valuation a listing or a bond sale being prepared names (an {@code ipo} or {@code debt}
   * round in talks): planned, not negotiated. Set by the model, never entered: it has no code.
   */
  PLANNED("", "추진 중", "planned"),
  /**
   * Talks a later row of the record says came to nothing (a round in talks whose {@code closed_as}
   * names a round called off: an IPO filed, then withdrawn): no longer "in talks" nor "planned", and
   * left to that row in the notes. Set by the model, never entered: it has no code.
   */
  ABANDONED("", "이후 무산", "later called off"),
  /**
   * A deal agreed that a later row of the record says was called off (an agreed flow whose {@code
   * closed_as} names the row called off: "shareholders did not approve … the agreement terminated"):
   * agreed in editions before that row, called off from it. Set by the model, never entered: it has
   * no code.
   */
  TERMINATED("", "합의 후 무산", "agreed, later called off"),
  /**
   * A letter of intent a later row of the record says was followed by the binding deal (a flow or an
   * investment whose status is {@code intent} and whose {@code closed_as} names the deal agreed): still
   * the paper it was, never drawn, its money that deal's. Set by the model, never entered: it has no code.
   */
  INTENT_SIGNED("", "의향서, 이후 계약", "letter of intent, later signed"),
  /** {@link #INTENT_SIGNED}, for a memorandum of understanding. Set by the model: no code. */
  MEMORANDUM_SIGNED("", "양해각서, 이후 계약", "memorandum of understanding, later signed");

  /**
   * What talks become when the later row that ended them has this status: {@link #CONCLUDED} for a
   * deal made, {@link #ABANDONED} for one called off; none for any other (the check reports it).
   */
  public java.util.Optional<DealStatus> endingTalks() {
    return switch (this) {
      case AGREED -> java.util.Optional.of(CONCLUDED);
      case CALLED_OFF -> java.util.Optional.of(ABANDONED);
      default -> java.util.Optional.empty();
    };
  }

  private final String code;
  private final String ko;
  private final String en;

  DealStatus(String code, String ko, String en) {
    this.code = code;
    this.ko = ko;
    this.en = en;
  }

  public String code() {
    return code;
  }

  /** The status as readers see it ({@code 제안 거절} / {@code offer rejected}); empty for an agreed deal. */
  public String words(Lang lang) {
    return lang == Lang.KO ? ko : en;
  }

  /**
   * The status after a deal's name ({@code  · 제안 거절} / {@code  · offer rejected}), as tables and key
   * figures write it; empty for an agreed deal.
   */
  public String afterName(Lang lang) {
    String words = words(lang);
    return words.isEmpty() ? "" : " · " + words;
  }

  /** What a row ended by a later one was before that row was on the record: agreed, talks, or the paper it was. */
  public DealStatus beforeItsEnd() {
    return switch (this) {
      case TERMINATED -> AGREED;
      case INTENT_SIGNED -> INTENT;
      case MEMORANDUM_SIGNED -> MEMORANDUM;
      default -> TALKS;
    };
  }

  /**
   * What a row of this status becomes once the later row its {@code closed_as} names, of status
   * {@code later}, is on the record: talks end as {@link #endingTalks} says; a letter of intent or a
   * memorandum is signed, by a deal agreed only; a deal agreed is {@link #TERMINATED}, by one called
   * off only. Empty where {@code later} cannot end it (the check reports it).
   */
  public java.util.Optional<DealStatus> endedBy(DealStatus later) {
    if (nonBinding()) {
      return later == AGREED ? signedLater() : java.util.Optional.empty();
    }
    if (this == AGREED) {
      return later == CALLED_OFF ? java.util.Optional.of(TERMINATED) : java.util.Optional.empty();
    }
    return later.endingTalks();
  }

  /** What a letter of intent or a memorandum becomes once the binding deal it led to is on the record. */
  private java.util.Optional<DealStatus> signedLater() {
    return switch (this) {
      case INTENT -> java.util.Optional.of(INTENT_SIGNED);
      case MEMORANDUM -> java.util.Optional.of(MEMORANDUM_SIGNED);
      default -> java.util.Optional.empty();
    };
  }

  /** Whether a later row on the record concluded these talks or carried out this plan. */
  public boolean concluded() {
    return this == CONCLUDED || this == COMPLETED;
  }

  /** Whether the deal is only a non-binding paper signed towards it: a letter of intent or a memorandum. */
  public boolean nonBinding() {
    return this == INTENT || this == MEMORANDUM || this == INTENT_SIGNED || this == MEMORANDUM_SIGNED;
  }

  /** Whether the deal is a non-binding paper that a binding deal on the record later followed. */
  public boolean signed() {
    return this == INTENT_SIGNED || this == MEMORANDUM_SIGNED;
  }
}
