package com.moneywar.briefing.pipeline;

import static com.moneywar.briefing.testing.SeriesProject.FIRST;
import static com.moneywar.briefing.testing.SeriesProject.SECOND;
import static com.moneywar.briefing.testing.SeriesProject.THIRD;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.PdfFile;
import com.moneywar.briefing.testing.SeriesProject;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running series: editions as of their dates, the archive, previous/next, PDFs per edition, links, feeds.
 * The series project is the shipped one (whose newest briefing, {@link #NEWEST}, is of November 2025) with
 * the test briefings of June and November 2024 ({@link SeriesProject}) between its first and its newest.
 */
class SeriesTest {
  /** The shipped newest briefing, dated after the fixture briefings: the newest edition of the series project too. */
  private static final String NEWEST = ShippedProject.newest();
  /** Its date, which begins its slug. */
  private static final String NEWEST_DATE = NEWEST.substring(NEWEST.length() - "yyyy-mm-dd".length());

  @TempDir Path dir;

  private static String read(Path site, String page) throws IOException {
    return Files.readString(site.resolve(page), StandardCharsets.UTF_8);
  }

  /** The path from the site root that {@code href} on {@code page} leads to. */
  private static String at(String page, String href) {
    return Path.of("/").resolve(page).getParent().resolve(href).normalize().toString().substring(1);
  }

  private static String pdfText(Path pdf) {
    try (PdfFile file = PdfFile.open(pdf)) {
      return String.join("\n", file.pageTexts());
    }
  }

  @Test
  void aLaterFactStaysOutOfAnEarlierEditionsPageAndPdf() throws IOException {
    Path site = BuiltSite.series();
    for (String[] lang : new String[][] {{"ko", SeriesProject.LATER_KO}, {"en", SeriesProject.LATER_EN}}) {
      String code = lang[0];
      String later = lang[1];
      assertThat(read(site, code + "/briefings/" + FIRST + ".html")).doesNotContain(later);
      assertThat(read(site, code + "/briefings/" + SECOND + ".html")).doesNotContain(later);
      assertThat(read(site, code + "/briefings/" + THIRD + ".html")).contains(later);
      // Its chart of valuations stops before the later fact; the third edition's has it.
      assertThat(read(site, code + "/briefings/" + FIRST + "/valuations.csv")).doesNotContain("2024-10");
      assertThat(read(site, code + "/briefings/" + THIRD + "/valuations.csv")).contains("2024-10");
      assertThat(pdfText(site.resolve(code + "/briefings/" + FIRST + "." + code + ".pdf"))).doesNotContain(later);
      assertThat(pdfText(site.resolve(code + "/briefings/2024-06-01-" + SECOND + "." + code + ".pdf")))
          .doesNotContain(later);
      assertThat(pdfText(site.resolve(code + "/briefings/2024-11-01-" + THIRD + "." + code + ".pdf"))).contains(later);
      // The whole record is on the data pages, labelled with the newest fact's date.
      assertThat(BuiltSite.dataPageText(site, code, "valuations")).contains(later);
    }
    // The whole record: as of the newest fact in the shipped data (the fixture's is older), or of the
    // report it comes from when that is later (Microsoft's and Nvidia's Anthropic deals of November
    // 2025, from a report of 19 November).
    assertThat(read(site, "en/valuations.html")).contains("On the record as of November 19, 2025");
    assertThat(read(site, "ko/valuations.html")).contains("2025년 11월 19일까지의 기록 기준");
    assertThat(read(site, "en/briefings/" + FIRST + ".html"))
        .contains("Figures and charts in this edition are as of March 28, 2024");
  }

  @Test
  void anEditionShowsTheHeadlinesAndChartsItDeclares() throws IOException {
    Document third = Jsoup.parse(read(BuiltSite.series(), "en/briefings/" + THIRD + ".html"));
    assertThat(third.select(".edition-figures .headlines .value").eachText())
        .containsExactly(SeriesProject.LATER_EN, "up to $18.4 billion");
    assertThat(third.select(".edition-figures .chart").eachAttr("id")).containsExactly("chart-valuations");
    assertThat(at("en/briefings/" + THIRD + ".html", third.select(".edition-figures img").attr("src")))
        .matches("en/charts/valuations\\.[0-9a-f]{10}\\.svg");
    Document first = Jsoup.parse(read(BuiltSite.series(), "en/briefings/" + FIRST + ".html"));
    // Every declared chart: money flows, valuations, cumulative, talent and the timeline.
    assertThat(first.select(".edition-figures .chart")).hasSize(5);
  }

  @Test
  void theArchiveListsEveryEditionNewestFirstWithItsPdf() throws IOException {
    Path site = BuiltSite.series();
    for (String code : List.of("ko", "en")) {
      Document archive = Jsoup.parse(read(site, code + "/archive.html"));
      String page = code + "/archive.html";
      assertThat(archive.select(".archive-list h3 a").eachAttr("href").stream().map(h -> at(page, h))).containsExactly(
          code + "/briefings/" + NEWEST + ".html",
          code + "/briefings/" + THIRD + ".html", code + "/briefings/" + SECOND + ".html",
          code + "/briefings/" + FIRST + ".html");
      assertThat(archive.select(".archive-list .pdf a").eachAttr("href").stream().map(h -> at(page, h)))
          .containsExactly(code + "/briefings/" + NEWEST + "." + code + ".pdf",
              code + "/briefings/2024-11-01-" + THIRD + "." + code + ".pdf",
              code + "/briefings/2024-06-01-" + SECOND + "." + code + ".pdf",
              code + "/briefings/" + FIRST + "." + code + ".pdf");
      archive.select(".archive-list a").eachAttr("href")
          .forEach(href -> assertThat(site.resolve(at(page, href))).isRegularFile());
      assertThat(archive.select(".archive-list .edition-line").eachText().get(0))
          .startsWith(code.equals("ko") ? "제4호" : "No. 4");
      // In the main navigation of every page.
      for (String any : BuiltSite.pages(site)) {
        if (any.startsWith(code + "/")) {
          assertThat(Jsoup.parse(read(site, any)).select("nav.sections a").eachText())
              .as(any).contains(code.equals("ko") ? "지난 브리핑" : "Archive");
        }
      }
    }
    Document home = Jsoup.parse(read(site, "en/index.html"));
    assertThat(at("en/index.html", home.select(".latest h3 a").attr("href"))).isEqualTo("en/briefings/" + NEWEST + ".html");
    assertThat(home.select(".recent a").eachAttr("href").stream().map(h -> at("en/index.html", h)))
        .containsExactly("en/briefings/" + THIRD + ".html", "en/briefings/" + SECOND + ".html",
            "en/briefings/" + FIRST + ".html");
    assertThat(at("en/index.html", home.select(".archive-link a").attr("href"))).isEqualTo("en/archive.html");
  }

  @Test
  void previousAndNextLinkEveryEditionInOrder() throws IOException {
    Path site = BuiltSite.series();
    for (String code : List.of("ko", "en")) {
      List<String> forward = new ArrayList<>();
      String page = code + "/briefings/" + FIRST + ".html";
      while (true) {
        forward.add(page);
        Element next = Jsoup.parse(read(site, page)).selectFirst("a[rel=next]");
        if (next == null) {
          break;
        }
        page = site.relativize(site.resolve(page).getParent().resolve(next.attr("href")).normalize()).toString();
      }
      assertThat(forward).containsExactly(code + "/briefings/" + FIRST + ".html",
          code + "/briefings/" + SECOND + ".html", code + "/briefings/" + THIRD + ".html",
          code + "/briefings/" + NEWEST + ".html");
      List<String> back = new ArrayList<>();
      while (true) {
        back.add(page);
        Element prev = Jsoup.parse(read(site, page)).selectFirst("a[rel=prev]");
        if (prev == null) {
          break;
        }
        page = site.relativize(site.resolve(page).getParent().resolve(prev.attr("href")).normalize()).toString();
      }
      java.util.Collections.reverse(forward);
      assertThat(back).containsExactlyElementsOf(forward);
    }
  }

  @Test
  void addingABriefingLeavesEveryOlderEditionsPdfByteForByte() throws IOException {
    Path project = SeriesProject.copyTo(dir.resolve("project"), false);
    Path site = BuiltSite.build(project, dir.resolve("site"));
    // The same build once more with a cache, which then holds the two editions' PDFs.
    CacheSettings cache = CacheSettings.at(dir.resolve("cache"));
    assertThat(new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of(), cache)
        .build(project, dir.resolve("cached"))).isInstanceOf(Result.Ok.class);
    List<String> older = List.of("ko/briefings/" + FIRST + ".ko.pdf", "en/briefings/" + FIRST + ".en.pdf",
        "ko/briefings/2024-06-01-" + SECOND + ".ko.pdf", "en/briefings/2024-06-01-" + SECOND + ".en.pdf");
    List<byte[]> before = new ArrayList<>();
    for (String pdf : older) {
      before.add(Files.readAllBytes(site.resolve(pdf)));
    }
    // The newest edition is the shipped one of November 2025, dated after the fixture briefings.
    byte[] latestBefore = Files.readAllBytes(site.resolve("en/briefing.en.pdf"));
    assertThat(latestBefore).isEqualTo(Files.readAllBytes(site.resolve("en/briefings/" + NEWEST + ".en.pdf")));

    SeriesProject.addThird(project);
    // Without a cache, so that every edition is laid out again rather than reused.
    Path again = BuiltSite.build(project, dir.resolve("again"));
    for (int i = 0; i < older.size(); i++) {
      assertThat(Files.readAllBytes(again.resolve(older.get(i)))).as(older.get(i)).isEqualTo(before.get(i));
    }
    // The third briefing (November 2024) comes before the newest: that one is still briefing.en.pdf, but
    // is now edition No. 4 rather than No. 3, so its PDF is laid out anew.
    assertThat(Files.readAllBytes(again.resolve("en/briefing.en.pdf")))
        .isEqualTo(Files.readAllBytes(again.resolve("en/briefings/" + NEWEST + ".en.pdf")))
        .isNotEqualTo(Files.readAllBytes(again.resolve("en/briefings/2024-11-01-" + THIRD + ".en.pdf")))
        .isNotEqualTo(latestBefore);

    // With a build cache that holds the older editions, they come from it, not laid out again: same
    // bytes, less work.
    List<String> details = new ArrayList<>();
    Result<BuildSummary> kept = new BriefingBuild((stage, took, detail) -> {
      if (stage.equals("pdf")) {
        details.add(detail);
      }
    }, new ReentrantLock(), Map.of(), cache).build(project, site);
    assertThat(kept).isInstanceOf(Result.Ok.class);
    // Two PDFs per edition: the first and second editions' four are unchanged; the third is new and
    // the newest's number changed.
    // The first two editions made anew were laid out while the pages rendered (EarlyPdfs).
    assertThat(details).containsExactly("8 PDFs, 4 from the cache, 2 laid out beside the pages");
    for (String pdf : older) {
      assertThat(Files.readAllBytes(site.resolve(pdf))).as(pdf).isEqualTo(Files.readAllBytes(again.resolve(pdf)));
    }
    assertThat(Files.readAllBytes(site.resolve("ko/briefings/2024-11-01-" + THIRD + ".ko.pdf")))
        .isEqualTo(Files.readAllBytes(again.resolve("ko/briefings/2024-11-01-" + THIRD + ".ko.pdf")));
  }

  @Test
  void aLinkToAMissingBriefingIsReportedAtItsPosition() {
    Path project = SeriesProject.copyTo(dir.resolve("project"), false);
    String file = "data/texts/" + SECOND + ".en.md";
    ShippedProject.replace(project, file, "briefing:ai-money-war-2024-03-28", "briefing:ai-money-war-2024-03-29");
    Result<Briefing> result = new BriefingBuild(BuildListener.silent()).check(project);
    assertThat(result.problems().stream().map(Problem::toString).toList()).containsExactly(
        ShippedProject.positionOf(project, file, "briefing:ai-money-war-2024-03-29")
            + ": error: expected the slug of a briefing in data/texts/ after 'briefing:', found "
            + "'ai-money-war-2024-03-29'");
  }

  @Test
  void aTextMayNotShowAFactDatedAfterIt() {
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    String file = "data/texts/" + SECOND + ".ko.md";
    ShippedProject.replace(project, file, "{{valuation:anthropic-2024-03}}", "{{valuation:anthropic-fixture-2024-10}}");
    Result<Briefing> result = new BriefingBuild(BuildListener.silent()).check(project);
    assertThat(result.problems().stream().map(Problem::toString).toList()).containsExactly(
        ShippedProject.positionOf(project, file, "{{valuation:anthropic-fixture-2024-10}}")
            + ": error: expected a figure dated on or before the briefing's date 2024-06-01, found "
            + "{{valuation:anthropic-fixture-2024-10}} dated 2024-10 (a later fact belongs in a later briefing)");
  }

  @Test
  void linksBetweenBriefingsLeadToTheTwinOnTheSiteAndToTheWebAddressElsewhere() throws IOException {
    Path site = BuiltSite.series();
    Document page = Jsoup.parse(read(site, "ko/briefings/" + SECOND + ".html"));
    assertThat(page.select("article.story a").eachAttr("href").stream().map(h -> at("ko/briefings/" + SECOND + ".html", h)))
        .contains("ko/briefings/" + FIRST + ".html");
    String url = "https://example.org/ai-money-war/ko/briefings/" + FIRST + ".html";
    assertThat(read(site, "ko/feed.xml")).contains("href=&quot;" + url + "&quot;");
    try (PdfFile pdf = PdfFile.open(site.resolve("ko/briefings/2024-06-01-" + SECOND + ".ko.pdf"))) {
      assertThat(pdf.links().stream().map(PdfFile.Link::uri).toList()).contains(url);
    }
  }

  @Test
  void feedsCarryEveryEditionWithAbsoluteLinksDatesAndItsPdf() throws IOException {
    Path site = BuiltSite.series();
    for (String code : List.of("ko", "en")) {
      Document feed = Jsoup.parse(read(site, code + "/feed.xml"), "", Parser.xmlParser());
      assertThat(feed.select("entry")).hasSize(4);
      assertThat(feed.select("entry > published").eachText()).containsExactly(NEWEST_DATE + "T00:00:00Z",
          "2024-11-01T00:00:00Z", "2024-06-01T00:00:00Z", "2024-03-28T00:00:00Z");
      assertThat(feed.select("entry > updated")).hasSize(4);
      assertThat(feed.select("entry > link[type=application/pdf]").eachAttr("href")).containsExactly(
          "https://example.org/ai-money-war/" + code + "/briefings/" + NEWEST + "." + code + ".pdf",
          "https://example.org/ai-money-war/" + code + "/briefings/2024-11-01-" + THIRD + "." + code + ".pdf",
          "https://example.org/ai-money-war/" + code + "/briefings/2024-06-01-" + SECOND + "." + code + ".pdf",
          "https://example.org/ai-money-war/" + code + "/briefings/" + FIRST + "." + code + ".pdf");
      List<String> links = new ArrayList<>(feed.select("[href]").eachAttr("href"));
      for (Element content : feed.select("content")) {
        Document html = Jsoup.parse(content.text());
        links.addAll(html.select("[href]").eachAttr("href"));
        links.addAll(html.select("[src]").eachAttr("src"));
      }
      assertThat(links).isNotEmpty().allSatisfy(href -> assertThat(href).matches("(https?|mailto):.*"));
    }
  }

  @Test
  void anEditionsPdfCarriesItsNumberDateAndWebAddress() throws IOException {
    Path site = BuiltSite.series();
    String url = "https://example.org/ai-money-war/en/briefings/" + SECOND + ".html";
    try (PdfFile pdf = PdfFile.open(site.resolve("en/briefings/2024-06-01-" + SECOND + ".en.pdf"))) {
      assertThat(pdf.text(1)).contains("No. 2 · June 1, 2024", url);
      assertThat(pdf.text(2).replaceAll("\\s+", " ")).contains("Earlier editions are at");
      String xmp = new String(pdf.document().getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains(url);
      assertThat(pdf.document().getDocumentInformation().getTitle())
          .isEqualTo("The AI Money War Briefing No.\u00a02 · June 1, 2024");
      assertThat(pdf.document().getDocumentInformation().getSubject()).isEqualTo("A second briefing, for tests");
    }
    try (PdfFile pdf = PdfFile.open(site.resolve("ko/briefings/2024-11-01-" + THIRD + ".ko.pdf"))) {
      assertThat(pdf.text(1)).contains("제3호 · 2024년 11월 1일");
    }
    // The first edition has no earlier ones to point to (a reader of No. 1 was sent to "earlier editions").
    try (PdfFile pdf = PdfFile.open(site.resolve("en/briefings/" + FIRST + ".en.pdf"))) {
      assertThat(pdf.text(2).replaceAll("\\s+", " ")).contains("All editions of this briefing are collected at").doesNotContain("Earlier editions");
    }
  }

  @Test
  void anEditionBeforeTheReportOfAFactCannotCiteTheFact() {
    // amazon-anthropic-2023 (September 2023) is cited from the seed article of 28 March 2024, at that
    // day's rate: a briefing of January 2024 could have cited neither, so it may not show the figure.
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    SeriesProject.write(project, "data/texts/early.en.md", """
        ---
        title: Early
        date: 2024-01-15
        summary: Before the report.
        ---

        Amazon committed {{investment:amazon-anthropic-2023}}: {{investment:amazon-anthropic-2023:krw}}.
        """);
    SeriesProject.write(project, "data/texts/early.ko.md", """
        ---
        title: 이른 브리핑
        date: 2024-01-15
        summary: 보도보다 앞선 브리핑.
        ---

        아마존은 {{investment:amazon-anthropic-2023}}를 약속했다.
        """);
    Result<BuildSummary> built = new BriefingBuild(BuildListener.silent()).build(project, dir.resolve("site"), false);
    String why = ": error: expected a figure on the record at the briefing's date 2024-01-15, found"
        + " {{investment:amazon-anthropic-2023}}: investment:amazon-anthropic-2023, whose source 'seed-2024-03-28' was"
        + " published 2024-03-28 (an edition cites only reports published by its date: cite a report of the time in"
        + " column 'source', or show the figure in a later briefing)";
    assertThat(built).isInstanceOf(Result.Failed.class);
    // A second figure of the row in the same text points to the first message by its place (errors
    // are listed by line, and the first one met may stand below it), not all of it again.
    assertThat(((Result.Failed<BuildSummary>) built).problems()).extracting(Object::toString)
        .containsExactlyInAnyOrder("data/texts/early.ko.md:7:6" + why, "data/texts/early.en.md:7:18" + why,
            "data/texts/early.en.md:7:56: error: expected a figure on the record at the briefing's date 2024-01-15,"
                + " found {{investment:amazon-anthropic-2023:krw}}: its row 'amazon-anthropic-2023' is not on it, as"
                + " said at 7:18");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void anEditionsOwnChartsAndHeadlinesAreCheckedWhereTheyAreWritten() {
    Path project = SeriesProject.copyTo(dir.resolve("project"), true);
    String ko = "data/texts/" + THIRD + ".ko.md";
    String en = "data/texts/" + THIRD + ".en.md";
    ShippedProject.replace(project, ko, "charts: valuations", "charts: valuation");
    ShippedProject.replace(project, en, "charts: valuations", "charts: valuation");
    String second = "data/texts/" + SECOND + ".en.md";
    ShippedProject.replace(project, second, "summary: The second briefing of a test series.",
        "summary: The second briefing of a test series.\nheadlines: valuation:anthropic-fixture-2024-10");
    ShippedProject.replace(project, "data/texts/" + SECOND + ".ko.md", "summary: 시리즈를 시험하는 두 번째 브리핑입니다.",
        "summary: 시리즈를 시험하는 두 번째 브리핑입니다.\nheadlines: valuation:anthropic-fixture-2024-10");
    Result<Briefing> result = new BriefingBuild(BuildListener.silent()).check(project);
    assertThat(result.problems().stream().map(Problem::toString).toList()).contains(
        // The value starts after "charts: ", in column 9.
        ShippedProject.positionOf(project, ko, "charts: valuation").replaceFirst(":1$", ":9")
            + ": error: expected the id of a chart in data/charts.csv in 'charts', found 'valuation'; did you mean 'valuations'?",
        ShippedProject.positionOf(project, second, "valuation:anthropic-fixture-2024-10")
            + ": error: expected a headline figure dated on or before the briefing's date 2024-06-01, found "
            + "valuation:anthropic-fixture-2024-10 dated 2024-10 (a later fact belongs in a later briefing)");
  }

  @Test
  void anEditionFromBeforeEveryDealBuildsWithoutTheChartsThatHaveNothingToDrawAndCannotAskForThem() throws IOException {
    // A new user's first edition came before every deal of the record: check said ok, and build died
    // with "No value present" while drawing its charts.
    Path project = ShippedProject.copyTo(dir.resolve("early"));
    for (String lang : List.of("ko", "en")) {
      Files.writeString(project.resolve("data/texts/early-2020-01-15." + lang + ".md"),
          "---\ntitle: Early " + lang + "\ndate: 2020-01-15\nsummary: Before any deal.\n---\n\nNo figures yet.\n",
          StandardCharsets.UTF_8);
    }
    assertThat(new BriefingBuild(BuildListener.silent()).check(project).problems()).isEmpty();
    Path site = dir.resolve("early-site");
    Result<com.moneywar.briefing.pipeline.BuildSummary> built = new BriefingBuild(BuildListener.silent())
        .build(project, site, false);
    assertThat(built.problems()).isEmpty();
    org.jsoup.nodes.Document early = org.jsoup.Jsoup.parse(site.resolve("en/briefings/early-2020-01-15.html").toFile(),
        "UTF-8");
    assertThat(early.select("figure")).as("no chart of nothing").isEmpty();
    // Asked for by name, a chart with nothing to draw then is an error where it is named.
    String en = "data/texts/early-2020-01-15.en.md";
    ShippedProject.replace(project, en, "summary: Before any deal.", "summary: Before any deal.\ncharts: money-flows");
    ShippedProject.replace(project, "data/texts/early-2020-01-15.ko.md", "summary: Before any deal.",
        "summary: Before any deal.\ncharts: money-flows");
    assertThat(new BriefingBuild(BuildListener.silent()).check(project).problems().stream().map(Problem::toString))
        .contains(ShippedProject.positionOf(project, en, "charts: money-flows").replaceFirst(":1$", ":9")
            + ": error: expected a chart with something to draw on the record as of the briefing's date 2020-01-15,"
            + " found 'money-flows' (a money-flows chart), for which the record holds nothing to draw by then; leave it"
            + " out of this briefing's 'charts'");
  }
}
