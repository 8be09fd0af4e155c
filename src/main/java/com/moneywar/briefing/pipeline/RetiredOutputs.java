package com.moneywar.briefing.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Removes the output a build has just replaced (moved aside by the swap; its files are mostly hard
 * links the new output shares). A build run once removes it before it ends. A process that builds
 * again and again and lives on between builds (the preview, the build daemon) removes it on a
 * thread of its own, after the build has answered: on a virtual disk, unlinking 8,000 files takes
 * a fifth of a second that no reader needs to wait for. The next build waits for it first
 * ({@link #awaitRemoved}), before it looks for leftovers next to the output.
 *
 * <p>A folder not removed (the process ended first) is a leftover that the next build removes.
 */
final class RetiredOutputs {
  /** Null when each is removed at once. */
  private final ExecutorService remover;
  private Future<?> last;

  /** Removes each on {@code remover}'s thread; null: at once. */
  RetiredOutputs(ExecutorService remover) {
    this.remover = remover;
  }

  /** Removes each replaced output before the build ends. */
  static RetiredOutputs atOnce() {
    return new RetiredOutputs(null);
  }

  /** Removes each replaced output on a thread of its own, after the build. */
  static RetiredOutputs afterwards() {
    return new RetiredOutputs(Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "briefing-remove-old-output");
      t.setDaemon(true);
      return t;
    }));
  }

  /** Removes {@code old}, the folder the swap moved the previous output to: now or afterwards. */
  synchronized void retire(Path old) throws IOException {
    if (remover == null) {
      Publisher.deleteTree(old);
      return;
    }
    last = remover.submit(() -> {
      Publisher.deleteTree(old);
      return null;
    });
  }

  /**
   * Waits until every output retired so far is removed; one that could not be removed is left to
   * the next build's removal of leftovers.
   */
  synchronized void awaitRemoved() {
    if (last == null) {
      return;
    }
    try {
      last.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.util.concurrent.ExecutionException e) {
      // Left behind: removeLeftovers takes it.
    }
    last = null;
  }
}
