package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
      new String[] {"nav.investments", "investments.html"},
      new String[] {"nav.valuations", "valuations.html"},
      new String[] {"nav.talent", "talent.html"},
      new String[] {"nav.sources", "sources.html"});

  private final Briefing briefing;
  private final Lang lang;
  private final Map<String, String> t;

  PageContext(Briefing briefing, Lang lang, Map<String, String> t) {
    this.briefing = briefing;
    this.lang = lang;
    this.t = t;
  }

  Lang lang() {
    return lang;
  }

  Map<String, String> messages() {
    return t;
  }

  /**
   * The shared variables for the page at {@code path} (such as {@code ko/investments.html}) whose
   * twin is the same path under the other language's folder.
   */
  Map<String, Object> model(String path, String title) {
    String code = lang.code();
    String under = path.substring(code.length() + 1);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("lang", code);
    m.put("t", t);
    m.put("title", title);
    m.put("site", site(briefing, lang));
    m.put("path", path);
    m.put("root", SitePaths.root(path));
    m.put("css", SitePaths.link(path, "assets/style.css"));
    m.put("fontsCss", SitePaths.link(path, "assets/fonts/pretendard.css"));
    m.put("home", SitePaths.link(path, SitePaths.home(code)));
    m.put("feed", SitePaths.link(path, code + "/feed.xml"));
    m.put("pdf", SitePaths.link(path, SitePaths.pdf(code)));
    Lang other = lang.other();
    String twinPath = other.code() + "/" + under;
    m.put("twin", Map.of(
        "lang", other.code(),
        "href", SitePaths.link(path, twinPath),
        "label", t.getOrDefault("switch.label", other.code()),
        "hint", t.getOrDefault("switch.hint", "")));
    URI base = briefing.config().baseUrl();
    m.put("canonical", base.resolve(path).toString());
    List<Map<String, String>> alternates = new ArrayList<>();
    for (Lang l : briefing.config().languages()) {
      alternates.add(Map.of("lang", l.code(), "href", base.resolve(l.code() + "/" + under).toString()));
    }
    m.put("alternates", alternates);
    m.put("xDefault", base.resolve("index.html").toString());
    List<Map<String, Object>> nav = new ArrayList<>();
    for (String[] section : SECTIONS) {
      String target = code + "/" + section[1];
      nav.add(Map.of("label", t.getOrDefault(section[0], section[0]),
          "href", SitePaths.link(path, target), "current", target.equals(path)));
    }
    m.put("nav", nav);
    return m;
  }

  static Map<String, Object> site(Briefing b, Lang lang) {
    return Map.of("title", b.config().title().in(lang), "tagline", b.config().tagline().in(lang),
        "publisher", b.config().publisher().in(lang));
  }
}
