package com.moneywar.briefing.site;

import com.moneywar.briefing.cache.KeptMap;
import com.moneywar.briefing.chart.ChartImage;
import java.util.List;

/**
 * Each chart's numbers as CSV, made in the builds before, by the very table they were made from: a
 * process that builds the same project many times keeps its charts between builds (the preview,
 * the build daemon), and with them their CSV files, so that a series of hundreds of editions does
 * not write every chart's numbers out again after each edit. Sound because a chart's table is an
 * immutable list: the same list always gives the same bytes. What a build did not ask for is
 * dropped at its end ({@link KeptMap}). Thread-safe.
 */
public final class KeptCsv {
  /** A table, compared by identity. */
  private record Same(List<List<String>> table) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Same other && other.table == table;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(table);
    }
  }

  private final KeptMap<Same, byte[]> files = new KeptMap<>();

  /** Starts a build. */
  public void beginBuild() {
    files.beginBuild();
  }

  /** Ends a build: drops every CSV it did not ask for. */
  public void endBuild() {
    files.endBuild();
  }

  /** {@code chart}'s numbers as CSV ({@link CsvTableWriter#write}). */
  byte[] of(ChartImage chart) {
    return files.get(new Same(chart.table()), () -> CsvTableWriter.write(chart.table()));
  }
}
