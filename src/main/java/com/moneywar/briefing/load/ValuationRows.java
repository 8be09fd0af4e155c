package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.Money;
import java.util.List;

/** {@code data/valuations.csv}: what companies were said to be worth, and when. */
final class ValuationRows implements RowParser<Valuation> {
  static final String FILE = DataFile.VALUATIONS.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(
        FILE,
        List.of(
            required("id"), required("company"), required("amount"), required("currency"),
            required("bound"), required("date"), required("source"), optional("fx"),
            optional("approx_digits"), optional("note_ko"), optional("note_en")));
  }

  @Override
  public Valuation parse(CellReader cells) {
    return new Valuation(
        cells.id(),
        cells.ref("company"),
        new Money(cells.amount("amount"), cells.currency("currency")),
        cells.choice("bound", Bound.class, Bound::code),
        cells.date("date"),
        cells.ref("source"),
        cells.optionalRef("fx"),
        cells.integer("approx_digits", 1, 6, 3),
        cells.optionalLocalized("note"));
  }
}
