package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The same built site, served by a web server under two different base paths, neither of them the
 * one in base-url: following every link, stylesheet, image and download from the entrance reaches
 * every page, and none of them is missing.
 */
class AnyBasePathTest {
  @Test
  void everyLinkResolvesUnderTwoDifferentBasePaths() throws IOException {
    Path site = BuiltSite.shipped();
    for (String base : List.of("/", "/x/y/briefing/")) {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(base, exchange -> {
        String rel = exchange.getRequestURI().getPath().substring(base.length());
        Path file = site.resolve(rel.isEmpty() ? "index.html" : rel).normalize();
        boolean ok = file.startsWith(site) && Files.isRegularFile(file);
        byte[] body = ok ? Files.readAllBytes(file) : "missing".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(ok ? 200 : 404, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
      });
      server.start();
      try {
        String root = "http://127.0.0.1:" + server.getAddress().getPort() + base;
        // Every page but 404.html, which hosts serve for missing addresses, is reached by links.
        List<String> broken = crawl(URI.create(root + "index.html"), root, BuiltSite.pages(site).size() - 1);
        assertThat(broken).as("broken links under " + base).isEmpty();
      } finally {
        server.stop(0);
      }
    }
  }

  /** Visits every page reachable from {@code start} under {@code root}; returns what answered other than 200. */
  private static List<String> crawl(URI start, String root, int expectedPages) throws IOException {
    List<String> broken = new ArrayList<>();
    Set<URI> seen = new HashSet<>();
    Deque<URI> pages = new ArrayDeque<>(List.of(start));
    int pageCount = 0;
    while (!pages.isEmpty()) {
      URI page = pages.pop();
      HttpURLConnection http = (HttpURLConnection) page.toURL().openConnection();
      if (http.getResponseCode() != 200) {
        broken.add(page.toString());
        continue;
      }
      pageCount++;
      Document doc = Jsoup.parse(http.getInputStream(), "UTF-8", page.toString());
      for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
        String attr = e.hasAttr("href") ? "href" : "src";
        URI target = URI.create(e.absUrl(attr)).normalize();
        URI withoutFragment = URI.create(target.toString().replaceFirst("#.*$", ""));
        if (!target.toString().startsWith(root) || !seen.add(withoutFragment)) {
          continue; // another site (the canonical address, a source), or seen already
        }
        if (withoutFragment.getPath().endsWith(".html")) {
          pages.push(withoutFragment);
        } else {
          HttpURLConnection asset = (HttpURLConnection) withoutFragment.toURL().openConnection();
          if (asset.getResponseCode() != 200) {
            broken.add(page + " -> " + withoutFragment);
          }
          asset.disconnect();
        }
      }
    }
    assertThat(pageCount).as("pages reached").isEqualTo(expectedPages);
    return broken;
  }
}
