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
}
