package com.moneywar.briefing.site;

/**
 * Links between pages as relative paths, so the site works under any base path on any static
 * host and when opened from disk. Paths are relative to the site root, such as {@code ko/index.html}.
 */
final class SitePaths {
  private SitePaths() {}

  /** The prefix that leads from {@code page} back to the site root: {@code ""}, {@code "../"}, … */
  static String root(String page) {
    int depth = (int) page.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  /** The relative link from {@code page} to {@code target}. */
  static String link(String page, String target) {
    return root(page) + target;
  }

  /** The relative link from {@code page} to {@code target} when it is in the page's folder or below, else {@link #link}. */
  static String below(String page, String target) {
    String folder = page.substring(0, page.lastIndexOf('/') + 1);
    return target.startsWith(folder) ? target.substring(folder.length()) : link(page, target);
  }

  static String home(String lang) {
    return lang + "/index.html";
  }

  static String briefing(String lang, String slug) {
    return lang + "/briefings/" + slug + ".html";
  }

  static String pdf(String lang) {
    return lang + "/briefing." + lang + ".pdf";
  }

  /** Where a briefing's link-preview image goes, beside its page, before its hash and extension. */
  static String briefingPreviewStem(String lang, String slug) {
    return lang + "/briefings/" + slug;
  }

  /**
   * Where one edition's PDF goes: next to its page, named by its slug when the slug holds the
   * edition's date (as {@code ai-money-war-2024-03-28} does), else by the date and the slug:
   * {@code ko/briefings/ai-money-war-2024-03-28.ko.pdf}, {@code en/briefings/2025-01-10-stargate.en.pdf}.
   */
  static String editionPdf(String lang, String slug, java.time.LocalDate date) {
    String iso = date.toString();
    return lang + "/briefings/" + (slug.contains(iso) ? slug : iso + "-" + slug) + "." + lang + ".pdf";
  }

  /**
   * The one folder of a language's chart drawings, {@code ko/charts/}: every drawing of the site (of
   * the whole record, of each edition, of the company pages) is there once, named by a hash of its
   * bytes, whichever pages show it.
   */
  static String charts(String lang) {
    return lang + "/charts/";
  }

  /** The folder of an edition's own files (its charts' CSV downloads), such as {@code ko/briefings/<slug>/}. */
  static String editionFiles(String lang, String slug) {
    return lang + "/briefings/" + slug + "/";
  }

  /** The archive's front page: the most recent years. */
  static String archive(String lang) {
    return lang + "/archive.html";
  }

  /** The archive page of one year, such as {@code ko/archive/2024.html}. */
  static String archiveYear(String lang, String year) {
    return lang + "/archive/" + year + ".html";
  }

  /** The companies index of a language, {@code ko/companies.html}. */
  static String companies(String lang) {
    return lang + "/companies.html";
  }

  /** A company's page, such as {@code ko/companies/anthropic.html}. */
  static String company(String lang, String id) {
    return lang + "/companies/" + id + ".html";
  }

  /** The folder of a company page's own files (its chart's CSV download), such as {@code ko/companies/anthropic/}. */
  static String companyFiles(String lang, String id) {
    return lang + "/companies/" + id + "/";
  }
}
