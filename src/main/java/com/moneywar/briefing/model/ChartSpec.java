package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A chart as an editor declares it in {@code data/charts.csv}: what kind, which rows, which labels.
 * The chart stage draws it; nothing about a chart is hard-coded.
 *
 * @param id the chart's id, also its file name ({@code <lang>/charts/<id>.svg} and {@code .csv})
 * @param rows the rows of the kind's table to plot, in order; empty means every row that fits
 * @param pin with {@code rows} empty: rows of the kind's table always drawn (their pair, company or
 *     series), however small, when the chart must leave some rows out
 * @param compare for {@link ChartKind#TALENT}: the investments and valuations the pay is set against
 * @param series the column of the kind's table whose values make the series; empty for the default
 * @param currency plot only amounts in this currency; empty means one panel per currency
 * @param period for {@link ChartKind#CUMULATIVE}: the step the totals are added up by
 */
public record ChartSpec(
    String id,
    ChartKind kind,
    List<RowRef> rows,
    List<RowRef> pin,
    List<RowRef> compare,
    Optional<String> series,
    Optional<Currency> currency,
    Scale scale,
    Period period,
    Localized title,
    Localized caption) {

  /** How the value axis is drawn. */
  public enum Scale {
    LINEAR("linear"),
    LOG("log");

    private final String code;

    Scale(String code) {
      this.code = code;
    }

    public String code() {
      return code;
    }
  }

  /** The step a cumulative chart adds up by; each step is labelled by its last day. */
  public enum Period {
    YEAR("year", PartialDate.Precision.YEAR),
    QUARTER("quarter", PartialDate.Precision.MONTH),
    MONTH("month", PartialDate.Precision.MONTH);

    private final String code;
    private final PartialDate.Precision needs;

    Period(String code, PartialDate.Precision needs) {
      this.code = code;
      this.needs = needs;
    }

    public String code() {
      return code;
    }

    /** Whether a date known to {@code precision} can be placed in one step of this period. */
    public boolean fits(PartialDate.Precision precision) {
      return precision.compareTo(needs) >= 0;
    }
  }

  public ChartSpec {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    rows = List.copyOf(rows);
    pin = List.copyOf(pin);
    compare = List.copyOf(compare);
    requireNonNull(series, "series");
    requireNonNull(currency, "currency");
    requireNonNull(scale, "scale");
    requireNonNull(period, "period");
    requireNonNull(title, "title");
    requireNonNull(caption, "caption");
  }

  /** A chart with nothing pinned, as declared before the {@code pin} column. */
  public ChartSpec(String id, ChartKind kind, List<RowRef> rows, List<RowRef> compare, Optional<String> series,
      Optional<Currency> currency, Scale scale, Period period, Localized title, Localized caption) {
    this(id, kind, rows, List.of(), compare, series, currency, scale, period, title, caption);
  }

  /** Whether row {@code id} of the chart's table is pinned. */
  public boolean pinned(String id) {
    return pin.stream().anyMatch(r -> r.id().equals(id));
  }

  /** The column that makes the series: the declared one, else the kind's default. */
  public Optional<String> seriesColumn() {
    return series.or(() -> kind.seriesColumns().stream().findFirst());
  }
}
