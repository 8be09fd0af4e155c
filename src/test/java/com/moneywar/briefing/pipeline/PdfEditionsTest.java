package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.PdfFile;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.VeraPdf;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF editions of the shipped briefing, read as a reader, a screen reader and an archive would. */
class PdfEditionsTest {
  private static Path site;

  @BeforeAll
  static void buildShippedBriefing() {
    site = BuiltSite.shipped();
  }

  /** The newest edition's PDF, which {@code briefing.LANG.pdf} is a copy of. */
  private static Path pdf(String lang) {
    return site.resolve(lang + "/briefing." + lang + ".pdf");
  }

  /** The PDF of edition {@code slug}. */
  private static Path pdf(String lang, String slug) {
    return site.resolve(lang + "/briefings/" + slug + "." + lang + ".pdf");
  }

  @Test
  void listsTheRatesItsWonFiguresWereConvertedAtWithTheirDateAndSource() {
    // On the site a won figure shows its rate when pointed at; on paper a reader had no way to find it.
    try (PdfFile ko = PdfFile.open(pdf("ko", ShippedProject.SEED)); PdfFile en = PdfFile.open(pdf("en", ShippedProject.SEED))) {
      String koText = String.join("\n", ko.pageTexts()).replaceAll("\\s+", " ");
      String enText = String.join("\n", en.pageTexts()).replaceAll("\\s+", " ");
      // The seed article's rates are its own arithmetic (basis 'implied'), and the list says so.
      assertThat(koText).contains("원화 환산에 쓴 환율", "1달러 = 1,349원 (2024년 3월 28일, 국내 언론 보도(원문 기사) 환산 기준)",
          "1달러 = 1,346원 (2024년 3월 28일, 국내 언론 보도(원문 기사) 환산 기준)");
      assertThat(enText).contains("Exchange rates of the won figures",
          "$1 = ₩1,349 (March 28, 2024, as converted by Korean press report (seed article))");
    }
  }

  @Test
  void listsEachSourceWithItsTitleAndLeavesOutATitleTheFontCannotDraw(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // A reader of the paper edition should find a report by its headline, as on the site's sources page.
    try (PdfFile en = PdfFile.open(pdf("en"))) {
      assertThat(String.join("\n", en.pageTexts()).replaceAll("\\s+", " "))
          .contains("Bloomberg (via NDTV Profit), “Amazon Invests An Additional $4 Billion In AI Firm Anthropic”, November 22, 2024");
    }
    // A Chinese headline would print '#' for every character: the PDF lists the outlet and date, the site the title.
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, "data/sources.csv", "Amazon Invests An Additional $4 Billion In AI Firm Anthropic",
        "亚马逊向Anthropic追加投资40亿美元");
    Path built = dir.resolve("site");
    BuildSummary summary = new BriefingBuild(BuildListener.silent()).build(project, built).orElseThrow();
    // The build says so, naming the source (walk 73's Hanja headlines went without a word).
    assertThat(summary.warnings()).singleElement().asString()
        .contains("source 'bloomberg-2024-11-22'", "(亚马逊向追)", "the PDF editions list that source without its title");
    try (PdfFile en = PdfFile.open(built.resolve("en/briefing.en.pdf"))) {
      String text = String.join("\n", en.pageTexts()).replaceAll("\\s+", " ");
      assertThat(text).contains("Bloomberg (via NDTV Profit), November 22, 2024").doesNotContain("亚马逊");
    }
    assertThat(Files.readString(built.resolve("en/sources.html"), StandardCharsets.UTF_8)).contains("亚马逊向Anthropic追加投资40亿美元");
  }

  @Test
  void aChartTallerThanWideFitsItsPageWithItsHeadingsAndLeavesNoPageBlank(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // A TEST FIXTURE: valuations in pounds and yen too, so the valuations chart has three panels, one
    // above the other. A new user's PDF left a page blank, then the headings alone on the next one.
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.addFixtureSource(project, "fixture-2025-11");
    Files.writeString(project.resolve("data/valuations.csv"), String.join("\n",
        "fixture-gbp-1,scale-ai,1000000000,GBP,exact,2025-06,fixture-2025-11,none,,시험용.,Fixture.,,,",
        "fixture-gbp-2,scale-ai,2000000000,GBP,exact,2025-09,fixture-2025-11,none,,시험용.,Fixture.,,,",
        "fixture-jpy-1,mistral-ai,100000000000,JPY,exact,2025-06,fixture-2025-11,none,,시험용.,Fixture.,,,",
        "fixture-jpy-2,mistral-ai,300000000000,JPY,exact,2025-09,fixture-2025-11,none,,시험용.,Fixture.,,,") + "\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path built = BuiltSite.build(project, dir.resolve("site"));
    for (String lang : List.of("ko", "en")) {
      try (PdfFile pdf = PdfFile.open(built.resolve(lang + "/briefing." + lang + ".pdf"))) {
        List<String> pages = pdf.pageTexts();
        String header = ShippedProject.messages(lang).get("print.charts");
        int charts = -1;
        for (int i = 1; i < pages.size(); i++) {
          // Every page but the cover says more than its running header and its page number.
          assertThat(pages.get(i).lines().filter(l -> !l.isBlank()).count()).as(lang + " page " + (i + 1)).isGreaterThan(3);
          if (pages.get(i).contains(header)) {
            charts = i; // the last page naming it: the contents name it first
          }
        }
        assertThat(charts).as("the charts section").isPositive();
        // The section's heading shares its page with the first drawing.
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
            built.resolve(lang + "/briefing." + lang + ".pdf").toFile())) {
          PDPage page = doc.getPage(charts);
          assertThat(page.getResources().getXObjectNames()).as(lang + ": a drawing on the page of the section's heading")
              .isNotEmpty();
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void isSmallEnoughToSendByEMail(String lang) throws IOException {
    try (var files = Files.list(site.resolve(lang + "/briefings"))) {
      List<Path> editions = files.filter(f -> f.toString().endsWith(".pdf")).toList();
      assertThat(editions).isNotEmpty().allSatisfy(pdf -> assertThat(Files.size(pdf)).as(pdf.toString())
          .isLessThan(1_000_000L));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void passesVeraPdfForPdfUa1AndPdfA3u(String lang) throws IOException {
    byte[] bytes = Files.readAllBytes(pdf(lang));
    assertThat(VeraPdf.failures(bytes, "ua1")).as("PDF/UA-1").isEmpty();
    assertThat(VeraPdf.failures(bytes, "3u")).as("PDF/A-3u").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void isSmallerThanOneAndAHalfMegabytes(String lang) throws IOException {
    assertThat(Files.size(pdf(lang))).isLessThan(1_500_000L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void bookmarksMirrorEveryHeadingAndOpenItsPage(String lang) throws IOException {
    // Every edition's PDF, each with its own story's headings and its own charts.
    for (String slug : ShippedProject.slugs()) {
      bookmarksMirrorEveryHeadingAndOpenItsPage(lang, slug);
    }
  }

  private static void bookmarksMirrorEveryHeadingAndOpenItsPage(String lang, String slug) throws IOException {
    Properties t = messages(lang);
    List<String> story = storyHeadings(lang, slug);
    List<String> expected = new ArrayList<>();
    expected.add("1 " + config().getProperty("title." + lang));
    expected.add("1 " + t.getProperty("print.contents"));
    expected.add("1 " + t.getProperty("headlines.title"));
    expected.add("1 " + story.get(0));
    story.subList(1, story.size()).forEach(h -> expected.add("2 " + h));
    expected.add("1 " + t.getProperty("print.charts"));
    chartTitles(lang, slug).forEach(h -> expected.add("2 " + h));
    // The rates' list, when the edition shows a won figure: on its web page, one with its rate on
    // demand, in the prose or among the key figures.
    if (!page(lang + "/briefings/" + slug + ".html").select("main .figure[title], main .krw[title]").isEmpty()) {
      expected.add("1 " + t.getProperty("rates.title"));
    }
    expected.add("1 " + t.getProperty("sources.title"));

    try (PdfFile file = PdfFile.open(pdf(lang, slug))) {
      assertThat(file.document().getDocumentCatalog().getPageMode()).as("opens with its outline shown")
          .isEqualTo(org.apache.pdfbox.pdmodel.PageMode.USE_OUTLINES);
      List<PdfFile.Bookmark> bookmarks = file.bookmarks();
      assertThat(bookmarks).as(slug).extracting(b -> b.depth() + " " + b.title()).containsExactlyElementsOf(expected);
      // A chart's page reads "Chart N" above the drawing, which carries the title (drawn, not text).
      List<String> charts = chartTitles(lang, slug);
      for (PdfFile.Bookmark b : bookmarks) {
        int chart = b.depth() == 2 ? charts.indexOf(b.title()) : -1;
        String shown = chart < 0 ? b.title() : t.getProperty("print.chart").replace("{n}", String.valueOf(chart + 1));
        assertThat(flat(file.text(b.page()))).as("page %d, opened by bookmark '%s'", b.page(), b.title())
            .contains(flat(shown));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void contentsGiveEachSectionsPageAndLinkToIt(String lang) {
    try (PdfFile file = PdfFile.open(pdf(lang))) {
      List<PdfFile.Bookmark> bookmarks = file.bookmarks();
      String contentsTitle = messages(lang).getProperty("print.contents");
      int contentsPage = bookmarks.stream().filter(b -> b.title().equals(contentsTitle)).findFirst().orElseThrow().page();
      List<PdfFile.Bookmark> listed = bookmarks.subList(2, bookmarks.size()); // all after the contents heading

      List<String> entries = new ArrayList<>();
      Matcher m = Pattern.compile("(?m)^(.+?) ?\\.{3,} ?(\\d+)\\s*$").matcher(file.text(contentsPage));
      while (m.find()) {
        entries.add(m.group(1).strip() + " → " + m.group(2));
      }
      assertThat(entries).containsExactlyElementsOf(listed.stream().map(b -> b.title() + " → " + b.page()).toList());

      // One line per entry, top to bottom; openhtmltopdf links the title and the page number alike.
      var linksByLine = new java.util.TreeMap<Integer, Set<Integer>>();
      // (The page's other links are web addresses: the archive, in the note under the contents.)
      file.links().stream().filter(l -> l.page() == contentsPage && l.uri() == null).forEach(l ->
          linksByLine.computeIfAbsent(Math.round(l.top()), k -> new java.util.TreeSet<>()).add(l.target()));
      assertThat(linksByLine.values()).extracting(Set::toString)
          .containsExactlyElementsOf(listed.stream().map(b -> "[" + b.page() + "]").toList());
    }
  }

  @Test
  void everyPageButTheCoverSaysWhichPageOfHowManyInItsLanguage() {
    for (String lang : List.of("ko", "en")) {
      try (PdfFile file = PdfFile.open(pdf(lang))) {
        int n = file.pages();
        assertThat(n).isGreaterThanOrEqualTo(4);
        assertThat(file.text(1)).doesNotContain(pageOf(lang, 1, n));
        for (int p = 2; p <= n; p++) {
          assertThat(file.text(p)).as("page %d of the %s edition", p, lang).contains(pageOf(lang, p, n));
          assertThat(file.text(p)).contains(config().getProperty("title." + lang));
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void chartsAreDrawnAsVectorsAndCarryTheirAltText(String lang) throws IOException {
    for (String slug : ShippedProject.slugs()) {
      chartsAreDrawnAsVectorsAndCarryTheirAltText(lang, slug);
    }
  }

  private static void chartsAreDrawnAsVectorsAndCarryTheirAltText(String lang, String slug) throws IOException {
    // The PDF is the edition: its charts are the edition page's, as of its date (the home page's
    // show the whole record).
    List<String> alts = page(lang + "/briefings/" + slug + ".html").select(".edition-figures .chart figure img")
        .eachAttr("alt");
    assertThat(alts).isNotEmpty();
    try (PdfFile file = PdfFile.open(pdf(lang, slug))) {
      List<String> figures = new ArrayList<>();
      collectFigureAlts(file.document().getDocumentCatalog().getStructureTreeRoot(), figures);
      assertThat(figures).as(slug).containsExactlyElementsOf(alts);
      for (PDPage page : file.document().getPages()) {
        for (var name : page.getResources().getXObjectNames()) {
          assertThat(page.getResources().getXObject(name)).as("a bitmap image").isNotInstanceOf(PDImageXObject.class);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void metadataNamesTitleAuthorSubjectKeywordsAndLanguage(String lang) {
    Properties config = config();
    // The seed briefing's own PDF: the first edition.
    try (PdfFile file = PdfFile.open(pdf(lang, ShippedProject.SEED))) {
      var info = file.document().getDocumentInformation();
      // An edition's title names the series, its number and date; its subject is the briefing's title.
      assertThat(info.getTitle()).isEqualTo(config.getProperty("title." + lang)
          + (lang.equals("ko") ? " 제1호 · 2024년 3월 28일" : " No.\u00a01 · March 28, 2024"));
      assertThat(info.getAuthor()).isEqualTo(config.getProperty("publisher." + lang));
      assertThat(info.getSubject()).startsWith(lang.equals("ko") ? "아마존, 앤스로픽" : "Amazon completes");
      // No spending was on the record in March 2024.
      assertThat(info.getKeywords()).doesNotContain(messages(lang).getProperty("print.keywords.spending"));
    }
    // briefing.LANG.pdf is the newest edition, the second.
    try (PdfFile file = PdfFile.open(pdf(lang))) {
      var info = file.document().getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo(config.getProperty("title." + lang)
          + (lang.equals("ko") ? " 제2호 · 2025년 11월 28일" : " No.\u00a02 · November 28, 2025"));
      assertThat(info.getAuthor()).isEqualTo(config.getProperty("publisher." + lang));
      assertThat(info.getSubject()).startsWith(lang.equals("ko") ? "판이 커진 ‘AI 쩐의 전쟁’" : "The AI money war grows");
      // The keywords name the kinds of fact the edition's record holds: valuations, talent offers and,
      // by November 2025, capital spending (a new user's PDF without talent offers was filed under "talent").
      java.util.Properties words = messages(lang);
      assertThat(info.getKeywords()).isEqualTo(words.getProperty("print.keywords") + ", "
          + words.getProperty("print.keywords.valuations") + ", " + words.getProperty("print.keywords.talent") + ", "
          + words.getProperty("print.keywords.spending")).contains("AI");
      assertThat(file.document().getDocumentCatalog().getLanguage()).isEqualTo(lang);
      assertThat(file.document().getPage(0).getMediaBox().getWidth()).as("A4 width in points").isCloseTo(595.3f,
          org.assertj.core.data.Offset.offset(0.5f));
    }
  }

  @Test
  void koreanLinesBreakOnlyBetweenWords() throws IOException {
    Set<String> words = words(page("ko/index.html").select("main").text());
    try (PdfFile file = PdfFile.open(pdf("ko"))) {
      List<String> lines = file.pageTexts().stream().flatMap(p -> Arrays.stream(p.split("\n")))
          .map(String::strip).filter(l -> !l.isEmpty()).toList();
      List<String> splits = wordsBrokenAcrossLines(lines, words);
      assertThat(splits).isEmpty();
      assertThat(koreanLineEnds(lines)).as("line ends checked").isGreaterThan(40);
    }
  }

  @Test
  void wordBreakCheckCatchesAKoreanWordBrokenAcrossLines() {
    Set<String> words = words("앤스로픽에 27억5000만달러를 추가 투자한다고 밝혔다");
    assertThat(wordsBrokenAcrossLines(List.of("앤스로픽에 27억5000만달러를 추가 투자한", "다고 밝혔다"), words))
        .containsExactly("투자한|다고");
    assertThat(wordsBrokenAcrossLines(List.of("앤스로픽에 27억5000만달러를 추가", "투자한다고 밝혔다"), words)).isEmpty();
  }

  /**
   * Line ends where the last word of a line and the first of the next, put together without a
   * space, are part of one word of the source: a word broken in two. Only joins that touch Hangul.
   */
  static List<String> wordsBrokenAcrossLines(List<String> lines, Set<String> words) {
    List<String> broken = new ArrayList<>();
    for (int i = 0; i + 1 < lines.size(); i++) {
      String tail = lastWord(lines.get(i));
      String head = firstWord(lines.get(i + 1));
      if (touchesHangul(tail, head) && words.stream().anyMatch(w -> w.contains(tail + head))) {
        broken.add(tail + "|" + head);
      }
    }
    return broken;
  }

  private static long koreanLineEnds(List<String> lines) {
    long n = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (touchesHangul(lastWord(lines.get(i)), firstWord(lines.get(i + 1)))) {
        n++;
      }
    }
    return n;
  }

  private static boolean touchesHangul(String tail, String head) {
    return !tail.isEmpty() && !head.isEmpty()
        && (isHangul(tail.codePointBefore(tail.length())) || isHangul(head.codePointAt(0)));
  }

  private static boolean isHangul(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
  }

  private static String lastWord(String line) {
    String[] w = line.split("\\s+");
    return w[w.length - 1];
  }

  private static String firstWord(String line) {
    return line.split("\\s+")[0];
  }

  private static Set<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
  }

  private static String pageOf(String lang, int page, int pages) {
    return lang.equals("ko") ? pages + "쪽 중 " + page + "쪽" : "Page " + page + " of " + pages;
  }

  private static void collectFigureAlts(PDStructureNode node, List<String> into) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement e) {
        if ("Figure".equals(e.getStructureType())) {
          into.add(e.getAlternateDescription());
        }
        collectFigureAlts(e, into);
      }
    }
  }

  /** The story's title and its Markdown {@code ##} headings, in order. */
  private static List<String> storyHeadings(String lang, String slug) throws IOException {
    List<String> headings = new ArrayList<>();
    {
      Path text = ShippedProject.ROOT.resolve("data/texts/" + slug + "." + lang + ".md");
      for (String line : Files.readAllLines(text, StandardCharsets.UTF_8)) {
        if (line.startsWith("title: ") && headings.isEmpty()) {
          headings.add(line.substring("title: ".length()).strip());
        } else if (line.startsWith("## ")) {
          headings.add(line.substring(3).strip());
        }
      }
    }
    return headings;
  }

  /** Chart titles as the web page's captions give them ("Title." in bold). */
  private static List<String> chartTitles(String lang, String slug) throws IOException {
    return page(lang + "/briefings/" + slug + ".html").select(".edition-figures .chart figcaption strong").eachText().stream()
        .map(s -> s.replaceFirst("\\.$", "")).toList();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private static String flat(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static Properties config() {
    return properties(ShippedProject.ROOT.resolve("briefing.properties"));
  }

  private static Properties messages(String lang) {
    return properties(ShippedProject.ROOT.resolve("templates/messages/" + lang + ".properties"));
  }

  private static Properties properties(Path file) {
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
      return p;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
