package com.moneywar.briefing.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a finished build wrote: counts, total size, and each file with its size in bytes.
 *
 * @param files path under the output folder → size in bytes, sorted by path
 * @param warnings what the user should know of a build that succeeded, such as a PDF left out
 */
public record BuildSummary(int pages, int charts, int pdfs, long bytes, Map<String, Long> files,
    List<String> warnings) {
  public BuildSummary {
    warnings = List.copyOf(warnings);
    files = java.util.Collections.unmodifiableMap(new TreeMap<>(files));
  }
}
