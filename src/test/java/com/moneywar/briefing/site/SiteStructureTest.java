package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.PdfFile;
import com.moneywar.briefing.testing.TitledProject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shipped site as a static host serves it: pages, twins, links, feeds, sitemap. */
class SiteStructureTest {
  private static final String BASE = "https://example.org/ai-money-war/";
  private static Path site;

  @BeforeAll
  static void build() {
    site = BuiltSite.shipped();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", BASE + path);
  }

  @Test
  void aKeyFigureNotConvertedSaysSoWhereItsWonFigureWouldBe() throws IOException {
    for (String lang : List.of("ko", "en")) {
      Document edition = page(lang + "/briefings/ai-money-war-2025-11-28.html");
      org.jsoup.select.Elements cards = edition.select(".edition-figures .headlines li");
      // OpenAI's round (fx none) says it is not converted; Anthropic's Azure deal has its won figure.
      org.jsoup.nodes.Element round = cards.stream().filter(c -> c.select("a.label").attr("href")
          .endsWith("#round-openai-2025-03")).findFirst().orElseThrow();
      assertThat(round.select(".krw.unconverted").text()).isEqualTo(lang.equals("ko") ? "환산 안 함" : "not converted");
      org.jsoup.nodes.Element azure = cards.stream().filter(c -> c.select("a.label").attr("href")
          .endsWith("#flow-anthropic-azure-2025-11")).findFirst().orElseThrow();
      assertThat(azure.select(".krw").text()).startsWith(lang.equals("ko") ? "약 44조3000억원" : "about ₩44.3 trillion");
      assertThat(azure.select(".unconverted")).isEmpty();
    }
  }

  @Test
  void theArchiveNamesItsYearsAsEachLanguageWritesThem() throws IOException {
    // Walk 73: a Korean editor writes "2025년", not a bare "2025" over a year's editions.
    assertThat(page("ko/archive.html").select("section > h2").eachText()).containsExactly("2025년", "2024년");
    assertThat(page("en/archive.html").select("section > h2").eachText()).containsExactly("2025", "2024");
  }

  @Test
  void hasEveryPageInBothLanguages() {
    List<String> pages = BuiltSite.pages(site);
    for (String lang : List.of("ko", "en")) {
      assertThat(pages).contains(lang + "/index.html", lang + "/briefings/ai-money-war-2024-03-28.html",
          lang + "/investments.html", lang + "/valuations.html", lang + "/talent.html", lang + "/sources.html");
    }
    assertThat(pages).contains("index.html", "404.html");
    assertThat(site.resolve("robots.txt")).content().contains("Sitemap: " + BASE + "sitemap.xml");
  }

  @Test
  void aBriefingWithoutTalentOffersHasNoTalentPageNorALinkToOne(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws IOException {
    // A new user's briefing on Europe's AI money: investments and valuations, no talent offers. Its
    // navigation offered a talent page that showed an empty table.
    Path europe = BuiltSite.build(Path.of("src/test/resources/com/moneywar/briefing/chart/europe"), tmp.resolve("site"));
    List<String> pages = BuiltSite.pages(europe);
    for (String lang : List.of("ko", "en")) {
      assertThat(pages).contains(lang + "/investments.html", lang + "/valuations.html")
          .doesNotContain(lang + "/talent.html");
    }
    for (String path : pages) {
      Document doc = Jsoup.parse(europe.resolve(path).toFile(), "UTF-8", BASE + path);
      assertThat(doc.select("a[href*=talent]")).as(path).isEmpty();
    }
    assertThat(europe.resolve("sitemap.xml")).content().doesNotContain("talent.html");
  }

  @Test
  void everyPageLinksToItsTwinAndDeclaresItsLanguages() throws IOException {
    for (String path : BuiltSite.pages(site)) {
      if (!path.startsWith("ko/") && !path.startsWith("en/")) {
        continue;
      }
      String lang = path.substring(0, 2);
      String other = lang.equals("ko") ? "en" : "ko";
      String twin = other + path.substring(2);
      Document doc = page(path);
      assertThat(doc.selectFirst("html").attr("lang")).as(path).isEqualTo(lang);
      assertThat(site.resolve(twin)).as("twin of " + path).isRegularFile();
      Element switcher = doc.selectFirst("a.switch[hreflang=" + other + "]");
      assertThat(switcher).as("switcher on " + path).isNotNull();
      assertThat(switcher.absUrl("href")).as(path).isEqualTo(BASE + twin);
      assertThat(doc.select("link[rel=alternate][hreflang=" + other + "]").attr("href")).isEqualTo(BASE + twin);
      assertThat(doc.select("link[rel=alternate][hreflang=x-default]")).hasSize(1);
      assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + path);
    }
  }

  @Test
  void everyInternalLinkAndTwinOfASeriesResolves() throws IOException {
    // Three briefings: the archive and its year pages, previous/next, each edition's charts and PDF.
    Path series = BuiltSite.series();
    assertThat(brokenLinks(series)).isEmpty();
    for (String path : BuiltSite.pages(series)) {
      if (path.startsWith("ko/") || path.startsWith("en/")) {
        String twin = (path.startsWith("ko/") ? "en" : "ko") + path.substring(2);
        assertThat(series.resolve(twin)).as("twin of " + path).isRegularFile();
      }
    }
    assertThat(BuiltSite.pages(series)).contains("ko/archive.html", "ko/archive/2024.html", "en/archive/2024.html");
  }

  private static List<String> brokenLinks(Path site) throws IOException {
    List<String> broken = new ArrayList<>();
    for (String path : BuiltSite.pages(site)) {
      if (path.equals("404.html")) {
        continue;
      }
      Document doc = Jsoup.parse(site.resolve(path).toFile(), "UTF-8", BASE + path);
      for (Element link : doc.select("a[href], link[href], img[src], script[src]")) {
        String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
          continue;
        }
        URI target = URI.create(BASE + path).resolve(url);
        String file = target.getPath().substring(URI.create(BASE).getPath().length());
        if (!Files.isRegularFile(site.resolve(file))) {
          broken.add(path + " -> " + url);
        } else if (target.getFragment() != null && file.endsWith(".html")
            && Jsoup.parse(site.resolve(file).toFile(), "UTF-8").getElementById(target.getFragment()) == null) {
          broken.add(path + " -> " + url + " (no such anchor)");
        }
      }
    }
    return broken;
  }

  @Test
  void everyInternalLinkAndAnchorResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (String path : BuiltSite.pages(site)) {
      if (path.equals("404.html")) {
        continue; // its links start from its <base>, checked below
      }
      Document doc = page(path);
      for (Element link : doc.select("a[href], link[href], img[src], script[src]")) {
        String url = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")) {
          continue;
        }
        URI target = URI.create(BASE + path).resolve(url);
        String file = target.getPath().substring(URI.create(BASE).getPath().length());
        if (!Files.isRegularFile(site.resolve(file))) {
          broken.add(path + " -> " + url);
        } else if (target.getFragment() != null && file.endsWith(".html")
            && Jsoup.parse(site.resolve(file).toFile(), "UTF-8").getElementById(target.getFragment()) == null) {
          broken.add(path + " -> " + url + " (no such anchor)");
        }
      }
    }
    assertThat(broken).isEmpty();
    // Hosts serve 404.html at any missing address, at any depth: its links start from its <base>,
    // the site's own address, never from where it happens to be served.
    Document notFound = page("404.html");
    assertThat(notFound.select("base").eachAttr("href")).containsExactly(BASE);
    for (Element a : notFound.select("a[href], link[href]")) {
      URI target = URI.create(BASE).resolve(a.attr("href"));
      assertThat(target.toString()).startsWith(BASE);
      assertThat(site.resolve(target.getPath().substring(URI.create(BASE).getPath().length()))).isRegularFile();
    }
  }

  @Test
  void loadsNothingFromOutsideTheSite() throws IOException {
    for (String path : BuiltSite.pages(site)) {
      Document doc = page(path);
      assertThat(doc.select("script[src], img[src]").eachAttr("src")).noneMatch(u -> u.contains("//"));
      assertThat(doc.select("link[rel=stylesheet]").eachAttr("href")).noneMatch(u -> u.contains("//"));
    }
    String fontsCss = page("ko/index.html").select("link[rel=stylesheet]").eachAttr("href").stream()
        .filter(h -> h.contains("fonts/")).findFirst().orElseThrow().substring("../".length());
    assertThat(fontsCss).matches("assets/fonts/pretendard\\.[0-9a-f]{10}\\.css");
    String css = Files.readString(site.resolve(fontsCss), StandardCharsets.UTF_8);
    assertThat(css).contains("unicode-range").doesNotContain("http");
    assertThat(css.split("url\\(")).hasSizeGreaterThan(100);
    assertThat(css).containsPattern("url\\(woff2-dynamic-subset/Pretendard-Regular\\.subset\\.0\\.[0-9a-f]{10}\\.woff2\\)");
    for (String url : css.split("url\\(")) {
      if (url.startsWith("woff2")) {
        assertThat(site.resolve("assets/fonts").resolve(url.substring(0, url.indexOf(')')))).isRegularFile();
      }
    }
  }

  @Test
  void writesFiguresInEachLanguagesStyleOnEveryPage() throws IOException {
    String koBriefing = page("ko/briefings/ai-money-war-2024-03-28.html").select("main").text();
    assertThat(koBriefing).contains("27억5000만달러(약 3조7100억원)", "최대 184억달러(약 25조원)");
    // Amazon's first commitment is listed under the one of November 2024 that replaced it.
    assertThat(page("ko/investments.html").select("main").text()).contains("27억5000만달러", "약 3조7100억원",
        "환율 1달러 = 1,349원, 2024년 3월 28일");
    assertThat(page("en/investments.html").select("main").text()).contains("$2.75 billion", "about ₩3.71 trillion");
    assertThat(page("en/briefings/ai-money-war-2024-03-28.html").select("main").text())
        .contains("$2.75 billion (about ₩3.71 trillion)");
    assertThat(BuiltSite.dataPageText(site, "ko", "valuations")).contains("최대 184억달러", "20억유로", "약 2조8900억원");
    assertThat(BuiltSite.dataPageText(site, "en", "talent")).contains("up to $1 million", "about ₩1.346 billion");
  }

  @Test
  void listsTranchesUnderTheirCommitment() throws IOException {
    List<String> ids = page("en/investments.html").select("table.data").first().select("tbody tr").eachAttr("id");
    // The raised commitment first, then everything under it, depth first: its new tranche and that
    // tranche's own, then the commitment it replaced with that one's tranches.
    int root = ids.indexOf("amazon-anthropic-2024-11");
    assertThat(ids.subList(root, root + 6)).containsExactly("amazon-anthropic-2024-11", "amazon-anthropic-2024-11-new",
        "amazon-anthropic-2024-11-t1", "amazon-anthropic-2023", "amazon-anthropic-t1", "amazon-anthropic-t2");
    List<String> children = new java.util.ArrayList<>();
    for (String part : BuiltSite.dataPageParts(site, "en", "investments")) {
      children.addAll(page(part).select("tr.child").eachAttr("id"));
    }
    assertThat(children)
        .containsExactlyInAnyOrder("amazon-anthropic-t1", "amazon-anthropic-t2", "google-anthropic-t1",
            "google-anthropic-t2", "amazon-anthropic-2023", "amazon-anthropic-2024-11-new", "amazon-anthropic-2024-11-t1",
            "softbank-openai-2025-03-t1", "softbank-openai-2025-03-t2");
    assertThat(page("ko/investments.html").getElementById("amazon-anthropic-2023").text())
        .contains("이후 약정으로 대체됨 (2024년 11월 22일, 80억달러)");
  }

  @Test
  void sourcesPageListsEverySourceWithOutletAndDate() throws IOException {
    Document ko = page("ko/sources.html");
    // One entry per row of data/sources.csv (the header aside; every row is cited).
    long rows = java.nio.file.Files.readAllLines(com.moneywar.briefing.testing.ShippedProject.ROOT.resolve(
        "data/sources.csv")).stream().skip(1).filter(l -> !l.isBlank()).count();
    assertThat(rows).isGreaterThan(25);
    assertThat(ko.select("li[id^=source-]").eachAttr("id")).hasSize((int) rows).contains("source-seed-2024-03-28",
        "source-cnbc-2024-03-27", "source-wsj-2024-03-27", "source-the-information-2024-03",
        "source-rttnews-2025-06-13", "source-dailystar-2025-06-14", "source-livemint-2025-01-24");
    assertThat(ko.getElementById("source-rttnews-2025-06-13").select("a").attr("href"))
        .startsWith("https://www.nasdaq.com/articles/meta-invests-143-bln-scale-ai");
    assertThat(ko.getElementById("source-wsj-2024-03-27").text()).contains("월스트리트저널", "2024년 3월 27일");
  }

  @Test
  void sitemapListsEveryPageWithItsAlternates() throws Exception {
    var xml = DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    var doc = xml.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
    var locs = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent());
    }
    for (String path : BuiltSite.pages(site)) {
      if (path.startsWith("ko/") || path.startsWith("en/")) {
        assertThat(urls).contains(BASE + path);
      }
    }
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength()).isEqualTo(urls.size() * 2);
  }

  @Test
  void feedsAreAtomWithOneEntryPerBriefing() throws Exception {
    for (String lang : List.of("ko", "en")) {
      var xml = DocumentBuilderFactory.newInstance();
      xml.setNamespaceAware(true);
      var doc = xml.newDocumentBuilder().parse(site.resolve(lang + "/feed.xml").toFile());
      assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
      var entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
      List<String> slugs = ShippedProject.slugs();
      assertThat(entries.getLength()).isEqualTo(slugs.size());
      assertThat(doc.getDocumentElement().getAttribute("xml:lang")).isEqualTo(lang);
      // Newest first: the seed briefing, the oldest, is the last entry.
      for (int i = 0; i < slugs.size(); i++) {
        assertThat(entries.item(i).getTextContent())
            .contains("/" + lang + "/briefings/" + slugs.get(slugs.size() - 1 - i) + ".html");
      }
      assertThat(entries.item(slugs.size() - 1).getTextContent())
          .contains(lang.equals("ko") ? "27억5000만달러" : "$2.75 billion");
    }
  }

  /**
   * A title and a summary that hold data-bound figures are written out, as on the edition's page,
   * wherever the site shows them: the page's title, heading, link previews and structured data,
   * the next edition's link back, the archive, the home page, the company pages, the feed and the
   * PDF's metadata. No page, feed or sitemap anywhere keeps a {@code {{…}}}.
   */
  @Test
  void aTitleAndSummaryWithFiguresAreWrittenOutEverywhereTheyAreShown() throws Exception {
    Path titled = BuiltSite.titledProject().resolve("site");
    try (var files = Files.walk(titled)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(html|xml|js|txt)$")).toList()) {
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(titled.relativize(file).toString())
            .doesNotContain("{{");
      }
    }
    String slug = TitledProject.SLUG;
    for (String lang : List.of("ko", "en")) {
      String title = TitledProject.title(lang);
      String summary = TitledProject.summary(lang);
      String path = lang + "/briefings/" + slug + ".html";
      Document page = Jsoup.parse(titled.resolve(path).toFile(), "UTF-8", BASE + path);
      assertThat(page.title()).startsWith(title);
      assertThat(page.select("h1").text()).isEqualTo(title);
      // Shown as a figure whose amounts never break, in the heading and the summary (in Korean, with its particle).
      assertThat(page.select("h1 span.figure span.nobr").eachText()).isNotEmpty()
          .allSatisfy(keep -> assertThat(title).contains(keep));
      assertThat(page.select("p.summary span.figure span.nobr").eachText()).contains(lang.equals("ko")
          ? "27억5000만달러(약 3조7100억원)를" : "$2.75 billion");
      assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(title);
      assertThat(page.select("meta[name=description]").attr("content")).startsWith(summary);
      assertThat(page.select("script[type=application/ld+json]").html()).contains("\"headline\":\"" + title + "\"");
      for (String listing : List.of(lang + "/briefings/" + ShippedProject.newest() + ".html", lang + "/archive.html",
          lang + "/index.html", lang + "/companies/anthropic.html")) {
        Document other = Jsoup.parse(titled.resolve(listing).toFile(), "UTF-8", BASE + listing);
        assertThat(other.select("a[href$=" + slug + ".html]").eachText()).as(listing).anySatisfy(
            text -> assertThat(text).contains(title));
      }
      var xml = DocumentBuilderFactory.newInstance();
      xml.setNamespaceAware(true);
      var feed = xml.newDocumentBuilder().parse(titled.resolve(lang + "/feed.xml").toFile());
      var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
      var seed = (org.w3c.dom.Element) entries.item(entries.getLength() - 1);
      assertThat(seed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent())
          .isEqualTo(title);
      assertThat(seed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0).getTextContent())
          .startsWith(summary);
      try (PdfFile pdf = PdfFile.open(titled.resolve(lang + "/briefings/" + slug + "." + lang + ".pdf"))) {
        assertThat(pdf.document().getDocumentInformation().getSubject()).isEqualTo(title);
        assertThat(pdf.text(1)).contains(lang.equals("ko") ? "27억5000만달러" : "$2.75 billion").doesNotContain("{{");
      }
    }
  }
}
