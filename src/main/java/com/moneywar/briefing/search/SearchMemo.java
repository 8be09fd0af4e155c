package com.moneywar.briefing.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What one language's index was made of in the builds before: each text's terms, each file of
 * things, each term's encoded numbers. A process that builds the same project many times (the
 * preview, the build daemon) keeps one per language, so that after an edit the index cuts into
 * terms and encodes only what the edit changed. Everything kept is a pure function of what it is
 * kept by (the text; the file's number and its things; the term and its numbers), so an index made
 * with the memo is byte for byte one made without. What a build did not ask for is dropped at its
 * end. Thread-safe.
 */
public final class SearchMemo {
  private record Entry<T>(T value, long build) {}

  /** A file of things: its number and the things in it. */
  private record ChunkKey(int chunk, List<SearchDoc> docs) {}

  /** A term's encoded numbers, and the numbers they encode. */
  private record Encoded(int[] ids, String json) {}

  private final Map<String, Entry<List<String>>> terms = new ConcurrentHashMap<>();
  private final Map<ChunkKey, Entry<SearchIndexer.File>> chunks = new ConcurrentHashMap<>();
  private final Map<String, Entry<Encoded>> postings = new ConcurrentHashMap<>();
  private final AtomicLong build = new AtomicLong();

  /** Starts a build. */
  public void beginBuild() {
    build.incrementAndGet();
  }

  /** Ends a build: drops everything it did not ask for. */
  public void endBuild() {
    long current = build.get();
    terms.values().removeIf(e -> e.build() != current);
    chunks.values().removeIf(e -> e.build() != current);
    postings.values().removeIf(e -> e.build() != current);
  }

  /** The terms of {@code text} ({@link SearchTerms#terms}). */
  List<String> terms(String text) {
    return kept(terms, text, () -> SearchTerms.terms(text));
  }

  /** The file of things number {@code chunk}, holding {@code docs}, made by {@code make}. */
  SearchIndexer.File chunk(int chunk, List<SearchDoc> docs, Supplier<SearchIndexer.File> make) {
    return kept(chunks, new ChunkKey(chunk, List.copyOf(docs)), make);
  }

  /** {@code term}'s entry in its shard, for {@code ids}, made by {@code make}. */
  String posting(String term, int[] ids, Supplier<String> make) {
    long current = build.get();
    Entry<Encoded> e = postings.get(term);
    if (e != null && Arrays.equals(e.value().ids(), ids)) {
      postings.put(term, new Entry<>(e.value(), current));
      return e.value().json();
    }
    String json = make.get();
    postings.put(term, new Entry<>(new Encoded(ids.clone(), json), current));
    return json;
  }

  private <K, T> T kept(Map<K, Entry<T>> map, K key, Supplier<T> make) {
    long current = build.get();
    Entry<T> e = map.get(key);
    if (e != null) {
      if (e.build() != current) {
        map.put(key, new Entry<>(e.value(), current));
      }
      return e.value();
    }
    T value = make.get();
    map.put(key, new Entry<>(value, current));
    return value;
  }
}
