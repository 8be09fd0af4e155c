package com.moneywar.briefing.site;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.fonts.WebFont;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.site.view.BriefingPage;
import com.moneywar.briefing.site.view.ChartView;
import com.moneywar.briefing.site.view.DataPage;
import com.moneywar.briefing.site.view.Entrance;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.Feed;
import com.moneywar.briefing.site.view.Headline;
import com.moneywar.briefing.site.view.HomePage;
import com.moneywar.briefing.site.view.PageFrame;
import com.moneywar.briefing.site.view.PrintDocument;
import com.moneywar.briefing.site.view.Sitemap;
import com.moneywar.briefing.site.view.SourceView;
import com.moneywar.briefing.site.view.SourcesPage;
import com.moneywar.briefing.site.view.StoryView;
import com.moneywar.briefing.site.view.TemplateRoot;
import com.moneywar.briefing.site.view.TemplateRoot.Framed;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Renders the whole site in memory through the project's templates: per language a home page,
 * one page per briefing, the investments, valuations and talent pages, the sources page and an
 * Atom feed; the bilingual entrance, {@code 404.html}, {@code robots.txt} and {@code sitemap.xml};
 * the stylesheet and web fonts; and each language's print XHTML for its PDF edition. Not
 * thread-safe; make one per build.
 *
 * <pre>{@code
 * Result<RenderedSite> site = new SiteRenderer(project.resolve("templates")).render(briefing, charts);
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
      "layout.ftlh", "home.ftlh", "briefing.ftlh", "data.ftlh", "sources.ftlh", "feed.ftlx", "entrance.ftlh",
      "404.ftlh", "sitemap.ftlx", "print.ftlh", "assets/style.css", "messages/ko.properties",
      "messages/en.properties");

  private final Templates templates;

  public SiteRenderer(Path projectTemplates) {
    this.templates = new Templates(projectTemplates);
  }

  public Result<RenderedSite> render(Briefing briefing, Map<Lang, List<ChartImage>> charts) {
    return render(briefing, charts, lang -> true, SiteRenderer::oneAfterAnother, (path, bytes) -> {});
  }

  /**
   * Renders the site with each language's pages made by {@code perLanguage}, which may run the
   * languages side by side (the templates, the Markdown parser and the model are all safe to share
   * between threads); the result is the same either way. Each file also goes to {@code eachFile}
   * as soon as it is made, from whichever thread made it, so that it can be written while the
   * rest renders; the result holds them all. Pages link to a language's PDF edition only where
   * {@code withPdf} says the output will hold it.
   */
  public Result<RenderedSite> render(Briefing briefing, Map<Lang, List<ChartImage>> charts, Predicate<Lang> withPdf,
      PerLanguage perLanguage, FileSink eachFile) {
    List<Problem> problems = new ArrayList<>();
    SiteFiles files = new SiteFiles(eachFile);
    Map<Lang, RenderedSite.PrintEdition> editions = new EnumMap<>(Lang.class);
    Figures figures = new Figures(briefing);
    MarkdownRenderer markdown = new MarkdownRenderer(figures);
    List<Lang> languages = briefing.config().languages();
    // The shared assets first, so that the web font's 200 pieces are written while the pages render.
    Optional<Problem> unreadableAssets = Optional.empty();
    try {
      files.put("assets/style.css", templates.asset("assets/style.css"));
      WebFont.files().forEach((name, bytes) -> files.put("assets/fonts/" + name, bytes));
    } catch (IOException e) {
      unreadableAssets = Optional.of(unreadable(e));
    }
    Map<Lang, LanguageOutput> outputs = perLanguage.apply(languages,
        lang -> language(briefing, lang, charts.getOrDefault(lang, List.of()), figures, markdown,
            withPdf.test(lang), eachFile));
    for (Lang lang : languages) {
      LanguageOutput output = outputs.get(lang);
      files.all.putAll(output.files());
      output.edition().ifPresent(e -> editions.put(lang, e));
      problems.addAll(output.problems());
    }
    unreadableAssets.ifPresent(problems::add);
    List<String> twinPaths = outputs.get(languages.get(0)).twinPaths();
    templates.render(entrance(briefing, "entrance.ftlh"), problems).ifPresent(html -> files.put("index.html", utf8(html)));
    templates.render(entrance(briefing, "404.ftlh"), problems).ifPresent(html -> files.put("404.html", utf8(html)));
    files.put("robots.txt", utf8("User-agent: *\nAllow: /\nSitemap: " + briefing.config().baseUrl().resolve("sitemap.xml") + "\n"));
    templates.render(sitemap(briefing.config().baseUrl(), languages, twinPaths), problems)
        .ifPresent(xml -> files.put("sitemap.xml", utf8(xml)));
    // Both languages render the same templates: report each template mistake once.
    return Result.of(new RenderedSite(files.all, editions), problems.stream().distinct().toList());
  }

  private static Problem unreadable(IOException e) {
    return new Problem(SourcePos.whole("templates"), "expected readable templates, found " + e.getMessage());
  }

  /** Where a language's PDF edition goes under the output, such as {@code ko/briefing.ko.pdf}. */
  public static String pdfPath(Lang lang) {
    return SitePaths.pdf(lang.code());
  }

  /** Takes each file of the site as soon as it is made: its path under the output, and its bytes. */
  @FunctionalInterface
  public interface FileSink {
    void accept(String path, byte[] bytes);
  }

  /** The files made so far, each also handed to the sink as it is added. */
  private static final class SiteFiles {
    final Map<String, byte[]> all = new TreeMap<>();
    private final FileSink sink;

    SiteFiles(FileSink sink) {
      this.sink = sink;
    }

    void put(String path, byte[] bytes) {
      all.put(path, bytes);
      sink.accept(path, bytes);
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
  private record LanguageOutput(Map<String, byte[]> files, Optional<RenderedSite.PrintEdition> edition,
      List<String> twinPaths, List<Problem> problems) {}

  private LanguageOutput language(Briefing briefing, Lang lang, List<ChartImage> langCharts, Figures figures,
      MarkdownRenderer markdown, boolean hasPdf, FileSink eachFile) {
    List<Problem> problems = new ArrayList<>();
    SiteFiles files = new SiteFiles(eachFile);
    List<String> twinPaths = new ArrayList<>();
    Optional<RenderedSite.PrintEdition> edition = Optional.empty();
    try {
      PageContext ctx = new PageContext(briefing, lang, Messages.load(templates, lang), hasPdf);
      for (ChartImage chart : langCharts) {
        files.put(lang.code() + "/charts/" + chart.name() + ".svg", chart.svg());
        files.put(lang.code() + "/charts/" + chart.name() + ".csv", CsvTableWriter.write(chart.table()));
      }
      // Each briefing's page is rendered as soon as its text is, so that its file can be written
      // while the next text renders; the pages that list the briefings come after.
      List<StoryView> stories = new ArrayList<>();
      for (Story story : briefing.stories()) {
        StoryView s = story(story.in(lang), lang, markdown);
        stories.add(s);
        render(s.path(), new BriefingPage(ctx.frame(s.path(), s.title()), s), files, problems);
      }
      stories.sort(Comparator.comparing(StoryView::isoDate).reversed().thenComparing(StoryView::slug));
      List<Framed> pages = new ArrayList<>();
      pages.add(home(ctx, briefing, figures, langCharts, stories));
      pages.addAll(dataPages(ctx, briefing, figures));
      pages.add(sourcesPage(ctx, briefing));
      for (Framed page : pages) {
        render(page.frame().path(), page, files, problems);
      }
      // The sitemap lists the home page, the briefings newest first, the data and the sources.
      twinPaths.add(pages.get(0).frame().path());
      stories.forEach(s -> twinPaths.add(s.path()));
      pages.subList(1, pages.size()).forEach(p -> twinPaths.add(p.frame().path()));
      twinPaths.replaceAll(path -> path.substring(lang.code().length() + 1));
      templates.render(feed(ctx, briefing, stories), problems)
          .ifPresent(xml -> files.put(lang.code() + "/feed.xml", utf8(xml)));
      edition = templates.render(print(ctx, briefing, figures, langCharts, stories), problems)
          .map(xhtml -> new RenderedSite.PrintEdition(xhtml, SitePaths.pdf(lang.code())));
    } catch (IOException e) {
      problems.add(unreadable(e));
    }
    return new LanguageOutput(files.all, edition, twinPaths, problems);
  }

  private void render(String path, TemplateRoot root, SiteFiles files, List<Problem> problems) {
    templates.render(root, problems).ifPresent(html -> files.put(path, utf8(html)));
  }

  private static StoryView story(Article a, Lang lang, MarkdownRenderer markdown) {
    return new StoryView(a.slug(), markdown.inline(a.title(), lang), DateStyle.format(a.date(), lang), a.date().toString(),
        markdown.inline(a.summary(), lang),
        markdown.render(a, lang), SitePaths.briefing(lang.code(), a.slug()), "");
  }

  private HomePage home(PageContext ctx, Briefing b, Figures figures, List<ChartImage> charts,
      List<StoryView> stories) {
    String path = SitePaths.home(ctx.lang().code());
    return new HomePage(ctx.frame(path, b.config().title().in(ctx.lang())), headlines(b, figures, ctx.lang(), path),
        stories.stream().map(s -> s.linkedAs(SitePaths.link(path, s.path()))).toList(), chartViews(charts));
  }

  private List<DataPage> dataPages(PageContext ctx, Briefing b, Figures figures) {
    String code = ctx.lang().code();
    List<DataPage> pages = new ArrayList<>();
    for (String name : List.of("investments", "valuations", "talent")) {
      String path = code + "/" + name + ".html";
      Map<String, String> t = ctx.messages();
      FactTables tables = new FactTables(b, figures, ctx.lang(), t, path);
      FactTable table = switch (name) {
        case "investments" -> tables.investments();
        case "valuations" -> tables.valuations();
        default -> tables.talent();
      };
      pages.add(new DataPage(ctx.frame(path, t.get("nav." + name)), t.getOrDefault(name + ".intro", ""), table,
          name.equals("investments") ? tables.more() : List.of()));
    }
    return pages;
  }

  private SourcesPage sourcesPage(PageContext ctx, Briefing b) {
    String path = ctx.lang().code() + "/sources.html";
    return new SourcesPage(ctx.frame(path, ctx.messages().get("nav.sources")), sources(b, ctx.lang()));
  }

  private static List<SourceView> sources(Briefing b, Lang lang) {
    return b.sources().stream().map(s -> new SourceView(s.id(), s.outlet().in(lang), s.title().orElse(""),
        DateStyle.format(s.published(), lang), s.url().orElse(""),
        s.citedBy().flatMap(b::source).map(c -> c.outlet().in(lang)).orElse(""), s.citedBy().orElse("")))
        .toList();
  }

  private static Feed feed(PageContext ctx, Briefing b, List<StoryView> stories) {
    Lang lang = ctx.lang();
    URI base = b.config().baseUrl();
    return new Feed(lang.code(), PageContext.site(b, lang), base.resolve(lang.code() + "/feed.xml").toString(),
        base.resolve(SitePaths.home(lang.code())).toString(),
        stories.isEmpty() ? "1970-01-01T00:00:00Z" : stories.get(0).isoDate() + "T00:00:00Z",
        stories.stream().limit(FEED_ENTRIES).map(s -> new Feed.Entry(s.title(), s.summary(), s.html(),
            s.isoDate() + "T00:00:00Z", base.resolve(s.path()).toString())).toList());
  }

  /** The print document; its links point into the edition with {@code briefing:///}. */
  private static PrintDocument print(PageContext ctx, Briefing b, Figures figures, List<ChartImage> charts,
      List<StoryView> stories) {
    Lang lang = ctx.lang();
    String path = SitePaths.home(lang.code());
    // The newest briefings only (stories are newest first): the site is the archive, the PDF an edition.
    return new PrintDocument(ctx.frame(path, b.config().title().in(lang)), b.config().paper().code(),
        headlines(b, figures, lang, path), chartViews(charts),
        stories.subList(0, Math.min(stories.size(), b.config().printStories())), stories.size(),
        b.config().baseUrl().resolve(lang.code() + "/").toString(), sources(b, lang));
  }

  private static Entrance entrance(Briefing b, String template) {
    URI base = b.config().baseUrl();
    return new Entrance(template, PageContext.site(b, b.config().languages().get(0)),
        base.resolve("index.html").toString(), base.getPath() == null ? "/" : base.getPath(),
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

  private static List<Headline> headlines(Briefing b, Figures figures, Lang lang, String page) {
    List<Headline> list = new ArrayList<>();
    for (FigureRef ref : b.config().headlines()) {
      MoneyFact fact = figures.fact(ref);
      String[] labelAndSection = fact.accept(new HeadlineLabel(b, lang));
      String label = labelAndSection[0];
      String section = labelAndSection[1];
      list.add(new Headline(label, figures.fact(fact, "amount", lang),
          figures.krw(fact, lang).orElse(""),
          figures.detail(ref, lang).orElse(""), DateStyle.format(fact.date(), lang),
          b.source(fact.source()).map(s -> s.outlet().in(lang)).orElse(""),
          SitePaths.link(page, lang.code() + "/" + section + ".html#" + labelAndSection[2] + fact.id())));
    }
    return list;
  }

  /** A headline's label, the data page it links to and its anchor prefix, for every kind of fact. */
  private record HeadlineLabel(Briefing b, Lang lang) implements MoneyFact.Visitor<String[]> {
    @Override
    public String[] investment(Investment i) {
      return new String[] {name(b, i.investor(), lang) + " → " + name(b, i.investee(), lang), "investments", ""};
    }

    @Override
    public String[] valuation(Valuation v) {
      return new String[] {name(b, v.company(), lang) + (lang == Lang.KO ? " 기업가치" : " valuation"), "valuations", ""};
    }

    @Override
    public String[] talent(TalentOffer o) {
      return new String[] {o.role().in(lang), "talent", ""};
    }

    @Override
    public String[] round(com.moneywar.briefing.model.Round r) {
      return new String[] {name(b, r.investee(), lang) + " " + r.type().label(lang), "investments", "round-"};
    }

    @Override
    public String[] flow(com.moneywar.briefing.model.Flow f) {
      return new String[] {name(b, f.from(), lang) + " → " + name(b, f.to(), lang), "investments", "flow-"};
    }
  }

  private static String name(Briefing b, String companyId, Lang lang) {
    return b.company(companyId).map(Company::name).map(n -> n.in(lang)).orElse(companyId);
  }

  private static List<ChartView> chartViews(List<ChartImage> charts) {
    return charts.stream().map(c -> new ChartView(c.name(), c.title(), c.alt(), c.caption(), c.sourceLine(),
        "charts/" + c.name() + ".svg", "charts/" + c.name() + ".csv", c.lang().code() + "/charts/" + c.name() + ".svg",
        c.shownTable().get(0), c.shownTable().subList(1, c.shownTable().size()))).toList();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
