package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.ExchangeRate;
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

  @Override
  public ExchangeRate parse(CellReader cells) {
    return new ExchangeRate(
        cells.id(),
        cells.currency("base"),
        cells.currency("quote"),
        cells.positive("rate"),
        cells.date("date"),
        cells.ref("source"),
        cells.optionalLocalized("note"));
  }
}
