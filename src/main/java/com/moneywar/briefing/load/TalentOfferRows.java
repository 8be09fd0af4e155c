package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.OfferStatus;
import com.moneywar.briefing.model.PayPeriod;
import com.moneywar.briefing.model.TalentOffer;
import java.util.List;

/** {@code data/talent_offers.csv}: pay offered to AI researchers and engineers. */
final class TalentOfferRows implements RowParser<TalentOffer> {
  static final String FILE = DataFile.TALENT_OFFERS.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(FILE, FactColumns.with(List.of(required("id"), optional("employer"), required("role_ko"),
        required("role_en"), required("period"), optional("status"))));
  }

  @Override
  public TalentOffer parse(CellReader cells) {
    FactColumns.Common c = FactColumns.read(cells);
    return new TalentOffer(c.id(), cells.optionalRef("employer"), cells.localized("role"), c.amount(),
        cells.choice("period", PayPeriod.class, PayPeriod::code),
        cells.text0("status").isEmpty() ? OfferStatus.OFFERED : cells.choice("status", OfferStatus.class, OfferStatus::code),
        c.bound(), c.date(), c.source(), c.fx(),
        c.approxDigits(), c.note(), c.reporting());
  }
}
