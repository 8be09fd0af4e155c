package com.moneywar.briefing.model;

/**
 * The kinds of money facts, each with its placeholder word ({@code {{investment:ID}}}) and its
 * table: the one registry of fact kinds. A test checks that every record of {@link MoneyFact} has
 * exactly one entry, and every entry a loader, messages and docs.
 */
public enum FactKind {
  INVESTMENT("investment", DataFile.INVESTMENTS, Investment.class),
  VALUATION("valuation", DataFile.VALUATIONS, Valuation.class),
  TALENT("talent", DataFile.TALENT_OFFERS, TalentOffer.class),
  ROUND("round", DataFile.ROUNDS, Round.class),
  FLOW("flow", DataFile.FLOWS, Flow.class),
  SPENDING("spending", DataFile.SPENDING, Spending.class);

  /** A fact's kind, by visiting it. */
  static final MoneyFact.Visitor<FactKind> OF = new MoneyFact.Visitor<>() {
    @Override
    public FactKind investment(Investment investment) {
      return INVESTMENT;
    }

    @Override
    public FactKind valuation(Valuation valuation) {
      return VALUATION;
    }

    @Override
    public FactKind talent(TalentOffer offer) {
      return TALENT;
    }

    @Override
    public FactKind round(Round round) {
      return ROUND;
    }

    @Override
    public FactKind flow(Flow flow) {
      return FLOW;
    }

    @Override
    public FactKind spending(Spending spending) {
      return SPENDING;
    }
  };

  private final String code;
  private final DataFile file;
  private final Class<? extends MoneyFact> type;

  FactKind(String code, DataFile file, Class<? extends MoneyFact> type) {
    this.code = code;
    this.file = file;
    this.type = type;
  }

  /** The placeholder word: {@code investment}, {@code valuation}, {@code talent}, {@code round}, {@code flow}, {@code spending}. */
  public String code() {
    return code;
  }

  public DataFile file() {
    return file;
  }

  public Class<? extends MoneyFact> type() {
    return type;
  }

  /** Every kind's placeholder word, as a message lists them: {@code investment, valuation, … or spending}. */
  public static String codesInWords() {
    FactKind[] all = values();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < all.length; i++) {
      words.append(i == 0 ? "" : i == all.length - 1 ? " or " : ", ").append(all[i].code);
    }
    return words.toString();
  }

  public static java.util.Optional<FactKind> ofCode(String code) {
    for (FactKind k : values()) {
      if (k.code.equals(code)) {
        return java.util.Optional.of(k);
      }
    }
    return java.util.Optional.empty();
  }
}
