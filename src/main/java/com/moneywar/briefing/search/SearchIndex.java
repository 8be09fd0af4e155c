package com.moneywar.briefing.search;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One language's search index as files: their paths under the language's folder (such as
 * {@code search/3f9a0c1b2d/t17.js}) and bytes, and the path of the manifest the search page loads.
 * All files sit in a folder named by a hash of their content, so a changed index has new addresses
 * and no cache serves a stale part.
 */
public record SearchIndex(SortedMap<String, byte[]> files, String manifest, int docs, int shards) {
  public SearchIndex {
    files = new TreeMap<>(files);
  }

  /** The bytes of all files together. */
  public long size() {
    return files.values().stream().mapToLong(b -> b.length).sum();
  }

  /** The files as a plain map, for writing. */
  public Map<String, byte[]> asMap() {
    return files;
  }
}
