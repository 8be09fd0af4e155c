package com.moneywar.briefing.pipeline;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a finished build wrote: counts, total size, and each file with its size in bytes.
 *
 * @param files path under the output folder → size in bytes, sorted by path
 */
public record BuildSummary(int pages, int charts, int pdfs, long bytes, Map<String, Long> files) {
  public BuildSummary {
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }
}
