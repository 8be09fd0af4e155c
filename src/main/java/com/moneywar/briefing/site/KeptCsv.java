package com.moneywar.briefing.site;

import com.moneywar.briefing.chart.ChartImage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Each chart's numbers as CSV, made in the builds before, by the very table they were made from: a
 * process that builds the same project many times keeps its charts between builds (the preview,
 * the build daemon), and with them their CSV files, so that a series of hundreds of editions does
 * not write every chart's numbers out again after each edit. Sound because a chart's table is an
 * immutable list: the same list always gives the same bytes. What a build did not ask for is
 * dropped at its end. Thread-safe.
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

  private record Entry(byte[] csv, long build) {}

  private final Map<Same, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong build = new AtomicLong();

  /** Starts a build. */
  public void beginBuild() {
    build.incrementAndGet();
  }

  /** Ends a build: drops every CSV it did not ask for. */
  public void endBuild() {
    long current = build.get();
    entries.values().removeIf(e -> e.build() != current);
  }

  /** {@code chart}'s numbers as CSV ({@link CsvTableWriter#write}). */
  byte[] of(ChartImage chart) {
    Same key = new Same(chart.table());
    long current = build.get();
    Entry e = entries.get(key);
    if (e == null) {
      e = new Entry(CsvTableWriter.write(chart.table()), current);
    } else if (e.build() == current) {
      return e.csv();
    }
    entries.put(key, new Entry(e.csv(), current));
    return e.csv();
  }
}
