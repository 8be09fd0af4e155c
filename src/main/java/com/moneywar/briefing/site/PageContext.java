package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.site.view.LinkPreview;
import com.moneywar.briefing.site.view.PageFrame;
import com.moneywar.briefing.site.view.SiteInfo;
import com.moneywar.briefing.site.view.StoryView;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The variables every page of one language shares: its language, UI words, site titles, the links
 * to its twin in the other language, the navigation, and the canonical and alternate URLs.
 */
final class PageContext {
  /** The site's sections, in navigation order: message key and path under the language folder. */
  static final List<String[]> SECTIONS = List.of(
      new String[] {"nav.home", "index.html"},
      new String[] {"nav.archive", "archive.html"},
      new String[] {"nav.companies", "companies.html"},
      new String[] {"nav.investments", "investments.html"},
      new String[] {"nav.valuations", "valuations.html"},
      new String[] {"nav.talent", "talent.html"},
      new String[] {"nav.sources", "sources.html"},
      new String[] {"nav.search", "search.html"});

  private final Briefing briefing;
  private final Lang lang;
  private final Map<String, String> t;

  private final SiteAssets assets;
  private final boolean hasPdf;
  /** The language's site-wide preview image, from the site root; empty until it is made. */
  private final String sitePreview;

  /**
   * A language's pages, before its UI words are read (see {@link #withMessages}).
   *
   * @param hasPdf whether the output will hold this language's PDF edition, for the pages to link to
   */
  PageContext(Briefing briefing, Lang lang, SiteAssets assets, boolean hasPdf) {
    this(briefing, lang, Map.of(), assets, hasPdf, "");
  }

  private PageContext(Briefing briefing, Lang lang, Map<String, String> t, SiteAssets assets, boolean hasPdf,
      String sitePreview) {
    this.briefing = briefing;
    this.lang = lang;
    this.t = t;
    this.assets = assets;
    this.hasPdf = hasPdf;
    this.sitePreview = sitePreview;
  }

  SiteAssets assets() {
    return assets;
  }

  /** The same pages with the language's UI words. */
  PageContext withMessages(Map<String, String> messages) {
    return new PageContext(briefing, lang, messages, assets, hasPdf, sitePreview);
  }

  /** The same pages with the language's site-wide preview image at {@code path} from the site root. */
  PageContext withSitePreview(String path) {
    return new PageContext(briefing, lang, t, assets, hasPdf, path);
  }

  Lang lang() {
    return lang;
  }

  Map<String, String> messages() {
    return t;
  }

  /**
   * The frame of the page at {@code path} (such as {@code ko/investments.html}) whose twin is the
   * same path under the other language's folder.
   */
  PageFrame frame(String path, String title) {
    String code = lang.code();
    String under = path.substring(code.length() + 1);
    Lang other = lang.other();
    PageFrame.Twin twin = new PageFrame.Twin(other.code(), SitePaths.link(path, other.code() + "/" + under),
        t.getOrDefault("switch.label", other.code()), t.getOrDefault("switch.hint", ""));
    URI base = briefing.config().baseUrl();
    List<PageFrame.Alternate> alternates = new ArrayList<>();
    for (Lang l : briefing.config().languages()) {
      alternates.add(new PageFrame.Alternate(l.code(), base.resolve(l.code() + "/" + under).toString()));
    }
    List<PageFrame.NavItem> nav = new ArrayList<>();
    for (String[] section : SECTIONS) {
      String page = section[1].replace(".html", "");
      if (DataPageSplit.PAGES.contains(page) && !DataPageSplit.made(briefing, page)) {
        continue;
      }
      String target = code + "/" + section[1];
      // A section's own page, or one of the pages under its folder (archive/2024.html, investments/2023.html, companies/anthropic.html).
      boolean current = target.equals(path) || path.startsWith(target.replace(".html", "/"));
      nav.add(new PageFrame.NavItem(t.getOrDefault(section[0], section[0]), SitePaths.link(path, target), current));
    }
    return new PageFrame(code, t, title, site(briefing, lang), path, SitePaths.root(path),
        SitePaths.link(path, assets.css()), SitePaths.link(path, assets.fontsCss()),
        SitePaths.link(path, SitePaths.home(code)), SitePaths.link(path, code + "/feed.xml"),
        hasPdf ? SitePaths.link(path, SitePaths.pdf(code)) : "", twin, base.resolve(path).toString(), alternates,
        base.resolve("index.html").toString(), nav, sitePreview(path, title));
  }

  /** A page's preview when it says nothing of its own: the site's card, a WebSite or WebPage description. */
  private LinkPreview sitePreview(String path, String title) {
    URI base = briefing.config().baseUrl();
    SiteInfo site = site(briefing, lang);
    String description = site.tagline().isEmpty() ? site.title() : site.tagline();
    boolean home = path.equals(SitePaths.home(lang.code()));
    return new LinkPreview("website", description, base.resolve(sitePreview).toString(),
        site.title() + (site.tagline().isEmpty() ? "" : " — " + site.tagline()), locale(),
        StructuredData.page(home ? "WebSite" : "WebPage", base.resolve(path).toString(), title, description,
            lang.code(), site.publisher()));
  }

  /** A briefing's frame: an article, with its own preview image (at {@code imagePath} from the site root) and dek. */
  PageFrame articleFrame(StoryView story, String imagePath) {
    URI base = briefing.config().baseUrl();
    String image = base.resolve(imagePath).toString();
    return frame(story.path(), story.title()).withPreview(new LinkPreview("article", story.summary(), image,
        story.title() + " — " + story.date(), locale(), StructuredData.article(base.resolve(story.path()).toString(),
            story.title(), story.summary(), story.isoDate(), lang.code(), image, site(briefing, lang).publisher())));
  }

  /** A data page's frame: a dataset, described by the page's introduction. */
  /** A data page's frame; {@code downloads} are the paths under the output of its tables as CSV. */
  PageFrame datasetFrame(String path, String title, String intro, List<String> downloads) {
    PageFrame frame = frame(path, title);
    LinkPreview site = frame.preview();
    String description = intro.isEmpty() ? site.description() : intro;
    return frame.withPreview(new LinkPreview(site.type(), description, site.image(), site.imageAlt(), site.locale(),
        StructuredData.dataset(frame.canonical(), title, description, lang.code(), site(briefing, lang).publisher(),
            downloads.stream().map(d -> briefing.config().baseUrl().resolve(d).toString()).toList())));
  }

  private String locale() {
    return lang == Lang.KO ? "ko_KR" : "en_US";
  }

  static SiteInfo site(Briefing b, Lang lang) {
    return new SiteInfo(b.config().title().in(lang), b.config().tagline().in(lang), b.config().publisher().in(lang));
  }
}
