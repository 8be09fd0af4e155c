package com.moneywar.briefing.search;

import com.moneywar.briefing.cache.KeptMap;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What one language's index was made of in the builds before: each text's terms, each file of
 * things, each term's encoded numbers. A process that builds the same project many times (the
 * preview, the build daemon) keeps one per language, so that after an edit the index cuts into
 * terms and encodes only what the edit changed. Everything kept is a pure function of what it is
 * kept by (the text; the file's number and its things; the term and its numbers), so an index made
 * with the memo is byte for byte one made without. What a build did not ask for is dropped at its
 * end ({@link KeptMap}). Thread-safe.
 */
public final class SearchMemo {
  /** A file of things: its number and the things in it. */
  private record ChunkKey(int chunk, List<SearchDoc> docs) {}

  /** A term's encoded numbers, and the numbers they encode. */
  private record Encoded(int[] ids, String json) {}

  private final KeptMap<String, List<String>> terms = new KeptMap<>();
  private final KeptMap<ChunkKey, SearchIndexer.File> chunks = new KeptMap<>();
  private final KeptMap<String, Encoded> postings = new KeptMap<>();

  /** Starts a build. */
  public void beginBuild() {
    terms.beginBuild();
    chunks.beginBuild();
    postings.beginBuild();
  }

  /** Ends a build: drops everything it did not ask for. */
  public void endBuild() {
    terms.endBuild();
    chunks.endBuild();
    postings.endBuild();
  }

  /** The terms of {@code text} ({@link SearchTerms#terms}). */
  List<String> terms(String text) {
    return terms.get(text, () -> SearchTerms.terms(text));
  }

  /** The file of things number {@code chunk}, holding {@code docs}, made by {@code make}. */
  SearchIndexer.File chunk(int chunk, List<SearchDoc> docs, Supplier<SearchIndexer.File> make) {
    return chunks.get(new ChunkKey(chunk, List.copyOf(docs)), make);
  }

  /** {@code term}'s entry in its shard, for {@code ids}, made by {@code make}. */
  String posting(String term, int[] ids, Supplier<String> make) {
    Optional<Encoded> kept = postings.get(term).filter(e -> Arrays.equals(e.ids(), ids));
    if (kept.isPresent()) {
      return kept.get().json();
    }
    String json = make.get();
    postings.put(term, new Encoded(ids.clone(), json));
    return json;
  }
}
