package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.site.view.PageFrame;
import com.moneywar.briefing.site.view.SiteInfo;
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
      new String[] {"nav.investments", "investments.html"},
      new String[] {"nav.valuations", "valuations.html"},
      new String[] {"nav.talent", "talent.html"},
      new String[] {"nav.sources", "sources.html"});

  private final Briefing briefing;
  private final Lang lang;
  private final Map<String, String> t;

  private final boolean hasPdf;

  /** @param hasPdf whether the output will hold this language's PDF edition, for the pages to link to */
  PageContext(Briefing briefing, Lang lang, Map<String, String> t, boolean hasPdf) {
    this.briefing = briefing;
    this.lang = lang;
    this.t = t;
    this.hasPdf = hasPdf;
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
      String target = code + "/" + section[1];
      boolean current = target.equals(path)
          || section[1].equals("archive.html") && path.startsWith(code + "/archive/");
      nav.add(new PageFrame.NavItem(t.getOrDefault(section[0], section[0]), SitePaths.link(path, target), current));
    }
    return new PageFrame(code, t, title, site(briefing, lang), path, SitePaths.root(path),
        SitePaths.link(path, "assets/style.css"), SitePaths.link(path, "assets/fonts/pretendard.css"),
        SitePaths.link(path, SitePaths.home(code)), SitePaths.link(path, code + "/feed.xml"),
        hasPdf ? SitePaths.link(path, SitePaths.pdf(code)) : "", twin, base.resolve(path).toString(), alternates,
        base.resolve("index.html").toString(), nav);
  }

  static SiteInfo site(Briefing b, Lang lang) {
    return new SiteInfo(b.config().title().in(lang), b.config().tagline().in(lang), b.config().publisher().in(lang));
  }
}
