package com.moneywar.briefing.serve;

import com.moneywar.briefing.fonts.WebFont;
import com.moneywar.briefing.model.Problem;
import java.util.List;

/** The page the preview shows instead of the site while the latest build has errors. */
final class ErrorPage {
  private ErrorPage() {}

  static String html(List<Problem> problems, java.nio.file.Path project, String reloadScript) {
    StringBuilder items = new StringBuilder();
    for (Problem p : problems) {
      items.append("<li><code>").append(escape(p.pos().toString())).append("</code> ")
          .append(escape(p.message()));
      sourceLine(project, p).ifPresent(line -> items.append("<pre>").append(escape(line)).append("\n")
          .append(" ".repeat(Math.max(0, Math.min(p.pos().column() - 1, line.length())))).append("^</pre>"));
      items.append("</li>\n");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Build failed</title>"
        + "<link rel=\"stylesheet\" href=\"/assets/fonts/" + WebFont.stylesheet() + "\">"
        + "<style>body{font-family:Pretendard,system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f2328}"
        + "h1{color:#a40e26}li{margin:.5rem 0}code{background:#f4f6f8;padding:.1rem .3rem}pre{background:#f4f6f8;padding:.5rem;overflow-x:auto;font-family:ui-monospace,monospace,Pretendard}</style></head><body>"
        + "<h1>빌드 실패 · Build failed</h1><p>" + problems.size() + (problems.size() == 1 ? " error" : " errors")
        + ". Fix the file and save: this page reloads by itself.</p><ol>\n" + items + "</ol>" + reloadScript
        + "</body></html>\n";
  }

  /** The line a problem points at, as the user wrote it. */
  private static java.util.Optional<String> sourceLine(java.nio.file.Path project, Problem p) {
    try {
      java.nio.file.Path file = project.resolve(p.pos().file()).normalize();
      if (p.pos().isWhole() || !file.startsWith(project) || !java.nio.file.Files.isRegularFile(file)) {
        return java.util.Optional.empty();
      }
      List<String> lines = java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
      return p.pos().line() <= lines.size() ? java.util.Optional.of(lines.get(p.pos().line() - 1)) : java.util.Optional.empty();
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return java.util.Optional.empty();
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
