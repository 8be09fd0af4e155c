package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.RowRef;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * {@code data/charts.csv}: the charts of the briefing, declared by editors. Checks the shape of each
 * cell here; whether the rows it names exist is checked by the validator.
 */
final class ChartRows implements RowParser<ChartSpec> {
  static final String FILE = DataFile.CHARTS.path();
  private static final List<String> COMPARABLE = List.of("investment", "valuation", "round", "flow");

  @Override
  public TableSpec spec() {
    return new TableSpec(
        FILE,
        List.of(
            required("id"), required("kind"), optional("rows"), optional("pin"), optional("compare"),
            optional("series"), optional("currency"), optional("scale"), optional("period"),
            required("title_ko"), required("title_en"), required("caption_ko"), required("caption_en")));
  }

  @Override
  public ChartSpec parse(CellReader cells) {
    String id = cells.id();
    boolean kindKnown = kindIsValid(cells);
    ChartKind kind = cells.choice("kind", ChartKind.class, ChartKind::code);
    List<RowRef> rows = rows(cells, kind, kindKnown);
    List<RowRef> pin = kindKnown ? pin(cells, kind) : List.of();
    List<RowRef> compare = kindKnown ? compare(cells, kind) : List.of();
    Optional<String> series = kindKnown ? series(cells, kind) : Optional.empty();
    Optional<Currency> currency =
        cells.optionalText("currency").isPresent() ? Optional.of(cells.currency("currency")) : Optional.empty();
    ChartSpec.Scale scale = kindKnown ? scale(cells, kind) : ChartSpec.Scale.LINEAR;
    ChartSpec.Period period = kindKnown ? period(cells, kind) : ChartSpec.Period.YEAR;
    return new ChartSpec(id, kind, rows, pin, compare, series, currency, scale, period,
        cells.localized("title"), cells.localized("caption"));
  }

  /**
   * The charts with a timeline's {@code rows} and {@code pin} resolved: an id that names no
   * investment but a funding round ({@code isRound}, also a round row left out for its own error)
   * is a reference to that round; every other id stays an investment's, so that a missing one is
   * reported as before. An id of both tables names the investment.
   */
  static List<ChartSpec> withRounds(List<ChartSpec> charts, java.util.function.Predicate<String> isInvestment,
      java.util.function.Predicate<String> isRound) {
    java.util.function.UnaryOperator<List<RowRef>> resolve = refs -> refs.stream()
        .map(r -> !isInvestment.test(r.id()) && isRound.test(r.id()) ? r.resolved("round") : r).toList();
    return charts.stream().map(c -> c.kind() != ChartKind.TIMELINE ? c
        : new ChartSpec(c.id(), c.kind(), resolve.apply(c.rows()), resolve.apply(c.pin()), c.compare(), c.series(),
            c.currency(), c.scale(), c.period(), c.title(), c.caption())).toList();
  }

  /** Whether the kind cell is valid: a bad kind must not also make every kind-dependent cell an error. */
  private static boolean kindIsValid(CellReader cells) {
    String text = cells.optionalText("kind").orElse("");
    for (ChartKind k : ChartKind.values()) {
      if (k.code().equals(text)) {
        return true;
      }
    }
    return false;
  }

  private static List<RowRef> rows(CellReader cells, ChartKind kind, boolean kindKnown) {
    List<RowRef> rows = new ArrayList<>();
    for (CellReader.Word word : cells.words("rows")) {
      if (!CellReader.isId(word.text())) {
        cells.rejectAt(word.pos(), "expected ids separated by spaces in column 'rows', found '" + word.text() + "'");
      } else {
        rows.add(new RowRef(kind.rowKind(), word.text(), word.pos()));
      }
    }
    if (kindKnown && kind == ChartKind.TALENT && cells.words("rows").size() != 1) {
      cells.reject("rows", "expected the id of one row of " + RowRef.fileOf("talent")
          + " in column 'rows' (the pay offer a talent chart is about), found "
          + (rows.isEmpty() ? "an empty cell" : cells.words("rows").size() + " ids"));
    }
    return rows;
  }

  /**
   * Rows always drawn when a chart must leave some out: only where the chart chooses (no {@code
   * rows} named) and what it draws can be chosen (not a talent chart, nor a spending chart, which
   * draws every company's current plan).
   */
  private static List<RowRef> pin(CellReader cells, ChartKind kind) {
    List<CellReader.Word> words = cells.words("pin");
    if (words.isEmpty()) {
      return List.of();
    }
    if (kind == ChartKind.TALENT) {
      cells.reject("pin", "expected an empty cell in column 'pin' for a talent chart (it draws exactly what"
          + " 'compare' names), found '" + cells.optionalText("pin").orElse("") + "'");
      return List.of();
    }
    if (kind == ChartKind.SPENDING) {
      cells.reject("pin", "expected an empty cell in column 'pin' for a spending chart (it leaves out no company's"
          + " current plan; name rows in 'rows' to draw others), found '" + cells.optionalText("pin").orElse("") + "'");
      return List.of();
    }
    if (!cells.words("rows").isEmpty()) {
      cells.reject("pin", "expected an empty cell in column 'pin' when column 'rows' names the rows (every named"
          + " row is drawn), found '" + cells.optionalText("pin").orElse("") + "'");
      return List.of();
    }
    List<RowRef> pin = new ArrayList<>();
    for (CellReader.Word word : words) {
      if (!CellReader.isId(word.text())) {
        cells.rejectAt(word.pos(), "expected ids separated by spaces in column 'pin', found '" + word.text() + "'");
      } else {
        pin.add(new RowRef(kind.rowKind(), word.text(), word.pos()));
      }
    }
    return pin;
  }

  private static List<RowRef> compare(CellReader cells, ChartKind kind) {
    List<CellReader.Word> words = cells.words("compare");
    if (kind != ChartKind.TALENT) {
      if (!words.isEmpty()) {
        cells.reject("compare", "expected an empty cell in column 'compare' (only talent charts compare), found '"
            + cells.optionalText("compare").orElse("") + "'");
      }
      return List.of();
    }
    if (words.isEmpty()) {
      cells.reject("compare", "expected investment:ID, valuation:ID, round:ID or flow:ID references separated by spaces in column"
          + " 'compare' (what a talent chart sets the pay against), found an empty cell");
    }
    List<RowRef> refs = new ArrayList<>();
    for (CellReader.Word word : words) {
      String[] parts = word.text().split(":", -1);
      if (parts.length != 2 || !COMPARABLE.contains(parts[0]) || !CellReader.isId(parts[1])) {
        cells.rejectAt(word.pos(), "expected investment:ID, valuation:ID, round:ID or flow:ID in column 'compare', found '"
            + word.text() + "'" + (parts[0].equals("spending") ? " (a chart of kind 'spending' draws spending rows)" : ""));
      } else {
        refs.add(new RowRef(parts[0], parts[1], word.pos()));
      }
    }
    return refs;
  }

  private static Optional<String> series(CellReader cells, ChartKind kind) {
    Optional<String> series = cells.optionalText("series");
    if (series.isEmpty()) {
      return series;
    }
    if (kind.seriesColumns().isEmpty()) {
      cells.reject("series", "expected an empty cell in column 'series' for " + CellReader.article(kind.code())
          + " chart (its series are fixed), found '" + series.get() + "'");
    } else if (!kind.seriesColumns().contains(series.get())) {
      cells.reject("series", "expected " + (kind.seriesColumns().size() == 1 ? "the column " : "one of the columns ")
          + String.join(", ", kind.seriesColumns()) + " of " + RowRef.fileOf(kind.rowKind())
          + " in column 'series', found '" + series.get() + "'");
    }
    return series;
  }

  /** Log for valuations and timelines by default; bar charts must start at zero, so they stay linear. */
  private static ChartSpec.Scale scale(CellReader cells, ChartKind kind) {
    boolean points = kind == ChartKind.VALUATIONS || kind == ChartKind.TIMELINE;
    if (cells.optionalText("scale").isEmpty()) {
      return points ? ChartSpec.Scale.LOG : ChartSpec.Scale.LINEAR;
    }
    ChartSpec.Scale scale = cells.choice("scale", ChartSpec.Scale.class, ChartSpec.Scale::code);
    if (scale == ChartSpec.Scale.LOG && !points) {
      cells.reject("scale", "expected 'linear' or an empty cell in column 'scale' for " + CellReader.article(kind.code())
          + " chart (its bars start at zero), found 'log'");
    }
    return scale;
  }

  private static ChartSpec.Period period(CellReader cells, ChartKind kind) {
    if (cells.optionalText("period").isEmpty()) {
      return ChartSpec.Period.YEAR;
    }
    if (kind != ChartKind.CUMULATIVE) {
      cells.reject("period", "expected an empty cell in column 'period' (only cumulative charts add up by period),"
          + " found '" + cells.optionalText("period").get() + "'");
      return ChartSpec.Period.YEAR;
    }
    return cells.choice("period", ChartSpec.Period.class, ChartSpec.Period::code);
  }
}
