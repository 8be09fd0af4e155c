package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.money.Money;
import java.util.List;
import java.util.Optional;

/** {@code data/investments.csv}: commitments, their tranches and single investments. */
final class InvestmentRows implements RowParser<Investment> {
  static final String FILE = DataFile.INVESTMENTS.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(
        FILE,
        List.of(
            required("id"), required("investor"), required("investee"), required("kind"),
            optional("part_of"), required("amount"), required("currency"), required("bound"),
            required("status"), required("date"), required("source"), optional("fx"),
            optional("approx_digits"), optional("note_ko"), optional("note_en")));
  }

  @Override
  public Investment parse(CellReader cells) {
    String id = cells.id();
    String investor = cells.ref("investor");
    String investee = cells.ref("investee");
    InvestmentKind kind = cells.choice("kind", InvestmentKind.class, InvestmentKind::code);
    Optional<String> partOf = cells.optionalRef("part_of");
    Money amount = new Money(cells.amount("amount"), cells.currency("currency"));
    Bound bound = cells.choice("bound", Bound.class, Bound::code);
    InvestmentStatus status = cells.choice("status", InvestmentStatus.class, InvestmentStatus::code);
    if (kind == InvestmentKind.TRANCHE && partOf.isEmpty()) {
      cells.reject("part_of", "expected the id of the commitment this tranche belongs to in column 'part_of', found an empty cell");
    } else if (kind != InvestmentKind.TRANCHE && partOf.isPresent()) {
      cells.reject("part_of", "expected an empty 'part_of' for a " + kind.code() + " (only a tranche is part of a commitment), found '" + partOf.get() + "'");
    }
    return new Investment(
        id, investor, investee, kind,
        kind == InvestmentKind.TRANCHE ? partOf.or(() -> Optional.of("")) : Optional.empty(),
        amount, bound, status,
        cells.date("date"),
        cells.ref("source"),
        cells.optionalRef("fx"),
        cells.integer("approx_digits", 1, 6, 3),
        cells.optionalLocalized("note"));
  }
}
