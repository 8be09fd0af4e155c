package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.model.Lang;
import java.time.Duration;

/**
 * Hears about each stage of a build as it finishes, and about each PDF edition within the PDF
 * stage, for progress output. The editions are laid out side by side, so {@link #editionDone} may
 * be called from several threads at once; an implementation that prints must serialise its output.
 */
public interface BuildListener {
  void stageDone(String stage, Duration took, String detail);

  /**
   * One PDF edition is laid out: {@code done} of {@code total} are finished now, this one included,
   * and this one took {@code took}. Called before the PDF stage's own {@link #stageDone}.
   */
  default void editionDone(Lang lang, int done, int total, Duration took) {}

  /**
   * One PDF edition was not laid out but taken as made before (from the cache, or the output's own
   * PDF): {@code done} of {@code total} are finished now, this one included. Called before the PDF
   * stage's own {@link #stageDone}.
   */
  default void editionReused(Lang lang, int done, int total) {}

  static BuildListener silent() {
    return (stage, took, detail) -> {};
  }
}
