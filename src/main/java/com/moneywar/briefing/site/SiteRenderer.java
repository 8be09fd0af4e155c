package com.moneywar.briefing.site;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.fonts.BundledFont;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Investment;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Renders the whole site in memory: the bilingual entrance, a home page per language with its
 * headline figures, charts and briefing, the stylesheet and web fonts, and each language's print
 * XHTML for the PDF edition. Not thread-safe; make one per build.
 *
 * <pre>{@code
 * Result<RenderedSite> site = new SiteRenderer(project.resolve("templates")).render(briefing, charts);
 * }</pre>
 */
public final class SiteRenderer {
  private final Templates templates;

  public SiteRenderer(Path projectTemplates) {
    this.templates = new Templates(projectTemplates);
  }

  public Result<RenderedSite> render(Briefing briefing, Map<Lang, List<ChartImage>> charts) {
    List<Problem> problems = new ArrayList<>();
    Map<String, byte[]> files = new TreeMap<>();
    Map<Lang, RenderedSite.PrintEdition> editions = new EnumMap<>(Lang.class);
    Figures figures = new Figures(briefing);
    MarkdownRenderer markdown = new MarkdownRenderer(figures);
    try {
      copyAssets(files);
      for (Lang lang : briefing.config().languages()) {
        Map<String, String> t = Messages.load(templates, lang);
        Map<String, Object> page = pageModel(briefing, lang, t, figures, markdown, charts.getOrDefault(lang, List.of()));
        for (ChartImage chart : charts.getOrDefault(lang, List.of())) {
          files.put(lang.code() + "/charts/" + chart.name() + ".svg", chart.svg());
          files.put(lang.code() + "/charts/" + chart.name() + ".csv", csv(chart.table()));
        }
        templates.render("home.ftlh", page, problems)
            .ifPresent(html -> files.put(lang.code() + "/index.html", utf8(html)));
        templates.render("print.ftlh", page, problems).ifPresent(xhtml -> editions.put(lang,
            new RenderedSite.PrintEdition(xhtml, pdfPath(lang), briefing.config().title().in(lang),
                briefing.config().tagline().in(lang), briefing.config().publisher().in(lang))));
      }
      Map<String, Object> entrance = new LinkedHashMap<>();
      entrance.put("site", siteModel(briefing, Lang.KO));
      entrance.put("languages", briefing.config().languages().stream().map(l -> Map.of(
          "code", l.code(), "title", briefing.config().title().in(l),
          "tagline", briefing.config().tagline().in(l), "href", l.code() + "/index.html")).toList());
      templates.render("entrance.ftlh", entrance, problems).ifPresent(html -> files.put("index.html", utf8(html)));
    } catch (IOException e) {
      problems.add(new Problem(SourcePos.startOf("templates"), "expected readable templates, found " + e.getMessage()));
    }
    return Result.of(new RenderedSite(files, editions), problems);
  }

  static String pdfPath(Lang lang) {
    return lang.code() + "/briefing." + lang.code() + ".pdf";
  }

  private void copyAssets(Map<String, byte[]> files) throws IOException {
    files.put("assets/style.css", templates.asset("assets/style.css"));
    files.put("assets/fonts/" + BundledFont.REGULAR_WOFF2.fileName(), BundledFont.REGULAR_WOFF2.bytes());
    files.put("assets/fonts/" + BundledFont.BOLD_WOFF2.fileName(), BundledFont.BOLD_WOFF2.bytes());
    files.put("assets/fonts/LICENSE-Pretendard.txt", BundledFont.LICENSE.bytes());
  }

  private Map<String, Object> pageModel(Briefing b, Lang lang, Map<String, String> t, Figures figures,
      MarkdownRenderer markdown, List<ChartImage> charts) {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("lang", lang.code());
    page.put("t", t);
    page.put("site", siteModel(b, lang));
    page.put("root", "../");
    page.put("paper", b.config().paper().code());
    page.put("other", Map.of("code", lang.other().code(), "href", "../" + lang.other().code() + "/index.html",
        "label", t.getOrDefault("switch.label", lang.other().code())));
    page.put("canonical", b.config().baseUrl().resolve(lang.code() + "/index.html").toString());
    page.put("alternates", b.config().languages().stream().map(l -> Map.of("lang", l.code(),
        "href", b.config().baseUrl().resolve(l.code() + "/index.html").toString())).toList());
    page.put("pdf", Map.of("href", pdfPath(lang).substring(3), "printHref", pdfPath(lang)));
    page.put("headlines", b.config().headlines().stream().map(ref -> headline(b, ref, lang, figures)).toList());
    page.put("charts", charts.stream().map(c -> chartModel(c)).toList());
    List<Map<String, Object>> stories = new ArrayList<>();
    for (Story story : b.stories()) {
      Article a = story.in(lang);
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("slug", a.slug());
      s.put("title", a.title());
      s.put("date", DateStyle.format(a.date(), lang));
      s.put("isoDate", a.date().toString());
      s.put("summary", a.summary());
      s.put("html", markdown.render(a, lang));
      stories.add(s);
    }
    stories.sort((x, y) -> ((String) y.get("isoDate")).compareTo((String) x.get("isoDate")));
    page.put("stories", stories);
    page.put("sources", b.sources().stream().map(s -> Map.of(
        "id", s.id(), "outlet", s.outlet().in(lang), "date", DateStyle.format(s.published(), lang),
        "url", s.url().orElse(""),
        "citedBy", s.citedBy().flatMap(b::source).map(c -> c.outlet().in(lang)).orElse(""))).toList());
    return page;
  }

  private static Map<String, Object> siteModel(Briefing b, Lang lang) {
    return Map.of("title", b.config().title().in(lang), "tagline", b.config().tagline().in(lang),
        "publisher", b.config().publisher().in(lang));
  }

  private static Map<String, Object> headline(Briefing b, FigureRef ref, Lang lang, Figures figures) {
    MoneyFact fact = figures.fact(ref);
    String label;
    if (fact instanceof Investment i) {
      label = name(b, i.investor(), lang) + " → " + name(b, i.investee(), lang);
    } else if (fact instanceof Valuation v) {
      label = name(b, v.company(), lang) + (lang == Lang.KO ? " 기업가치" : " valuation");
    } else {
      label = ((TalentOffer) fact).role().in(lang);
    }
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("label", label);
    h.put("value", figures.fact(fact, "amount", lang));
    h.put("krw", b.approxKrw(fact).map(k -> Figures.moneyFormat(lang).approximately(k)).orElse(""));
    h.put("detail", figures.detail(ref, lang).orElse(""));
    h.put("date", DateStyle.format(fact.date(), lang));
    h.put("source", b.source(fact.source()).map(s -> s.outlet().in(lang)).orElse(""));
    return h;
  }

  private static String name(Briefing b, String companyId, Lang lang) {
    return b.company(companyId).map(Company::name).map(n -> n.in(lang)).orElse(companyId);
  }

  private static Map<String, Object> chartModel(ChartImage c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("src", "charts/" + c.name() + ".svg");
    m.put("csv", "charts/" + c.name() + ".csv");
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
