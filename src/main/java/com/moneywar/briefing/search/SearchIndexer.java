package com.moneywar.briefing.search;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Story;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds one language's search index from the model. Things are numbered in the order results are
 * listed (companies, then deals and valuations, talent offers, briefings, then sources; newest
 * first within each), so a query's best results are simply its smallest numbers. Each term's
 * numbers go into one of {@code shards} files by {@link SearchTerms#shard}; the things themselves
 * go {@value #DOCS_PER_CHUNK} to a file. A query loads the manifest, the shards of its terms, and
 * the files of the results it shows. Every file is a script that hands its JSON to
 * {@code briefingSearch(…)}, so the index loads from disk as well as from any host. Same model,
 * same bytes. Thread-safe (no state).
 *
 * <pre>{@code
 * SearchIndex index = SearchIndexer.index(briefing, Lang.KO, wording);
 * }</pre>
 */
public final class SearchIndexer {
  /** Things per file of things: a results page of ten touches at most ten small files. */
  public static final int DOCS_PER_CHUNK = 4;

  /** The size a term shard aims at; the shard count is the power of two that keeps the average below. */
  static final int SHARD_TARGET_BYTES = 6_000;

  private SearchIndexer() {}

  public static SearchIndex index(Briefing briefing, Lang lang, SearchWording wording) {
    return index(briefing, lang, wording, story -> passages(story, lang, wording));
  }

  /**
   * The index of {@code briefing} in {@code lang}, each briefing's paragraphs taken from {@code
   * storyDocs} (which may give those of an earlier build, made by {@link #passages}).
   */
  public static SearchIndex index(Briefing briefing, Lang lang, SearchWording wording,
      java.util.function.Function<Story, List<SearchDoc>> storyDocs) {
    return index(briefing, lang, wording, storyDocs, factDocs(briefing, lang, wording), null);
  }

  /** The entries of {@code briefing}'s companies, deals, valuations, offers and sources in {@code lang}. */
  public static List<SearchDoc> factDocs(Briefing briefing, Lang lang, SearchWording wording) {
    return FactDocs.read(briefing, lang, wording);
  }

  /**
   * As above, with the facts' entries given ({@link #factDocs}), taking from {@code memo} (null for
   * none) what an earlier build of this language's index cut or encoded of the same texts, things
   * and numbers ({@link SearchMemo}).
   */
  public static SearchIndex index(Briefing briefing, Lang lang, SearchWording wording,
      java.util.function.Function<Story, List<SearchDoc>> storyDocs, List<SearchDoc> factDocs, SearchMemo memo) {
    List<SearchDoc> docs = new ArrayList<>(factDocs);
    for (Story story : briefing.stories()) {
      if (story.articles().containsKey(lang)) {
        docs.addAll(storyDocs.apply(story));
      }
    }
    return index(docs, memo);
  }

  /** A briefing's paragraphs in {@code lang}, as the search finds them. */
  public static List<SearchDoc> passages(Story story, Lang lang, SearchWording wording) {
    return Passages.read(story, lang, wording);
  }

  /** The index of {@code docs}, listed by kind, then newest first, then in the given order. */
  static SearchIndex index(List<SearchDoc> unsorted) {
    return index(unsorted, null);
  }

  /**
   * The index of {@code docs}, as {@link #index(List)}, taking from {@code memo} (null for none)
   * what an earlier build cut or encoded of the same texts, things and numbers.
   */
  static SearchIndex index(List<SearchDoc> unsorted, SearchMemo memo) {
    List<SearchDoc> docs = new ArrayList<>(unsorted);
    docs.sort(Comparator.comparing(SearchDoc::kind)
        .thenComparing(SearchDoc::sortDate, Comparator.reverseOrder()));
    Map<String, IdList> postings = new HashMap<>();
    for (int id = 0; id < docs.size(); id++) {
      SearchDoc d = docs.get(id);
      String text = d.titleSearched() ? d.title() + " \n " + d.text() : d.text();
      for (String term : memo == null ? SearchTerms.terms(text) : memo.terms(text)) {
        postings.computeIfAbsent(term, k -> new IdList()).add(id);
      }
    }
    List<String> sortedTerms = new ArrayList<>(postings.keySet());
    Collections.sort(sortedTerms);
    List<String> encoded = new ArrayList<>(sortedTerms.size());
    long total = 0;
    for (String term : sortedTerms) {
      int[] ids = postings.get(term).toArray();
      String json = memo == null ? posting(term, ids) : memo.posting(term, ids, () -> posting(term, ids));
      encoded.add(json);
      total += json.length() + 1;
    }
    int shards = shardCount(total);
    List<StringBuilder> shardJson = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      shardJson.add(new StringBuilder());
    }
    for (int t = 0; t < sortedTerms.size(); t++) {
      StringBuilder sb = shardJson.get(SearchTerms.shard(sortedTerms.get(t), shards));
      sb.append(sb.length() == 0 ? "" : ",").append(encoded.get(t));
    }
    Map<String, File> files = new TreeMap<>();
    for (int i = 0; i < shards; i++) {
      files.put("t" + i + ".js", File.of(script("{\"file\":\"t" + i + "\",\"terms\":{" + shardJson.get(i) + "}}")));
    }
    int chunks = (docs.size() + DOCS_PER_CHUNK - 1) / DOCS_PER_CHUNK;
    for (int c = 0; c < chunks; c++) {
      int chunk = c;
      List<SearchDoc> things = docs.subList(c * DOCS_PER_CHUNK, Math.min(docs.size(), (c + 1) * DOCS_PER_CHUNK));
      files.put("d" + c + ".js", memo == null ? chunk(chunk, things) : memo.chunk(chunk, things, () -> chunk(chunk, things)));
    }
    String folder = "search/" + hash(files) + "/";
    files.put("manifest.js", File.of(script("{\"file\":\"manifest\",\"docs\":" + docs.size() + ",\"shards\":" + shards
        + ",\"chunk\":" + DOCS_PER_CHUNK + ",\"pages\":" + pages(docs) + "}")));
    TreeMap<String, byte[]> placed = new TreeMap<>();
    files.forEach((name, file) -> placed.put(folder + name, file.bytes()));
    return new SearchIndex(placed, folder + "manifest.js", docs.size(), shards);
  }

  /** A file of the index, and its SHA-256 (the index's folder is named by its files' hashes). */
  record File(byte[] bytes, byte[] sha256) {
    static File of(byte[] bytes) {
      return new File(bytes, SearchIndexer.sha256().digest(bytes));
    }
  }

  /** The things of file number {@code c}: kind, title, date, link and text of each. */
  private static File chunk(int c, List<SearchDoc> things) {
    StringBuilder sb = new StringBuilder("{\"file\":\"d" + c + "\",\"docs\":[");
    for (int i = 0; i < things.size(); i++) {
      SearchDoc d = things.get(i);
      sb.append(i == 0 ? "" : ",").append('[').append(Json.string(d.kind().code())).append(',')
          .append(Json.string(d.title())).append(',').append(Json.string(d.date())).append(',')
          .append(Json.string(d.url())).append(',').append(Json.string(d.text())).append(']');
    }
    return File.of(script(sb.append("]}").toString()));
  }

  /** A term's entry in its shard: the term and its things' numbers, each as the step from the one before. */
  private static String posting(String term, int[] ids) {
    return Json.string(term) + ":" + deltas(ids);
  }

  /** A growing list of things' numbers, without boxing each. */
  private static final class IdList {
    private int[] ids = new int[4];
    private int size;

    void add(int id) {
      if (size == ids.length) {
        ids = java.util.Arrays.copyOf(ids, size * 2);
      }
      ids[size++] = id;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(ids, size);
    }
  }

  /**
   * The runs of things that lead to one page (a briefing's summary and its paragraphs), as {@code
   * [first, count, first, count, …]} for runs of more than one: the page lists a page once, with its
   * matching passages under it, however many of them match.
   */
  static String pages(List<SearchDoc> docs) {
    StringBuilder sb = new StringBuilder("[");
    int start = 0;
    for (int id = 1; id <= docs.size(); id++) {
      if (id == docs.size() || !docs.get(id).url().equals(docs.get(start).url())) {
        if (id - start > 1) {
          sb.append(sb.length() == 1 ? "" : ",").append(start).append(',').append(id - start);
        }
        start = id;
      }
    }
    return sb.append(']').toString();
  }

  /** The power of two (at most 4096) that keeps the average shard under {@link #SHARD_TARGET_BYTES}. */
  static int shardCount(long totalBytes) {
    int shards = 1;
    while (shards < 4096 && totalBytes / shards > SHARD_TARGET_BYTES) {
      shards *= 2;
    }
    return shards;
  }

  private static String deltas(int[] ids) {
    StringBuilder sb = new StringBuilder("[");
    int last = 0;
    for (int i = 0; i < ids.length; i++) {
      sb.append(i == 0 ? "" : ",").append(ids[i] - last);
      last = ids[i];
    }
    return sb.append(']').toString();
  }

  private static byte[] script(String json) {
    return ("briefingSearch(" + json + ");\n").getBytes(StandardCharsets.UTF_8);
  }

  /** The index's folder name: a hash of its files' names and hashes. */
  private static String hash(Map<String, File> files) {
    MessageDigest sha = sha256();
    files.forEach((name, file) -> {
      sha.update(name.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(file.sha256());
    });
    return HexFormat.of().formatHex(sha.digest()).substring(0, 10);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java", e);
    }
  }
}
