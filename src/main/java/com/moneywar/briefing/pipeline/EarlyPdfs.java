package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.cache.CacheKey;
import com.moneywar.briefing.chart.SvgDrawing;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.site.RenderedSite;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lays out the first few PDFs a build needs while its pages are still rendering: as soon as an
 * edition's print document is made, if the cache has no PDF for it, one thread begins its layout,
 * so a rebuild after an edit has the edited edition's PDF (most of its PDF stage) ready by the time
 * the home page, the archive and the search index are done. The PDF stage then takes it by its key
 * ({@link #take}); a layout whose key the PDF stage does not find again (its drawings differ) is
 * simply not used. The bytes are those the PDF stage would make: the same document, drawings,
 * timestamp and renderer ({@link PdfStage#layOut}).
 *
 * <p>At most {@code most} layouts begin early, one at a time, so that a cold build of a whole
 * series does not lay out its editions beside its pages (it would hold both in memory at once).
 */
final class EarlyPdfs implements AutoCloseable {
  /** A PDF laid out, or its problems, and how long the layout took. */
  record Laid(Result<byte[]> pdf, long nanos) {}

  private final PdfStage.Layout layout;
  private final BuildCache cache;
  private final int most;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "briefing-pdf-early");
    t.setDaemon(true);
    return t;
  });
  private final Map<CacheKey, Future<Laid>> started = new ConcurrentHashMap<>();
  private final AtomicInteger begun = new AtomicInteger();

  EarlyPdfs(PdfStage.Layout layout, BuildCache cache, int most) {
    this.layout = layout;
    this.cache = cache;
    this.most = most;
  }

  /**
   * An edition's print document has just been made; {@code drawings} are its language's chart
   * drawings so far by path (read during the call only). Begins its layout unless the cache holds
   * its PDF or enough have begun.
   */
  void offer(RenderedSite.PrintEdition edition, Map<String, SvgDrawing> drawings) {
    if (begun.get() >= most) {
      return;
    }
    Map<String, SvgDrawing> shown = ReferencedFiles.in(edition.xhtml(), drawings);
    CacheKey key = PdfStage.key(edition, PdfStage.timestamp(edition.date()), shown);
    if (cache.holds(key)) {
      return;
    }
    started.computeIfAbsent(key, k -> {
      begun.incrementAndGet();
      return thread.submit(() -> {
        long start = System.nanoTime();
        Result<byte[]> pdf = layout.layOut(edition, shown, key);
        return new Laid(pdf, System.nanoTime() - start);
      });
    });
  }

  /** The layout begun early for {@code key}, if one was. */
  Optional<Future<Laid>> take(CacheKey key) {
    return Optional.ofNullable(started.remove(key));
  }

  /** How many layouts began early. */
  int begun() {
    return begun.get();
  }

  /** Drops a layout not begun and waits for one being made, which stores into the cache. */
  @Override
  public void close() {
    thread.shutdownNow();
    try {
      thread.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
