package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.ExchangeRate;
import com.moneywar.briefing.money.Money;
import java.util.Currency;
import java.util.List;

/** {@code data/exchange_rates.csv}: the rates amounts are converted to won with. */
final class ExchangeRateRows implements RowParser<ExchangeRate> {
  static final String FILE = DataFile.EXCHANGE_RATES.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(
        FILE,
        List.of(
            required("id"), required("base"), required("quote"), required("rate"),
            required("date"), required("source"), optional("note_ko"), optional("note_en")));
  }

  /** Whether the cell held this currency as written (it was not reported as unknown). */
  private static boolean read(CellReader cells, String column, Currency currency) {
    return cells.text0(column).equals(currency.getCurrencyCode());
  }

  /**
   * Reads one rate. Amounts are converted into won only (and never from won, nor across two other
   * currencies), so a rate into another currency, or from won, could never be used: it is refused at
   * its cell rather than kept unused, since its author meant it to convert something.
   */
  @Override
  public ExchangeRate parse(CellReader cells) {
    String id = cells.id();
    Currency base = cells.currency("base");
    Currency quote = cells.currency("quote");
    if (read(cells, "quote", quote) && !quote.equals(Money.KRW)) {
      String pair = read(cells, "base", base) ? "a " + base.getCurrencyCode() + "→" + quote.getCurrencyCode() + " rate"
          : "a rate into " + quote.getCurrencyCode();
      cells.reject("quote", "expected KRW in column 'quote' (amounts are converted into won only, so " + pair
          + " is never used; cross rates are not computed), found '" + quote.getCurrencyCode() + "'");
    } else if (read(cells, "base", base) && base.equals(Money.KRW)) {
      cells.reject("base", "expected the currency converted into won in column 'base', such as USD or EUR"
          + " (an amount in KRW is shown as it is), found 'KRW'");
    }
    java.math.BigDecimal rate = cells.positive("rate");
    // The yen is quoted per 100 in Korea ("100엔당 940원"): the table takes the won for one yen.
    if (base.getCurrencyCode().equals("JPY") && rate.compareTo(java.math.BigDecimal.valueOf(50)) >= 0) {
      cells.reject("rate", "expected the won for one yen in column 'rate' (about 9 to 10 in 2024 and 2025), found '"
          + cells.text0("rate") + "'; a rate quoted per 100 yen (100엔당 " + cells.text0("rate") + "원) is written divided by"
          + " 100: " + rate.movePointLeft(2).stripTrailingZeros().toPlainString());
    }
    return new ExchangeRate(
        id,
        base,
        quote,
        rate,
        cells.date("date"),
        cells.ref("source"),
        cells.optionalLocalized("note"));
  }
}
