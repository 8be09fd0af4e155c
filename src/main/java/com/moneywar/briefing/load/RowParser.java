package com.moneywar.briefing.load;

/** Turns one CSV row of a table into its record. */
interface RowParser<T> {
  TableSpec spec();

  /** Reads the row through {@code cells}; the result is dropped if any cell was bad. */
  T parse(CellReader cells);
}
