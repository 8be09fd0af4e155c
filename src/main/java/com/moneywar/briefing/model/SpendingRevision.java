package com.moneywar.briefing.model;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which way a spending figure was revised by the row that replaces it, computed from the two
 * rows, never typed: raised when both ends of the new figure are at or above the old one's and
 * one is above, or when a floor is restated no lower (a raise whose size was not given); cut when
 * both are at or below and one below; otherwise (ends that cross, the same figure again, or bounds
 * that cannot be ordered, such as "at least" against "up to") revised.
 */
public enum SpendingRevision {
  RAISED("상향", "Raised", "raised"),
  CUT("하향", "Cut", "cut"),
  REVISED("수정", "Revised", "revised");

  /** Bounds whose ends can be set against those of another such bound: a figure, about one, a range. */
  private static final Set<Bound> CLOSED = EnumSet.of(Bound.EXACT, Bound.ABOUT, Bound.RANGE);

  private final String ko;
  private final String en;
  private final String enLater;

  SpendingRevision(String ko, String en, String enLater) {
    this.ko = ko;
    this.en = en;
    this.enLater = enLater;
  }

  /** How {@code later} revised {@code earlier} (the row it replaces; the check requires one currency). */
  public static SpendingRevision of(Spending earlier, Spending later) {
    if (earlier.bound() != later.bound() && !(CLOSED.contains(earlier.bound()) && CLOSED.contains(later.bound()))) {
      return REVISED;
    }
    int low = later.amount().amount().compareTo(earlier.amount().amount());
    // A floor restated as a floor no lower is a raise of undisclosed size: "will invest more than the
    // 380 billion yuan, without saying how much more" (a new user's Alibaba read "revised").
    boolean floors = (later.bound() == Bound.AT_LEAST || later.bound() == Bound.MORE_THAN) && later.bound() == earlier.bound();
    if (floors && low >= 0) {
      return RAISED;
    }
    int high = high(later).compareTo(high(earlier));
    if (low >= 0 && high >= 0 && (low > 0 || high > 0)) {
      return RAISED;
    }
    if (low <= 0 && high <= 0 && (low < 0 || high < 0)) {
      return CUT;
    }
    return REVISED;
  }

  private static BigDecimal high(Spending s) {
    return s.reporting().high().map(h -> h.amount()).orElse(s.amount().amount());
  }

  /**
   * What the newer row's note says: {@code 600억~650억달러에서 상향} / {@code Raised from $60–65
   * billion}, {@code earlier} the earlier figure as the language writes it.
   */
  public String from(String earlier, Lang lang) {
    return lang == Lang.KO ? earlier + "에서 " + ko : en + " from " + earlier;
  }

  /**
   * What the older row's note says once the revision is on the record: {@code 이후 640억~720억달러로
   * 상향} / {@code Later raised to $64–72 billion}, {@code later} the newer figure.
   */
  public String later(String later, Lang lang) {
    if (lang == Lang.KO) {
      boolean eu = KoreanSound.endsInConsonant(later) && !KoreanSound.endsInRieul(later);
      return "이후 " + later + (eu ? "으로 " : "로 ") + ko;
    }
    return "Later " + enLater + " to " + later;
  }
}
