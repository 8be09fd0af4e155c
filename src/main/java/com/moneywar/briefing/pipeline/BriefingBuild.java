package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.fonts.WebFont;
import com.moneywar.briefing.load.LoadedProject;
import com.moneywar.briefing.load.ProjectLoader;
import com.moneywar.briefing.load.TableTexts;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pdf.PdfEdition;
import com.moneywar.briefing.pdf.PdfRenderer;
import com.moneywar.briefing.pdf.SourceTexts;
import com.moneywar.briefing.site.RenderedSite;
import com.moneywar.briefing.site.SiteRenderer;
import com.moneywar.briefing.validate.BriefingValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The pipeline: load and validate the project, draw the charts, render the pages and the PDF
 * editions, then publish them all at once. Files are written to a hidden folder next to the
 * output as they are made, and that folder takes the output's place only when every stage
 * succeeded: a failed build leaves the previous output as it was, and a project with errors
 * writes nothing at all. Not thread-safe; one build at a time per instance.
 *
 * <pre>{@code
 * Result<BuildSummary> r = new BriefingBuild(listener).build(project, project.resolve("site"));
 * }</pre>
 */
public final class BriefingBuild {
  private final BuildListener listener;
  /** Held while the new output takes the old one's place; the preview reads files under its other half. */
  private final Lock swap;
  private final Map<String, String> configOverrides;
  /** The tables the last charts were drawn from, and those charts: a text edit redraws none. */
  private List<Object> chartInputs;
  private Map<Lang, List<ChartImage>> lastCharts;
  /** The company pages' charts of the last build (company id → language → chart), and what they were drawn from. */
  private List<Object> companyChartInputs;
  private Map<String, Map<Lang, ChartImage>> lastCompanyCharts = Map.of();
  /** The editions' charts of the last build, keyed by what each was drawn from. */
  private Map<List<Object>, Map<Lang, List<ChartImage>>> editionChartCache = new HashMap<>();

  public BriefingBuild(BuildListener listener) {
    this(listener, new ReentrantLock());
  }

  /**
   * A build that holds {@code swap} for the instant its output replaces the previous one (two
   * renames), so that a reader holding the matching read lock never finds the folder missing.
   */
  public BriefingBuild(BuildListener listener, Lock swap) {
    this(listener, swap, Map.of());
  }

  /**
   * A build that takes {@code configOverrides} (config key → value, such as {@code base-url} from
   * {@code --base-url}) over the project's {@code briefing.properties}.
   */
  public BriefingBuild(BuildListener listener, Lock swap, Map<String, String> configOverrides) {
    this.listener = listener;
    this.swap = swap;
    this.configOverrides = Map.copyOf(configOverrides);
  }

  /** Loads and validates only: every problem in the project, nothing written. */
  public Result<Briefing> check(Path project) {
    return check(project, tables -> {});
  }

  private Result<Briefing> check(Path project, Consumer<LoadedProject> tablesRead) {
    long start = System.nanoTime();
    // Whatever could be read is checked as a whole too, so one bad table does not hide the
    // problems of the others or of the texts.
    ProjectLoader.Partial loaded = new ProjectLoader(configOverrides).loadPartial(project, tablesRead);
    lap("load", start, "");
    if (loaded.project().isEmpty()) {
      return Result.failed(loaded.problems());
    }
    long validateStart = System.nanoTime();
    Result<Briefing> valid = new BriefingValidator().validate(loaded.project().get());
    lap("validate", validateStart, "");
    List<Problem> all = new ArrayList<>(loaded.problems());
    all.addAll(valid.problems());
    return Result.of(loaded.project().get().briefing(), all);
  }

  public Result<BuildSummary> build(Path project, Path out) {
    return build(project, out, true);
  }

  /**
   * Builds, and renders the PDF editions only when {@code withPdfs}; without, the PDFs already in
   * {@code out} are kept as they are. The preview uses that to show an edit in about a second and
   * bring the PDFs up to date in a second pass.
   */
  public Result<BuildSummary> build(Path project, Path out, boolean withPdfs) {
    prepareFonts(withPdfs);
    // Charts are drawn from the tables and the config only, never from the texts: they start as
    // soon as the tables are read, and draw while the texts load. The preview reuses one instance,
    // so a text edit draws none.
    EarlyCharts early = new EarlyCharts();
    return check(project, early::start).flatMap(briefing -> publish(project, out, withPdfs, briefing, early));
  }

  private Result<BuildSummary> publish(Path project, Path out, boolean withPdfs, Briefing briefing,
      EarlyCharts early) {
    // From here on each file is written, into a hidden folder next to the output, as soon as it is
    // made; the folder takes the output's place only when everything succeeded.
    Publisher.Staging staging;
    try {
      Path target = out.toAbsolutePath().normalize();
      if (project.toAbsolutePath().normalize().startsWith(target)) {
        throw new IOException("the output " + target + " is the project folder or contains it");
      }
      staging = new Publisher().begin(out);
    } catch (IOException | RuntimeException e) {
      return Result.failed(unwritable(out, e));
    }
    try (staging) {
      return render(new Job(project, out, withPdfs, briefing, staging), early);
    }
  }

  /** One build's inputs and the staging folder its files go to. */
  private record Job(Path project, Path out, boolean withPdfs, Briefing briefing, Publisher.Staging staging) {}

  private Result<BuildSummary> render(Job job, EarlyCharts early) {
    Briefing briefing = job.briefing();
    Path out = job.out();
    long start = System.nanoTime();
    List<Object> inputs = chartInputs(briefing);
    Map<Lang, List<ChartImage>> charts;
    if (inputs.equals(chartInputs)) {
      charts = lastCharts;
    } else {
      charts = early.charts(inputs).orElseGet(() -> drawCharts(briefing));
      chartInputs = inputs;
      lastCharts = charts;
    }
    Map<String, Map<Lang, List<ChartImage>>> editionCharts = editionCharts(briefing, inputs, charts);
    if (!inputs.equals(companyChartInputs)) {
      lastCompanyCharts = drawCompanyCharts(briefing);
      companyChartInputs = inputs;
    }
    Map<String, Map<Lang, ChartImage>> companyCharts = lastCompanyCharts;
    int chartCount = charts.values().stream().mapToInt(List::size).sum()
        + editionCharts.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).sum()
        + companyCharts.values().stream().mapToInt(Map::size).sum();
    lap("charts", start, chartCount + " charts");

    start = System.nanoTime();
    // The two languages' pages side by side, one per core.
    // Without the PDF stage, pages link only to the PDFs kept from the previous build.
    Predicate<String> withPdf = path -> job.withPdfs() || Files.isRegularFile(out.resolve(path));
    List<String> warnings = new ArrayList<>();
    briefing.config().languages().stream().filter(lang -> !withPdf.test(SiteRenderer.pdfPath(lang)))
        .forEach(lang -> warnings.add(
        "no PDF edition for " + lang.code() + " in " + out + " (--no-pdf, and none from a previous build):"
            + " its pages link none until a full build (without --no-pdf)"));
    long pagesStart = start;
    return new SiteRenderer(job.project().resolve("templates"), path -> previousFile(out, path),
        TableTexts.read(job.project()))
        .withCompanyCharts(companyCharts)
        .render(briefing, charts, editionCharts, withPdf, BriefingBuild::inParallel, job.staging()::put)
        .flatMap(site -> {
          long pages = site.files().keySet().stream().filter(f -> f.endsWith(".html")).count();
          lap("pages", pagesStart, pages + " pages");
          return finish(job, site, new BuildSummary((int) pages, chartCount, 0, 0, Map.of(), warnings));
        });
  }

  /** Lays out the PDFs (or keeps the previous ones) and commits; {@code counts} has the pages and charts. */
  private Result<BuildSummary> finish(Job job, RenderedSite site, BuildSummary counts) {
    Path out = job.out();
    Briefing briefing = job.briefing();
    long start;
    Map<String, byte[]> files = new TreeMap<>(site.files());

    if (job.withPdfs()) {
      start = System.nanoTime();
      PdfRenderer pdfRenderer = new PdfRenderer();
      SourceTexts sources = ProjectTexts.read(job.project());
      Map<String, byte[]> resources = new LinkedHashMap<>();
      files.forEach((path, bytes) -> {
        if (path.endsWith(".svg")) {
          resources.put(path, bytes);
        }
      });
      List<RenderedSite.PrintEdition> editions = site.editions();
      // PdfRenderer is thread-safe: the editions are laid out side by side, one per core. Each
      // edition's bytes depend only on its own print document, its charts and its date.
      AtomicInteger done = new AtomicInteger();
      AtomicInteger reused = new AtomicInteger();
      List<Result<byte[]>> pdfs = eachInParallel(editions, edition -> {
        long editionStart = System.nanoTime();
        PdfEdition input = new PdfEdition(edition.lang(), edition.xhtml(), resources,
            editionTimestamp(edition.date()), sources);
        // An edition whose PDF in the output was made from exactly these inputs keeps it: a new
        // briefing lays out only itself (and any edition whose inputs changed).
        Optional<byte[]> previous = previousPdf(out.resolve(edition.pdfPath()), input);
        previous.ifPresent(p -> reused.incrementAndGet());
        Result<byte[]> pdf = previous.<Result<byte[]>>map(Result::ok).orElseGet(() -> pdfRenderer.render(input));
        if (pdf.problems().isEmpty()) {
          listener.editionDone(edition.lang(), done.incrementAndGet(), editions.size(),
              Duration.ofNanos(System.nanoTime() - editionStart));
        }
        return pdf;
      });
      List<Problem> problems = pdfs.stream().flatMap(pdf -> pdf.problems().stream()).distinct().toList();
      if (!problems.isEmpty()) {
        return Result.failed(problems);
      }
      for (int i = 0; i < editions.size(); i++) {
        byte[] pdf = pdfs.get(i).orElseThrow();
        files.put(editions.get(i).pdfPath(), pdf);
        if (!editions.get(i).latestPath().isEmpty()) {
          files.put(editions.get(i).latestPath(), pdf);
        }
      }
      lap("pdf", start, editions.size() + " PDFs" + (reused.get() > 0 ? ", " + reused.get() + " unchanged" : ""));
    } else {
      keepPreviousPdfs(site, out, files);
    }
    List<Problem> staticProblems = new ArrayList<>();
    StaticFiles.addTo(job.project(), files, staticProblems);
    if (!staticProblems.isEmpty()) {
      return Result.failed(staticProblems);
    }

    start = System.nanoTime();
    try {
      job.staging().commit(files, swap);
    } catch (IOException | RuntimeException e) {
      return Result.failed(unwritable(out, e));
    }
    long bytes = files.values().stream().mapToLong(b -> b.length).sum();
    lap("publish", start, files.size() + " files, " + bytes / 1024 + " KiB → " + out);
    Map<String, Long> sizes = new TreeMap<>();
    files.forEach((path, content) -> sizes.put(path, (long) content.length));
    return Result.ok(new BuildSummary(counts.pages(), counts.charts(), job.withPdfs() ? site.editions().size() : 0,
        bytes, sizes, counts.warnings()));
  }

  /** The output folder cannot take the new site; a folder has no line, and only a site that is there is kept. */
  private static List<Problem> unwritable(Path out, Exception e) {
    return List.of(new Problem(SourcePos.whole(out.toString()), "expected a writable output folder, found "
        + e.getMessage() + (Files.isDirectory(out) ? "; the previous site is unchanged" : "")));
  }

  /** What the charts are drawn from: the config and the tables. */
  private static List<Object> chartInputs(Briefing briefing) {
    return List.of(briefing.config(), briefing.sources(), briefing.companies(), briefing.rates(),
        briefing.investments(), briefing.valuations(), briefing.talent(), briefing.charts());
  }

  /** One renderer per language (ChartRenderer is not thread-safe), the languages side by side. */
  private static Map<Lang, List<ChartImage>> drawCharts(Briefing briefing) {
    Map<Lang, List<ChartImage>> charts = new EnumMap<>(Lang.class);
    charts.putAll(inParallel(briefing.config().languages(), lang -> new ChartRenderer().render(briefing, lang)));
    return charts;
  }

  /**
   * Each company's valuations over time, for its page: company id → language → chart, for the
   * companies with at least two valuations. One renderer per language, the languages side by side.
   */
  private static Map<String, Map<Lang, ChartImage>> drawCompanyCharts(Briefing briefing) {
    Map<Lang, Map<String, ChartImage>> byLang = inParallel(briefing.config().languages(), lang -> {
      ChartRenderer renderer = new ChartRenderer();
      Map<String, ChartImage> drawn = new TreeMap<>();
      for (Company c : briefing.companies()) {
        renderer.companyValuations(briefing, c, CompanyRecord.of(briefing, c.id()).valuations(), lang)
            .ifPresent(chart -> drawn.put(c.id(), chart));
      }
      return drawn;
    });
    Map<String, Map<Lang, ChartImage>> byCompany = new TreeMap<>();
    byLang.forEach((lang, charts) -> charts.forEach((id, chart) ->
        byCompany.computeIfAbsent(id, k -> new EnumMap<>(Lang.class)).put(lang, chart)));
    return byCompany;
  }

  /**
   * The charts of a project whose texts are still loading, drawn on a side thread from its tables
   * once those pass the checks on their own. The build takes them only if the whole project then
   * passes and the tables are the ones it drew from; otherwise it draws again, or fails.
   */
  private final class EarlyCharts {
    private FutureTask<Map<Lang, List<ChartImage>>> task;
    private List<Object> drawnFrom;

    void start(LoadedProject tables) {
      drawnFrom = chartInputs(tables.briefing());
      if (drawnFrom.equals(chartInputs)) {
        return; // the preview drew these already
      }
      task = new FutureTask<>(() -> new BriefingValidator().validate(tables) instanceof Result.Ok<Briefing> ok
          ? drawCharts(ok.value())
          : null);
      Thread thread = new Thread(task, "briefing-charts");
      thread.setDaemon(true);
      thread.start();
    }

    Optional<Map<Lang, List<ChartImage>>> charts(List<Object> inputs) {
      if (task == null || !inputs.equals(drawnFrom)) {
        return Optional.empty();
      }
      return Optional.ofNullable(await(task));
    }
  }

  /**
   * Reads the fonts on a side thread while the project loads, in the order the stages need them
   * (charts, the web font's pieces, PDF): about half a second of reading and parsing that would
   * otherwise wait for those stages, while loading mostly waits on the disk. A stage that needs a font before it is read simply waits for it (class initialisation).
   */
  private static void prepareFonts(boolean withPdfs) {
    Thread fonts = new Thread(() -> {
      try {
        ChartRenderer.prepare();
        WebFont.files();
        if (withPdfs) {
          PdfRenderer.prepare();
        }
      } catch (RuntimeException | Error e) {
        // The stage that needs the font reports the failure, with its own message.
      }
    }, "briefing-fonts");
    fonts.setDaemon(true);
    fonts.start();
  }

  /**
   * Applies {@code work} to each language on up to as many threads as there are cores; the
   * results come back keyed by language, so the output does not depend on which finished first.
   */
  private static <T> Map<Lang, T> inParallel(List<Lang> langs, Function<Lang, T> work) {
    int threads = Math.max(1, Math.min(langs.size(), Runtime.getRuntime().availableProcessors()));
    if (threads == 1) {
      Map<Lang, T> results = new EnumMap<>(Lang.class);
      langs.forEach(lang -> results.put(lang, work.apply(lang)));
      return results;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "briefing-build-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      Map<Lang, Future<T>> futures = new EnumMap<>(Lang.class);
      langs.forEach(lang -> futures.put(lang, pool.submit(() -> work.apply(lang))));
      Map<Lang, T> results = new EnumMap<>(Lang.class);
      for (Map.Entry<Lang, Future<T>> f : futures.entrySet()) {
        results.put(f.getKey(), await(f.getValue()));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Applies {@code work} to each item on up to as many threads as there are cores; the results come
   * back in the items' order, so the output does not depend on which finished first.
   */
  private static <T, R> List<R> eachInParallel(List<T> items, Function<T, R> work) {
    int threads = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
    if (threads == 1) {
      return items.stream().map(work).toList();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "briefing-build-worker");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>();
      items.forEach(item -> futures.add(pool.submit(() -> work.apply(item))));
      List<R> results = new ArrayList<>();
      for (Future<R> f : futures) {
        results.add(await(f));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The future's result; what the work threw is thrown here, as it was. */
  private static <T> T await(Future<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("build interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A file of the previous build in {@code out}, if there is one at {@code path}. */
  private static Optional<byte[]> previousFile(Path out, String path) {
    try {
      Path file = out.resolve(path);
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // drawn again
    }
  }

  private static void keepPreviousPdfs(RenderedSite site, Path out, Map<String, byte[]> files) {
    for (RenderedSite.PrintEdition edition : site.editions()) {
      for (String path : List.of(edition.pdfPath(), edition.latestPath())) {
        Path previous = out.resolve(path);
        try {
          if (!path.isEmpty() && Files.isRegularFile(previous)) {
            files.put(path, Files.readAllBytes(previous));
          }
        } catch (IOException e) {
          // no previous PDF to keep; the next full build writes one
        }
      }
    }
  }

  /**
   * The date stamped into an edition's PDF: {@code SOURCE_DATE_EPOCH} when set (the reproducible-builds
   * convention), else the edition's own date, so that adding a briefing changes no older edition.
   */
  static Instant editionTimestamp(LocalDate date) {
    String epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.matches("\\d+")) {
      return Instant.ofEpochSecond(Long.parseLong(epoch));
    }
    return date.atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** The PDF at {@code path} when it was made from exactly {@code edition}'s inputs (its document id says so). */
  private static Optional<byte[]> previousPdf(Path path, PdfEdition edition) {
    try {
      if (!Files.isRegularFile(path)) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(path);
      return PdfRenderer.keyOf(bytes).filter(id -> java.util.Arrays.equals(id, PdfRenderer.key(edition)))
          .map(id -> bytes);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The charts of every edition, by slug: each drawn from the briefing as of its date (see
   * {@link AsOf#edition}). Editions whose record and charts are the same share one drawing, and
   * drawings are kept from build to build (the preview), keyed by what they are drawn from.
   */
  private Map<String, Map<Lang, List<ChartImage>>> editionCharts(Briefing briefing, List<Object> recordInputs,
      Map<Lang, List<ChartImage>> recordCharts) {
    Map<List<Object>, Map<Lang, List<ChartImage>>> drawn = new HashMap<>();
    drawn.put(recordInputs, recordCharts);
    Map<String, Map<Lang, List<ChartImage>>> bySlug = new TreeMap<>();
    for (Story story : AsOf.series(briefing)) {
      Briefing edition = AsOf.edition(briefing, story);
      List<Object> inputs = chartInputs(edition);
      Map<Lang, List<ChartImage>> charts = drawn.get(inputs);
      if (charts == null) {
        charts = editionChartCache.get(inputs);
      }
      if (charts == null) {
        charts = drawCharts(edition);
      }
      drawn.put(inputs, charts);
      bySlug.put(story.slug(), charts);
    }
    editionChartCache = drawn;
    return bySlug;
  }

  private void lap(String stage, long startNanos, String detail) {
    listener.stageDone(stage, Duration.ofNanos(System.nanoTime() - startNanos), detail);
  }
}
