package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.cache.CacheKey;
import com.moneywar.briefing.cache.Fingerprint;
import com.moneywar.briefing.cache.Toolchain;
import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.fonts.WebFont;
import com.moneywar.briefing.load.KeptTexts;
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
import com.moneywar.briefing.pdf.PdfRenderer;
import com.moneywar.briefing.search.SearchMemo;
import com.moneywar.briefing.site.KeptCsv;
import com.moneywar.briefing.site.KeptEditions;
import com.moneywar.briefing.site.KeptRecord;
import com.moneywar.briefing.site.PageMemo;
import com.moneywar.briefing.site.ParsedTemplates;
import com.moneywar.briefing.site.RenderedSite;
import com.moneywar.briefing.site.SiteRenderer;
import com.moneywar.briefing.site.TemplateFiles;
import com.moneywar.briefing.validate.BriefingValidator;
import com.moneywar.briefing.validate.PassedEditions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The pipeline: load and validate the project, draw the charts, render the pages and the PDF
 * editions, then publish them all at once. Files are written to a hidden folder next to the
 * output as they are made, and that folder takes the output's place only when every stage
 * succeeded: a failed build leaves the previous output as it was, and a project with errors
 * writes nothing at all. Charts, PDF editions and link-preview images are taken from the build
 * cache ({@link CacheSettings}, {@link BuildCache}) when it holds them for exactly the same inputs,
 * and stored there when made; the output is the same either way. Not thread-safe; one build at a
 * time per instance.
 *
 * <pre>{@code
 * Result<BuildSummary> r = new BriefingBuild(listener, new ReentrantLock(), Map.of(), CacheSettings.inProject())
 *     .build(project, project.resolve("site"));
 * }</pre>
 */
public final class BriefingBuild {
  /** How many PDFs may begin their layout while the pages still render ({@link EarlyPdfs}). */
  private static final int EARLY_PDFS = 2;
  private final BuildListener listener;
  /** Held while the new output takes the old one's place; the preview reads files under its other half. */
  private final Lock swap;
  private final Map<String, String> configOverrides;
  private final CacheSettings cacheSettings;
  /** The tool and fonts every cache key is taken with; tests put another in its place. */
  private Toolchain toolchain;
  /** What the cache of the last build did; for tests. */
  private BuildCache.Stats lastCacheStats;
  /** The charts of the last build (the preview keeps one instance) and the way to the cached ones. */
  private final ChartCache chartCache = new ChartCache();
  /** The template outputs of the builds before, when this instance keeps them (the preview); else null. */
  private PageMemo pageMemo;
  /** The templates as parsed by the builds before, when this instance keeps them; else null. */
  private ParsedTemplates parsedTemplates;
  private KeptEditions keptEditions;
  private KeptRecord keptRecord;
  private KeptCsv keptCsv;
  private PublishedPdfs publishedPdfs;
  /** Removes the output each build replaced: before the build ends, or after it in a remembering build. */
  private RetiredOutputs retired = RetiredOutputs.atOnce();
  private KeptTexts keptTexts;
  /** The last build's fingerprint, whose hashes of the texts read as the same objects are taken again. */
  private Fingerprint lastFingerprint;
  /** Each language's search memo, when remembering; filled once, before any build. */
  private final Map<Lang, SearchMemo> searchMemos = new EnumMap<>(Lang.class);
  /** The last build, when it was a pass without PDFs that linked them all; else null. */
  private PagePass lastPagePass;
  /** What the last check found allowed but likely wrong. */
  private List<com.moneywar.briefing.model.Advisory> lastAdvisories = List.of();
  /** The inputs of the project the last build read whole, with the cache on; empty otherwise. */
  private Optional<ProjectInputs> checkedInputs = Optional.empty();

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
    this(listener, swap, configOverrides, CacheSettings.off());
  }

  /**
   * A build that reuses charts, PDF editions and preview images from the cache {@code cache} names
   * (see {@link BuildCache}) and stores the ones it makes there.
   */
  public BriefingBuild(BuildListener listener, Lock swap, Map<String, String> configOverrides, CacheSettings cache) {
    this.listener = listener;
    this.swap = swap;
    this.configOverrides = Map.copyOf(configOverrides);
    this.cacheSettings = cache;
  }

  /** What the cache did in the last build that got as far as publishing; for tests. */
  BuildCache.Stats lastCacheStats() {
    return lastCacheStats;
  }

  /**
   * Keeps what the templates make from build to build and renders again only the outputs whose
   * model changed ({@link PageMemo}) with the templates as parsed ({@link ParsedTemplates}), what
   * each edition made, decoded ({@link KeptEditions}), and
   * what the pages made from the record alone ({@link KeptRecord}), each chart's CSV ({@link
   * KeptCsv}), what each language's search index was made of ({@link SearchMemo}), which PDFs
   * it published ({@link PublishedPdfs}) and what each text was read as ({@link KeptTexts}), and
   * removes the output each build replaced after the build rather than in it ({@link
   * RetiredOutputs}): for an instance that builds the same project many times, as the preview and
   * the build daemon do. Returns this build.
   */
  public BriefingBuild rememberingPages() {
    this.pageMemo = new PageMemo();
    this.parsedTemplates = new ParsedTemplates();
    this.keptEditions = new KeptEditions();
    this.keptRecord = new KeptRecord();
    this.keptCsv = new KeptCsv();
    this.publishedPdfs = new PublishedPdfs();
    this.keptTexts = new KeptTexts();
    this.retired = RetiredOutputs.afterwards();
    for (Lang lang : Lang.values()) {
      searchMemos.put(lang, new SearchMemo());
    }
    return this;
  }

  /** Takes cache entries as made by {@code other} (another version of the tool, other fonts): for tests. */
  BriefingBuild usingToolchain(Toolchain other) {
    this.toolchain = other;
    return this;
  }

  /** Loads and validates only: every problem in the project, nothing written. */
  public Result<Briefing> check(Path project) {
    return check(project, tables -> {});
  }

  /**
   * What the last check or build found allowed but likely wrong ({@link BriefingValidator#advisories}),
   * in a project that could be read; empty when none, or when the project could not be read.
   */
  public List<com.moneywar.briefing.model.Advisory> advisories() {
    return lastAdvisories;
  }

  private Result<Briefing> check(Path project, Consumer<LoadedProject> tablesRead) {
    return check(project, tablesRead, BuildCache::disabled);
  }

  /**
   * Loads and validates; with an enabled {@code cache}, takes the editions that passed their own
   * checks in an earlier build of the same inputs as passed ({@link EditionChecks}) and notes the
   * project's inputs ({@link #checkedInputs}) for the pages' keys.
   */
  private Result<Briefing> check(Path project, Consumer<LoadedProject> tablesRead, Supplier<BuildCache> cache) {
    lastAdvisories = List.of();
    checkedInputs = Optional.empty();
    long start = System.nanoTime();
    // Whatever could be read is checked as a whole too, so one bad table does not hide the
    // problems of the others or of the texts.
    ProjectLoader loader = new ProjectLoader(configOverrides);
    if (keptTexts != null) {
      keptTexts.beginBuild();
      loader.withKeptTexts(keptTexts);
    }
    ProjectLoader.Partial loaded = loader.loadPartial(project, tablesRead);
    if (keptTexts != null) {
      keptTexts.endBuild();
    }
    lap("load", start, "");
    if (loaded.project().isEmpty()) {
      return Result.failed(loaded.problems());
    }
    long validateStart = System.nanoTime();
    BriefingValidator validator = new BriefingValidator();
    // Only a project read whole is checked with the memory of earlier builds: a row or text left
    // out for its own error changes what the others' checks say about it.
    BuildCache opened = loaded.problems().isEmpty() ? cache.get() : BuildCache.disabled();
    // A process that builds again and again hashes again only the texts it read anew (KeptTexts).
    Fingerprint fingerprint = keptTexts == null ? new Fingerprint() : new Fingerprint(lastFingerprint);
    checkedInputs = opened.enabled()
        ? ProjectInputs.of(project, loaded.project().get().briefing(), fingerprint, loaded.tables()) : Optional.empty();
    if (keptTexts != null) {
      lastFingerprint = fingerprint;
    }
    Optional<EditionChecks> passed = checkedInputs.map(inputs -> EditionChecks.of(opened, inputs));
    Result<Briefing> valid = validator.validate(loaded.project().get(),
        passed.isPresent() ? passed.get() : PassedEditions.NONE);
    passed.ifPresent(EditionChecks::save);
    if (opened.enabled()) {
      lastCacheStats = opened.stats(); // what a build that stops here did with it
    }
    lastAdvisories = validator.advisories();
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
    lastPagePass = null;
    prepareFonts(withPdfs);
    Supplier<BuildCache> cache = openCache(project);
    chartCache.beginBuild();
    // Charts are drawn from the tables and the config only, never from the texts: they start as
    // soon as the tables are read, and draw while the texts load. The preview reuses one instance,
    // so a text edit draws none.
    EarlyCharts early = new EarlyCharts(cache);
    return check(project, early::start, cache)
        .flatMap(briefing -> publish(project, out, withPdfs, briefing, early, cache.get()));
  }

  /**
   * The build's cache, opened on a side thread while the project loads: its keys are taken with the
   * tool's identity, a hash of the jar that takes a few tens of milliseconds to read.
   */
  private Supplier<BuildCache> openCache(Path project) {
    if (!cacheSettings.enabled()) {
      return BuildCache::disabled;
    }
    Toolchain chosen = toolchain;
    FutureTask<BuildCache> opening = new FutureTask<>(() -> chosen == null ? cacheSettings.open(project)
        : cacheSettings.open(project, chosen));
    Thread thread = new Thread(opening, "briefing-cache");
    thread.setDaemon(true);
    thread.start();
    return () -> await(opening);
  }

  private Result<BuildSummary> publish(Path project, Path out, boolean withPdfs, Briefing briefing,
      EarlyCharts early, BuildCache cache) {
    // From here on each file is written, into a hidden folder next to the output, as soon as it is
    // made; the folder takes the output's place only when everything succeeded.
    Publisher.Staging staging;
    try {
      Path target = out.toAbsolutePath().normalize();
      if (project.toAbsolutePath().normalize().startsWith(target)) {
        throw new IOException("the output " + target + " is the project folder or contains it");
      }
      staging = new Publisher(retired).begin(out);
    } catch (IOException | RuntimeException e) {
      return Result.failed(unwritable(out, e));
    }
    try (staging) {
      return render(new Job(project, out, withPdfs, briefing, staging, cache), early);
    }
  }

  /** One build's inputs, the staging folder its files go to and the cache it reuses outputs from. */
  private record Job(Path project, Path out, boolean withPdfs, Briefing briefing, Publisher.Staging staging,
      BuildCache cache) {}

  private Result<BuildSummary> render(Job job, EarlyCharts early) {
    Briefing briefing = job.briefing();
    Path out = job.out();
    long start = System.nanoTime();
    early.await();
    Map<Lang, List<ChartImage>> charts = drawCharts(briefing, job.cache());
    // What each edition is made from, by slug: the key its pages and its charts' record are kept by.
    // The templates as they are now: the pages are rendered from the very bytes their key is made of.
    TemplateFiles templateFiles = TemplateFiles.read(job.project().resolve("templates"));
    String templatesKey = templateFiles.key();
    Map<String, String> editionInputs = job.cache().enabled() && !templatesKey.isEmpty()
        ? checkedInputs.map(inputs -> EditionInputs.of(inputs, templatesKey)).orElse(Map.of()) : Map.of();
    Map<String, Map<Lang, List<ChartImage>>> editionCharts = editionCharts(briefing, job.cache(), editionInputs);
    Map<String, Map<Lang, ChartImage>> companyCharts =
        chartCache.companyCharts(briefing, job.cache(), BriefingBuild::drawCompanyCharts);
    int chartCount = charts.values().stream().mapToInt(List::size).sum()
        + editionCharts.values().stream().flatMap(m -> m.values().stream()).mapToInt(List::size).sum()
        + companyCharts.values().stream().mapToInt(Map::size).sum();
    lap("charts", start, chartCount + " charts");

    start = System.nanoTime();
    // The two languages' pages side by side, one per core.
    // Without the PDF stage, pages link only to the PDFs kept from the previous build.
    // The copy of the newest edition's PDF is kept only as that edition's own (keepPreviousPdfs).
    Map<String, String> latestOwn = new TreeMap<>();
    List<Story> series = AsOf.series(briefing);
    if (!series.isEmpty()) {
      briefing.config().languages().forEach(lang -> latestOwn.put(SiteRenderer.pdfPath(lang),
          SiteRenderer.pdfPath(lang, series.get(series.size() - 1))));
    }
    Predicate<String> withPdf = path -> job.withPdfs()
        || Files.isRegularFile(out.resolve(latestOwn.getOrDefault(path, path)));
    List<String> warnings = new ArrayList<>();
    briefing.config().languages().stream().filter(lang -> !withPdf.test(SiteRenderer.pdfPath(lang)))
        .forEach(lang -> warnings.add(
        "no PDF edition for " + lang.code() + " in " + out + " (--no-pdf, and none from a previous build):"
            + " its pages link none until a full build (without --no-pdf)"));
    // A headline the PDF's font cannot draw is left out of the PDF's sources (walk 73's Hanja
    // headlines went without a word): say which, and how to keep it.
    if (job.withPdfs()) {
      briefing.sources().forEach(src -> src.title().ifPresent(title -> {
        String missing = title.codePoints().filter(cp -> !com.moneywar.briefing.fonts.DrawableCharacters.canDraw(cp))
            .distinct().limit(5).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
        if (!missing.isEmpty()) {
          warnings.add("data/sources.csv: the title of source '" + src.id() + "' has characters the PDF's font cannot"
              + " draw (" + missing + "): the PDF editions list that source without its title, the site's sources"
              + " page with it (a Korean headline keeps it with its Hanja written in Hangul: 美 → 미)");
        }
      }));
    }
    long pagesStart = start;
    // Preview images are named by what they show; the cache keeps them by that name (and the tool).
    BuildCache cache = job.cache();
    SiteRenderer renderer = new SiteRenderer(templateFiles,
        path -> cache.get(previewKey(path)),
        (path, png) -> cache.put(previewKey(path), png), TableTexts.read(job.project()))
        .withCompanyCharts(companyCharts);
    if (pageMemo != null) {
      renderer.withParsedTemplates(parsedTemplates).withMemo(pageMemo, templatesKey);
    }
    if (!editionInputs.isEmpty()) {
      renderer.withEditionMemo(
          new com.moneywar.briefing.site.EditionMemo() {
            @Override
            public java.util.Optional<byte[]> get(String key) {
              return cache.get(editionKey(key));
            }

            @Override
            public void put(String key, byte[] bytes) {
              cache.put(editionKey(key), bytes);
            }
          }, editionInputs);
      if (keptEditions != null) {
        renderer.withKeptEditions(keptEditions);
      }
    }
    searchMemos.values().forEach(SearchMemo::beginBuild);
    renderer.withSearchMemos(searchMemos);
    if (keptCsv != null) {
      keptCsv.beginBuild();
      renderer.withKeptCsv(keptCsv);
    }
    if (keptRecord != null && !templatesKey.isEmpty() && checkedInputs.isPresent()) {
      renderer.withKeptRecord(keptRecord, templatesKey + "\n" + checkedInputs.get().tables());
    }
    // The PDF stage begins before the pages: the first editions made anew (a rebuild's edited one)
    // are laid out while the other pages render.
    try (PdfStage pdfs = job.withPdfs() ? pdfStage(job) : null) {
      if (pdfs != null) {
        renderer.withPrintsAsMade(pdfs.early(EARLY_PDFS)::offer);
      }
      return renderAndFinish(job, renderer, charts, editionCharts, withPdf, pagesStart, chartCount, warnings, pdfs);
    }
  }

  private PdfStage pdfStage(Job job) {
    return new PdfStage(ProjectTexts.read(job.project()), job.cache(), job.staging(), listener, publishedPdfs);
  }

  private Result<BuildSummary> renderAndFinish(Job job, SiteRenderer renderer, Map<Lang, List<ChartImage>> charts,
      Map<String, Map<Lang, List<ChartImage>>> editionCharts, Predicate<String> withPdf, long pagesStart,
      int chartCount, List<String> warnings, PdfStage pdfs) {
    Result<RenderedSite> rendered = renderer.render(job.briefing(), charts, editionCharts, withPdf,
        BriefingBuild::inParallel, new StagedFiles(job.staging()));
    long unchanged = pageMemo == null ? 0 : pageMemo.endBuild();
    if (keptEditions != null) {
      keptEditions.endBuild();
    }
    searchMemos.values().forEach(SearchMemo::endBuild);
    if (keptCsv != null) {
      keptCsv.endBuild();
    }
    int editionsReused = renderer.editionsReused();
    return rendered
        .flatMap(site -> {
          long pages = site.sizes().keySet().stream().filter(f -> f.endsWith(".html")).count();
          lap("pages", pagesStart, pages + " pages" + (editionsReused > 0 ? ", " + editionsReused
              + " editions' pages from the cache" : "") + (unchanged > 0 ? ", " + unchanged
              + " template outputs as in the build before" : ""));
          return finish(job, site, new BuildSummary((int) pages, chartCount, 0, 0, Map.of(), warnings), pdfs);
        });
  }

  /**
   * Hands each file of the site to the staging folder as it is made and keeps none in memory: the
   * PDFs take their charts' drawings from the charts themselves ({@link RenderedSite#drawings}).
   */
  private record StagedFiles(Publisher.Staging staging) implements SiteRenderer.FileSink {
    @Override
    public void accept(String path, byte[] bytes) {
      staging.put(path, bytes);
    }

    @Override
    public boolean keeps(String path) {
      return false;
    }
  }

  /**
   * Lays out the PDFs with {@code pdfs} (or, without PDFs, when it is null, keeps the previous ones)
   * and commits; {@code counts} has the pages and charts.
   */
  private Result<BuildSummary> finish(Job job, RenderedSite site, BuildSummary counts, PdfStage pdfs) {
    Path out = job.out();
    Publisher.Staging staging = job.staging();
    long start;
    // Every file of the new output by its size; the bytes are on the disk already.
    Map<String, Long> sizes = new java.util.concurrent.ConcurrentSkipListMap<>(site.sizes());

    if (job.withPdfs()) {
      start = System.nanoTime();
      if (publishedPdfs != null) {
        publishedPdfs.beginBuild(out);
      }
      Result<Map<String, Long>> written = pdfs.make(site.editions(), site.drawings());
      if (!(written instanceof Result.Ok<Map<String, Long>> ok)) {
        return Result.failed(written.problems());
      }
      sizes.putAll(ok.value());
      int reused = pdfs.reused();
      int early = pdfs.takenEarly();
      lap("pdf", start, site.editions().size() + " PDFs" + (reused > 0 ? ", " + reused + " from the cache" : "")
          + (early > 0 ? ", " + early + " laid out beside the pages" : ""));
    } else {
      keepPreviousPdfs(site, staging, sizes);
    }
    List<Problem> staticProblems = new ArrayList<>();
    Map<String, byte[]> statics = StaticFiles.read(job.project(), sizes::containsKey, staticProblems);
    if (!staticProblems.isEmpty()) {
      return Result.failed(staticProblems);
    }
    statics.forEach((path, bytes) -> {
      staging.put(path, bytes);
      sizes.put(path, (long) bytes.length);
    });

    start = System.nanoTime();
    try {
      staging.commit(sizes.keySet(), swap);
    } catch (IOException | RuntimeException e) {
      return Result.failed(unwritable(out, e));
    }
    long bytes = sizes.values().stream().mapToLong(Long::longValue).sum();
    lap("publish", start, sizes.size() + " files, " + bytes / 1024 + " KiB → " + out);
    if (publishedPdfs != null && job.withPdfs()) {
      publishedPdfs.published();
    }
    List<String> warnings = new ArrayList<>(counts.warnings());
    changedEditions(site.editions(), staging.replaced()).ifPresent(warnings::add);
    lastCacheStats = job.cache().stats();
    if (job.cache().enabled()) {
      start = System.nanoTime();
      job.cache().prune(BuildCache.DEFAULT_MAX_BYTES);
      BuildCache.Stats stats = job.cache().stats();
      lastCacheStats = stats;
      lap("cache", start, stats.hits() + " reused, " + stats.written() + " stored"
          + (stats.corrupt() > 0 ? ", " + stats.corrupt() + " corrupt entries made again" : "")
          + " → " + job.cache().folder().orElseThrow());
      stats.warning().ifPresent(warnings::add);
      chartCache.uncachable().ifPresent(warnings::add);
    }
    // A pass without PDFs whose pages link every PDF renders exactly what a build with them would:
    // the PDF pass that follows it may lay the PDFs out from its print documents (pdfsOfPagePass).
    boolean everyPdfLinked = site.editions().stream().allMatch(e -> sizes.containsKey(e.pdfPath())
        && (e.latestPath().isEmpty() || sizes.containsKey(e.latestPath())));
    lastPagePass = !job.withPdfs() && everyPdfLinked && counts.warnings().isEmpty()
        ? new PagePass(job.project(), job.out(), job.briefing(), site, counts) : null;
    return Result.ok(new BuildSummary(counts.pages(), counts.charts(), job.withPdfs() ? site.editions().size() : 0,
        bytes, new TreeMap<>(sizes), warnings));
  }

  /** How many earlier editions a warning names before it says how many more there are. */
  static final int CHANGED_EDITIONS_NAMED = 5;

  /**
   * Says which earlier editions' PDFs this build changed: adding a briefing leaves them as they
   * were, so a change means a fact on an edition's record was added or corrected (a row dated on or
   * before its date), or the templates, fonts or tool changed. A new user's third briefing, with
   * facts of September dated as they happened, changed the second edition without a word. The
   * newest edition is expected to change and is not named. Empty when no earlier PDF changed.
   */
  static Optional<String> changedEditions(List<RenderedSite.PrintEdition> editions, Set<String> replaced) {
    Optional<RenderedSite.PrintEdition> newest = editions.stream()
        .max(Comparator.comparing(RenderedSite.PrintEdition::date).thenComparing(RenderedSite.PrintEdition::slug));
    Map<String, List<String>> changed = new LinkedHashMap<>();
    editions.stream()
        .filter(e -> !e.slug().equals(newest.map(RenderedSite.PrintEdition::slug).orElse("")))
        .filter(e -> replaced.contains(e.pdfPath()))
        .sorted(Comparator.comparing(RenderedSite.PrintEdition::date).thenComparing(RenderedSite.PrintEdition::slug))
        .forEach(e -> changed.computeIfAbsent(e.slug(), k -> new ArrayList<>()).add(e.lang().code()));
    if (changed.isEmpty()) {
      return Optional.empty();
    }
    List<String> named = changed.entrySet().stream().limit(CHANGED_EDITIONS_NAMED)
        .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList();
    int more = changed.size() - named.size();
    return Optional.of((changed.size() == 1 ? "the PDF of an earlier edition changed" : "the PDFs of " + changed.size()
        + " earlier editions changed") + " since the last build: " + String.join(", ", named)
        + (more > 0 ? " and " + more + " more" : "") + ". A fact on " + (changed.size() == 1 ? "its" : "their")
        + " record was added or corrected (a row dated on or before " + (changed.size() == 1 ? "its" : "their")
        + " date), or the templates, fonts or tool changed; if that was a correction, say so in the next"
        + " briefing (docs/series.md, Corrections)");
  }

  /** A build without PDFs whose pages link every PDF: what the preview's PDF pass starts from. */
  private record PagePass(Path project, Path out, Briefing briefing, RenderedSite site, BuildSummary counts) {}

  /**
   * The PDFs for the output of the last build, when that one was a pass without them
   * ({@code build(project, out, false)}) and nothing has been built since: its pages as they are
   * (linked, not rendered again), its print documents laid out (each PDF from the cache when it
   * has it), published at once. The preview's second pass after an edit: the output is that of a
   * full build of the same inputs. Any other case is a full build.
   */
  public Result<BuildSummary> pdfsOfPagePass(Path project, Path out) {
    PagePass pass = lastPagePass;
    lastPagePass = null;
    if (pass == null || !pass.project().equals(project) || !pass.out().equals(out)) {
      return build(project, out, true);
    }
    prepareFonts(true);
    Publisher.Staging staging;
    try {
      staging = new Publisher(retired).begin(out);
    } catch (IOException | RuntimeException e) {
      return Result.failed(unwritable(out, e));
    }
    try (staging) {
      boolean whole = true;
      for (String path : pass.site().sizes().keySet()) {
        whole &= staging.keepCurrent(path, path).isPresent();
      }
      if (whole) {
        Job job = new Job(project, out, true, pass.briefing(), staging, openCache(project).get());
        try (PdfStage pdfs = pdfStage(job)) {
          return finish(job, pass.site(), pass.counts(), pdfs);
        }
      }
    } catch (IOException e) {
      return Result.failed(unwritable(out, e));
    }
    // The output changed under the preview: make it all again.
    return build(project, out, true);
  }

  /** The output folder cannot take the new site; a folder has no line, and only a site that is there is kept. */
  private static List<Problem> unwritable(Path out, Exception e) {
    return List.of(new Problem(SourcePos.whole(out.toString()), "expected a writable output folder, found "
        + e.getMessage() + (Files.isDirectory(out) ? "; the previous site is unchanged" : "")));
  }

  /** The charts of the whole record, from the cache when it has them. */
  private Map<Lang, List<ChartImage>> drawCharts(Briefing briefing, BuildCache cache) {
    return chartCache.charts(briefing, briefing.config().languages(), cache, BriefingBuild::inParallel);
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
   * once those pass the checks on their own, into the build's {@link ChartCache}. The build waits
   * for them and then looks its charts up there: it takes them only if the whole project passed and
   * they were drawn from the same tables; otherwise it draws again, or fails.
   */
  private final class EarlyCharts {
    private final Supplier<BuildCache> cache;
    private FutureTask<Void> task;

    EarlyCharts(Supplier<BuildCache> cache) {
      this.cache = cache;
    }

    void start(LoadedProject tables) {
      task = new FutureTask<>(() -> {
        if (new BriefingValidator().validate(tables) instanceof Result.Ok<Briefing> ok) {
          drawCharts(ok.value(), cache.get());
        }
        return null;
      });
      Thread thread = new Thread(task, "briefing-charts");
      thread.setDaemon(true);
      thread.start();
    }

    void await() {
      if (task != null) {
        BriefingBuild.await(task);
      }
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

  /** The future's result; what the work threw is thrown here, as it was. */
  static <T> T await(Future<T> future) {
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

  /**
   * Hands the PDFs of the previous output over again, for a build without the PDF stage: linked,
   * not read, as they may be hundreds of megabytes. The copy of the newest edition's PDF is made
   * from that edition's own, never kept from the output: after a new edition, it would be the
   * edition before.
   */
  private static void keepPreviousPdfs(RenderedSite site, Publisher.Staging staging, Map<String, Long> sizes) {
    for (RenderedSite.PrintEdition edition : site.editions()) {
      for (String path : List.of(edition.pdfPath(), edition.latestPath())) {
        try {
          if (!path.isEmpty()) {
            staging.keepCurrent(edition.pdfPath(), path).ifPresent(size -> sizes.put(path, size));
          }
        } catch (IOException e) {
          // no previous PDF to keep; the next full build writes one
        }
      }
    }
  }

  /** An edition's output in one language, by what it is made from (see {@link EditionInputs}). */
  private static CacheKey editionKey(String key) {
    return CacheKey.builder("edition").add(key).build();
  }

  /** A link-preview image, by its path: the path holds a hash of what the image shows. */
  private static CacheKey previewKey(String path) {
    return CacheKey.builder("preview").add(path).build();
  }

  /**
   * The charts of every edition, by slug: each drawn from the briefing as of its date (see
   * {@link AsOf#edition}). Editions whose record and charts are the same share one drawing, and
   * drawings are kept from build to build (the preview, the cache), keyed by what they are drawn from.
   */
  private Map<String, Map<Lang, List<ChartImage>>> editionCharts(Briefing briefing, BuildCache cache,
      Map<String, String> inputs) {
    Map<String, Map<Lang, List<ChartImage>>> bySlug = new TreeMap<>();
    List<Lang> langs = briefing.config().languages();
    List<Story> series = AsOf.series(briefing);
    // An edition an earlier build drew with the same inputs is found without making its record
    // again: those are looked up side by side (reading and decoding the cache's entries).
    List<java.util.Optional<Map<Lang, List<ChartImage>>>> known = series.parallelStream()
        .map(story -> java.util.Optional.ofNullable(inputs.get(story.slug()))
            .flatMap(key -> chartCache.knownEditionCharts(key, langs, cache))).toList();
    for (int i = 0; i < series.size(); i++) {
      Story story = series.get(i);
      // The others one after another, each drawing its languages side by side.
      bySlug.put(story.slug(), known.get(i).orElseGet(() -> chartCache.editionCharts(
          java.util.Optional.ofNullable(inputs.get(story.slug())), () -> AsOf.edition(briefing, story), langs, cache,
          BriefingBuild::inParallel)));
    }
    return bySlug;
  }

  private void lap(String stage, long startNanos, String detail) {
    listener.stageDone(stage, Duration.ofNanos(System.nanoTime() - startNanos), detail);
  }
}
