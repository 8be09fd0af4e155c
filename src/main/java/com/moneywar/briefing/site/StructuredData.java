package com.moneywar.briefing.site;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A page's schema.org description as JSON-LD: {@code NewsArticle} for a briefing, {@code Dataset}
 * for a data page, {@code WebSite} for a home page, {@code WebPage} otherwise. Every address is
 * absolute. The text is safe inside a {@code <script>} element: {@code </} is written {@code <\/}.
 */
final class StructuredData {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private StructuredData() {}

  static String article(String url, String headline, String description, String isoDate, String lang, String image,
      String publisher) {
    Map<String, Object> m = base("NewsArticle", url, lang);
    m.put("headline", headline);
    m.put("description", description);
    m.put("datePublished", isoDate);
    m.put("dateModified", isoDate);
    m.put("image", List.of(image));
    m.put("author", organization(publisher));
    m.put("publisher", organization(publisher));
    return write(m);
  }

  /** A data page; {@code csv} are the absolute addresses of its tables as CSV, each a download. */
  static String dataset(String url, String name, String description, String lang, String publisher,
      List<String> csv) {
    Map<String, Object> m = base("Dataset", url, lang);
    m.put("name", name);
    m.put("description", description);
    m.put("creator", organization(publisher));
    if (!csv.isEmpty()) {
      List<Map<String, Object>> distribution = new java.util.ArrayList<>();
      for (String address : csv) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("@type", "DataDownload");
        d.put("encodingFormat", "text/csv");
        d.put("contentUrl", address);
        distribution.add(d);
      }
      m.put("distribution", distribution);
    }
    return write(m);
  }

  static String page(String type, String url, String name, String description, String lang, String publisher) {
    Map<String, Object> m = base(type, url, lang);
    m.put("name", name);
    m.put("description", description);
    m.put("publisher", organization(publisher));
    return write(m);
  }

  private static Map<String, Object> base(String type, String url, String lang) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@context", "https://schema.org");
    m.put("@type", type);
    m.put("url", url);
    m.put("inLanguage", lang);
    return m;
  }

  private static Map<String, Object> organization(String name) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("@type", "Organization");
    m.put("name", name);
    return m;
  }

  private static String write(Map<String, Object> m) {
    return JSON.writeValueAsString(m).replace("</", "<\\/");
  }
}
