package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Story;

/**
 * The editions that passed their own checks ({@code EditionChecker}: the words around each figure,
 * the charts and links of its text) in an earlier build of the same tables, config and series, so
 * that a build after a one-text edit checks that text again and takes the rest as passed. An edition
 * passes only with no problem and no advisory; one with either is always checked again, so that it
 * says them again. Implementations are thread-safe: editions are checked side by side.
 */
public interface PassedEditions {
  /** No memory: every edition is checked. */
  PassedEditions NONE = new PassedEditions() {
    @Override
    public boolean passedBefore(Story story) {
      return false;
    }

    @Override
    public void passed(Story story) {}
  };

  /** Whether {@code story}, exactly as it is, passed in an earlier build of the same inputs. */
  boolean passedBefore(Story story);

  /** Notes that {@code story} passed its own checks in this build: no problem, no advisory. */
  void passed(Story story);
}
