package com.moneywar.briefing.serve;

import com.moneywar.briefing.model.Problem;
import java.util.List;

/** The page the preview shows instead of the site while the latest build has errors. */
final class ErrorPage {
  private ErrorPage() {}

  static String html(List<Problem> problems, String reloadScript) {
    StringBuilder items = new StringBuilder();
    for (Problem p : problems) {
      items.append("<li><code>").append(escape(p.pos().toString())).append("</code> ")
          .append(escape(p.message())).append("</li>\n");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title>"
        + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}"
        + "h1{color:#a40e26}li{margin:.5rem 0}code{background:#f4f6f8;padding:.1rem .3rem}</style></head><body>"
        + "<h1>빌드 실패 · Build failed</h1><p>" + problems.size() + (problems.size() == 1 ? " error" : " errors")
        + ". Fix the file and save: this page reloads by itself.</p><ol>\n" + items + "</ol>" + reloadScript
        + "</body></html>\n";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
