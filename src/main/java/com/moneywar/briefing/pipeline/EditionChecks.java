package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.cache.CacheKey;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.validate.PassedEditions;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The editions that passed their own checks, kept in the build's cache as one entry: the hashes of
 * their texts ({@link ProjectInputs#texts}), under a key of the tables and config ({@link
 * ProjectInputs#tables}) and the series' slugs and dates (an edition's text may link to any other by
 * its slug). So an edit to a text checks that text again; an edit to a table, the config, or the
 * series' list of editions checks them all. The tool is in every key of the cache, so a new version
 * checks everything. Thread-safe.
 */
final class EditionChecks implements PassedEditions {
  private final BuildCache cache;
  private final CacheKey key;
  /** The hash of each edition's text, by the edition (the model's records, compared by identity). */
  private final Map<Story, String> texts = new IdentityHashMap<>();
  private final Set<String> before;
  private final Set<String> now = ConcurrentHashMap.newKeySet();

  private EditionChecks(BuildCache cache, ProjectInputs inputs) {
    this.cache = cache;
    CacheKey.Builder k = CacheKey.builder("edition-checks").add(inputs.tables());
    for (int i = 0; i < inputs.series().size(); i++) {
      Story story = inputs.series().get(i);
      k.add(story.slug()).add(AsOf.date(story).toString());
      texts.put(story, inputs.text(i));
    }
    this.key = k.build();
    this.before = cache.get(key).map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .map(s -> Set.of(s.isEmpty() ? new String[0] : s.split("\n", -1))).orElse(Set.of());
  }

  /** The editions that passed in an earlier build of {@code inputs}, as {@code cache} keeps them. */
  static EditionChecks of(BuildCache cache, ProjectInputs inputs) {
    return new EditionChecks(cache, inputs);
  }

  @Override
  public boolean passedBefore(Story story) {
    String text = texts.get(story);
    if (text != null && before.contains(text)) {
      now.add(text);
      return true;
    }
    return false;
  }

  @Override
  public void passed(Story story) {
    String text = texts.get(story);
    if (text != null) {
      now.add(text);
    }
  }

  /** Keeps the editions that passed in this build for the next, when they are not the ones kept already. */
  void save() {
    if (!now.equals(before)) {
      cache.put(key, String.join("\n", new TreeSet<>(now)).getBytes(StandardCharsets.UTF_8));
    }
  }
}
