package com.moneywar.briefing.model;

/**
 * What is known of a growth multiple, valuation {@code to} ÷ valuation {@code from}, from the two
 * values' bounds: a ceiling over a firm value, or a firm value over a floor, gives a ceiling ("최대 4.5",
 * "up to 4.5"); a floor over a firm value ("more than $29 billion" ÷ $14 billion), or a firm value over
 * a ceiling, a floor ("최소 2.1", "at least 2.1"); an approximate value makes it approximate too ("약",
 * "about", also after "최대" / "최소"). A ceiling and a floor at once leave nothing known: {@link
 * #bounded} is false, and {@code check} refuses such a multiple. The one rule the texts' {@code
 * {{ratio}}} and the valuations chart share.
 */
public record MultipleBound(boolean ceiling, boolean floor, boolean about) {
  public static MultipleBound of(Valuation from, Valuation to) {
    boolean ceiling = to.bound().ceiling() || from.bound().openAbove();
    boolean floor = to.bound().openAbove() || from.bound().ceiling();
    boolean about = from.bound() == Bound.ABOUT || to.bound() == Bound.ABOUT;
    return new MultipleBound(ceiling, floor, about);
  }

  /**
   * The multiple to one decimal, rounded so that its words stay true: a ceiling up ("up to 2.65" is
   * "최대 2.7": at most 2.7 holds, at most 2.6 would not), a floor down ("at least 2.65" is "최소 2.6"),
   * an exact or approximate one to the nearest ({@code 3.0}, never {@code 3}).
   */
  public String number(java.math.BigDecimal to, java.math.BigDecimal from) {
    java.math.RoundingMode mode = about ? java.math.RoundingMode.HALF_UP
        : ceiling ? java.math.RoundingMode.CEILING : floor ? java.math.RoundingMode.FLOOR : java.math.RoundingMode.HALF_UP;
    return to.divide(from, 1, mode).toPlainString();
  }

  /** Whether anything is known of the multiple: not a ceiling and a floor at once. */
  public boolean bounded() {
    return !(ceiling && floor);
  }

  /** The words before the number: {@code 최대 약 }, {@code at least }, or nothing for an exact multiple. */
  public String words(Lang lang) {
    boolean ko = lang == Lang.KO;
    String bound = ceiling ? (ko ? "최대 " : "up to ") : floor ? (ko ? "최소 " : "at least ") : "";
    return bound + (about ? (ko ? "약 " : "about ") : "");
  }
}
