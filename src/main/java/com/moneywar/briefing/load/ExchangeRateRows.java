package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.ExchangeRate;
import com.moneywar.briefing.model.RateBasis;
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
            required("date"), required("source"), optional("basis"), optional("note_ko"), optional("note_en")));
  }

  /** The won one unit of a currency is plausibly worth: what it was worth of late, and a wide band around it. */
  private record Band(String usual, java.math.BigDecimal low, java.math.BigDecimal high) {
    static Band of(String usual, int low, int high) {
      return new Band(usual, java.math.BigDecimal.valueOf(low), java.math.BigDecimal.valueOf(high));
    }
  }

  /** The bands of the currencies the press converts most, by code; a rate outside its band is refused. */
  private static final java.util.Map<String, Band> BANDS = java.util.Map.ofEntries(
      java.util.Map.entry("USD", Band.of("about 1,050 to 1,500", 500, 3000)),
      java.util.Map.entry("EUR", Band.of("about 1,200 to 1,750", 500, 3500)),
      java.util.Map.entry("GBP", Band.of("about 1,350 to 1,950", 600, 4000)),
      java.util.Map.entry("CHF", Band.of("about 1,050 to 1,800", 400, 3500)),
      java.util.Map.entry("CNY", Band.of("about 160 to 210", 50, 500)),
      java.util.Map.entry("HKD", Band.of("about 135 to 190", 50, 500)),
      java.util.Map.entry("CAD", Band.of("about 850 to 1,100", 300, 2500)),
      java.util.Map.entry("AUD", Band.of("about 800 to 1,000", 300, 2500)),
      java.util.Map.entry("SGD", Band.of("about 800 to 1,100", 300, 2500)),
      java.util.Map.entry("INR", Band.of("about 14 to 19", 3, 60)),
      java.util.Map.entry("AED", Band.of("about 300 to 400", 100, 1000)),
      java.util.Map.entry("SAR", Band.of("about 300 to 400", 100, 1000)),
      java.util.Map.entry("TWD", Band.of("about 35 to 50", 10, 150)));

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
    // A rate that is not a plain number is reported as such, once: its size is not judged too.
    boolean plain = cells.text0("rate").matches("[0-9]+(\\.[0-9]+)?");
    // The yen is quoted per 100 in Korea ("100엔당 940원"): the table takes the won for one yen.
    if (plain && base.getCurrencyCode().equals("JPY") && rate.compareTo(java.math.BigDecimal.valueOf(50)) >= 0) {
      cells.reject("rate", "expected the won for one yen in column 'rate' (about 9 to 10 in 2024 and 2025), found '"
          + cells.text0("rate") + "'; a rate quoted per 100 yen (100엔당 " + cells.text0("rate") + "원) is written divided by"
          + " 100: " + rate.movePointLeft(2).stripTrailingZeros().toPlainString());
    }
    // A rate far from anything the won has been worth against a currency is a typo ("1.467" for
    // 1467.6 passed, and a new user's site printed "최대 100억달러(최대 약 147억원)").
    Band band = BANDS.get(base.getCurrencyCode());
    if (plain && band != null && quote.equals(Money.KRW) && !base.getCurrencyCode().equals("JPY")
        && (rate.compareTo(band.low()) < 0 || rate.compareTo(band.high()) > 0)) {
      cells.reject("rate", "expected the won for one " + base.getCurrencyCode() + " in column 'rate' (" + band.usual()
          + " won in 2015 to 2026; " + band.low().toPlainString() + " to " + band.high().toPlainString()
          + " is taken as plausible), found '" + cells.text0("rate") + "'; check the decimal point");
    }
    return new ExchangeRate(
        id,
        base,
        quote,
        rate,
        cells.date("date"),
        cells.ref("source"),
        cells.text0("basis").isEmpty() ? RateBasis.MARKET : cells.choice("basis", RateBasis.class, RateBasis::code),
        cells.optionalLocalized("note"));
  }
}
