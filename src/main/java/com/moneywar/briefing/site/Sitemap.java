package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import java.net.URI;
import java.util.List;

/** {@code sitemap.xml} with each page's language twins as hreflang alternates. */
final class Sitemap {
  private Sitemap() {}

  /** @param pages paths under a language folder, such as {@code index.html} or {@code briefings/x.html} */
  static String xml(URI base, List<Lang> languages, List<String> pages) {
    StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for (String page : pages.stream().sorted().toList()) {
      for (Lang lang : languages) {
        out.append("  <url>\n    <loc>").append(escape(base.resolve(lang.code() + "/" + page))).append("</loc>\n");
        for (Lang alt : languages) {
          out.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(alt.code()).append("\" href=\"")
              .append(escape(base.resolve(alt.code() + "/" + page))).append("\"/>\n");
        }
        out.append("  </url>\n");
      }
    }
    return out.append("</urlset>\n").toString();
  }

  private static String escape(URI uri) {
    return uri.toString().replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }
}
