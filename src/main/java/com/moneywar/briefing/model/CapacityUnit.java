package com.moneywar.briefing.model;

/**
 * What a deal's capacity is counted in (column {@code capacity_unit} of {@code data/flows.csv}):
 * electrical power for compute ({@code GW}, {@code MW}), accelerators ({@code gpus}, {@code tpus},
 * {@code chips}) or memory wafers a month ({@code wafers-a-month}). Each says a figure as the
 * language's press does: {@code 6GW} / {@code 6 GW}, {@code GPU 10만장} / {@code 100,000 GPUs},
 * {@code 웨이퍼 월 90만장} / {@code 900,000 wafers a month}.
 */
public enum CapacityUnit {
  GW("GW", false, "", "GW", "GW", "GW"),
  MW("MW", false, "", "MW", "MW", "MW"),
  // "엔비디아 GPU 26만장": the Korean press counts graphics cards in 장 (a new user's "GPU 약 6만개" read foreign).
  GPUS("gpus", true, "GPU ", "장", "GPU", "GPUs"),
  TPUS("tpus", true, "TPU ", "개", "TPU", "TPUs"),
  CHIPS("chips", true, "칩 ", "개", "chip", "chips"),
  WAFERS_A_MONTH("wafers-a-month", true, "웨이퍼 월 ", "장", "wafer a month", "wafers a month");

  private final String code;
  private final boolean counted;
  private final String koBefore;
  private final String koAfter;
  private final String enOne;
  private final String enMany;

  CapacityUnit(String code, boolean counted, String koBefore, String koAfter, String enOne, String enMany) {
    this.code = code;
    this.counted = counted;
    this.koBefore = koBefore;
    this.koAfter = koAfter;
    this.enOne = enOne;
    this.enMany = enMany;
  }

  public String code() {
    return code;
  }

  /** Whether the unit counts things (chips, wafers), so that its figure is a whole number. */
  public boolean counted() {
    return counted;
  }

  /** The words before the figure and its bound in Korean: {@code GPU }, {@code 웨이퍼 월 }; empty for power. */
  String koreanBefore() {
    return koBefore;
  }

  /** The words after the figure in Korean: {@code  개}, {@code  장}, {@code GW} (no space). */
  String koreanAfter() {
    return koAfter;
  }

  /** The English words after the figure, singular for one: {@code GPU} / {@code GPUs}. */
  String english(boolean one) {
    return one ? enOne : enMany;
  }
}
