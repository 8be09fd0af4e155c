package com.moneywar.briefing.site;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.SvgDrawing;
import com.moneywar.briefing.fonts.DrawableCharacters;
import com.moneywar.briefing.fonts.WebFont;
import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.ContentHashedName;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.RawTable;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.preview.PreviewCard;
import com.moneywar.briefing.preview.PreviewImageRenderer;
import com.moneywar.briefing.search.SearchIndex;
import com.moneywar.briefing.search.SearchIndexer;
import com.moneywar.briefing.search.SearchWording;
import com.moneywar.briefing.site.view.ArchivePage;
import com.moneywar.briefing.site.view.BriefingPage;
import com.moneywar.briefing.site.view.EditionLink;
import com.moneywar.briefing.site.view.ChartView;
import com.moneywar.briefing.site.view.CompanyPage;
import com.moneywar.briefing.site.view.DataPage;
import com.moneywar.briefing.site.view.Download;
import com.moneywar.briefing.site.view.Entrance;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.Feed;
import com.moneywar.briefing.site.view.Headline;
import com.moneywar.briefing.site.view.HomePage;
import com.moneywar.briefing.site.view.PageFrame;
import com.moneywar.briefing.site.view.PrintDocument;
import com.moneywar.briefing.site.view.SearchPage;
import com.moneywar.briefing.site.view.Sitemap;
import com.moneywar.briefing.site.view.SourceView;
import com.moneywar.briefing.site.view.SourcesPage;
import com.moneywar.briefing.site.view.StoryView;
import com.moneywar.briefing.site.view.TemplateRoot;
import com.moneywar.briefing.site.view.TemplateRoot.Framed;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Renders the whole site in memory through the project's templates: per language a home page,
 * one page per briefing, the investments, valuations and talent pages, the sources page, the
 * search page with its index (package {@code search}) and an Atom feed; the bilingual entrance, {@code 404.html}, {@code robots.txt} and {@code sitemap.xml};
 * the stylesheet and web fonts; and each language's print XHTML for its PDF edition. Not
 * thread-safe; make one per build.
 *
 * <pre>{@code
 * Result<RenderedSite> site = new SiteRenderer(TemplateFiles.read(project.resolve("templates"))).render(briefing, charts);
 * }</pre>
 */
public final class SiteRenderer {
  /**
   * The newest briefings the Atom feed carries, each in full. Readers poll a feed often; with every
   * briefing of a large archive in it, one poll would fetch megabytes. The site keeps them all.
   */
  static final int FEED_ENTRIES = 20;

  /**
   * Every file of the built-in templates, as a project's {@code templates/} folder may override
   * it: the templates (one per {@link TemplateRoot} kind, and the layout they share), the
   * stylesheet and the UI words.
   */
  public static final List<String> TEMPLATE_FILES = List.of(
      "layout.ftlh", "home.ftlh", "briefing.ftlh", "archive.ftlh", "chart.ftlh", "data.ftlh", "company.ftlh",
      "companies.ftlh", "sources.ftlh",
      "search.ftlh", "feed.ftlx", "entrance.ftlh", "404.ftlh", "sitemap.ftlx", "print.ftlh", "assets/style.css",
      "assets/search.js", "assets/tables.js", "assets/favicon.svg", "messages/ko.properties", "messages/en.properties",
      "mail/edition.html.ftlh", "mail/edition.txt.ftl");

  private static final Headline NO_HEADLINE = new Headline("", "", "", "", "", "", "", "", "", false, "");

  private Templates templates;
  private final PreviewImages previews;
  private final DataPackage dataPackage;
  /** Each company's valuations chart for its page: company id → language → chart. */
  private Map<String, Map<Lang, ChartImage>> companyCharts = Map.of();
  /** Where editions' outputs are kept between builds, and each edition's inputs by slug; none by default. */
  private EditionMemo editionMemo;
  /** What each language's search index was made of in the builds before, by language; empty for none. */
  private Map<Lang, com.moneywar.briefing.search.SearchMemo> searchMemos = Map.of();
  /** The charts' CSV files made in the builds before; null for none. */
  private KeptCsv keptCsv;
  /** What the pages made from the record alone in the builds before (or in this one only). */
  private KeptRecord keptRecord = new KeptRecord();
  /** What the builds before took from {@link #editionMemo} or made, decoded; null for none. */
  private KeptEditions keptEditions;
  private Map<String, String> editionInputs = Map.of();
  private final java.util.concurrent.atomic.AtomicInteger editionsReused = new java.util.concurrent.atomic.AtomicInteger();
  /** Hears of each print document made anew, with its language's drawings so far (see {@link #withPrintsAsMade}). */
  private java.util.function.BiConsumer<RenderedSite.PrintEdition, Map<String, SvgDrawing>> printsAsMade = (p, d) -> {};

  public SiteRenderer(TemplateFiles projectTemplates) {
    this(projectTemplates, path -> Optional.empty());
  }

  /**
   * A renderer that takes what it may reuse from the previous build's output through
   * {@code previousOutput} (a path under the output → its bytes, if there): today the link-preview
   * images, which are named by what they show.
   */
  public SiteRenderer(TemplateFiles projectTemplates, Function<String, Optional<byte[]>> previousOutput) {
    this(projectTemplates, previousOutput, (path, png) -> {}, List.of());
  }

  /**
   * A renderer that takes link-preview images (named by what they show) from {@code reuse} by their
   * path under the output, hands each one it draws to {@code drawn} (the build's cache), and
   * publishes {@code tables}, the project's fact tables as written, as the data pages' downloads
   * (CSV and JSON under {@code data/}, with {@code data/datapackage.json}).
   */
  public SiteRenderer(TemplateFiles projectTemplates, Function<String, Optional<byte[]>> reuse,
      java.util.function.BiConsumer<String, byte[]> drawn, List<RawTable> tables) {
    this.templates = new Templates(projectTemplates);
    this.previews = new PreviewImages(reuse::apply, drawn::accept);
    this.dataPackage = new DataPackage(tables);
  }

  /**
   * Hands each print document made anew (not one kept from an earlier build), as soon as it is
   * made, to {@code printsAsMade}, with its language's chart drawings by path so far, which it may
   * read during the call only; from the thread rendering that language. The build lays out the
   * first PDFs while the other pages still render. Returns this renderer.
   */
  public SiteRenderer withPrintsAsMade(
      java.util.function.BiConsumer<RenderedSite.PrintEdition, Map<String, SvgDrawing>> printsAsMade) {
    this.printsAsMade = printsAsMade;
    return this;
  }

  /**
   * Renders with the templates {@code parsed} keeps for these template files (parsed by an earlier
   * build from the same bytes), or parses them and keeps them there. Returns this renderer.
   */
  public SiteRenderer withParsedTemplates(ParsedTemplates parsed) {
    templates = templates.parsedBy(parsed);
    return this;
  }

  /**
   * Takes from {@code memo} what the same templates made of an equal model in an earlier build
   * instead of rendering it again, and keeps there what it renders (see {@link PageMemo});
   * {@code templatesKey} is the key of this renderer's {@link TemplateFiles}. Returns
   * this renderer.
   */
  public SiteRenderer withMemo(PageMemo memo, String templatesKey) {
    templates.useMemo(memo, templatesKey);
    return this;
  }

  /**
   * Takes from {@code memo} what an edition made in an earlier build whose inputs were the same,
   * instead of making it again from the briefing as of its date (see {@link EditionMemo}), and keeps
   * there what it makes. {@code inputs} gives, by slug, a hash of what every edition's pages are made
   * from that is the same in both languages (the tool, templates, config, tables, its text and those
   * before it, the next edition's); an edition without one is always made. Returns this renderer.
   */
  public SiteRenderer withEditionMemo(EditionMemo memo, Map<String, String> inputs) {
    this.editionMemo = memo;
    this.editionInputs = Map.copyOf(inputs);
    return this;
  }

  /**
   * Keeps what each edition made, decoded, in {@code kept} across builds ({@link KeptEditions}), and
   * takes it from there before the edition memo. Returns this renderer.
   */
  public SiteRenderer withKeptEditions(KeptEditions kept) {
    this.keptEditions = kept;
    kept.beginBuild();
    return this;
  }

  /**
   * Takes the parts of the pages that the record alone decides (the company pages', the data
   * pages' tables, the search's entries for facts) from {@code kept} when an earlier build made
   * them from inputs that hash to the same {@code key} ({@link KeptRecord}: the config, every
   * table, the templates), and keeps them there. Returns this renderer.
   */
  public SiteRenderer withKeptRecord(KeptRecord kept, String key) {
    kept.beginBuild(key);
    this.keptRecord = kept;
    return this;
  }

  /**
   * Makes each language's search index with its memo in {@code memos} ({@link
   * com.moneywar.briefing.search.SearchMemo}), which the caller begins and ends with each build.
   * Returns this renderer.
   */
  public SiteRenderer withSearchMemos(Map<Lang, com.moneywar.briefing.search.SearchMemo> memos) {
    this.searchMemos = Map.copyOf(memos);
    return this;
  }

  /**
   * Takes each chart's CSV file from {@code kept} when an earlier build made it from the very same
   * table ({@link KeptCsv}), which the caller begins and ends with each build. Returns this renderer.
   */
  public SiteRenderer withKeptCsv(KeptCsv kept) {
    this.keptCsv = kept;
    return this;
  }

  private byte[] csv(ChartImage chart) {
    return keptCsv == null ? CsvTableWriter.write(chart.table()) : keptCsv.of(chart);
  }

  /** How many editions' outputs (in one language each) the last render took from the edition memo. */
  public int editionsReused() {
    return editionsReused.get();
  }

  /**
   * The charts of the company pages (company id → language → chart; a company without one gets a
   * page without a chart). Returns this renderer.
   */
  public SiteRenderer withCompanyCharts(Map<String, Map<Lang, ChartImage>> charts) {
    this.companyCharts = Map.copyOf(charts);
    return this;
  }

  /** The site of {@code briefing} with the charts of the whole record and of each edition (by slug). */
  public Result<RenderedSite> render(Briefing briefing, Map<Lang, List<ChartImage>> charts,
      Map<String, Map<Lang, List<ChartImage>>> editionCharts) {
    return render(briefing, charts, editionCharts, path -> true, SiteRenderer::oneAfterAnother, (path, bytes) -> {});
  }

  /**
   * Renders the site with each language's pages made by {@code perLanguage}, which may run the
   * languages side by side (the templates, the Markdown parser and the model are all safe to share
   * between threads); the result is the same either way. Each file also goes to {@code eachFile}
   * as soon as it is made, from whichever thread made it, so that it can be written while the
   * rest renders; the result holds them all. Pages link to a PDF (by its path under the output)
   * only where {@code withPdf} says the output will hold it.
   */
  public Result<RenderedSite> render(Briefing briefing, Map<Lang, List<ChartImage>> charts,
      Map<String, Map<Lang, List<ChartImage>>> editionCharts, Predicate<String> withPdf, PerLanguage perLanguage,
      FileSink eachFile) {
    Optional<String> unreadableFolder = templates.unreadable();
    if (unreadableFolder.isPresent()) {
      return Result.failed(List.of(new Problem(SourcePos.whole("templates"),
          "expected a readable templates folder, found " + unreadableFolder.get())));
    }
    List<Problem> problems = new ArrayList<>();
    SiteFiles files = new SiteFiles(eachFile);
    List<RenderedSite.PrintEdition> editions = new ArrayList<>();
    Figures figures = new Figures(briefing);
    MarkdownRenderer markdown = new MarkdownRenderer();
    List<Lang> languages = briefing.config().languages();
    // Each edition as of its date, shared by the languages.
    // Made when first needed: an edition whose pages the memo holds needs none of it.
    List<Edition> series = new ArrayList<>();
    editionsReused.set(0);
    // A template that reads the clock makes pages that are not its inputs' alone: nothing is kept.
    if (editionMemo != null && !templates.keepable()) {
      editionMemo = null;
    }
    for (Story story : AsOf.series(briefing)) {
      series.add(new Edition(briefing, story, series.size() + 1, editionCharts.getOrDefault(story.slug(), Map.of())));
    }
    // The shared assets first, so that the web font's 200 pieces are written while the pages render.
    // Stylesheets and fonts have content-hashed names, so a host may cache them for good.
    Optional<Problem> unreadableAssets = Optional.empty();
    String css = "assets/style.css";
    String searchJs = "assets/search.js";
    String tablesJs = "assets/tables.js";
    try {
      byte[] style = templates.asset("assets/style.css");
      css = ContentHashedName.of("assets/style.css", style);
      files.put(css, style);
      byte[] script = templates.asset("assets/search.js");
      searchJs = ContentHashedName.of("assets/search.js", script);
      files.put(searchJs, script);
      byte[] tables = templates.asset("assets/tables.js");
      tablesJs = ContentHashedName.of("assets/tables.js", tables);
      files.put(tablesJs, tables);
      WebFont.files().forEach((name, bytes) -> files.put("assets/fonts/" + name, bytes));
      // Icons keep their names: browsers and phones ask for them at the site's root.
      files.put("favicon.svg", templates.asset("assets/favicon.svg"));
      files.put("apple-touch-icon.png", templates.ownAsset("assets/apple-touch-icon.png")
          .orElseGet(() -> new PreviewImageRenderer().touchIcon()));
    } catch (IOException e) {
      unreadableAssets = Optional.of(unreadable(e));
    }
    if (dataPackage.hasTables()) {
      dataPackage.files(briefing.config().title().in(languages.get(0)), briefing.config().baseUrl())
          .forEach(files::put);
    }
    SiteAssets assets = new SiteAssets(css, "assets/fonts/" + WebFont.stylesheet(), searchJs, tablesJs);
    // Which part of which data page each row is on, for the pages and every link to a row.
    Map<String, List<DataPageSplit.Part>> dataParts = DataPageSplit.of(briefing);
    RowPlaces places = new RowPlaces(DataPageSplit.places(dataParts));
    Map<Lang, LanguageOutput> outputs = perLanguage.apply(languages,
        lang -> language(briefing, lang, charts.getOrDefault(lang, List.of()), series, figures, markdown,
            new PageContext(briefing, lang, assets, withPdf.test(SitePaths.pdf(lang.code()))), withPdf, eachFile,
            dataParts, places));
    for (Lang lang : languages) {
      LanguageOutput output = outputs.get(lang);
      files.putAll(output.files());
      editions.addAll(output.editions());
      problems.addAll(output.problems());
    }
    unreadableAssets.ifPresent(problems::add);
    List<String> twinPaths = outputs.get(languages.get(0)).twinPaths();
    templates.renderUtf8(entrance(briefing, "entrance.ftlh", assets), problems)
        .ifPresent(html -> files.put("index.html", html));
    templates.renderUtf8(entrance(briefing, "404.ftlh", assets), problems).ifPresent(html -> files.put("404.html", html));
    files.put("robots.txt", utf8("User-agent: *\nAllow: /\nSitemap: " + briefing.config().baseUrl().resolve("sitemap.xml") + "\n"));
    templates.renderUtf8(sitemap(briefing.config().baseUrl(), languages, twinPaths), problems)
        .ifPresent(xml -> files.put("sitemap.xml", xml));
    // Both languages render the same templates: report each template mistake once.
    return Result.of(new RenderedSite(files.sizes, files.kept, files.drawings, editions), problems.stream().distinct().toList());
  }

  /**
   * One edition of the series: its text, its number, its charts, and, made when first asked for
   * (once, whichever language asks first), the briefing as of its date, its figures, and its title
   * and summary as every output writes them.
   */
  private static final class Edition {
    private final Briefing whole;
    private final Story story;
    private final int number;
    private final Map<Lang, List<ChartImage>> charts;
    private Briefing asOf;
    private Figures figures;
    private EditionTexts texts;

    Edition(Briefing whole, Story story, int number, Map<Lang, List<ChartImage>> charts) {
      this.whole = whole;
      this.story = story;
      this.number = number;
      this.charts = charts;
    }

    Story story() {
      return story;
    }

    int number() {
      return number;
    }

    Map<Lang, List<ChartImage>> charts() {
      return charts;
    }

    private synchronized void make() {
      if (asOf == null) {
        asOf = AsOf.edition(whole, story);
        figures = new Figures(asOf);
        texts = new EditionTexts(story, figures);
      }
    }

    synchronized Briefing asOf() {
      make();
      return asOf;
    }

    synchronized Figures figures() {
      make();
      return figures;
    }

    synchronized EditionTexts texts() {
      make();
      return texts;
    }
  }

  private static Problem unreadable(IOException e) {
    return new Problem(SourcePos.whole("templates"), "expected readable templates, found " + e.getMessage());
  }

  /** Where the newest edition's PDF is copied to under the output, such as {@code ko/briefing.ko.pdf}. */
  public static String pdfPath(Lang lang) {
    return SitePaths.pdf(lang.code());
  }

  /** Where an edition's PDF goes under the output, such as {@code ko/briefings/ai-money-war-2024-03-28.ko.pdf}. */
  public static String pdfPath(Lang lang, Story story) {
    return SitePaths.editionPdf(lang.code(), story.slug(), AsOf.date(story));
  }

  /** Takes each file of the site as soon as it is made: its path under the output, and its bytes. */
  @FunctionalInterface
  public interface FileSink {
    void accept(String path, byte[] bytes);

    /**
     * Whether the rendered site keeps the bytes of the file at {@code path} after handing them
     * over (by default all): a sink that writes each file at once keeps only what it needs later.
     */
    default boolean keeps(String path) {
      return true;
    }
  }

  /** The files made so far, each also handed to the sink as it is added; only kept ones stay in memory. */
  private static final class SiteFiles {
    final Map<String, Long> sizes = new TreeMap<>();
    final Map<String, byte[]> kept = new TreeMap<>();
    final Map<String, SvgDrawing> drawings = new TreeMap<>();
    private final FileSink sink;

    SiteFiles(FileSink sink) {
      this.sink = sink;
    }

    void put(String path, byte[] bytes) {
      sizes.put(path, (long) bytes.length);
      if (sink.keeps(path)) {
        kept.put(path, bytes);
      } else {
        kept.remove(path);
      }
      sink.accept(path, bytes);
    }

    void putAll(SiteFiles other) {
      sizes.putAll(other.sizes);
      kept.putAll(other.kept);
      drawings.putAll(other.drawings);
    }

    /**
     * A chart's drawings (wide and narrow) into the language's one chart folder, each once: every
     * page that shows the same drawing (the home page, the editions that add nothing to it, a
     * company page) links the same file, named by a hash of its bytes.
     */
    void putDrawings(String lang, ChartImage chart) {
      putOnce(SitePaths.charts(lang) + svgName(chart), chart.wide());
      if (chart.hasNarrow()) {
        putOnce(SitePaths.charts(lang) + narrowSvgName(chart), chart.narrow());
      }
    }

    private void putOnce(String path, SvgDrawing drawing) {
      SvgDrawing there = drawings.get(path);
      if (there == null) {
        drawings.put(path, drawing);
        put(path, drawing.bytes());
      } else if (!there.equals(drawing)) {
        throw new IllegalStateException("two different drawings hash to one file name: " + path);
      }
    }
  }

  /** Runs one piece of work per language and gives the results back by language. */
  @FunctionalInterface
  public interface PerLanguage {
    <T> Map<Lang, T> apply(List<Lang> languages, Function<Lang, T> work);
  }

  private static <T> Map<Lang, T> oneAfterAnother(List<Lang> languages, Function<Lang, T> work) {
    Map<Lang, T> results = new EnumMap<>(Lang.class);
    languages.forEach(lang -> results.put(lang, work.apply(lang)));
    return results;
  }

  /** One language's share of the site; {@code twinPaths} are its pages' paths without the language folder. */
  private record LanguageOutput(SiteFiles files, List<RenderedSite.PrintEdition> editions,
      List<String> twinPaths, List<Problem> problems) {}

  /** The briefings shown on the home page: the newest, then the few before it. */
  static final int HOME_STORIES = 5;

  private LanguageOutput language(Briefing briefing, Lang lang, List<ChartImage> langCharts, List<Edition> series,
      Figures figures, MarkdownRenderer markdown, PageContext withoutWords, Predicate<String> withPdf,
      FileSink eachFile, Map<String, List<DataPageSplit.Part>> dataParts, RowPlaces places) {
    List<Problem> problems = new ArrayList<>();
    SiteFiles files = new SiteFiles(eachFile);
    List<String> twinPaths = new ArrayList<>();
    List<RenderedSite.PrintEdition> editions = new ArrayList<>();
    String code = lang.code();
    URI base = briefing.config().baseUrl();
    try {
      String siteTitle = briefing.config().title().in(lang);
      Headline siteFigure = headlines(briefing, figures, StandingFigures.of(briefing, briefing.config().headlines()), lang,
          SitePaths.home(code), places)
          .stream().findFirst().orElse(NO_HEADLINE);
      String tagline = briefing.config().tagline().in(lang);
      PreviewImages.Image siteImage = previews.of(code + "/preview", new PreviewCard(siteTitle,
          tagline.isEmpty() ? siteTitle : tagline,
          series.isEmpty() ? "" : DateStyle.format(AsOf.date(series.get(series.size() - 1).story()), lang),
          siteFigure.label(), siteFigure.value()));
      files.put(siteImage.path(), siteImage.png());
      PageContext ctx = withoutWords.withMessages(Messages.load(templates, lang)).withSitePreview(siteImage.path());
      for (ChartImage chart : langCharts) {
        files.putDrawings(code, chart);
        files.put(SitePaths.charts(code) + chart.name() + ".csv", csv(chart));
      }
      // What each edition made in an earlier build with the same inputs, in this language: taken as
      // it was, its image too; an edition without it (or whose image the cache lost) is made anew.
      List<Optional<Kept>> kept = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (int i = 0; i < series.size(); i++) {
        Edition e = series.get(i);
        String key = editionKey(e, i == series.size() - 1, lang, siteImage.path(), ctx, withPdf);
        keys.add(key);
        kept.add(key.isEmpty() ? Optional.empty() : keptOutput(key)
            .flatMap(o -> previews.reuse(o.preview()).map(image -> new Kept(o, image))));
      }
      // Every edition's text, twice: with links for the site, and with absolute links for the feed and the PDF.
      List<StoryView> own = new ArrayList<>();
      List<StoryView> absolute = new ArrayList<>();
      for (int i = 0; i < series.size(); i++) {
        Edition e = series.get(i);
        Article a = e.story().in(lang);
        for (ChartImage chart : e.charts().getOrDefault(lang, List.of())) {
          files.putDrawings(code, chart);
          // The numbers stay with the edition, under a name a reader can keep: they are small.
          files.put(SitePaths.editionFiles(code, a.slug()) + chart.name() + ".csv", csv(chart));
        }
        if (kept.get(i).isPresent()) {
          EditionOutput o = kept.get(i).get().output();
          own.add(o.own());
          absolute.add(withHtml(o.own(), o.absoluteHtml()));
          continue;
        }
        String path = SitePaths.briefing(code, a.slug());
        String pdfPath = SitePaths.editionPdf(code, a.slug(), AsOf.date(e.story()));
        boolean hasPdf = withPdf.test(pdfPath);
        // Parsed once; the figures and Korean words are set once for both.
        List<String> both = markdown.render(a, lang, e.figures(), List.of(
            new MarkdownRenderer.Links(slug -> SitePaths.link(path, SitePaths.briefing(code, slug)), Optional.empty(),
                id -> SitePaths.link(path, SitePaths.company(code, id)), true),
            new MarkdownRenderer.Links(slug -> base.resolve(SitePaths.briefing(code, slug)).toString(),
                Optional.of(base.resolve(path)))));
        String html = both.get(0);
        String absoluteHtml = both.get(1);
        // Title and summary may hold figures too, as of the edition's date.
        StoryView s = new StoryView(a.slug(), e.number(), e.texts().title(lang),
            DateStyle.format(a.date(), lang), a.date().toString(), String.valueOf(a.date().getYear()),
            e.texts().summary(lang), html, path, "",
            base.resolve(path).toString(), hasPdf ? SitePaths.link(path, pdfPath) : "",
            hasPdf ? base.resolve(pdfPath).toString() : "", e.texts().titleHtml(lang), e.texts().summaryHtml(lang));
        own.add(s);
        absolute.add(withHtml(s, absoluteHtml));
      }
      // Newest first, as the archive, the home page and the feed list them.
      List<StoryView> newest = new ArrayList<>(own);
      Collections.reverse(newest);
      List<String> years = newest.stream().map(StoryView::year).distinct().toList();
      // What each edition made anew, kept once the search has its paragraphs too.
      Map<Integer, Made> made = new TreeMap<>();
      for (int i = 0; i < series.size(); i++) {
        Edition e = series.get(i);
        StoryView s = own.get(i);
        String path = s.path();
        LocalDate date = AsOf.date(e.story());
        String pdfPath = SitePaths.editionPdf(code, s.slug(), date);
        String latest = i == series.size() - 1 ? SitePaths.pdf(code) : "";
        if (kept.get(i).isPresent()) {
          EditionOutput o = kept.get(i).get().output();
          PreviewImages.Image image = kept.get(i).get().image();
          files.put(image.path(), image.png());
          files.put(path, o.page());
          editions.add(new RenderedSite.PrintEdition(lang, s.slug(), date, o.print(), o.printSha256(), pdfPath,
              latest));
          editionsReused.incrementAndGet();
          continue;
        }
        int problemsBefore = problems.size();
        String asOf = DateStyle.format(date, lang);
        String archive = SitePaths.link(path, SitePaths.archiveYear(code, s.year()));
        List<FigureRef> heads = editionHeadlines(briefing, e.story(), e.asOf());
        List<Headline> editionFigures = headlines(e.asOf(), e.figures(), heads, lang, path, places);
        Headline figure = editionFigures.stream().findFirst().orElse(NO_HEADLINE);
        PreviewImages.Image image = previews.of(SitePaths.briefingPreviewStem(code, s.slug()),
            new PreviewCard(siteTitle, s.title(), s.date(), figure.label(), figure.value()));
        files.put(image.path(), image.png());
        Optional<String> page = templates.render(new BriefingPage(ctx.articleFrame(s, image.path()), s, asOf,
            editionFigures,
            chartViews(e.charts().getOrDefault(lang, List.of()), SitePaths.editionFiles(code, s.slug()), path,
                CompanyNames.of(briefing, lang), briefing),
            i == 0 ? EditionLink.NONE : neighbour(own.get(i - 1), path),
            i == series.size() - 1 ? EditionLink.NONE : neighbour(own.get(i + 1), path), archive,
            CompanyPages.mentioned(e.asOf(), e.story().in(lang)).stream()
                .map(id -> new CompanyPage.CompanyLink(name(briefing, id, lang),
                    SitePaths.link(path, SitePaths.company(code, id)))).toList()), problems);
        Optional<byte[]> pageBytes = page.map(SiteRenderer::utf8);
        pageBytes.ifPresent(bytes -> files.put(path, bytes));
        Optional<RenderedSite.PrintEdition> print = templates.render(print(ctx, e, absolute.get(i), asOf, heads, places),
            problems).map(xhtml -> RenderedSite.PrintEdition.of(lang, s.slug(), date, xhtml, pdfPath, latest));
        print.ifPresent(editions::add);
        print.ifPresent(p -> printsAsMade.accept(p, Collections.unmodifiableMap(files.drawings)));
        if (!keys.get(i).isEmpty() && pageBytes.isPresent() && print.isPresent() && problems.size() == problemsBefore) {
          made.put(i, new Made(pageBytes.get(), print.get(), image.path()));
        }
      }
      List<Framed> pages = new ArrayList<>();
      pages.add(home(ctx, briefing, figures, langCharts, newest, years, places));
      pages.addAll(archivePages(ctx, newest, years));
      pages.addAll(dataPages(ctx, briefing, figures, dataParts));
      CompanyPages companies = new CompanyPages(briefing, ctx, companyCharts,
          series.stream().map(Edition::story).toList(), own, asOf(briefing, lang), keptRecord);
      pages.add(companies.index());
      Map<String, byte[]> companyFiles = new TreeMap<>();
      List<ChartImage> companyDrawings = new ArrayList<>();
      for (Company c : briefing.companies()) {
        pages.add(companies.page(c, companyFiles, companyDrawings));
      }
      companyFiles.forEach(files::put);
      // A company's chart drawing may be one the home page or an edition shows already.
      companyDrawings.forEach(chart -> files.putDrawings(code, chart));
      pages.add(sourcesPage(ctx, briefing));
      for (Framed page : pages) {
        render(page.frame().path(), page, files, problems);
      }
      // The sitemap lists the home page, the briefings newest first, the archive, the data and the sources.
      twinPaths.add(pages.get(0).frame().path());
      newest.forEach(s -> twinPaths.add(s.path()));
      pages.subList(1, pages.size()).forEach(p -> twinPaths.add(p.frame().path()));
      Map<Integer, List<com.moneywar.briefing.search.SearchDoc>> madeDocs = new HashMap<>();
      twinPaths.add(renderSearch(ctx, briefing, figures, series, places, files, problems, kept, madeDocs));
      // Each edition made anew, whole, for the next build.
      made.forEach((i, m) -> {
        EditionOutput output = new EditionOutput(own.get(i), absolute.get(i).html(), m.page(), m.print().xhtml(),
            m.print().xhtmlSha256(), m.preview(), madeDocs.getOrDefault(i, List.of()));
        editionMemo.put(keys.get(i), output.encode());
        if (keptEditions != null) {
          keptEditions.put(keys.get(i), output);
        }
      });
      twinPaths.replaceAll(path -> path.substring(code.length() + 1));
      List<StoryView> newestAbsolute = new ArrayList<>(absolute);
      Collections.reverse(newestAbsolute);
      templates.renderUtf8(feed(ctx, briefing, newestAbsolute), problems)
          .ifPresent(xml -> files.put(code + "/feed.xml", xml));
    } catch (IOException e) {
      problems.add(unreadable(e));
    }
    return new LanguageOutput(files, editions, twinPaths, problems);
  }

  // --- search: the language's index (package search) and its page, whose path it returns ---

  private String renderSearch(PageContext ctx, Briefing b, Figures figures, List<Edition> series, RowPlaces places,
      SiteFiles files, List<Problem> problems, List<Optional<Kept>> kept,
      Map<Integer, List<com.moneywar.briefing.search.SearchDoc>> madeDocs) {
    Lang lang = ctx.lang();
    Map<String, Integer> bySlug = new HashMap<>();
    for (int i = 0; i < series.size(); i++) {
      bySlug.put(series.get(i).story().slug(), i);
    }
    SearchWording wording = new SearchWording() {
      @Override
      public String figure(FigureRef ref, Lang l) {
        return figures.text(ref, l);
      }

      @Override
      public String standing(String kind, String id, Lang l) {
        return figures.standing(b.moneyFacts().get(kind + ":" + id), l);
      }

      @Override
      public String briefingText(Story story, String text, Lang l) {
        return series.get(bySlug.get(story.slug())).texts().inline(text, l);
      }

      @Override
      public Map<String, String> words(Lang l) {
        return ctx.messages();
      }

      @Override
      public String row(String page, String anchor) {
        return places.link(page, anchor);
      }
    };
    // An edition taken from the memo brings its paragraphs; one made anew is read, and its
    // paragraphs kept with the rest of what it made.
    SearchIndex index = SearchIndexer.index(b, lang, wording, story -> {
      Integer i = bySlug.get(story.slug());
      if (i != null && kept.get(i).isPresent()) {
        return kept.get(i).get().output().searchDocs();
      }
      List<com.moneywar.briefing.search.SearchDoc> docs = SearchIndexer.passages(story, lang, wording);
      if (i != null) {
        madeDocs.put(i, docs);
      }
      return docs;
    }, keptRecord.factDocs(lang, () -> SearchIndexer.factDocs(b, lang, wording)), searchMemos.get(lang));
    index.files().forEach((path, bytes) -> files.put(lang.code() + "/" + path, bytes));
    String path = lang.code() + "/search.html";
    render(path, new SearchPage(ctx.frame(path, ctx.messages().get("nav.search")),
        SitePaths.link(path, lang.code() + "/" + index.manifest()), SitePaths.link(path, ctx.assets().searchJs())),
        files, problems);
    return path;
  }

  private void render(String path, TemplateRoot root, SiteFiles files, List<Problem> problems) {
    templates.renderUtf8(root, problems).ifPresent(html -> files.put(path, html));
  }

  private static StoryView withHtml(StoryView s, String html) {
    return new StoryView(s.slug(), s.number(), s.title(), s.date(), s.isoDate(), s.year(), s.summary(), html, s.path(),
        s.href(), s.url(), s.pdf(), s.pdfUrl(), s.titleHtml(), s.summaryHtml());
  }

  /** {@code s} as listed on the page at {@code page}: its links relative to that page. */
  private static StoryView listedOn(StoryView s, String page) {
    // s.pdf is relative to the story's own page: back to the root, then the PDF's path.
    String pdf = s.pdf().isEmpty() ? "" : SitePaths.link(page, s.pdf().substring(SitePaths.root(s.path()).length()));
    return new StoryView(s.slug(), s.number(), s.title(), s.date(), s.isoDate(), s.year(), s.summary(), s.html(),
        s.path(), SitePaths.link(page, s.path()), s.url(), pdf, s.pdfUrl(), s.titleHtml(), s.summaryHtml());
  }

  /**
   * The key an edition's output in {@code lang} is kept under in the memo: its inputs (the same in both
   * languages) and what this language's pages share that its page and print document show; empty when
   * there is no memo or no inputs for it.
   */
  private String editionKey(Edition e, boolean newest, Lang lang, String sitePreview, PageContext ctx,
      Predicate<String> withPdf) {
    String inputs = editionMemo == null ? null : editionInputs.get(e.story().slug());
    if (inputs == null) {
      return "";
    }
    StringBuilder key = new StringBuilder(inputs).append('\n').append(lang.code()).append('\n').append(newest)
        .append('\n').append(sitePreview).append('\n').append(ctx.assets()).append('\n')
        .append(withPdf.test(SitePaths.pdf(lang.code()))).append('\n')
        .append(withPdf.test(SitePaths.editionPdf(lang.code(), e.story().slug(), AsOf.date(e.story()))));
    for (ChartImage chart : e.charts().getOrDefault(lang, List.of())) {
      key.append('\n').append(svgName(chart)).append(' ').append(chart.hasNarrow() ? narrowSvgName(chart) : "");
    }
    return key.toString();
  }

  /** What an edition made in an earlier build under {@code key}: kept in this process, else in the edition memo. */
  private Optional<EditionOutput> keptOutput(String key) {
    Optional<EditionOutput> kept = keptEditions == null ? Optional.empty() : keptEditions.get(key);
    if (kept.isPresent()) {
      return kept;
    }
    Optional<EditionOutput> stored = editionMemo.get(key).flatMap(EditionOutput::decode);
    if (keptEditions != null) {
      stored.ifPresent(o -> keptEditions.put(key, o));
    }
    return stored;
  }

  /** What an edition made anew in this build, kept in the memo once its search paragraphs are known. */
  private record Made(byte[] page, RenderedSite.PrintEdition print, String preview) {}

  /** What an edition made in an earlier build, taken from the memo, with its link-preview image. */
  private record Kept(EditionOutput output, PreviewImages.Image image) {}

  private static EditionLink neighbour(StoryView s, String page) {
    return new EditionLink(s.title(), s.date(), SitePaths.link(page, s.path()));
  }

  /**
   * The figures an edition heads with: its own {@code headlines:}, else the config's that are on its
   * record, each as it stands at the edition's date ({@link StandingFigures}).
   */
  static List<FigureRef> editionHeadlines(Briefing briefing, Story story, Briefing asOf) {
    List<FigureRef> own = story.articles().values().stream().findFirst().map(Article::headlines)
        .orElse(List.of());
    if (!own.isEmpty()) {
      return own;
    }
    return StandingFigures.of(asOf, briefing.config().headlines().stream()
        .filter(ref -> asOf.moneyFacts().containsKey(ref.kind() + ":" + ref.ids().get(0))).toList());
  }

  /** The editions {@code archive.html} shows at least: whole years, newest first, until this many. */
  static final int ARCHIVE_RECENT = 12;

  /** The archive: the most recent years at {@code archive.html}, and each year on a page of its own. */
  private static List<ArchivePage> archivePages(PageContext ctx, List<StoryView> newest, List<String> years) {
    String code = ctx.lang().code();
    String title = ctx.messages().getOrDefault("archive.title", "archive");
    List<ArchivePage> pages = new ArrayList<>();
    String front = SitePaths.archive(code);
    List<ArchivePage.ArchiveYear> recent = new ArrayList<>();
    int shown = 0;
    for (String year : years) {
      if (shown >= ARCHIVE_RECENT) {
        break;
      }
      ArchivePage.ArchiveYear group = yearOf(newest, year, front);
      recent.add(group);
      shown += group.stories().size();
    }
    pages.add(new ArchivePage(ctx.frame(front, title), yearLinks(code, years, newest, front, ""), recent,
        newest.size()));
    for (String year : years) {
      String path = SitePaths.archiveYear(code, year);
      pages.add(new ArchivePage(ctx.frame(path, title + " · " + year), yearLinks(code, years, newest, path, year),
          List.of(yearOf(newest, year, path)), newest.size()));
    }
    return pages;
  }

  private static ArchivePage.ArchiveYear yearOf(List<StoryView> newest, String year, String page) {
    return new ArchivePage.ArchiveYear(year,
        newest.stream().filter(s -> s.year().equals(year)).map(s -> listedOn(s, page)).toList());
  }

  private static List<ArchivePage.YearLink> yearLinks(String code, List<String> years, List<StoryView> newest,
      String page, String current) {
    return years.stream().map(y -> new ArchivePage.YearLink(y, (int) newest.stream().filter(s -> s.year().equals(y)).count(),
        SitePaths.link(page, SitePaths.archiveYear(code, y)), y.equals(current))).toList();
  }

  private HomePage home(PageContext ctx, Briefing b, Figures figures, List<ChartImage> charts,
      List<StoryView> newest, List<String> years, RowPlaces places) {
    String path = SitePaths.home(ctx.lang().code());
    String archive = SitePaths.link(path, SitePaths.archive(ctx.lang().code()));
    return new HomePage(ctx.frame(path, b.config().title().in(ctx.lang())), asOf(b, ctx.lang()),
        headlines(b, figures, StandingFigures.of(b, b.config().headlines()), ctx.lang(), path, places),
        newest.stream().limit(HOME_STORIES).map(s -> listedOn(s, path)).toList(), newest.size(), archive,
        chartViews(charts, SitePaths.charts(ctx.lang().code()), path, CompanyNames.of(b, ctx.lang()), b));
  }

  /** The date of the newest fact on the record, in the language's style; empty without facts. */
  private static String asOf(Briefing b, Lang lang) {
    return AsOf.newestFact(b).map(d -> DateStyle.format(d, lang)).orElse("");
  }

  /** The tables every data page's facts refer to, offered after the page's own. */
  private static final List<DataFile> REFERENCED_TABLES =
      List.of(DataFile.COMPANIES, DataFile.SOURCES, DataFile.EXCHANGE_RATES);

  /** The tables a data page shows, as the files they come from. */
  private static List<DataFile> ownTables(String page) {
    return switch (page) {
      case "investments" -> List.of(DataFile.INVESTMENTS, DataFile.ROUNDS, DataFile.FLOWS, DataFile.SPENDING);
      case "valuations" -> List.of(DataFile.VALUATIONS);
      default -> List.of(DataFile.TALENT_OFFERS);
    };
  }

  /** A data page's downloads, linked from {@code path}: its own tables, then those they refer to. */
  private List<Download> downloads(Map<String, String> t, String page, String path) {
    List<Download> downloads = new ArrayList<>();
    for (DataFile file : Stream.concat(ownTables(page).stream(), REFERENCED_TABLES.stream()).toList()) {
      if (dataPackage.has(file)) {
        downloads.add(new Download(t.getOrDefault("download." + file.tableName(), file.tableName()),
            SitePaths.link(path, DataPackage.csvPath(file)), SitePaths.link(path, DataPackage.jsonPath(file))));
      }
    }
    return downloads;
  }

  /** The data pages, each in parts as {@link DataPageSplit} cut them, its rows in the order the part lists them. */
  private List<DataPage> dataPages(PageContext ctx, Briefing b, Figures figures,
      Map<String, List<DataPageSplit.Part>> dataParts) {
    String code = ctx.lang().code();
    Map<String, String> t = ctx.messages();
    List<DataPage> pages = new ArrayList<>();
    for (Map.Entry<String, List<DataPageSplit.Part>> page : dataParts.entrySet()) {
      String name = page.getKey();
      List<DataPageSplit.Part> parts = page.getValue();
      // A row's links depend only on how deep its page is: the tables are made once per depth
      // (the page's own address, and its year pages one folder down), each row then found by id.
      Map<String, List<Map<String, FactTable.Row>>> rowsByDepth = new HashMap<>();
      Map<String, List<FactTable>> tablesByDepth = new HashMap<>();
      for (DataPageSplit.Part part : parts) {
        String path = code + "/" + part.path();
        List<FactTable> all = tablesByDepth.computeIfAbsent(SitePaths.root(path), root ->
            keptRecord.dataTables(ctx.lang(), name, root, () -> {
              FactTables tables = new FactTables(b, figures, ctx.lang(), t, path);
              return switch (name) {
                case "investments" -> List.of(tables.investments(), tables.debt(), tables.rounds(), tables.flows(),
                    tables.spending());
                case "valuations" -> List.of(tables.valuations());
                default -> List.of(tables.talent());
              };
            }));
        List<Map<String, FactTable.Row>> byIds = rowsByDepth.computeIfAbsent(SitePaths.root(path), root ->
            all.stream().map(table -> {
              Map<String, FactTable.Row> byId = new HashMap<>();
              table.rows().forEach(r -> byId.put(r.id(), r));
              return byId;
            }).toList());
        List<FactTable> shown = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
          List<FactTable.Row> rows = part.rows().get(i).stream().map(byIds.get(i)::get).toList();
          if (!rows.isEmpty()) {
            shown.add(all.get(i).withRows(rows));
          }
        }
        // A table with no rows is left out (a new user's licensing deals sat under an empty "투자 내역"
        // table with its headers and filter box); a page with none at all keeps its first, empty.
        if (shown.isEmpty() && part.year().isEmpty()) {
          shown.add(all.get(0).withRows(List.of()));
        }
        // A record without investments (loans and bonds, rounds, deals and spending only) is not
        // introduced as investments.
        String intro = name.equals("investments")
            && b.investments().stream().allMatch(i -> com.moneywar.briefing.model.InvestmentTree.debt(b, i))
            && t.containsKey("investments.intro.deals")
            ? t.get("investments.intro.deals") : t.getOrDefault(name + ".intro", "");
        List<Download> downloads = downloads(t, name, path);
        List<String> ownCsv = ownTables(name).stream().filter(dataPackage::has).map(DataPackage::csvPath).toList();
        String title = t.get("nav." + name) + (path.equals(code + "/" + name + ".html") || part.year().isEmpty() ? ""
            : " · " + partLabel(t, part));
        pages.add(new DataPage(ctx.datasetFrame(path, title, intro, ownCsv), intro, asOf(b, ctx.lang()), part.year(),
            part.number(), part.of(), shown, dataYears(code, parts, path), SitePaths.link(path, ctx.assets().tablesJs()),
            downloads, downloads.isEmpty() ? "" : SitePaths.link(path, DataPackage.DESCRIPTOR)));
      }
    }
    return pages;
  }

  /** "2023", or "2023 (2/3)" for a year in several parts. */
  private static String partLabel(Map<String, String> t, DataPageSplit.Part part) {
    return t.getOrDefault("data.year", "{year}").replace("{year}", part.year())
        + (part.of() == 1 ? "" : " (" + part.number() + "/" + part.of() + ")");
  }

  /** The navigation between a data page's parts, as shown on the part at {@code page}. */
  private static List<DataPage.DataYear> dataYears(String code, List<DataPageSplit.Part> parts, String page) {
    Map<String, List<DataPageSplit.Part>> byYear = new LinkedHashMap<>();
    parts.stream().filter(p -> !p.year().isEmpty())
        .forEach(p -> byYear.computeIfAbsent(p.year(), y -> new ArrayList<>()).add(p));
    List<DataPage.DataYear> years = new ArrayList<>();
    byYear.forEach((year, ofYear) -> {
      boolean front = page.equals(code + "/" + parts.get(0).path());
      List<DataPage.DataPart> links = ofYear.stream().map(p -> new DataPage.DataPart(p.number(),
          SitePaths.link(page, code + "/" + p.path()), page.equals(code + "/" + p.path()),
          front && !page.equals(code + "/" + p.path())
              ? String.join(" ", p.rows().stream().flatMap(List::stream).toList()) : "")).toList();
      years.add(new DataPage.DataYear(year, ofYear.stream().mapToInt(DataPageSplit.Part::rowCount).sum(),
          links.get(0).href(), links.stream().anyMatch(DataPage.DataPart::current), links));
    });
    return years;
  }

  private SourcesPage sourcesPage(PageContext ctx, Briefing b) {
    String path = ctx.lang().code() + "/sources.html";
    return new SourcesPage(ctx.frame(path, ctx.messages().get("nav.sources")), sources(b, ctx.lang()));
  }

  /**
   * The sources as the PDF lists them: a title the PDF's font cannot draw (a Chinese or Japanese
   * headline) is left out rather than printed as {@code #}, and the outlet, date and address stand.
   */
  private static List<SourceView> printSources(Briefing b, Lang lang) {
    return sources(b, lang).stream().map(s -> s.title().codePoints().allMatch(DrawableCharacters::canDraw) ? s
        : new SourceView(s.id(), s.outlet(), "", s.date(), s.url(), s.citedBy(), s.citedById(), s.language()))
        .toList();
  }

  private static List<SourceView> sources(Briefing b, Lang lang) {
    return b.sources().stream().map(s -> new SourceView(s.id(), s.outlet().in(lang), s.title().orElse(""),
        DateStyle.published(s, lang), s.url().orElse(""),
        s.citedBy().flatMap(b::source).map(c -> c.outlet().in(lang)).orElse(""), s.citedBy().orElse(""),
        s.language())).toList();
  }

  private static Feed feed(PageContext ctx, Briefing b, List<StoryView> newest) {
    Lang lang = ctx.lang();
    URI base = b.config().baseUrl();
    return new Feed(lang.code(), PageContext.site(b, lang), base.resolve(lang.code() + "/feed.xml").toString(),
        base.resolve(SitePaths.home(lang.code())).toString(),
        newest.isEmpty() ? "1970-01-01T00:00:00Z" : newest.get(0).isoDate() + "T00:00:00Z",
        newest.stream().limit(FEED_ENTRIES).map(s -> new Feed.Entry(s.title(), s.summary(), s.html(),
            s.isoDate() + "T00:00:00Z", s.isoDate() + "T00:00:00Z", s.url(), s.pdfUrl())).toList());
  }

  /**
   * One edition's print document: nothing in it depends on later editions (no count, no "next"),
   * so adding a briefing leaves every older edition's PDF as it was. Links are absolute.
   */
  private static PrintDocument print(PageContext ctx, Edition e, StoryView story, String asOf,
      List<FigureRef> heads, RowPlaces places) {
    Lang lang = ctx.lang();
    Briefing b = e.asOf();
    String path = story.path();
    String code = lang.code();
    List<ChartImage> charts = e.charts().getOrDefault(lang, List.of());
    return new PrintDocument(ctx.frame(path, story.title()), b.config().paper().code(), story, asOf,
        headlines(b, e.figures(), heads, lang, path, places), chartViews(charts, SitePaths.editionFiles(code, story.slug()), path,
            CompanyNames.NONE, b),
        story.url(), b.config().baseUrl().resolve(SitePaths.archive(code)).toString(), printSources(b, lang),
        rates(b, e.figures(), e.story().articles().get(lang), heads, lang), keywordKinds(b));
  }

  /** The kinds of fact beyond investments that {@code b} holds, for the PDF's keywords ({@link PrintDocument}). */
  static List<String> keywordKinds(Briefing b) {
    List<String> kinds = new ArrayList<>();
    if (!b.valuations().isEmpty()) {
      kinds.add("valuations");
    }
    if (!b.talent().isEmpty()) {
      kinds.add("talent");
    }
    if (!b.spending().isEmpty()) {
      kinds.add("spending");
    }
    return kinds;
  }

  /**
   * The rates an edition's won figures were converted at, once each, oldest first: those of the
   * figures that show a won amount (the full form, {@code :krw}; a key figure always), each row of a
   * sum.
   */
  static List<String> rates(Briefing b, Figures figures, com.moneywar.briefing.model.Article article,
      List<FigureRef> heads, Lang lang) {
    java.util.Set<com.moneywar.briefing.model.ExchangeRate> rates = new java.util.LinkedHashSet<>();
    List<FigureRef> refs = new ArrayList<>(heads);
    if (article != null) {
      article.figures().stream().filter(f -> f.field().isEmpty() || f.field().equals("krw")).forEach(refs::add);
    }
    for (FigureRef ref : refs) {
      for (String id : ref.ids()) {
        // A sum names its rows as KIND:ID.
        MoneyFact fact = b.moneyFacts().get(ref.kind().equals("sum") ? id : ref.kind() + ":" + id);
        if (fact != null && !fact.reporting().noConversion() && fact.reporting().amountStated()) {
          b.krwRateFor(fact).ifPresent(rates::add);
        }
      }
    }
    // Oldest first, as a reader looks one up by its date.
    return rates.stream().sorted(java.util.Comparator.comparing(com.moneywar.briefing.model.ExchangeRate::date))
        .map(rate -> figures.rateLine(rate, lang)).distinct().toList();
  }

  private static Entrance entrance(Briefing b, String template, SiteAssets assets) {
    URI base = b.config().baseUrl();
    return new Entrance(template, PageContext.site(b, b.config().languages().get(0)),
        base.resolve("index.html").toString(), base.getPath() == null ? "/" : base.getPath(), base.toString(),
        assets.css(), assets.fontsCss(),
        b.config().languages().stream().map(l -> new Entrance.Door(l.code(), b.config().title().in(l),
            b.config().tagline().in(l), SitePaths.home(l.code()), base.resolve(SitePaths.home(l.code())).toString()))
            .toList());
  }

  /** Every page in every language, each with its twins, sorted by path. */
  private static Sitemap sitemap(URI base, List<Lang> languages, List<String> pages) {
    List<Sitemap.Url> urls = new ArrayList<>();
    for (String page : pages.stream().sorted().toList()) {
      List<PageFrame.Alternate> twins = languages.stream()
          .map(l -> new PageFrame.Alternate(l.code(), base.resolve(l.code() + "/" + page).toString())).toList();
      for (PageFrame.Alternate own : twins) {
        urls.add(new Sitemap.Url(own.href(), twins));
      }
    }
    return new Sitemap(urls);
  }

  static List<Headline> headlines(Briefing b, Figures figures, List<FigureRef> refs, Lang lang, String page,
      RowPlaces places) {
    List<Headline> list = new ArrayList<>();
    for (FigureRef ref : refs) {
      MoneyFact fact = figures.fact(ref);
      String[] labelAndSection = fact.accept(new HeadlineLabel(b, lang));
      String label = labelAndSection[0];
      String section = labelAndSection[1];
      // A stake held whose value no source gives is its percentage, not "금액 미상" in large type
      // (walk 73's Google holding 14% of Anthropic).
      String amount = fact instanceof com.moneywar.briefing.model.Flow f
          && f.flowKind() == com.moneywar.briefing.model.FlowKind.HOLDING && !f.reporting().amountStated()
          && !f.percentWords(lang).isEmpty()
          ? (lang == Lang.KO ? "지분 " + f.percentWords(lang) : f.percentWords(lang) + " stake")
          // A warrant of no value stated: the part of the shares it may buy.
          : fact instanceof com.moneywar.briefing.model.Flow f
          && f.flowKind() == com.moneywar.briefing.model.FlowKind.WARRANT && !f.reporting().amountStated()
          && !f.percentWords(lang).isEmpty()
          ? (lang == Lang.KO ? "지분 " + f.percentWords(lang) : f.percentWords(lang) + " of shares")
          : figures.fact(fact, "amount", lang);
      Optional<String> krw = figures.krw(fact, lang);
      boolean unconverted = krw.isEmpty() && b.unconverted(fact);
      list.add(new Headline(label, AmountText.standingAlone(amount, fact, lang), amount,
          AmountText.claim(fact.reporting().claim(), lang),
          krw.orElse(""),
          figures.detail(ref, lang).orElse(""), DateStyle.format(fact.date(), lang),
          b.source(fact.source()).map(s -> s.outlet().in(lang)).orElse(""),
          SitePaths.link(page, lang.code() + "/" + places.link(section, labelAndSection[2] + fact.id())), unconverted,
          figures.inlineKeyFigure(fact, lang)));
    }
    // Two cards of one label (a Series E reported and denied, then the one that closed) are told apart
    // by their dates in the label itself: a new user read two "xAI 시리즈E" cards as one deal twice.
    Map<String, Long> labels = list.stream().collect(java.util.stream.Collectors.groupingBy(Headline::label,
        java.util.stream.Collectors.counting()));
    if (labels.values().stream().anyMatch(n -> n > 1)) {
      list.replaceAll(h -> labels.get(h.label()) < 2 ? h : new Headline(h.label() + " · " + h.date(), h.value(), h.amount(),
          h.claim(), h.krw(), h.detail(), h.date(), h.source(), h.href(), h.unconverted(), h.inline()));
    }
    return list;
  }

  /**
   * Where each row of the data pages is, for every link to one: page name → row anchor → the path
   * of its part under the language folder.
   */
  record RowPlaces(Map<String, Map<String, String>> places) {
    static RowPlaces of(Briefing b) {
      return new RowPlaces(DataPageSplit.places(DataPageSplit.of(b)));
    }

    /** The row on its part, such as {@code investments/2023.html#deal-7}, under the language folder. */
    String link(String page, String anchor) {
      return places.getOrDefault(page, Map.of()).getOrDefault(anchor, page + ".html") + "#" + anchor;
    }
  }

  /** A headline's label, the data page it links to and its anchor prefix, for every kind of fact. */
  private record HeadlineLabel(Briefing b, Lang lang) implements MoneyFact.Visitor<String[]> {
    @Override
    public String[] investment(Investment i) {
      // A deal not made says so: "엔비디아 → 오픈AI · 의향서" / "Nvidia → OpenAI · letter of intent".
      // A promise and a running total say what they are, as the table's kind column does: "아마존 →
      // 앤스로픽 · 투자 약정" / "Amazon → Anthropic · commitment", "마이크로소프트 → 오픈AI · 누적" /
      // "Microsoft → OpenAI · to date"; money planned or announced, not paid in yet, says so ("· 투자
      // 예정" / "· planned"); money paid in is the plain case.
      boolean agreed = i.reporting().deal() == com.moneywar.briefing.model.DealStatus.AGREED;
      // A loan or bonds bought are debt, not an investment, and say so: "핌코 → 비녜인베스터 ·
      // 대출·채권" / "Pimco → Beignet · debt", "… · 대출·채권 약정" / "… · debt commitment".
      String total = com.moneywar.briefing.model.InvestmentTree.debt(b, i)
          ? (i.kind() == com.moneywar.briefing.model.InvestmentKind.COMMITMENT && agreed
              ? (lang == Lang.KO ? " · 대출·채권 약정" : " · debt commitment") : (lang == Lang.KO ? " · 대출·채권" : " · debt"))
          : switch (i.kind()) {
            // A total expected once a deal closes is no total to date ("expects its cumulative
            // investment to reach $64.6 billion" read "SoftBank Group → OpenAI · to date").
            // A running total of what was promised so far (status announced: "has committed up to
            // $13 billion in total") is a total to date as well: walk 72's read "· 누적(예정)".
            case TOTAL -> switch (i.status()) {
              case INVESTED -> lang == Lang.KO ? " · 누적" : " · to date";
              case ANNOUNCED -> lang == Lang.KO ? " · 누적 약속" : " · committed to date";
              default -> lang == Lang.KO ? " · 누적(예정)" : " · expected total";
            };
            // A letter of intent or talks say so instead: no commitment was made.
            case COMMITMENT -> !agreed ? "" : lang == Lang.KO ? " · 투자 약정" : " · commitment";
            // Money not paid in yet says so, as the table's status column does: two new users read
            // "스페이스X → xAI" over a planned payment as money paid.
            // A denied report says no status (the value says "(당사자 부인)"): a new user's denied
            // Alibaba → DeepSeek read "· 투자 예정" as if the money were on its way.
            // A tranche says it is one instalment of a commitment: a new user's "소프트뱅크그룹 → 오픈AI
            // 225억달러" read as all SoftBank put in.
            case TRANCHE -> i.reporting().claim() == com.moneywar.briefing.model.ClaimStatus.DENIED ? "" : switch (i.status()) {
              case PLANNED -> lang == Lang.KO ? " · 분할 투자 예정" : " · tranche, planned";
              case ANNOUNCED -> lang == Lang.KO ? " · 분할 투자 발표" : " · tranche, announced";
              default -> lang == Lang.KO ? " · 분할 투자" : " · tranche";
            };
            default -> i.reporting().claim() == com.moneywar.briefing.model.ClaimStatus.DENIED ? "" : switch (i.status()) {
              case PLANNED -> lang == Lang.KO ? " · 투자 예정" : " · planned";
              case ANNOUNCED -> lang == Lang.KO ? " · 투자 발표" : " · announced";
              default -> "";
            };
          };
      return new String[] {name(b, i.investor(), lang) + " → " + name(b, i.investee(), lang) + total
          + dealWords(i, lang), "investments", ""};
    }

    /**
     * The deal's status after its name (" · 협상 중", a bond sale's " · 추진 중"), unless the parties
     * deny the report: a card reading "xAI 지분 투자 · 협상 중" over "100억달러(당사자 부인)" stated the
     * talks as fact.
     */
    private static String dealWords(MoneyFact fact, Lang lang) {
      return fact.dealAfterName(lang);
    }

    @Override
    public String[] valuation(Valuation v) {
      // An estimate says so here, as the full form in a text does, and so does a value before the
      // money came in (a pre-money value read as "the valuation" understates it); the value carries
      // only the status.
      boolean estimate = v.basis() == com.moneywar.briefing.model.ValuationBasis.ESTIMATE;
      boolean preMoney = v.basis() == com.moneywar.briefing.model.ValuationBasis.PRE_MONEY;
      boolean market = v.basis() == com.moneywar.briefing.model.ValuationBasis.MARKET;
      // A price set by existing shares changing hands says so: a new user's tender offer read as a round's value.
      boolean secondary = v.basis() == com.moneywar.briefing.model.ValuationBasis.SECONDARY;
      String label = name(b, v.company(), lang)
          + (preMoney ? (lang == Lang.KO ? " 투자 전 기업가치" : " pre-money valuation")
              : market ? (lang == Lang.KO ? " 시가총액" : " market value")
              : secondary ? (lang == Lang.KO ? " 기업가치(구주 거래 가격 기준)" : " valuation (secondary-sale price)")
              : lang == Lang.KO ? " 기업가치" : " valuation")
          + (estimate ? (lang == Lang.KO ? " 추정치" : " (estimate)") : "")
          // A value only sought, in a round not raised, says so: "싱킹머신즈랩 기업가치 · 협상 중" over
          // "약 500억달러(보도)" read as a value set.
          + dealWords(v, lang);
      return new String[] {label, "valuations", ""};
    }

    @Override
    public String[] talent(TalentOffer o) {
      return new String[] {o.role().in(lang), "talent", ""};
    }

    @Override
    public String[] round(com.moneywar.briefing.model.Round r) {
      // The name as a sentence gives it: "OpenAI equity round", "리벨리온 시리즈B".
      return new String[] {name(b, r.investee(), lang) + " " + r.type().phrase(lang) + dealWords(r, lang), "investments",
          "round-"};
    }


    @Override
    public String[] flow(com.moneywar.briefing.model.Flow f) {
      // Not an investment, and said so: "OpenAI → Microsoft" alone reads as money put into Microsoft.
      boolean ko = lang == Lang.KO;
      String percent = f.percentWords(lang);
      // Before a letter of intent or a memorandum, the deal it leads to: 컴퓨팅 구매 의향서, 공급 의향서.
      boolean paper = f.reporting().deal().nonBinding();
      String kind = switch (f.flowKind()) {
        case COMPUTE_PURCHASE -> ko ? (paper ? "컴퓨팅 구매" : "컴퓨팅 구매 약정") : "compute purchase";
        case ACQUISITION -> ko ? "인수" : "acquisition";
        case ASSET -> ko ? "자산 인수" : "asset purchase";
        case STAKE -> ko ? (percent.isEmpty() ? "지분 매입" : "지분 " + percent + " 매입")
            : (percent.isEmpty() ? "stake" : percent + " stake");
        // A holding of no value stated shows its percentage as the card's figure (SiteRenderer#headlines).
        case HOLDING -> ko ? (percent.isEmpty() || !f.reporting().amountStated() ? "지분 보유" : "지분 " + percent + " 보유")
            : (percent.isEmpty() || !f.reporting().amountStated() ? "stake held" : percent + " stake held");
        case SUPPLY -> ko ? (paper ? "공급" : "공급 계약") : (paper ? "supply" : "supply deal");
        case JOINT -> ko ? "공동 투자" : "joint investment";
        case LICENSE -> ko ? (paper ? "기술 라이선스" : "기술 라이선스 계약") : "licensing deal";
        case LICENSE_HIRE -> ko ? "기술 라이선스·인력 영입" : "licensing and hiring deal";
        case CONTRACT -> ko ? "조달 계약" : "procurement contract";
        case SALE -> ko ? (percent.isEmpty() ? "지분 매각" : "지분 " + percent + " 매각")
            : (percent.isEmpty() ? "stake sale" : percent + " stake sold");
        // A right to buy shares, no stake bought (walk 126's AMD warrant read "OpenAI → AMD · about 10% stake").
        // Of no value stated, its percentage is the card's figure, as a holding's.
        case WARRANT -> ko ? (percent.isEmpty() || !f.reporting().amountStated() ? "신주인수권" : "지분 " + percent + " 신주인수권")
            : (percent.isEmpty() || !f.reporting().amountStated() ? "warrant" : "warrant for " + percent + " of shares");
      };
      // A deal not made says so: "메타 → 퓨리오사AI · 인수 제안 거절" / "… · acquisition offer rejected".
      // A denied report is not stated as talks or an offer: the value says it is denied.
      String deal = f.dealWords(lang);
      String what = kind + (deal.isEmpty() ? "" : " " + deal);
      // Paid in shares, said with the deal: 오픈AI → io · 인수(주식 교환 방식) / OpenAI → io · all-stock acquisition.
      // Its size in what it buys, in the same brackets: 오픈AI → AMD · 공급 계약(6GW) / … · supply deal (6 GW).
      List<String> brackets = new ArrayList<>();
      if (!f.payment().allMoney()) {
        if (f.payment() == com.moneywar.briefing.model.Payment.STOCK && !ko) {
          what = f.payment().words(lang) + " " + what;
        } else {
          brackets.add(f.payment().words(lang));
        }
      }
      f.capacity().ifPresent(c -> brackets.add(c.words(lang)));
      if (!brackets.isEmpty()) {
        what += (ko ? "(" : " (") + String.join(", ", brackets) + ")";
      }
      // The day the deal completed, once the edition's record has it, as the table says it: walk 73's
      // edition on the closing of Google's Wiz purchase showed only the agreement.
      what += FactTables.completed(f, lang);
      // Partners side by side, with no arrow: no money goes from one to the other.
      // A stake sold: the seller, then the company whose shares it sold ("SoftBank Group · Nvidia stake sale").
      String label = f.flowKind().partners()
          ? (ko || f.flowKind() == com.moneywar.briefing.model.FlowKind.SALE
              ? name(b, f.from(), lang) + " · " + name(b, f.to(), lang) + " " + what
              : name(b, f.from(), lang) + " and " + name(b, f.to(), lang) + " " + what)
          : name(b, f.from(), lang) + " → " + name(b, f.to(), lang) + " · " + what;
      return new String[] {label, "investments", "flow-"};
    }

    @Override
    public String[] spending(com.moneywar.briefing.model.Spending s) {
      // Whose, for when, what, and where it stands: 메타 · 2025년 설비투자 계획 / Meta · 2025 capital
      // expenditure (planned); a pledge is a plan by nature and is not called one twice.
      boolean pledged = s.spendingKind() == com.moneywar.briefing.model.SpendingKind.PLEDGE
          && s.status() == com.moneywar.briefing.model.SpendingStatus.PLANNED;
      String what = s.periodBefore(lang) + s.spendingKind().midSentence(lang);
      String status = pledged ? "" : lang == Lang.KO ? " " + s.status().words(lang) : " (" + s.status().words(lang) + ")";
      return new String[] {name(b, s.company(), lang) + " · " + what + status + s.nameAfter(lang), "investments",
          "spending-"};
    }
  }

  private static String name(Briefing b, String companyId, Lang lang) {
    return b.company(companyId).map(Company::name).map(n -> n.in(lang)).orElse(companyId);
  }

  /**
   * The charts as shown on {@code page}: their drawings in the language's chart folder (see
   * {@link SitePaths#charts}), their CSV downloads under {@code csvFolder} (such as {@code ko/charts/}
   * or an edition's {@code ko/briefings/<slug>/}).
   */
  static List<ChartView> chartViews(List<ChartImage> charts, String csvFolder, String page, CompanyNames names,
      Briefing b) {
    // Tables in time order: a PDF that cuts one keeps its newest rows (a new user's December
    // edition listed the deals up to September, and none of its own).
    java.util.Set<String> dated = b.charts().stream()
        .filter(s -> s.kind() == ChartKind.TIMELINE || s.kind() == ChartKind.CUMULATIVE).map(ChartSpec::id)
        .collect(java.util.stream.Collectors.toSet());
    String drawings = SitePaths.charts(page.substring(0, page.indexOf('/')));
    return charts.stream().map(c -> {
      List<List<String>> rows = c.shownTable().subList(1, c.shownTable().size());
      int[] size = c.svgSize();
      int[] narrow = c.narrowSize();
      String narrowSrc = c.hasNarrow() ? SitePaths.below(page, drawings + narrowSvgName(c)) : "";
      return new ChartView(c.name(), c.title(), c.alt(), c.caption(), c.sourceLine(),
          SitePaths.below(page, drawings + svgName(c)), SitePaths.below(page, csvFolder + c.name() + ".csv"),
          drawings + svgName(c), c.shownTable().get(0), rows,
          rows.stream().map(r -> r.stream().map(cell -> names.cell(cell, page)).toList()).toList(),
          size[0], size[1], narrowSrc, narrow[0], narrow[1], dated.contains(c.name()), c.printCaption());
    }).toList();
  }

  /** The narrow version's file name ({@code money-flows.narrow.1a2b3c4d5e.svg}). */
  static String narrowSvgName(ChartImage chart) {
    return ContentHashedName.withDigest(chart.name() + ".narrow.svg", chart.narrowSha256());
  }

  /**
   * A chart image's file name, which carries a hash of the drawing ({@code money-flows.1a2b3c4d5e.svg}),
   * so that hosts may cache images for good; its CSV download keeps a stable name.
   */
  static String svgName(ChartImage chart) {
    // Every edition that shares a drawing names it on several pages: the drawing is hashed once,
    // when it is made. (Hashing on every page was 70 % of the CPU of a 2 × 1,000-page build.)
    return ContentHashedName.withDigest(chart.name() + ".svg", chart.svgSha256());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
