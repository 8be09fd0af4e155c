package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.RoundStatus;
import com.moneywar.briefing.model.RoundType;
import java.util.ArrayList;
import java.util.List;

/** {@code data/rounds.csv}: funding rounds with their type, total raised, valuation and investors. */
final class RoundRows implements RowParser<Round> {
  static final String FILE = DataFile.ROUNDS.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(FILE, FactColumns.with(List.of(required("id"), required("investee"), required("type"),
        optional("lead"), optional("participants"), optional("valuation"), optional("status"),
        optional("closed_as"), optional("included_in"))));
  }

  @Override
  public Round parse(CellReader cells) {
    // A round whose sources do not give the amount raised (an undisclosed Series A with its lead
    // named) leaves 'amount' empty, as a compute deal of undisclosed price does.
    FactColumns.Common c = FactColumns.read(cells, true);
    String type = cells.text0("type");
    RoundType roundType = RoundType.parse(type).orElse(null);
    if (roundType == null) {
      cells.reject("type", "expected one of " + RoundType.allowed() + " in column 'type', found "
          + (type.isEmpty() ? "an empty cell" : "'" + type + "'" + CellReader.meant(type, RoundType.codes())));
      roundType = new RoundType("seed");
    }
    // A round's sources may name its buyers and no lead (a secondary sale often has none), or no
    // investor at all ("raised $5 billion in debt"): either list, or both, may be empty.
    List<String> lead = ids(cells, "lead");
    List<String> participants = ids(cells, "participants");
    // A round still in talks or called off is no money raised: never drawn nor added up, as a deal not made.
    RoundStatus status = cells.text0("status").isEmpty() ? RoundStatus.CLOSED
        : cells.choice("status", RoundStatus.class, RoundStatus::code);
    // Talks that a later round ended name it; the loader then says what they came to (DealStatus#endingTalks),
    // and AsOf keeps them in talks in editions before that round; they are no money of their own.
    java.util.Optional<String> closedAs = cells.optionalRef("closed_as");
    if (closedAs.isPresent() && !cells.failed()) {
      if (status != RoundStatus.TALKS) {
        cells.reject("closed_as", "expected an empty 'closed_as' for a round whose status is '" + status.code()
            + "' (only talks are concluded by a later round), found '" + closedAs.get() + "'");
      } else if (closedAs.get().equals(c.id())) {
        cells.reject("closed_as", "expected the id of the later round these talks became in column 'closed_as', found"
            + " the row's own id '" + c.id() + "'");
      }
    }
    // A round a later round's amount includes (a SAFE that converted into it) names that round: its
    // money is then counted once, in the later round. Only a round raised can be part of another.
    java.util.Optional<String> includedIn = cells.optionalRef("included_in");
    if (includedIn.isPresent() && !cells.failed()) {
      if (status != RoundStatus.CLOSED) {
        cells.reject("included_in", "expected an empty 'included_in' for a round whose status is '" + status.code()
            + "' (only money raised is part of a later round; talks that became a round name it in 'closed_as'),"
            + " found '" + includedIn.get() + "'");
      } else if (includedIn.get().equals(c.id())) {
        cells.reject("included_in", "expected the id of the later round whose amount includes this one in column"
            + " 'included_in', found the row's own id '" + c.id() + "'");
      }
    }
    return new Round(c.id(), cells.ref("investee"), roundType, lead, participants, cells.optionalRef("valuation"),
        c.amount(), c.bound(), c.date(), c.source(), c.fx(), c.approxDigits(), c.note(),
        c.reporting().withDeal(status.deal()), closedAs, includedIn);
  }

  private static List<String> ids(CellReader cells, String column) {
    List<String> ids = new ArrayList<>();
    for (CellReader.Word w : cells.words(column)) {
      if (!CellReader.isId(w.text())) {
        String lower = w.text().toLowerCase(java.util.Locale.ROOT);
        cells.rejectAt(w.pos(), "expected company ids separated by spaces in column '" + column + "', found '" + w.text() + "'"
            + (CellReader.isId(lower) ? "; ids are lower case: did you mean '" + lower + "'?" : ""));
      } else {
        ids.add(w.text());
      }
    }
    return ids;
  }
}
