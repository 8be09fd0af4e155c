package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.model.ValuationBasis;
import java.util.List;

/** {@code data/valuations.csv}: what companies were said to be worth, when, and on which basis. */
final class ValuationRows implements RowParser<Valuation> {
  static final String FILE = DataFile.VALUATIONS.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(FILE, FactColumns.with(List.of(required("id"), required("company"), optional("basis"))));
  }

  @Override
  public Valuation parse(CellReader cells) {
    FactColumns.Common c = FactColumns.read(cells);
    String company = cells.ref("company");
    ValuationBasis basis = cells.text0("basis").isEmpty()
        ? ValuationBasis.UNSTATED
        : cells.choice("basis", ValuationBasis.class, ValuationBasis::code);
    return new Valuation(c.id(), company, c.amount(), c.bound(), c.date(), c.source(), c.fx(), c.approxDigits(),
        c.note(), basis, c.reporting());
  }
}
