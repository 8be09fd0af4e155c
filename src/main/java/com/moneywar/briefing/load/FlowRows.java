package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Capacity;
import com.moneywar.briefing.model.CapacityUnit;
import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.FlowKind;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Payment;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.List;

/**
 * {@code data/flows.csv}: compute purchases, supply deals, acquisitions, stakes, holdings and joint
 * investments: money that is not an investment.
 */
final class FlowRows implements RowParser<Flow> {
  static final String FILE = DataFile.FLOWS.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(FILE, FactColumns.with(List.of(required("id"), required("kind"), required("from"),
        required("to"), optional("percent"), optional("status"), optional("paid"),
        optional("closed"), optional("percent_bound"), optional("capacity"), optional("capacity_unit"),
        optional("capacity_bound"), optional("closed_as"), optional("per"))));
  }

  @Override
  public Flow parse(CellReader cells) {
    // A compute deal may be stated in capacity alone ("6 gigawatts"): its price is then not disclosed.
    FactColumns.Common c = FactColumns.read(cells, true);
    FlowKind kind = cells.choice("kind", FlowKind.class, FlowKind::code);
    Optional<BigDecimal> percent = Optional.empty();
    if (!cells.text0("percent").isEmpty()) {
      BigDecimal p = cells.amount("percent");
      if (!cells.failed() && (p.signum() <= 0 || p.compareTo(BigDecimal.valueOf(100)) > 0)) {
        cells.reject("percent", "expected a percentage above 0 and at most 100 in column 'percent', found '" + p.toPlainString() + "'");
      }
      percent = Optional.of(p);
    }
    // A stake bought may leave its percentage out when no source reports it ("$350 million of
    // CoreWeave's shares"); a stake held is described by its percentage or its value, and gives at
    // least one (a new user's Kingdom Holding: "our investments … between $4 and $5 billion", no %).
    if (kind == FlowKind.HOLDING && percent.isEmpty() && !c.reporting().amountStated()) {
      cells.reject("percent", "expected the stake's percentage in column 'percent' or its value in 'amount' for "
          + CellReader.article(kind.code()) + ", found both empty");
    } else if (kind == FlowKind.WARRANT && percent.isEmpty() && !c.reporting().amountStated()) {
      cells.reject("percent", "expected the part of the company's shares the warrant may buy in column 'percent', or"
          + " its value in 'amount', for a warrant, found both empty");
    } else if (!kind.hasPercent() && percent.isPresent()) {
      cells.reject("percent", "expected an empty 'percent' for " + CellReader.article(kind.code()) + " (only a stake bought, held or sold, or a"
          + " warrant, has one), found '" + cells.text0("percent") + "'");
    }
    // "a stake of more than 4%", "roughly 4%": the percentage's own bound (never a range).
    Bound percentBound = Bound.EXACT;
    if (!cells.text0("percent_bound").isEmpty()) {
      percentBound = cells.choice("percent_bound", Bound.class,
          Bound::code);
      if (percentBound == Bound.RANGE) {
        cells.reject("percent_bound", "expected one of exact, about, more-than, at-least, up-to, less-than in column"
            + " 'percent_bound' (a percentage is one figure), found 'range'");
      } else if (percent.isEmpty() && !cells.failed()) {
        cells.reject("percent_bound", "expected an empty 'percent_bound' for a row with no 'percent', found '"
            + cells.text0("percent_bound") + "'");
      }
    }
    DealStatus status = cells.text0("status").isEmpty() ? DealStatus.AGREED
        : cells.choice("status", DealStatus.class, DealStatus::code);
    // How it was paid, when a source says: an all-stock deal moved no money of its amount.
    Payment paid = cells.text0("paid").isEmpty() ? Payment.UNSTATED
        : cells.choice("paid", Payment.class, Payment::code);
    if (paid != Payment.UNSTATED && !kind.payable()) {
      cells.reject("paid", "expected an empty 'paid' for " + CellReader.article(kind.code()) + " (only an acquisition, an asset purchase,"
          + " a stake bought or a licensing deal says how it was paid), found '" + cells.text0("paid") + "'");
    }
    // When a stake bought was paid for: the deal closed, on or after the day it was agreed.
    Optional<PartialDate> closed = cells.optionalDate("closed");
    if (closed.isPresent() && !cells.failed()) {
      if (!kind.closes()) {
        cells.reject("closed", "expected an empty 'closed' for " + CellReader.article(kind.code()) + " (only a stake, a company or assets bought"
            + " close on a day of their own), found '" + cells.text0("closed") + "'");
      } else if (status != DealStatus.AGREED) {
        cells.reject("closed", "expected an empty 'closed' for a deal whose status is '" + status.code()
            + "' (only a deal agreed closes), found '" + cells.text0("closed") + "'");
      } else if (closed.get().lastDay().isBefore(c.date().firstDay())) {
        cells.reject("closed", "expected a closing on or after the deal's date " + c.date() + " in column 'closed',"
            + " found '" + cells.text0("closed") + "'");
      }
    }
    Optional<Capacity> capacity = capacity(cells, kind);
    // Talks a later row ended name it: agreed ("이후 합의") or called off ("이후 무산").
    Optional<String> closedAs = cells.optionalRef("closed_as");
    if (closedAs.isPresent() && !cells.failed()) {
      if (status != DealStatus.TALKS && status != DealStatus.AGREED && !status.nonBinding()) {
        cells.reject("closed_as", "expected an empty 'closed_as' for a deal whose status is '" + status.code()
            + "' (only talks, a letter of intent or memorandum the binding deal followed, or a deal agreed and later"
            + " called off, are ended by a later row), found '" + closedAs.get() + "'");
      } else if (closedAs.get().equals(c.id())) {
        cells.reject("closed_as", "expected the id of the later row these talks came to in column 'closed_as', found"
            + " the row's own id '" + c.id() + "'");
      }
    }
    // "About $1 billion a year": the amount is what is paid each year, not the deal's whole price.
    boolean yearly = false;
    String per = cells.text0("per");
    if (!per.isEmpty()) {
      if (!per.equals("year")) {
        cells.reject("per", "expected 'year' in column 'per' (an amount paid each year) or an empty cell (the"
            + " amount is the whole deal's), found '" + per + "'" + (per.toLowerCase(java.util.Locale.ROOT)
                .matches("years?|yearly|annual(ly)?|a-year|per-year|annum|연간|매년") ? "; did you mean 'year'?" : ""));
      } else if (!kind.yearly()) {
        cells.reject("per", "expected an empty 'per' for " + CellReader.article(kind.code()) + " (only a compute"
            + " purchase, a supply deal, a licensing deal or a procurement contract is paid year by year), found '"
            + per + "'");
      } else {
        yearly = true;
      }
    }
    return new Flow(c.id(), kind, cells.ref("from"), cells.ref("to"), percent, c.amount(), c.bound(), c.date(),
        c.source(), c.fx(), c.approxDigits(), c.note(), c.reporting().withDeal(status), paid, closed, percentBound,
        capacity, closedAs, yearly);
  }

  /**
   * The deal's size in what it buys ("6 gigawatts", "up to one million TPUs"): {@code capacity} and
   * {@code capacity_unit} together, {@code capacity_bound} only with them; not for a stake, which is
   * sized by its percentage, nor a licence.
   */
  private static Optional<Capacity> capacity(CellReader cells, FlowKind kind) {
    String value = cells.text0("capacity");
    String unitCode = cells.text0("capacity_unit");
    String boundCode = cells.text0("capacity_bound");
    if (value.isEmpty()) {
      if (!unitCode.isEmpty()) {
        cells.reject("capacity", "expected the capacity in column 'capacity' for the unit '" + unitCode
            + "' in 'capacity_unit', found an empty cell");
      } else if (!boundCode.isEmpty()) {
        cells.reject("capacity_bound", "expected an empty 'capacity_bound' for a row with no 'capacity', found '"
            + boundCode + "'");
      }
      return Optional.empty();
    }
    if (!kind.hasCapacity()) {
      cells.reject("capacity", "expected an empty 'capacity' for " + CellReader.article(kind.code()) + " (a stake is sized by its"
          + " 'percent'; only a compute purchase, supply deal, acquisition, asset purchase or joint investment has a"
          + " capacity), found '" + value + "'");
      return Optional.empty();
    }
    BigDecimal figure = cells.positive("capacity");
    if (unitCode.isEmpty()) {
      cells.reject("capacity_unit", "expected the unit of the capacity " + value + " in column 'capacity_unit' (one of "
          + String.join(", ", java.util.Arrays.stream(CapacityUnit.values()).map(CapacityUnit::code).toList())
          + "), found an empty cell");
      return Optional.empty();
    }
    CapacityUnit unit = cells.choice("capacity_unit", CapacityUnit.class, CapacityUnit::code);
    Bound bound = boundCode.isEmpty() ? Bound.EXACT : cells.choice("capacity_bound", Bound.class, Bound::code);
    if (cells.failed()) {
      return Optional.empty();
    }
    if (bound == Bound.RANGE) {
      cells.reject("capacity_bound", "expected one of exact, about, more-than, at-least, up-to, less-than in column"
          + " 'capacity_bound' (a capacity is one figure), found 'range'");
      return Optional.empty();
    }
    if (unit.counted() && figure.stripTrailingZeros().scale() > 0) {
      cells.reject("capacity", "expected a whole number of " + unit.code() + " in column 'capacity', found '" + value
          + "'");
      return Optional.empty();
    }
    return Optional.of(new Capacity(figure, unit, bound));
  }
}
