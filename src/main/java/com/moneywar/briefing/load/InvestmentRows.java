package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.InvestorRole;
import java.util.List;
import java.util.Optional;

/**
 * {@code data/investments.csv}: commitments (which may raise or replace an earlier one), their
 * tranches (which may have tranches of their own) and single investments, each possibly one
 * investor's share of a funding round.
 */
final class InvestmentRows implements RowParser<Investment> {
  static final String FILE = DataFile.INVESTMENTS.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(FILE, FactColumns.with(List.of(
        required("id"), required("investor"), required("investee"), required("kind"), optional("part_of"),
        optional("replaces"), optional("round"), optional("role"), required("status"), optional("closed_as"))));
  }

  @Override
  public Investment parse(CellReader cells) {
    FactColumns.Common c = FactColumns.read(cells);
    String investor = cells.ref("investor");
    String investee = cells.ref("investee");
    InvestmentKind kind = cells.choice("kind", InvestmentKind.class, InvestmentKind::code);
    Optional<String> partOf = cells.optionalRef("part_of");
    Optional<String> replaces = cells.optionalRef("replaces");
    Optional<String> round = cells.optionalRef("round");
    Optional<InvestorRole> role = cells.text0("role").isEmpty()
        ? Optional.empty()
        : Optional.of(cells.choice("role", InvestorRole.class, InvestorRole::code));
    InvestmentStatus status = cells.choice("status", InvestmentStatus.class, InvestmentStatus::code);
    if (kind == InvestmentKind.TRANCHE && partOf.isEmpty()) {
      cells.reject("part_of", "expected the id of the commitment or tranche this tranche belongs to in column 'part_of', found an empty cell");
    } else if (kind != InvestmentKind.TRANCHE && partOf.isPresent()) {
      cells.reject("part_of", "expected an empty 'part_of' for " + CellReader.article(kind.code()) + " (only a tranche is part of a commitment), found '" + partOf.get() + "'");
    }
    if (replaces.isPresent() && kind != InvestmentKind.COMMITMENT) {
      cells.reject("replaces", "expected an empty 'replaces' for " + CellReader.article(kind.code()) + " (only a commitment raises or replaces an earlier one), found '" + replaces.get() + "'");
    }
    if (kind == InvestmentKind.TOTAL && round.isPresent()) {
      cells.reject("round", "expected an empty 'round' for a total (a running total adds up deals, it is no investor's"
          + " share of one round), found '" + round.get() + "'");
    }
    if (role.isPresent() && round.isEmpty()) {
      cells.reject("role", "expected a round id in column 'round' for an investor's role, found an empty cell");
    }
    // Talks that a later row agreed name it: from its date they read "이후 합의" and are counted no more
    // (a letter of intent the signed commitment followed: "의향서, 이후 계약").
    Optional<String> closedAs = cells.optionalRef("closed_as");
    if (closedAs.isPresent() && !cells.failed()) {
      if (status != InvestmentStatus.IN_TALKS && status != InvestmentStatus.INTENT) {
        cells.reject("closed_as", "expected an empty 'closed_as' for an investment whose status is '" + status.code()
            + "' (only talks, or a letter of intent the binding deal followed, are ended by a later row), found '"
            + closedAs.get() + "'");
      } else if (closedAs.get().equals(c.id())) {
        cells.reject("closed_as", "expected the id of the later row these talks came to in column 'closed_as', found"
            + " the row's own id '" + c.id() + "'");
      }
    }
    return new Investment(
        c.id(), investor, investee, kind,
        kind == InvestmentKind.TRANCHE ? partOf.or(() -> Optional.of("")) : Optional.empty(),
        c.amount(), c.bound(), status, c.date(), c.source(), c.fx(), c.approxDigits(), c.note(),
        // An empty role is left to the round, whose lists say it (Investment.roleIn).
        round, round.isPresent() ? role : Optional.empty(),
        kind == InvestmentKind.COMMITMENT ? replaces : Optional.empty(),
        // Talks with nothing agreed, or a letter of intent, are no commitment: never drawn nor added up, as an open offer.
        status.deal() == DealStatus.AGREED ? c.reporting() : c.reporting().withDeal(status.deal()), closedAs);
  }
}
