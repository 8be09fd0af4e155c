package com.moneywar.briefing.load;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What each text file was read as in the builds before, by its path and its very text: a process
 * that loads the same project many times (the preview, the build daemon) keeps one, so that an edit
 * to one text reads only that text again, and the other editions are the same objects as before
 * (which lets what is remembered of them by identity be found again). Sound because reading a text
 * depends on its path and its text alone. A text not read in a build is dropped at its end.
 * Thread-safe.
 */
public final class KeptTexts {
  private record Entry(String text, Object read, long build) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong build = new AtomicLong();

  /** Starts a build. */
  public void beginBuild() {
    build.incrementAndGet();
  }

  /** Ends a build: drops every text it did not read. */
  public void endBuild() {
    long current = build.get();
    entries.values().removeIf(e -> e.build() != current);
  }

  /** What {@code file} was read as when it held {@code text}, if a build before read it so. */
  <T> Optional<T> get(String file, String text, Class<T> type) {
    Entry e = entries.get(file);
    if (e == null || !e.text().equals(text) || !type.isInstance(e.read())) {
      return Optional.empty();
    }
    entries.put(file, new Entry(e.text(), e.read(), build.get()));
    return Optional.of(type.cast(e.read()));
  }

  /** Keeps what {@code file}, holding {@code text}, was read as. */
  void put(String file, String text, Object read) {
    entries.put(file, new Entry(text, read, build.get()));
  }
}
