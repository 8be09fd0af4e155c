package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The columns every fact table shares (id, amount with its bound and currency, date, the figure's
 * source and further sources, an alternative figure, the claim's status, the exchange rate,
 * approx_digits, notes) and the one reader for them. A fact table's spec is its own columns plus
 * {@link #columns()}; its parser starts with {@link #read(CellReader)}.
 */
final class FactColumns {
  private FactColumns() {}

  /** What every fact row states besides its own columns. */
  record Common(String id, Money amount, Bound bound, PartialDate date, String source, Optional<String> fx,
      int approxDigits, Localized note, Reporting reporting) {}

  /** The shared columns, in documented order. */
  static List<TableSpec.Column> columns() {
    return List.of(
        required("amount"), optional("amount_high"), required("currency"), required("bound"), required("date"),
        required("source"), optional("sources"), optional("claim"), optional("alt_amount"), optional("alt_bound"),
        optional("alt_source"), optional("alt_currency"), optional("fx"), optional("approx_digits"), optional("note_ko"), optional("note_en"));
  }

  /** {@code own} columns first, then the shared ones. */
  static List<TableSpec.Column> with(List<TableSpec.Column> own) {
    List<TableSpec.Column> all = new ArrayList<>(own);
    all.addAll(columns());
    return all;
  }

  static Common read(CellReader cells) {
    return read(cells, false);
  }

  /**
   * The shared columns; {@code undisclosed}: the table takes a row whose price was not disclosed
   * (a compute deal stated in gigawatts), an empty {@code amount}, as a denial without an amount is.
   */
  static Common read(CellReader cells, boolean undisclosed) {
    String id = cells.id();
    ClaimStatus claim = cells.text0("claim").isEmpty()
        ? ClaimStatus.CONFIRMED
        : cells.choice("claim", ClaimStatus.class, ClaimStatus::code);
    Currency currency = cells.currency("currency");
    boolean stated = !((claim == ClaimStatus.DENIED || undisclosed) && cells.text0("amount").isEmpty());
    BigDecimal low = stated ? cells.amount("amount") : BigDecimal.ZERO;
    Bound bound = cells.choice("bound", Bound.class, Bound::code);
    Optional<Money> high = Optional.empty();
    if (bound == Bound.RANGE) {
      if (cells.text0("amount_high").isEmpty()) {
        cells.reject("amount_high", "expected the upper end of the range in column 'amount_high' for bound 'range', found an empty cell");
      } else {
        BigDecimal h = cells.amount("amount_high");
        if (!cells.failed() && h.compareTo(low) <= 0) {
          cells.reject("amount_high", "expected an upper end above the amount " + low.toPlainString()
              + " in column 'amount_high', found '" + h.toPlainString() + "'");
        }
        high = Optional.of(new Money(h, currency));
      }
    } else if (!cells.text0("amount_high").isEmpty()) {
      cells.reject("amount_high", "expected an empty 'amount_high' for bound '" + bound.code()
          + "' (only a range has an upper end), found '" + cells.text0("amount_high") + "'");
    }
    if (!stated && bound != Bound.EXACT) {
      cells.reject("bound", "expected bound 'exact' for a row without an amount, found '" + bound.code() + "'");
    }
    PartialDate date = cells.date("date");
    String source = cells.ref("source");
    List<String> others = new ArrayList<>();
    for (CellReader.Word w : cells.words("sources")) {
      if (!CellReader.isId(w.text())) {
        cells.rejectAt(w.pos(), "expected source ids separated by spaces in column 'sources', found '" + w.text() + "'");
      } else if (w.text().equals(source) || others.contains(w.text())) {
        cells.rejectAt(w.pos(), "expected each source once (the figure's own is in column 'source'), found '"
            + w.text() + "' again");
      } else {
        others.add(w.text());
      }
    }
    Optional<Reporting.Alternative> alt = Optional.empty();
    boolean hasAlt = !cells.text0("alt_amount").isEmpty();
    if (hasAlt) {
      BigDecimal a = cells.amount("alt_amount");
      Bound altBound = cells.text0("alt_bound").isEmpty() ? Bound.EXACT : cells.choice("alt_bound", Bound.class, Bound::code);
      if (altBound == Bound.RANGE) {
        cells.reject("alt_bound", "expected exact, about, up-to, less-than, at-least or more-than in column 'alt_bound', found 'range'"
            + " (the other figure is one amount; a range another outlet gives goes in the notes, with that outlet named)");
      }
      if (cells.text0("alt_source").isEmpty()) {
        cells.reject("alt_source", "expected the id of the source that gives the alternative figure in column 'alt_source', found an empty cell");
      } else {
        // Another currency where the other report gives one ("more than $1.5 billion" for a €1.3 billion stake).
        Currency altCurrency = cells.text0("alt_currency").isEmpty() ? currency : cells.currency("alt_currency");
        alt = Optional.of(new Reporting.Alternative(new Money(a, altCurrency), altBound, Optional.empty(),
            cells.ref("alt_source")));
      }
    } else if (!cells.text0("alt_source").isEmpty() || !cells.text0("alt_bound").isEmpty()
        || !cells.text0("alt_currency").isEmpty()) {
      cells.reject(!cells.text0("alt_currency").isEmpty() ? "alt_currency"
          : cells.text0("alt_source").isEmpty() ? "alt_bound" : "alt_source",
          "expected an alternative figure in column 'alt_amount' to go with it, found an empty cell");
    }
    String fxCell = cells.text0("fx");
    boolean none = fxCell.equals("none");
    Optional<String> fx = none ? Optional.empty() : cells.optionalRef("fx");
    int digits = cells.integer("approx_digits", 1, 6, 3);
    Localized note = cells.optionalLocalized("note");
    Reporting reporting = new Reporting(high, claim, others, alt, stated, none);
    return new Common(id, new Money(low, currency), bound, date, source, fx, digits, note, reporting);
  }
}
