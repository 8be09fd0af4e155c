package com.moneywar.briefing.cache;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A map that a process which builds the same project many times (the preview, the build daemon)
 * keeps from one build to the next, and that drops at the end of a build every entry the build
 * neither asked for nor put: it holds what the last build used, never the history of a session.
 * What goes in must be a pure function of its key, so that a value found is the value a build
 * would make. Thread-safe.
 *
 * @param <K> the key: everything the value is made from, or stands for
 * @param <V> the value
 */
public final class KeptMap<K, V> {
  private record Entry<V>(V value, long build) {}

  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
  private final AtomicLong build = new AtomicLong();

  /** Starts a build. */
  public void beginBuild() {
    build.incrementAndGet();
  }

  /** Ends a build: drops every entry it neither asked for nor put. */
  public void endBuild() {
    long current = build.get();
    entries.values().removeIf(e -> e.build() != current);
  }

  /** The value kept under {@code key}, if any; it is then kept for this build too. */
  public Optional<V> get(K key) {
    Entry<V> e = entries.get(key);
    if (e == null) {
      return Optional.empty();
    }
    long current = build.get();
    if (e.build() != current) {
      entries.put(key, new Entry<>(e.value(), current));
    }
    return Optional.of(e.value());
  }

  /** Keeps {@code value} under {@code key}. */
  public void put(K key, V value) {
    entries.put(key, new Entry<>(value, build.get()));
  }

  /** The value kept under {@code key}, or the one {@code make} makes, then kept. */
  public V get(K key, Supplier<V> make) {
    Optional<V> kept = get(key);
    if (kept.isPresent()) {
      return kept.get();
    }
    V made = make.get();
    put(key, made);
    return made;
  }
}
