package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.cache.CacheKey;
import com.moneywar.briefing.cache.Fingerprint;
import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The charts of a build, each language's found by a key of everything the charts are drawn from:
 * the config, every table (sources, companies, rates, investments, valuations, talent, rounds,
 * flows), the declared charts, the language, and through the cache's
 * {@link com.moneywar.briefing.cache.Toolchain} the tool and its fonts. Never the texts: the chart
 * code reads none, so a text edit draws nothing. Looked up first among the last build's charts (the
 * preview keeps one instance), then in the {@link BuildCache}, and drawn only when neither has them.
 * Thread-safe.
 */
final class ChartCache {
  private final Fingerprint fingerprint = new Fingerprint();
  /** The charts of the previous build and of this one so far: a preview rebuild takes them from here. */
  private Map<CacheKey, List<ChartImage>> previous = Map.of();
  private final Map<CacheKey, List<ChartImage>> current = new ConcurrentHashMap<>();
  private final AtomicReference<String> uncachable = new AtomicReference<>();

  /** Starts a new build: what the last one drew stays available to this one, and nothing older. */
  synchronized void beginBuild() {
    Map<CacheKey, List<ChartImage>> last = new HashMap<>(current);
    previous = Map.copyOf(last);
    current.clear();
    uncachable.set(null);
  }

  /**
   * The charts of {@code whole} (the whole record, or one edition as of its date) in {@code langs},
   * drawn from its tables, config and chart declarations: the renderer is handed the briefing without
   * its texts, so that the key covers everything it reads.
   */
  Map<Lang, List<ChartImage>> charts(Briefing whole, List<Lang> langs, BuildCache cache,
      java.util.function.BiFunction<List<Lang>, java.util.function.Function<Lang, List<ChartImage>>,
          Map<Lang, List<ChartImage>>> perLanguage) {
    // The renderer gets exactly what the key is made of: no texts.
    Briefing briefing = withoutTexts(whole);
    Optional<byte[]> inputs = inputs(briefing);
    Map<Lang, List<ChartImage>> found = new EnumMap<>(Lang.class);
    Map<Lang, CacheKey> keys = new EnumMap<>(Lang.class);
    for (Lang lang : langs) {
      if (inputs.isEmpty()) {
        continue;
      }
      CacheKey key = chartsKey(inputs.get(), lang);
      keys.put(lang, key);
      List<ChartImage> known = known(key, cache);
      if (known != null) {
        found.put(lang, known);
        current.put(key, known);
      }
    }
    List<Lang> missing = langs.stream().filter(lang -> !found.containsKey(lang)).toList();
    if (!missing.isEmpty()) {
      // One renderer per language (ChartRenderer is not thread-safe).
      Map<Lang, List<ChartImage>> drawn = perLanguage.apply(missing, lang -> new ChartRenderer().render(briefing, lang));
      drawn.forEach((lang, charts) -> {
        found.put(lang, charts);
        CacheKey key = keys.get(lang);
        if (key != null) {
          current.put(key, charts);
          cache.put(key, ChartImageCodec.encode(charts));
        }
      });
    }
    Map<Lang, List<ChartImage>> result = new EnumMap<>(Lang.class);
    langs.forEach(lang -> result.put(lang, found.get(lang)));
    return result;
  }

  private static CacheKey chartsKey(byte[] inputs, Lang lang) {
    return CacheKey.builder("charts").add(inputs).add(lang.code()).build();
  }

  /** The charts kept under {@code key}: in this build, the one before it, or the build's cache; else null. */
  private List<ChartImage> known(CacheKey key, BuildCache cache) {
    List<ChartImage> known = current.get(key);
    if (known == null) {
      known = previous.get(key);
    }
    if (known == null) {
      known = cache.get(key).flatMap(ChartImageCodec::decode).orElse(null);
    }
    return known;
  }

  /**
   * The charts of one edition of a series: those an earlier build drew for an edition of the same
   * inputs ({@code editionInputs}, see {@code EditionInputs}), found by the hash of the record they
   * were drawn from that it noted, without making the edition's record again; else those of {@code
   * asOf}, the edition as of its date, made only then, as {@link #charts} finds or draws them.
   */
  Map<Lang, List<ChartImage>> editionCharts(Optional<String> editionInputs, java.util.function.Supplier<Briefing> asOf,
      List<Lang> langs, BuildCache cache,
      java.util.function.BiFunction<List<Lang>, java.util.function.Function<Lang, List<ChartImage>>,
          Map<Lang, List<ChartImage>>> perLanguage) {
    Optional<CacheKey> noted = editionInputs.map(ChartCache::notedKey);
    Optional<byte[]> recorded = noted.flatMap(cache::get).filter(b -> b.length == 32);
    Optional<Map<Lang, List<ChartImage>>> found = recorded.flatMap(r -> known(r, langs, cache));
    if (found.isPresent()) {
      return found.get();
    }
    Briefing edition = asOf.get();
    Map<Lang, List<ChartImage>> charts = charts(edition, langs, cache, perLanguage);
    Optional<byte[]> inputs = inputs(withoutTexts(edition));
    if (noted.isPresent() && inputs.isPresent()
        && !(recorded.isPresent() && java.util.Arrays.equals(recorded.get(), inputs.get()))) {
      cache.put(noted.get(), inputs.get());
    }
    return charts;
  }

  /**
   * The charts an earlier build drew for an edition of the same inputs ({@code editionInputs}, see
   * {@code EditionInputs}), when the cache still holds them in every language of {@code langs}:
   * {@link #editionCharts} without drawing anything, for looking many editions up side by side.
   */
  Optional<Map<Lang, List<ChartImage>>> knownEditionCharts(String editionInputs, List<Lang> langs, BuildCache cache) {
    return cache.get(notedKey(editionInputs)).filter(b -> b.length == 32)
        .flatMap(recorded -> known(recorded, langs, cache));
  }

  /** The key under which the hash of the record an edition of these inputs was drawn from is noted. */
  private static CacheKey notedKey(String editionInputs) {
    return CacheKey.builder("edition-charts").add(editionInputs).build();
  }

  /** The charts drawn from the record hashed to {@code recorded}, if the cache holds them in every language. */
  private Optional<Map<Lang, List<ChartImage>>> known(byte[] recorded, List<Lang> langs, BuildCache cache) {
    Map<Lang, List<ChartImage>> found = new EnumMap<>(Lang.class);
    for (Lang lang : langs) {
      CacheKey key = chartsKey(recorded, lang);
      List<ChartImage> known = known(key, cache);
      if (known == null) {
        return Optional.empty();
      }
      current.put(key, known);
      found.put(lang, known);
    }
    return Optional.of(found);
  }

  /** The company pages' charts of the last build, and the hash of the tables they were drawn from. */
  private byte[] companyInputs;
  private Map<String, Map<Lang, ChartImage>> companyCharts = Map.of();

  /**
   * The company pages' charts (company id → language → chart), drawn by {@code draw} from the
   * briefing without its texts, or those of the previous build when its tables are unchanged (a
   * preview rebuild after a text edit draws none), or those the build cache holds for the same
   * tables.
   */
  Map<String, Map<Lang, ChartImage>> companyCharts(Briefing whole, BuildCache cache,
      java.util.function.Function<Briefing, Map<String, Map<Lang, ChartImage>>> draw) {
    Briefing briefing = withoutTexts(whole);
    Optional<byte[]> inputs = inputs(briefing);
    if (inputs.isPresent() && companyInputs != null && java.util.Arrays.equals(companyInputs, inputs.get())) {
      return companyCharts;
    }
    Optional<CacheKey> key = inputs.map(i -> CacheKey.builder("company-charts").add(i).build());
    companyCharts = key.flatMap(cache::get).flatMap(ChartImageCodec::decodeByCompany).orElseGet(() -> {
      Map<String, Map<Lang, ChartImage>> drawn = draw.apply(briefing);
      key.ifPresent(k -> cache.put(k, ChartImageCodec.encodeByCompany(drawn)));
      return drawn;
    });
    companyInputs = inputs.orElse(null);
    return companyCharts;
  }

  static Briefing withoutTexts(Briefing b) {
    return b.withTexts(List.of(), b.charts());
  }

  /** Why some charts could not be cached in this build, if so (a model type the fingerprint does not know). */
  Optional<String> uncachable() {
    return Optional.ofNullable(uncachable.get());
  }

  /**
   * The tables of the last briefings fingerprinted, by identity (the editions of a series whose
   * record is the whole one share its tables), with their fingerprints: a long series whose
   * editions share a record fingerprints it once, not once per edition.
   */
  private final Map<TablesKey, byte[]> fingerprinted = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<TablesKey, byte[]> eldest) {
          return size() > 16;
        }
      });

  /** A briefing's tables, equal to another's only when each table is the same instance (the charts: equal). */
  private record TablesKey(List<Object> tables, List<ChartSpec> charts) {
    static TablesKey of(Briefing b) {
      return new TablesKey(java.util.Arrays.asList(b.config(), b.sources(), b.companies(), b.rates(), b.investments(),
          b.valuations(), b.talent(), b.rounds(), b.flows(), b.spending()), b.charts());
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof TablesKey other) || other.tables.size() != tables.size() || !charts.equals(other.charts)) {
        return false;
      }
      for (int i = 0; i < tables.size(); i++) {
        if (tables.get(i) != other.tables.get(i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int h = charts.hashCode();
      for (Object t : tables) {
        h = 31 * h + System.identityHashCode(t);
      }
      return h;
    }
  }

  /** The hash of what the charts are drawn from; empty when part of it cannot be fingerprinted. */
  private Optional<byte[]> inputs(Briefing b) {
    try {
      TablesKey tables = TablesKey.of(b);
      byte[] known = fingerprinted.get(tables);
      if (known == null) {
        // Every table a chart draws from: a new table must be added here too (spending was once missing).
        known = fingerprint.of(List.of(b.config(), b.sources(), b.companies(), b.rates(), b.investments(),
            b.valuations(), b.talent(), b.rounds(), b.flows(), b.spending(), b.charts()));
        fingerprinted.put(tables, known);
      }
      return Optional.of(known);
    } catch (IllegalArgumentException e) {
      uncachable.compareAndSet(null, "charts are drawn without the cache: " + e.getMessage());
      return Optional.empty();
    }
  }
}
