package com.moneywar.briefing.model;

/**
 * Money that is not an investment: a purchase commitment for compute or cloud capacity (buyer →
 * seller), a supply deal for other goods such as memory chips (buyer → supplier), an acquisition of
 * a whole company, of assets (a plant, a data centre, a business line: {@link #ASSET}), the purchase
 * of a stake (with its percentage), or a licensing deal (licensee →
 * licensor: a fee for a company's technology, often with its founders and staff hired, an
 * "acqui-hire" that is no acquisition); or, no money changing hands
 * between the two and so never drawn nor added up, a stake held with the value reported for it
 * ({@link #HOLDING}), a joint investment of two partners ({@link #JOINT}) or a stake sold
 * ({@link #SALE}: {@code from} the seller, {@code to} the company whose shares it sold, the amount
 * what buyers the row does not name paid for them), or a warrant to buy shares ({@link #WARRANT}).
 * Never added into investment totals.
 */
public enum FlowKind {
  COMPUTE_PURCHASE("compute-purchase", "컴퓨팅 구매 약정", "Compute purchase commitment"),
  ACQUISITION("acquisition", "인수", "Acquisition"),
  STAKE("stake", "지분 매입", "Stake"),
  HOLDING("holding", "지분 보유(가치)", "Stake held (value)"),
  SUPPLY("supply", "공급 계약", "Supply deal"),
  JOINT("joint", "공동 투자", "Joint investment"),
  LICENSE("license", "기술 라이선스 계약", "Licensing deal"),
  /**
   * A licensing deal whose amount also pays the people hired with it, as the source states the
   * total ("$2.4 billion in licensing fees and compensation": Google–Windsurf): not all of it went
   * to the licensor, and the kind says so wherever the amount is shown.
   */
  LICENSE_HIRE("license-hire", "기술 라이선스·인력 영입", "Licensing and hiring deal"),
  SALE("sale", "지분 매각", "Stake sale"),
  ASSET("asset-purchase", "자산 인수", "Asset purchase"),
  /**
   * A contract a buyer, often a government, awards a company for its software or services (buyer →
   * company): the US Army's enterprise agreement with Palantir, a defence prototype agreement. Its
   * amount is usually a ceiling over years, never money invested.
   */
  CONTRACT("contract", "조달 계약", "Procurement contract"),
  /**
   * A warrant: the right, granted by a company ({@code to}), to buy its shares at a set price, held
   * by {@code from} (AMD's warrant to OpenAI for up to 160 million shares, about 10%). No money
   * changes hands when it is granted: never drawn nor added up, and never called a stake bought.
   */
  WARRANT("warrant", "신주인수권", "Warrant");

  private final String code;
  private final String ko;
  private final String en;

  FlowKind(String code, String ko, String en) {
    this.code = code;
    this.ko = ko;
    this.en = en;
  }

  public String code() {
    return code;
  }

  /**
   * The kind as a table names it ({@code 공급 계약} / {@code Supply deal}), the words a project's
   * {@code flowkind.<code>} message may replace.
   */
  public String words(Lang lang) {
    return lang == Lang.KO ? ko : en;
  }

  /**
   * Whether the deal may be paid year by year, its amount then a yearly one (column {@code per}): a
   * compute purchase, a supply deal, a licensing deal, a procurement contract.
   */
  public boolean yearly() {
    return this == COMPUTE_PURCHASE || this == SUPPLY || this == CONTRACT || licence();
  }

  /**
   * Whether the row is money paid (or promised) by one party to the other: all but a stake held,
   * a joint investment, whose amount the two put in together, and a stake sold, paid for by buyers
   * the row does not name.
   */
  public boolean moneyMoved() {
    return this != HOLDING && this != JOINT && this != SALE && this != WARRANT;
  }

  /**
   * Whether {@code from} and {@code to} stand side by side ({@code KT · 마이크로소프트}, {@code
   * 소프트뱅크그룹 · 엔비디아} for a stake sold), not a payer and a payee ({@code 오픈AI → 삼성전자}):
   * no money goes from one to the other.
   */
  public boolean partners() {
    return this == JOINT || this == SALE;
  }

  /**
   * Whether a source may say the deal was paid in shares rather than money (column {@code paid}):
   * buying a company, assets, a stake or a licence. Compute and goods are bought with money, and a
   * stake held, a joint investment or a stake sold is no payment from one party to the other.
   */
  public boolean payable() {
    return this == ACQUISITION || this == ASSET || this == STAKE || licence();
  }

  /**
   * Whether the deal completes on a day a source may date apart from the agreement (column {@code
   * closed}): a stake bought, whose price a money-flows chart draws as paid in only from then, and a
   * company or assets bought ("the acquisition completed in November"), which the tables then say
   * is completed.
   */
  public boolean closes() {
    return this == STAKE || this == ACQUISITION || this == ASSET;
  }

  /** Whether the row may have a percentage of the company: a stake bought, held or sold, or a warrant's shares. */
  public boolean hasPercent() {
    return this == STAKE || this == HOLDING || this == SALE || this == WARRANT;
  }

  /**
   * Whether a source may size the deal by what it buys (column {@code capacity}: "6 gigawatts", "one
   * million TPUs"): compute, goods, a company or assets bought, a joint investment. A stake is sized by
   * its percentage, and a licence buys no capacity.
   */
  public boolean hasCapacity() {
    return !hasPercent() && !licence();
  }

  /** Whether the deal pays for a licence: alone, or with the people hired with it. */
  public boolean licence() {
    return this == LICENSE || this == LICENSE_HIRE;
  }
}
