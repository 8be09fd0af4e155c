package com.moneywar.briefing.load;

import com.moneywar.briefing.cache.KeptMap;
import java.util.Optional;

/**
 * What each text file and each table was read as in the builds before, by its path and its very
 * text (a table's bytes as ISO-8859-1 characters, one per byte): a process that loads the same
 * project many times (the preview, the build daemon) keeps one, so that an edit to one text reads
 * only that text again, and the other editions and the tables are the same objects as before (which
 * lets what is remembered of them by identity be found again). Sound because reading a text or a
 * table depends on its path and its content alone. A file not read in a build is dropped at its
 * end. Thread-safe.
 */
public final class KeptTexts {
  /** What a file was read as, and the text it held then. */
  private record Read(String text, Object read) {}

  private final KeptMap<String, Read> files = new KeptMap<>();

  /** Starts a build. */
  public void beginBuild() {
    files.beginBuild();
  }

  /** Ends a build: drops every text it did not read. */
  public void endBuild() {
    files.endBuild();
  }

  /** What {@code file} was read as when it held {@code text}, if a build before read it so. */
  <T> Optional<T> get(String file, String text, Class<T> type) {
    return files.get(file).filter(r -> r.text().equals(text) && type.isInstance(r.read())).map(r -> type.cast(r.read()));
  }

  /** Keeps what {@code file}, holding {@code text}, was read as. */
  void put(String file, String text, Object read) {
    files.put(file, new Read(text, read));
  }
}
