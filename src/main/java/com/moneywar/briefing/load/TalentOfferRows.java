package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.PayPeriod;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.money.Money;
import java.util.List;

/** {@code data/talent_offers.csv}: pay offered to AI researchers and engineers. */
final class TalentOfferRows implements RowParser<TalentOffer> {
  static final String FILE = DataFile.TALENT_OFFERS.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(
        FILE,
        List.of(
            required("id"), optional("employer"), required("role_ko"), required("role_en"),
            required("amount"), required("currency"), required("period"), required("bound"),
            required("date"), required("source"), optional("fx"), optional("approx_digits"),
            optional("note_ko"), optional("note_en")));
  }

  @Override
  public TalentOffer parse(CellReader cells) {
    return new TalentOffer(
        cells.id(),
        cells.optionalRef("employer"),
        cells.localized("role"),
        new Money(cells.amount("amount"), cells.currency("currency")),
        cells.choice("period", PayPeriod.class, PayPeriod::code),
        cells.choice("bound", Bound.class, Bound::code),
        cells.date("date"),
        cells.ref("source"),
        cells.optionalRef("fx"),
        cells.integer("approx_digits", 1, 6, 3),
        cells.optionalLocalized("note"));
  }
}
