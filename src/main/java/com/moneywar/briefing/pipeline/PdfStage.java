package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.cache.CacheKey;
import com.moneywar.briefing.chart.SvgDrawing;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.pdf.PdfEdition;
import com.moneywar.briefing.pdf.PdfRenderer;
import com.moneywar.briefing.pdf.SourceTexts;
import com.moneywar.briefing.site.RenderedSite;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The PDF editions of one build: each edition is laid out (or taken from the cache) on as many
 * threads as there are cores, and each PDF goes to the staging folder as soon as it is made and is
 * not kept in memory. Each edition's bytes depend only on its own print document, the drawings it
 * shows and its date, so the order in which they finish changes nothing. Closing it drops the
 * editions not started and waits for those being laid out, which write to the staging folder.
 */
final class PdfStage implements AutoCloseable {
  private final PdfRenderer renderer = new PdfRenderer();
  private final SourceTexts sources;
  private final BuildCache cache;
  private final Publisher.Staging staging;
  private final BuildListener listener;
  private final ExecutorService pool;
  /** The size of every PDF written so far, by path. */
  private final Map<String, Long> sizes = new ConcurrentHashMap<>();
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger reused = new AtomicInteger();
  private final AtomicInteger takenEarly = new AtomicInteger();
  /** What the build before published, when the process keeps it; null otherwise. */
  private final PublishedPdfs published;
  /** The layouts begun while the pages rendered, if this stage lets any begin; else null. */
  private EarlyPdfs early;

  /** Lays out one edition's PDF and keeps it in the cache ({@link PdfStage#layOut}). */
  @FunctionalInterface
  interface Layout {
    Result<byte[]> layOut(RenderedSite.PrintEdition edition, Map<String, SvgDrawing> shown, CacheKey key);
  }

  /** A stage that writes to {@code staging}, takes and stores PDFs in {@code cache}, and reports to {@code listener}. */
  PdfStage(SourceTexts sources, BuildCache cache, Publisher.Staging staging, BuildListener listener) {
    this(sources, cache, staging, listener, null);
  }

  /**
   * As above; an edition whose PDF {@code published} (null for none) says the output holds as the
   * build before published it from the same key is handed over as it is.
   */
  PdfStage(SourceTexts sources, BuildCache cache, Publisher.Staging staging, BuildListener listener,
      PublishedPdfs published) {
    this.published = published;
    this.sources = sources;
    this.cache = cache;
    this.staging = staging;
    this.listener = listener;
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "briefing-pdf");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * The PDFs of {@code editions}, each written to the staging folder: the size of each file written
   * by path, or every problem. {@code drawings} are the site's chart drawings by path; each edition
   * is handed those its document names.
   */
  Result<Map<String, Long>> make(List<RenderedSite.PrintEdition> editions, Map<String, SvgDrawing> drawings) {
    // The drawings by file name, once: each edition looks up the names its document holds.
    ReferencedFiles<SvgDrawing> index = new ReferencedFiles<>(drawings);
    List<Future<Job>> prepared = new ArrayList<>();
    editions.forEach(edition -> prepared.add(pool.submit(() -> job(edition, index))));
    List<Job> jobs = new ArrayList<>();
    for (Future<Job> job : prepared) {
      jobs.add(BriefingBuild.await(job));
    }
    // The editions to lay out first, those the cache holds after them: a rebuild's one edited edition,
    // last in the series, waited for the other 499 to be read from the cache before its layout began;
    // now one core lays it out while the other reads the rest. The bytes are the same in any order.
    List<Future<Result<Long>>> pdfs = new ArrayList<>();
    Stream.concat(jobs.stream().filter(j -> !j.cached()), jobs.stream().filter(Job::cached))
        .forEach(job -> pdfs.add(pool.submit(() -> make(job, editions.size()))));
    List<Problem> problems = new ArrayList<>();
    for (Future<Result<Long>> pdf : pdfs) {
      problems.addAll(BriefingBuild.await(pdf).problems());
    }
    return problems.isEmpty() ? Result.ok(new TreeMap<>(sizes)) : Result.failed(problems.stream().distinct().toList());
  }

  /**
   * One edition's PDF to make: the drawings its document names (held deflated until it is laid out),
   * its cache key, and whether the cache has an entry for it.
   */
  private record Job(RenderedSite.PrintEdition edition, Map<String, SvgDrawing> shown, CacheKey key, boolean cached) {}

  private Job job(RenderedSite.PrintEdition edition, ReferencedFiles<SvgDrawing> drawings) {
    // Only the charts the document names: the renderer may load nothing else, and the key and the
    // document id then hash a handful of files, not every chart of the site.
    Map<String, SvgDrawing> shown = drawings.in(edition.xhtml());
    CacheKey key = key(edition, timestamp(edition.date()), shown);
    return new Job(edition, shown, key, cache.holds(key));
  }

  private Result<Long> make(Job job, int total) {
    long start = System.nanoTime();
    RenderedSite.PrintEdition edition = job.edition();
    CacheKey key = job.key();
    List<String> paths = Stream.of(edition.pdfPath(), edition.latestPath()).filter(p -> !p.isEmpty()).toList();
    Optional<Long> handedOver = handOver(job, paths);
    if (handedOver.isPresent()) {
      reused.incrementAndGet();
      listener.editionReused(edition.lang(), done.incrementAndGet(), total);
      return Result.ok(handedOver.get());
    }
    // An edition made before from exactly these inputs comes from the cache: a new briefing lays
    // out only itself (and any edition whose inputs changed). Only then are its drawings inflated.
    // One laid out while the pages rendered (EarlyPdfs) is taken as it is.
    Optional<EarlyPdfs.Laid> laidEarly = early == null ? Optional.empty() : early.take(key).map(BriefingBuild::await);
    Optional<byte[]> made = laidEarly.isPresent() ? Optional.empty() : cache.get(key);
    Result<byte[]> pdf = laidEarly.map(EarlyPdfs.Laid::pdf)
        .or(() -> made.map(Result::ok))
        .orElseGet(() -> layOut(edition, job.shown(), key));
    long took = laidEarly.map(EarlyPdfs.Laid::nanos).orElse(System.nanoTime() - start);
    laidEarly.ifPresent(l -> takenEarly.incrementAndGet());
    if (made.isPresent()) {
      reused.incrementAndGet();
      listener.editionReused(edition.lang(), done.incrementAndGet(), total);
    } else if (pdf.problems().isEmpty()) {
      listener.editionDone(edition.lang(), done.incrementAndGet(), total, Duration.ofNanos(took));
    }
    return pdf.map(bytes -> {
      for (String path : paths) {
        staging.put(path, bytes);
        sizes.put(path, (long) bytes.length);
        if (published != null) {
          published.made(path, key);
        }
      }
      return (long) bytes.length;
    });
  }

  /**
   * Lays out {@code edition}'s PDF from its document and the drawings it shows ({@code shown}, by
   * path), and keeps it in the cache under {@code key}, its inputs' key: the one way a PDF is made.
   */
  Result<byte[]> layOut(RenderedSite.PrintEdition edition, Map<String, SvgDrawing> shown, CacheKey key) {
    Map<String, byte[]> resources = new TreeMap<>();
    shown.forEach((path, drawing) -> resources.put(path, drawing.bytes()));
    Result<byte[]> laidOut = renderer.render(
        new PdfEdition(edition.lang(), edition.xhtml(), resources, timestamp(edition.date()), sources));
    if (laidOut instanceof Result.Ok<byte[]> ok) {
      cache.put(key, ok.value());
    }
    return laidOut;
  }

  /**
   * Lets up to {@code most} editions begin their layout while the pages still render, one at a
   * time: offer each print document as it is made to what this returns. This stage takes them by
   * their key, and closing it closes them.
   */
  EarlyPdfs early(int most) {
    early = new EarlyPdfs(this::layOut, cache, most);
    return early;
  }

  /**
   * The output's own files of {@code job}'s PDF, handed over as they are, when the build before
   * published them from the same key and they are untouched since ({@link PublishedPdfs}): their
   * size; empty when they must be taken from the cache or made.
   */
  private Optional<Long> handOver(Job job, List<String> paths) {
    if (published == null || !job.cached() || !paths.stream().allMatch(p -> published.unchanged(p, job.key()))
        || !cache.keep(job.key())) {
      return Optional.empty();
    }
    long size = 0;
    try {
      for (String path : paths) {
        java.util.OptionalLong kept = staging.keepCurrent(path, path);
        if (kept.isEmpty()) {
          return Optional.empty(); // gone meanwhile: the cache's copy is taken, and written over this one
        }
        sizes.put(path, kept.getAsLong());
        published.made(path, job.key());
        size = kept.getAsLong();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(size);
  }

  /** How many PDFs were laid out while the pages rendered ({@link #early}). */
  int takenEarly() {
    return takenEarly.get();
  }

  /** How many PDFs came from the cache. */
  int reused() {
    return reused.get();
  }

  /** Drops the editions not started and waits for those being laid out. */
  @Override
  public void close() {
    if (early != null) {
      early.close();
    }
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The date stamped into an edition's PDF: {@code SOURCE_DATE_EPOCH} when set (the reproducible-builds
   * convention), else the edition's own date, so that adding a briefing changes no older edition.
   */
  static Instant timestamp(LocalDate date) {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /**
   * What an edition's PDF is made from: its language, its print XHTML by SHA-256 (templates, texts,
   * figures and config are all in it), its timestamp, and every file the renderer may load for it, that is every
   * chart drawing whose file name the XHTML mentions ({@code shown}), by path and SHA-256 (taken
   * once, when the chart was drawn). The tool and fonts come with the cache's toolchain.
   */
  static CacheKey key(RenderedSite.PrintEdition edition, Instant timestamp, Map<String, SvgDrawing> shown) {
    CacheKey.Builder key = CacheKey.builder("pdf").add(edition.lang().code()).add(edition.xhtmlSha256())
        .add(timestamp.toEpochMilli());
    new TreeMap<>(shown).forEach((path, drawing) -> key.add(path).add(drawing.sha256()));
    return key.build();
  }
}
