package com.moneywar.briefing.site;

import com.moneywar.briefing.cache.KeptMap;
import java.util.Optional;

/**
 * What each edition made in the builds before, decoded, by its key in the {@link EditionMemo}: a
 * process that builds the same project many times (the preview, the build daemon) keeps one, so
 * that an edition taken from the memo is not read from the disk and decoded again in every build.
 * Sound because the key is a hash of everything the output is made from: an equal key finds an
 * equal output, wherever it was kept. An output not asked for in a build is dropped at its end
 * ({@link KeptMap}). Thread-safe.
 */
public final class KeptEditions {
  private final KeptMap<String, EditionOutput> outputs = new KeptMap<>();

  /** Starts a build. */
  void beginBuild() {
    outputs.beginBuild();
  }

  /** The output kept under {@code key}, if any. */
  Optional<EditionOutput> get(String key) {
    return outputs.get(key);
  }

  /** Keeps {@code output} under {@code key} for the builds after this one. */
  void put(String key, EditionOutput output) {
    outputs.put(key, output);
  }

  /** Ends a build: drops every output this build neither asked for nor made. */
  public void endBuild() {
    outputs.endBuild();
  }
}
