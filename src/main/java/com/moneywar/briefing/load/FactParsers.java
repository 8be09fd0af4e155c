package com.moneywar.briefing.load;

import com.moneywar.briefing.model.FactKind;
import com.moneywar.briefing.model.MoneyFact;

/**
 * The one list of fact tables and their parsers. The switch is exhaustive over {@link FactKind}, so
 * a kind added there without a parser here does not compile; a test checks that each parser makes
 * records of its kind's type and reads the shared columns.
 */
final class FactParsers {
  private FactParsers() {}

  static RowParser<? extends MoneyFact> of(FactKind kind) {
    return switch (kind) {
      case INVESTMENT -> new InvestmentRows();
      case VALUATION -> new ValuationRows();
      case TALENT -> new TalentOfferRows();
      case ROUND -> new RoundRows();
      case FLOW -> new FlowRows();
      case SPENDING -> new SpendingRows();
    };
  }
}
