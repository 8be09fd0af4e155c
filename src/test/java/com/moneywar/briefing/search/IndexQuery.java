package com.moneywar.briefing.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs a query on an index's files as assets/search.js does, and counts the bytes it loads: the
 * manifest, the shards of the query's terms, and the files of the first {@code shown} results.
 */
final class IndexQuery {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a query found (document numbers, best first), the first results' rows, and the bytes it loaded. */
  record Found(List<Integer> ids, List<List<String>> shown, long bytes, Set<String> files) {}

  private IndexQuery() {}

  /** {@code files}: the index's files by name inside its folder ({@code manifest.js}, {@code t3.js}…). */
  static Found run(Map<String, byte[]> files, String query, int shown) {
    Set<String> loaded = new LinkedHashSet<>();
    JsonNode manifest = read(files, "manifest", loaded);
    int shards = manifest.get("shards").asInt();
    int chunk = manifest.get("chunk").asInt();
    SearchTerms.Query q = SearchTerms.query(query);
    TreeSet<Integer> ids = null;
    if (shards > SearchTerms.PREFIX_SHARDS) {
      q = new SearchTerms.Query(q.terms(), "");
    }
    for (String term : q.terms()) {
      List<JsonNode> shardFiles = new ArrayList<>();
      if (term.equals(q.prefix())) {
        for (int k = 0; k < shards; k++) {
          shardFiles.add(read(files, "t" + k, loaded).get("terms"));
        }
      } else {
        shardFiles.add(read(files, "t" + SearchTerms.shard(term, shards), loaded).get("terms"));
      }
      TreeSet<Integer> own = new TreeSet<>();
      for (JsonNode shard : shardFiles) {
        for (Iterator<Map.Entry<String, JsonNode>> it = shard.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (q.matches(term, e.getKey())) {
            int last = 0;
            for (JsonNode d : e.getValue()) {
              last += d.asInt();
              own.add(last);
            }
          }
        }
      }
      if (ids == null) {
        ids = own;
      } else {
        ids.retainAll(own);
      }
    }
    List<Integer> found = ids == null ? List.of() : List.copyOf(ids);
    List<List<String>> rows = new ArrayList<>();
    for (int id : found.subList(0, Math.min(shown, found.size()))) {
      JsonNode doc = read(files, "d" + id / chunk, loaded).get("docs").get(id % chunk);
      List<String> row = new ArrayList<>();
      doc.forEach(v -> row.add(v.asText()));
      rows.add(row);
    }
    long bytes = loaded.stream().mapToLong(f -> files.get(f + ".js").length).sum();
    return new Found(found, rows, bytes, loaded);
  }

  private static JsonNode read(Map<String, byte[]> files, String name, Set<String> loaded) {
    loaded.add(name);
    String text = new String(files.get(name + ".js"), StandardCharsets.UTF_8);
    if (!text.startsWith("briefingSearch(") || !text.endsWith(");\n")) {
      throw new AssertionError(name + ".js is not a briefingSearch(…) call");
    }
    try {
      return JSON.readTree(text.substring("briefingSearch(".length(), text.length() - 3));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
