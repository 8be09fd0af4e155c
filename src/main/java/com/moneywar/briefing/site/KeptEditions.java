package com.moneywar.briefing.site;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each edition made in the builds before, decoded, by its key in the {@link EditionMemo}: a
 * process that builds the same project many times (the preview, the build daemon) keeps one, so
 * that an edition taken from the memo is not read from the disk and decoded again in every build.
 * Sound because the key is a hash of everything the output is made from: an equal key finds an
 * equal output, wherever it was kept. An output not asked for in a build is dropped at its end.
 * Thread-safe.
 */
public final class KeptEditions {
  private record Entry(EditionOutput output, long build) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong build = new AtomicLong();

  /** Starts a build. */
  void beginBuild() {
    build.incrementAndGet();
  }

  /** The output kept under {@code key}, if any. */
  Optional<EditionOutput> get(String key) {
    Entry e = entries.get(key);
    if (e == null) {
      return Optional.empty();
    }
    entries.put(key, new Entry(e.output(), build.get()));
    return Optional.of(e.output());
  }

  /** Keeps {@code output} under {@code key} for the builds after this one. */
  void put(String key, EditionOutput output) {
    entries.put(key, new Entry(output, build.get()));
  }

  /** Ends a build: drops every output this build neither asked for nor made. */
  public void endBuild() {
    long current = build.get();
    entries.values().removeIf(e -> e.build() != current);
  }
}
