package com.moneywar.briefing.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markup, scripts and template syntax in the data and the texts reach readers as inert text. */
class InjectionTest {
  private static final String PAYLOAD = "<script>alert(1)</script><img src=x onerror=alert(2)>${7*7}<#assign x=1>";
  @TempDir static Path dir;
  private static Path site;

  @BeforeAll
  static void buildWithPayloads() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, "data/companies.csv", "amazon,아마존,Amazon,", "amazon,아마존,\"Amazon" + PAYLOAD.replace("\"", "\"\"") + "\",");
    ShippedProject.replace(project, "data/sources.csv", "CNBC 방송", "\"CNBC " + PAYLOAD.replace("\"", "\"\"") + "\"");
    ShippedProject.replace(project, "data/talent_offers.csv", ",up-to,", ",up-to,");
    String en = "data/texts/ai-money-war-2024-03-28.en.md";
    ShippedProject.replace(project, en, "summary: ", "summary: " + PAYLOAD + " ");
    Path text = project.resolve(en);
    Files.writeString(text, Files.readString(text, StandardCharsets.UTF_8) + "\n\n"
        + "<script>alert(3)</script>\n\n<div onclick=\"alert(4)\">raw block</div>\n\n"
        + "[click](javascript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=) [fine](https://example.org/ok)\n\n"
        + "Inline <b onmouseover=alert(6)>bold</b> and ${user.home} and <#list 1..3 as i>${i}</#list>\n",
        StandardCharsets.UTF_8);
    site = BuiltSite.build(project, dir.resolve("site"));
  }

  /** A JSON-LD block that is one JSON object, its text never closing the script element early. */
  private static boolean isJsonLd(Element e) {
    if (!e.attr("type").equals("application/ld+json") || e.attributes().size() != 1 || e.data().contains("</")) {
      return false;
    }
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(e.data()).isObject();
  }

  /** The data pages' own script for sorting and filtering: external and empty (docs/templates.md). */
  private static boolean isTablesScript(Element e, String where) {
    return where.matches(".*/(investments|valuations|talent)(/[0-9-]+)?\\.html")
        && e.attr("src").matches("(\\.\\./)+assets/tables\\.[0-9a-f]{10}\\.js") && e.html().isEmpty()
        && e.attributes().size() == 2;
  }

  private static void assertInert(Document doc, String where) {
    // The only scripts: the search page's own, external and empty (docs/search.md), and each page's
    // JSON-LD, data the browser never runs, in which a payload stays inside a JSON string.
    assertThat(doc.select("script").stream().filter(e -> !(where.endsWith("/search.html")
        && e.attr("src").matches("\\.\\./assets/search\\.[0-9a-f]{10}\\.js") && e.html().isEmpty()
        && e.attributes().size() == 2) && !isTablesScript(e, where) && !isJsonLd(e)))
        .as(where + ": script elements").isEmpty();
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> {
        assertThat(a.getKey()).as(where + ": event attribute on " + e.tagName()).doesNotStartWith("on");
        assertThat(a.getValue().strip().toLowerCase()).as(where + ": " + a.getKey())
            .doesNotStartWith("javascript:").doesNotStartWith("data:");
      });
    }
  }

  @Test
  void htmlPagesShowThePayloadsAsText() throws IOException {
    for (String page : BuiltSite.pages(site)) {
      assertInert(Jsoup.parse(site.resolve(page).toFile(), "UTF-8"), page);
    }
    Document briefing = Jsoup.parse(site.resolve("en/briefings/ai-money-war-2024-03-28.html").toFile(), "UTF-8");
    String text = briefing.select("main").text();
    assertThat(text).contains("<script>alert(3)</script>", "${user.home}", "<#list 1..3 as i>${i}</#list>",
        "<script>alert(1)</script>");
    assertThat(text).doesNotContain(System.getProperty("user.home") + " and");
    assertThat(briefing.select("a[href]").eachAttr("href")).contains("https://example.org/ok")
        .noneMatch(h -> h.startsWith("javascript") || h.startsWith("data"));
    assertThat(Jsoup.parse(site.resolve("en/investments.html").toFile(), "UTF-8").text()).contains("Amazon<script>");
  }

  @Test
  void feedsCarryThePayloadsEscaped() throws IOException {
    String xml = Files.readString(site.resolve("en/feed.xml"), StandardCharsets.UTF_8);
    Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
    assertThat(feed.select("feed > entry > summary").text()).contains("<script>alert(1)</script>");
    assertThat(feed.select("script")).isEmpty();
    // The entry's HTML content is escaped once more inside the XML, then holds only inert markup.
    Document content = Jsoup.parse(feed.select("feed > entry > content").text());
    assertInert(content, "feed content");
  }
}
