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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

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

  private final Templates templates;

  public SiteRenderer(Path projectTemplates) {
    this.templates = new Templates(projectTemplates);
  }

  public Result<RenderedSite> render(Briefing briefing, Map<Lang, List<ChartImage>> charts) {
    return render(briefing, charts, SiteRenderer::oneAfterAnother, (path, bytes) -> {});
  }

  /**
   * Renders the site with each language's pages made by {@code perLanguage}, which may run the
   * languages side by side (the templates, the Markdown parser and the model are all safe to share
   * between threads); the result is the same either way. Each file also goes to {@code eachFile}
   * as soon as it is made, from whichever thread made it, so that it can be written while the
   * rest renders; the result holds them all.
   */
  public Result<RenderedSite> render(Briefing briefing, Map<Lang, List<ChartImage>> charts, PerLanguage perLanguage,
      FileSink eachFile) {
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
        lang -> language(briefing, lang, charts.getOrDefault(lang, List.of()), figures, markdown, eachFile));
    for (Lang lang : languages) {
      LanguageOutput output = outputs.get(lang);
      files.all.putAll(output.files());
      output.edition().ifPresent(e -> editions.put(lang, e));
      problems.addAll(output.problems());
    }
    unreadableAssets.ifPresent(problems::add);
    List<String> twinPaths = outputs.get(languages.get(0)).twinPaths();
    templates.render("entrance.ftlh", entrance(briefing), problems).ifPresent(html -> files.put("index.html", utf8(html)));
    templates.render("404.ftlh", entrance(briefing), problems).ifPresent(html -> files.put("404.html", utf8(html)));
    files.put("robots.txt", utf8("User-agent: *\nAllow: /\nSitemap: " + briefing.config().baseUrl().resolve("sitemap.xml") + "\n"));
    files.put("sitemap.xml", utf8(Sitemap.xml(briefing.config().baseUrl(), languages, twinPaths)));
    // Both languages render the same templates: report each template mistake once.
    return Result.of(new RenderedSite(files.all, editions), problems.stream().distinct().toList());
  }

  private static Problem unreadable(IOException e) {
    return new Problem(SourcePos.startOf("templates"), "expected readable templates, found " + e.getMessage());
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
      MarkdownRenderer markdown, FileSink eachFile) {
    List<Problem> problems = new ArrayList<>();
    SiteFiles files = new SiteFiles(eachFile);
    List<String> twinPaths = new ArrayList<>();
    Optional<RenderedSite.PrintEdition> edition = Optional.empty();
    try {
      PageContext ctx = new PageContext(briefing, lang, Messages.load(templates, lang));
      for (ChartImage chart : langCharts) {
        files.put(lang.code() + "/charts/" + chart.name() + ".svg", chart.svg());
        files.put(lang.code() + "/charts/" + chart.name() + ".csv", csv(chart.table()));
      }
      // Each briefing's page is rendered as soon as its text is, so that its file can be written
      // while the next text renders; the pages that list the briefings come after.
      List<Map<String, Object>> stories = new ArrayList<>();
      for (Story story : briefing.stories()) {
        Map<String, Object> s = story(story.in(lang), lang, markdown);
        stories.add(s);
        render(briefingPage(ctx, s), files, problems);
      }
      stories.sort(Comparator.comparing((Map<String, Object> s) -> (String) s.get("isoDate")).reversed()
          .thenComparing(s -> (String) s.get("slug")));
      List<Page> pages = new ArrayList<>();
      pages.add(home(ctx, briefing, figures, langCharts, stories));
      pages.addAll(dataPages(ctx, briefing, figures));
      pages.add(sourcesPage(ctx, briefing));
      for (Page page : pages) {
        render(page, files, problems);
      }
      // The sitemap lists the home page, the briefings newest first, the data and the sources.
      twinPaths.add(pages.get(0).path());
      stories.forEach(s -> twinPaths.add((String) s.get("path")));
      pages.subList(1, pages.size()).forEach(p -> twinPaths.add(p.path()));
      twinPaths.replaceAll(path -> path.substring(lang.code().length() + 1));
      templates.render("feed.ftlx", feedModel(ctx, briefing, stories), problems)
          .ifPresent(xml -> files.put(lang.code() + "/feed.xml", utf8(xml)));
      Map<String, Object> print = printModel(ctx, briefing, figures, langCharts, stories);
      edition = templates.render("print.ftlh", print, problems)
          .map(xhtml -> new RenderedSite.PrintEdition(xhtml, SitePaths.pdf(lang.code())));
    } catch (IOException e) {
      problems.add(unreadable(e));
    }
    return new LanguageOutput(files.all, edition, twinPaths, problems);
  }

  private void render(Page page, SiteFiles files, List<Problem> problems) {
    templates.render(page.template(), page.model(), problems).ifPresent(html -> files.put(page.path(), utf8(html)));
  }

  private static Map<String, Object> story(Article a, Lang lang, MarkdownRenderer markdown) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("slug", a.slug());
    s.put("title", a.title());
    s.put("date", DateStyle.format(a.date(), lang));
    s.put("isoDate", a.date().toString());
    s.put("summary", a.summary());
    s.put("html", markdown.render(a, lang));
    s.put("path", SitePaths.briefing(lang.code(), a.slug()));
    return s;
  }

  private Page home(PageContext ctx, Briefing b, Figures figures, List<ChartImage> charts,
      List<Map<String, Object>> stories) {
    String path = SitePaths.home(ctx.lang().code());
    Map<String, Object> m = ctx.model(path, b.config().title().in(ctx.lang()));
    m.put("headlines", headlines(b, figures, ctx.lang(), path));
    m.put("charts", charts.stream().map(c -> chartModel(c, "charts/")).toList());
    m.put("stories", stories.stream().map(s -> withHref(s, path)).toList());
    return new Page(path, "home.ftlh", m);
  }

  private Page briefingPage(PageContext ctx, Map<String, Object> story) {
    String path = (String) story.get("path");
    Map<String, Object> m = ctx.model(path, (String) story.get("title"));
    m.put("story", story);
    return new Page(path, "briefing.ftlh", m);
  }

  private List<Page> dataPages(PageContext ctx, Briefing b, Figures figures) {
    String code = ctx.lang().code();
    List<Page> pages = new ArrayList<>();
    for (String name : List.of("investments", "valuations", "talent")) {
      String path = code + "/" + name + ".html";
      Map<String, String> t = ctx.messages();
      FactTables tables = new FactTables(b, figures, ctx.lang(), t, path);
      Map<String, Object> m = ctx.model(path, t.get("nav." + name));
      m.put("intro", t.getOrDefault(name + ".intro", ""));
      m.put("table", switch (name) {
        case "investments" -> tables.investments();
        case "valuations" -> tables.valuations();
        default -> tables.talent();
      });
      pages.add(new Page(path, "data.ftlh", m));
    }
    return pages;
  }

  private Page sourcesPage(PageContext ctx, Briefing b) {
    Lang lang = ctx.lang();
    String path = lang.code() + "/sources.html";
    Map<String, Object> m = ctx.model(path, ctx.messages().get("nav.sources"));
    m.put("sources", sources(b, lang));
    return new Page(path, "sources.ftlh", m);
  }

  private static List<Map<String, Object>> sources(Briefing b, Lang lang) {
    return b.sources().stream().map(s -> {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("outlet", s.outlet().in(lang));
      m.put("title", s.title().orElse(""));
      m.put("date", DateStyle.format(s.published(), lang));
      m.put("url", s.url().orElse(""));
      m.put("citedBy", s.citedBy().flatMap(b::source).map(c -> c.outlet().in(lang)).orElse(""));
      m.put("citedById", s.citedBy().orElse(""));
      return m;
    }).toList();
  }

  private Map<String, Object> feedModel(PageContext ctx, Briefing b, List<Map<String, Object>> stories) {
    Lang lang = ctx.lang();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", lang.code());
    m.put("site", PageContext.site(b, lang));
    m.put("self", b.config().baseUrl().resolve(lang.code() + "/feed.xml").toString());
    m.put("home", b.config().baseUrl().resolve(SitePaths.home(lang.code())).toString());
    m.put("updated", stories.isEmpty() ? "1970-01-01T00:00:00Z" : stories.get(0).get("isoDate") + "T00:00:00Z");
    m.put("entries", stories.stream().limit(FEED_ENTRIES).map(s -> Map.of(
        "title", s.get("title"), "summary", s.get("summary"), "html", s.get("html"),
        "updated", s.get("isoDate") + "T00:00:00Z",
        "href", b.config().baseUrl().resolve((String) s.get("path")).toString())).toList());
    return m;
  }

  /** The variables of templates/print.ftlh; links point into the edition with {@code briefing:///}. */
  private Map<String, Object> printModel(PageContext ctx, Briefing b, Figures figures, List<ChartImage> charts,
      List<Map<String, Object>> stories) {
    Lang lang = ctx.lang();
    String path = SitePaths.home(lang.code());
    Map<String, Object> m = ctx.model(path, b.config().title().in(lang));
    m.put("paper", b.config().paper().code());
    m.put("headlines", headlines(b, figures, lang, path));
    m.put("charts", charts.stream().map(c -> chartModel(c, "charts/")).toList());
    // The newest briefings only (stories are newest first): the site is the archive, the PDF an edition.
    m.put("stories", stories.subList(0, Math.min(stories.size(), b.config().printStories())));
    m.put("storyCount", stories.size());
    m.put("archive", b.config().baseUrl().resolve(lang.code() + "/").toString());
    m.put("sources", sources(b, lang));
    return m;
  }

  private static Map<String, Object> entrance(Briefing b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("site", PageContext.site(b, b.config().languages().get(0)));
    m.put("basePath", b.config().baseUrl().getPath() == null ? "/" : b.config().baseUrl().getPath());
    m.put("languages", b.config().languages().stream().map(l -> Map.of(
        "code", l.code(), "title", b.config().title().in(l), "tagline", b.config().tagline().in(l),
        "href", SitePaths.home(l.code()), "canonical", b.config().baseUrl().resolve(SitePaths.home(l.code())).toString()))
        .toList());
    m.put("canonical", b.config().baseUrl().resolve("index.html").toString());
    return m;
  }

  private static Map<String, Object> withHref(Map<String, Object> story, String from) {
    Map<String, Object> s = new LinkedHashMap<>(story);
    s.put("href", SitePaths.link(from, (String) story.get("path")));
    return s;
  }

  private static List<Map<String, Object>> headlines(Briefing b, Figures figures, Lang lang, String page) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (FigureRef ref : b.config().headlines()) {
      MoneyFact fact = figures.fact(ref);
      String label;
      String section;
      if (fact instanceof Investment i) {
        label = name(b, i.investor(), lang) + " → " + name(b, i.investee(), lang);
        section = "investments";
      } else if (fact instanceof Valuation v) {
        label = name(b, v.company(), lang) + (lang == Lang.KO ? " 기업가치" : " valuation");
        section = "valuations";
      } else {
        label = ((TalentOffer) fact).role().in(lang);
        section = "talent";
      }
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("label", label);
      h.put("value", figures.fact(fact, "amount", lang));
      h.put("krw", b.approxKrw(fact).map(k -> Figures.moneyFormat(lang).approximately(k)).orElse(""));
      h.put("detail", figures.detail(ref, lang).orElse(""));
      h.put("date", DateStyle.format(fact.date(), lang));
      h.put("source", b.source(fact.source()).map(s -> s.outlet().in(lang)).orElse(""));
      h.put("href", SitePaths.link(page, lang.code() + "/" + section + ".html#" + fact.id()));
      list.add(h);
    }
    return list;
  }

  private static String name(Briefing b, String companyId, Lang lang) {
    return b.company(companyId).map(Company::name).map(n -> n.in(lang)).orElse(companyId);
  }

  private static Map<String, Object> chartModel(ChartImage c, String prefix) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", c.name());
    m.put("src", prefix + c.name() + ".svg");
    m.put("csv", prefix + c.name() + ".csv");
    m.put("printSrc", c.lang().code() + "/charts/" + c.name() + ".svg");
    m.put("title", c.title());
    m.put("alt", c.alt());
    m.put("caption", c.caption());
    m.put("source", c.sourceLine());
    m.put("header", c.shownTable().get(0));
    m.put("rows", c.shownTable().subList(1, c.shownTable().size()));
    return m;
  }

  /** RFC 4180 CSV, UTF-8 with CRLF, cells quoted when they need it. */
  static byte[] csv(List<List<String>> table) {
    StringBuilder out = new StringBuilder();
    for (List<String> row : table) {
      List<String> cells = new ArrayList<>();
      for (String cell : row) {
        boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
        cells.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
      }
      out.append(String.join(",", cells)).append("\r\n");
    }
    return utf8(out.toString());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
