package com.moneywar.briefing.serve;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.CacheSettings;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.pipeline.BuildSummary;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The preview: builds the project, serves the output folder over HTTP on loopback (unless told
 * otherwise), rebuilds when an input changes and makes open pages reload themselves. While the
 * latest build has errors, pages show them (file, line, column) instead; the last good output
 * stays in place until a build succeeds again. Thread-safe.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(project, project.resolve("site"), "127.0.0.1", 8000, listener)) {
 *   System.out.println("http://127.0.0.1:" + server.port() + "/");
 * }
 * }</pre>
 */
public final class PreviewServer implements Closeable {
  private final Path project;
  private final Path out;
  private final BuildListener listener;
  /** One build for the session (used by one thread at a time), so unchanged charts are reused. */
  private final BriefingBuild build;
  private final HttpServer http;
  private final ExecutorService builds = Executors.newSingleThreadExecutor(daemon("briefing-build"));
  private final ExecutorService requests = Executors.newFixedThreadPool(4, daemon("briefing-http"));
  private final BuildState state = new BuildState();
  /** Builds swap the output under the write half; requests read files under the read half, never mid-swap. */
  private final ReadWriteLock outputSwap = new ReentrantReadWriteLock();
  private final java.util.concurrent.atomic.AtomicInteger pendingChanges = new java.util.concurrent.atomic.AtomicInteger();
  /** Runs on the build thread as a rebuild's PDF pass begins; a test's way to act during that pass. */
  private final Runnable pdfPassStarting;
  private ChangeWatcher watcher;

  private PreviewServer(Path project, Path out, BuildListener listener, HttpServer http, Runnable pdfPassStarting,
      CacheSettings cache) {
    this.project = project;
    this.out = out;
    this.listener = listener;
    this.pdfPassStarting = pdfPassStarting;
    this.build = new BriefingBuild(listener, outputSwap.writeLock(), Map.of(), cache).rememberingPages();
    this.http = http;
  }

  /** Builds once, then serves and watches; returns when the server is listening. */
  public static PreviewServer start(Path project, Path out, String bind, int port, BuildListener listener)
      throws IOException {
    return start(project, out, bind, port, listener, CacheSettings.off(), () -> {});
  }

  /** As {@link #start(Path, Path, String, int, BuildListener)}, with the build cache {@code cache} names. */
  public static PreviewServer start(Path project, Path out, String bind, int port, BuildListener listener,
      CacheSettings cache) throws IOException {
    return start(project, out, bind, port, listener, cache, () -> {});
  }

  /**
   * As {@link #start(Path, Path, String, int, BuildListener)}, running {@code pdfPassStarting} on the
   * build thread each time a rebuild's PDF pass begins (with the same build's listener calls after
   * it); for tests that must act while that pass is under way.
   */
  static PreviewServer start(Path project, Path out, String bind, int port, BuildListener listener,
      Runnable pdfPassStarting) throws IOException {
    return start(project, out, bind, port, listener, CacheSettings.off(), pdfPassStarting);
  }

  static PreviewServer start(Path project, Path out, String bind, int port, BuildListener listener,
      CacheSettings cache, Runnable pdfPassStarting) throws IOException {
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(bind, port), 0);
    } catch (BindException e) {
      throw new BindException("port " + port + " on " + bind + " is in use (" + e.getMessage()
          + "); choose another with --port, or --port 0 for any free one");
    }
    PreviewServer server = new PreviewServer(project, out, listener, http, pdfPassStarting, cache);
    server.firstBuild();
    http.createContext("/", new SiteHandler(project, out, server.state, server.outputSwap.readLock()));
    http.setExecutor(server.requests);
    http.start();
    server.watcher = new ChangeWatcher(project, server::scheduleRebuild);
    return server;
  }

  /** Daemon threads, so a server left open never keeps the JVM alive. */
  private static ThreadFactory daemon(String name) {
    return r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    };
  }

  public int port() {
    return http.getAddress().getPort();
  }

  /** How many builds have finished, successful or not. */
  public long builds() {
    return state.number();
  }

  /**
   * Waits until more than {@code after} builds have finished, at most {@code timeout}; returns
   * {@link #builds()} then.
   */
  long awaitBuildsAbove(long after, Duration timeout) throws InterruptedException {
    return state.awaitNumberAbove(after, timeout);
  }

  /** The problems of the latest build; empty when it succeeded. */
  public List<Problem> problems() {
    return state.problems();
  }

  /** Queues a rebuild for a burst of saves, after telling the listener (stage {@code changed}) what changed. */
  private void scheduleRebuild(List<String> changed) {
    listener.stageDone("changed", Duration.ZERO, changed.isEmpty() ? "(many files)" : String.join(", ", changed));
    pendingChanges.incrementAndGet();
    builds.submit(() -> {
      pendingChanges.decrementAndGet();
      rebuild();
    });
  }

  private void firstBuild() {
    Result<BuildSummary> result = build.build(project, out, true);
    sayAdvisories();
    if (result instanceof Result.Failed<BuildSummary> failed) {
      state.failed(failed.problems());
    } else {
      state.succeeded();
    }
  }

  /**
   * Rebuilds in two passes: the pages first, so the edit shows at once, then, unless another
   * change is already waiting, the PDF editions.
   */
  private void rebuild() {
    Result<BuildSummary> result = build.build(project, out, false);
    sayAdvisories();
    if (result instanceof Result.Failed<BuildSummary> failed) {
      state.failed(failed.problems());
      failed.problems().stream().sorted(Problem.BY_POSITION)
          .forEach(p -> listener.stageDone("error", Duration.ZERO, p.toString()));
      return;
    }
    state.succeeded();
    builds.submit(() -> {
      if (pendingChanges.get() == 0) {
        pdfPassStarting.run();
        build.pdfsOfPagePass(project, out);
      }
    });
  }

  /** What the build found allowed but likely wrong, on the console as the build's other lines. */
  private void sayAdvisories() {
    build.advisories().forEach(a -> listener.stageDone("warning", Duration.ZERO, a.toString()));
  }

  @Override
  public void close() throws IOException {
    if (watcher != null) {
      watcher.close();
    }
    http.stop(0);
    requests.shutdownNow();
    // Drops the waiting passes and interrupts the running one, then waits for it: a build still
    // writing after close() returned would race whoever removes or reads the folder next.
    builds.shutdownNow();
    try {
      if (!builds.awaitTermination(2, TimeUnit.MINUTES)) {
        throw new IOException("the running build did not stop within 2 minutes");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
