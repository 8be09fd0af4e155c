package com.moneywar.briefing.serve;

import com.moneywar.briefing.model.Problem;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import java.util.regex.Pattern;

/**
 * Serves files of the output folder, and nothing outside it: no {@code ..}, no symbolic link that
 * leads out. HTML pages get a small script that reloads them after each build; while the latest
 * build has errors, every page is replaced by a page listing them.
 */
final class SiteHandler implements HttpHandler {
  static final String STATE_PATH = "/__briefing/state";
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
      Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("xml", "application/xml; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("pdf", "application/pdf"),
      Map.entry("woff2", "font/woff2"), Map.entry("png", "image/png"), Map.entry("json", "application/json"));
  private static final String RELOAD = "<script>(()=>{let seen=null;setInterval(async()=>{try{"
      + "const r=await fetch('" + STATE_PATH + "',{cache:'no-store'});const s=await r.text();"
      + "if(seen!==null&&s!==seen)location.reload();seen=s;}catch(e){}},500);})();</script>";

  private final Path project;
  private final Path out;
  private final Lock reading;
  private final BuildState state;

  private static final Pattern BASE_HREF = Pattern.compile("<base href=\"[^\"]*\">");

  SiteHandler(Path project, Path out, BuildState state, Lock reading) {
    this.reading = reading;
    this.project = project;
    this.out = out;
    this.state = state;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String raw = exchange.getRequestURI().getRawPath();
      if (raw.equals(STATE_PATH)) {
        String body = "{\"build\":" + state.number() + ",\"ok\":" + state.problems().isEmpty() + "}";
        send(exchange, 200, "application/json", body.getBytes(StandardCharsets.UTF_8));
        return;
      }
      Path file;
      byte[] body;
      // Between a build's two renames there is no output folder: find and read the file either
      // before or after them, never in between (which would be a false 404).
      byte[] notFound;
      reading.lock();
      try {
        file = resolve(raw);
        body = file == null ? null : Files.readAllBytes(file);
        Path page404 = file == null ? resolve("/404.html") : null;
        notFound = page404 == null ? null : Files.readAllBytes(page404);
      } finally {
        reading.unlock();
      }
      if (file == null) {
        if (notFound == null) {
          send(exchange, 404, "text/plain; charset=utf-8", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
          // The site's own 404 page, as a host serves it; its links start from the preview's root.
          String html = BASE_HREF.matcher(new String(notFound, StandardCharsets.UTF_8)).replaceFirst("<base href=\"/\">");
          send(exchange, 404, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }
        return;
      }
      String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
      List<Problem> problems = state.problems();
      if (type.startsWith("text/html") && !problems.isEmpty()) {
        send(exchange, 500, type, ErrorPage.html(problems, project, RELOAD).getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (type.startsWith("text/html")) {
        String html = new String(body, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        body = (end < 0 ? html + RELOAD : html.substring(0, end) + RELOAD + html.substring(end))
            .getBytes(StandardCharsets.UTF_8);
      }
      send(exchange, 200, type, body);
    }
  }

  /** The file a request path names inside the output folder, or null when there is none or it lies outside. */
  private Path resolve(String rawPath) throws IOException {
    String path;
    try {
      path = URI.create(rawPath).getPath(); // decoded, so %2e%2e is seen as ..
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (path == null || !path.startsWith("/") || path.contains("\0")) {
      return null;
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.contains("\\")) {
        return null;
      }
    }
    if (!Files.isDirectory(out)) {
      return null;
    }
    Path root = out.toRealPath();
    Path file = root.resolve(path.substring(1)).normalize();
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return null;
    }
    Path real = file.toRealPath();
    return real.startsWith(root) && Files.isRegularFile(real, LinkOption.NOFOLLOW_LINKS) ? real : null;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream os = exchange.getResponseBody()) {
        os.write(body);
      }
    }
  }
}
