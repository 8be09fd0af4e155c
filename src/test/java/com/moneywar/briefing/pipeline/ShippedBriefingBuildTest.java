package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the briefing this repository ships and reads the real outputs as a reader's tools would. */
class ShippedBriefingBuildTest {
  @TempDir static Path out;
  private static Path site;

  @BeforeAll
  static void buildShippedBriefing() {
    site = out.resolve("site");
    BuiltSite.build(ShippedProject.ROOT, site);
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  @Test
  void writesBothHomePagesThatLinkToEachOther() throws IOException {
    Document ko = page("ko/index.html");
    Document en = page("en/index.html");
    assertThat(ko.selectFirst("html").attr("lang")).isEqualTo("ko");
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(ko.select("a[hreflang=en]").attr("href")).isEqualTo("../en/index.html");
    assertThat(en.select("a[hreflang=ko]").attr("href")).isEqualTo("../ko/index.html");
    assertThat(ko.select("link[rel=alternate][hreflang]").eachAttr("hreflang")).contains("ko", "en");
    assertThat(page("index.html").select("a[href]").eachAttr("href")).contains("ko/index.html", "en/index.html");
  }

  @Test
  void showsTheArticlesFiguresInEachLanguagesStyle() throws IOException {
    String ko = page("ko/briefings/ai-money-war-2024-03-28.html").select("main").text();
    String en = page("en/briefings/ai-money-war-2024-03-28.html").select("main").text();
    assertThat(ko).contains("27억5000만달러(약 3조7100억원)", "40억달러(약 5조4000억원)", "130억달러(약 17조5000억원)",
        "최대 184억달러(약 25조원)", "860억달러(약 116조원)", "20억유로(약 2조8900억원)", "최대 100만달러(약 13억4600만원)",
        "20억달러(약 2조7000억원)", "1500만유로",
        // The multiple over a ceiling ('up to' USD 18.4 billion) is a ceiling too.
        "1년도 안 돼 최대 4.5배로 뛰었다");
    assertThat(en).contains("$2.75 billion (about ₩3.71 trillion)", "$13 billion", "€15 million",
        "up to $18.4 billion (about ₩25 trillion)", "March 27, 2024", "a jump of up to 4.5 times");
    assertThat(ko + en).doesNotContain("{{", "}}");
  }

  @Test
  void anEditionLinksItsNeighboursAndTheArchiveInWordsThatCannotBeTakenForANeighbour() throws IOException {
    // On a first edition, a card headed "지난 브리핑" (the archive's title) beside "다음 호" read as a
    // previous edition, and an empty one.
    Document first = page("ko/briefings/" + ShippedProject.slugs().get(0) + ".html");
    assertThat(first.select("nav.edition-nav li.previous")).isEmpty();
    assertThat(first.select("nav.edition-nav li.next .dir").text()).isEqualTo("다음 호");
    assertThat(first.select("nav.edition-nav li.all a").text()).isEqualTo("모든 호 보기");
    assertThat(page("en/briefings/" + ShippedProject.slugs().get(1) + ".html").select("nav.edition-nav li.all a").text())
        .isEqualTo("All editions");
  }

  @Test
  void showsEachConvertedFiguresRateOnDemand() throws IOException {
    Element figure = page("ko/briefings/ai-money-war-2024-03-28.html").select("span.figure[title]").first();
    assertThat(figure).isNotNull();
    assertThat(figure.attr("title")).startsWith("환율 1달러 = 1,349원 (2024년 3월 28일");
  }

  @Test
  void drawsAChartPerLanguageWithAltTextAndItsNumbers() throws IOException {
    for (String lang : new String[] {"ko", "en"}) {
      Element img = page(lang + "/index.html").selectFirst(".chart img");
      assertThat(img).isNotNull();
      assertThat(img.attr("alt")).isNotBlank();
      Path svg = site.resolve(lang).resolve(img.attr("src"));
      String text = Files.readString(svg, StandardCharsets.UTF_8);
      assertThat(text).startsWith("<?xml").contains("<svg").doesNotContain("xmlns=\"\"");
      assertThat(text.split("<path", -1).length).as("shapes drawn").isGreaterThan(20);
      String csv = Files.readString(site.resolve(lang + "/charts/money-flows.csv"), StandardCharsets.UTF_8);
      // Amazon's commitment raised to 8 billion counts once; 13 billion plus "up to 1 billion" is up to 14
      // billion, its low and high ends kept in their columns.
      // (Google's 2 billion is among the smaller pairs the chart adds up as "others".)
      assertThat(csv).contains("8000000000,exact,8000000000,8000000000,4000000000,exact,4000000000,4000000000",
          "14000000000,up-to,13000000000,14000000000,14000000000,up-to,13000000000,14000000000",
          // Meta's 49% stake in Scale AI is among the largest deals: drawn as its own pair, never summed in.
          "14300000000,exact,14300000000,14300000000,14300000000,exact,14300000000,14300000000",
          // SoftBank's "up to about $30.5 billion" is a ceiling, as the chart says, not "about" alone.
          ",USD,30500000000,up-to-about,500000000,30500000000,");
    }
  }

  @Test
  void pdfEditionsGiveTheirTextBackWithEveryGlyphAndSpace() throws IOException {
    // The seed briefing's editions, whose text this quotes.
    String ko = pdfText("ko/briefings/ai-money-war-2024-03-28.ko.pdf");
    // Lines may break at any space, so compare with whitespace runs collapsed.
    assertThat(ko.replaceAll("\\s+", " ")).contains("아마존, 앤스로픽 투자 마무리", "27억5000만달러",
        "약 3조7100억원", "핵심 수치", "추가 투자한다고");
    assertThat(ko).doesNotContain("\u0000", "#");
    String en = pdfText("en/briefings/ai-money-war-2024-03-28.en.pdf");
    assertThat(en.replaceAll("\\s+", " ")).contains("$2.75 billion (about ₩3.71 trillion)", "Key figures");
    assertThat(en).doesNotContain("\u0000", "#");
  }

  @Test
  void pdfEditionsEmbedEveryFontAsASubsetAndCarryMetadata() throws IOException {
    for (String lang : new String[] {"ko", "en"}) {
     for (String slug : ShippedProject.slugs()) {
      try (PDDocument pdf = Loader.loadPDF(site.resolve(lang + "/briefings/" + slug + "." + lang + ".pdf").toFile())) {
        assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo(lang);
        int fonts = 0;
        for (PDPage page : pdf.getPages()) {
          for (var name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
            assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+Pretendard-.*");
            fonts++;
          }
        }
        assertThat(fonts).as("fonts used in the %s edition %s", lang, slug).isPositive();
      }
     }
    }
    try (PDDocument pdf = Loader.loadPDF(site.resolve("ko/briefings/ai-money-war-2024-03-28.ko.pdf").toFile())) {
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("AI 쩐의 전쟁 브리핑 제1호 · 2024년 3월 28일");
    }
    // briefing.ko.pdf is the newest edition's.
    try (PDDocument pdf = Loader.loadPDF(site.resolve("ko/briefing.ko.pdf").toFile())) {
      assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("AI 쩐의 전쟁 브리핑 제2호 · 2025년 11월 28일");
    }
  }

  @Test
  void theKeyFiguresOfAPdfStandApartTwoToARowEachRowLevel() throws IOException {
    // A new user's edition stacked three key figures in one column under one unbroken blue rule: the
    // PDF renderer dropped the bottom margin of the floats they were. Each figure's rule is a filled
    // rectangle at its left; the newest shipped edition has five figures.
    try (PDDocument pdf = Loader.loadPDF(site.resolve("ko/briefings/ai-money-war-2025-11-28.ko.pdf").toFile())) {
      java.util.List<java.awt.geom.Rectangle2D> rules = new java.util.ArrayList<>();
      for (PDPage page : pdf.getPages()) {
        rules.addAll(KeyFigureRules.of(page));
      }
      assertThat(rules).hasSize(5);
      double mm = 72 / 25.4;
      for (var a : rules) {
        for (var b : rules) {
          if (a != b && Math.abs(a.getX() - b.getX()) < 1 && b.getMinY() >= a.getMinY()) {
            // One column: apart by at least 3 mm (the style's 5 mm), never touching.
            assertThat(b.getMinY() - a.getMaxY()).as("gap between key figures in a column").isGreaterThan(3 * mm);
          }
        }
      }
      // Two to a row, each row's figures starting level: the tops of the two columns pair up.
      double leftX = rules.stream().mapToDouble(java.awt.geom.Rectangle2D::getX).min().orElseThrow();
      java.util.List<Double> left = rules.stream().filter(r -> r.getX() < leftX + 1)
          .map(java.awt.geom.Rectangle2D::getMinY).sorted().toList();
      java.util.List<Double> right = rules.stream().filter(r -> r.getX() >= leftX + 1)
          .map(java.awt.geom.Rectangle2D::getMinY).sorted().toList();
      assertThat(left).hasSize(3);
      assertThat(right).hasSize(2);
      for (int i = 0; i < right.size(); i++) {
        assertThat(right.get(i)).as("row %d starts level", i + 1).isCloseTo(left.get(i), org.assertj.core.data.Offset.offset(0.5));
      }
    }
  }

  /** The filled rectangles in the key figures' blue (#1d4e89) on a page: each figure's rule at its left. */
  private static final class KeyFigureRules extends org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine {
    private final java.util.List<java.awt.geom.Rectangle2D> found = new java.util.ArrayList<>();
    private final java.awt.geom.GeneralPath path = new java.awt.geom.GeneralPath();

    private KeyFigureRules(PDPage page) {
      super(page);
    }

    static java.util.List<java.awt.geom.Rectangle2D> of(PDPage page) throws IOException {
      KeyFigureRules engine = new KeyFigureRules(page);
      engine.processPage(page);
      return engine.found;
    }

    @Override
    public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
        java.awt.geom.Point2D p3) {
      path.moveTo(p0.getX(), p0.getY());
      path.lineTo(p1.getX(), p1.getY());
      path.lineTo(p2.getX(), p2.getY());
      path.lineTo(p3.getX(), p3.getY());
      path.closePath();
    }

    @Override
    public void fillPath(int windingRule) throws IOException {
      float[] rgb = getGraphicsState().getNonStrokingColor().getComponents();
      java.awt.geom.Rectangle2D box = path.getBounds2D();
      if (rgb.length == 3 && Math.abs(rgb[0] * 255 - 0x1d) < 2 && Math.abs(rgb[1] * 255 - 0x4e) < 2
          && Math.abs(rgb[2] * 255 - 0x89) < 2 && box.getWidth() < 5 && box.getHeight() > 20) {
        // Device space has y upwards: turn it so that a larger y is lower on the page, as on paper.
        double height = getPage().getMediaBox().getHeight();
        found.add(new java.awt.geom.Rectangle2D.Double(box.getX(), height - box.getMaxY(), box.getWidth(), box.getHeight()));
      }
      path.reset();
    }

    @Override public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {}
    @Override public void clip(int windingRule) { path.reset(); }
    @Override public void moveTo(float x, float y) { path.moveTo(x, y); }
    @Override public void lineTo(float x, float y) { path.lineTo(x, y); }
    @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { path.curveTo(x1, y1, x2, y2, x3, y3); }
    @Override public java.awt.geom.Point2D getCurrentPoint() { return path.getCurrentPoint(); }
    @Override public void closePath() { path.closePath(); }
    @Override public void endPath() { path.reset(); }
    @Override public void strokePath() { path.reset(); }
    @Override public void fillAndStrokePath(int windingRule) throws IOException { fillPath(windingRule); }
    @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
  }

  @Test
  void buildsTheSameBytesTwice() throws IOException {
    Path again = out.resolve("again");
    new BriefingBuild(BuildListener.silent()).build(ShippedProject.ROOT, again);
    assertThat(hashes(again)).isEqualTo(hashes(site));
  }

  @Test
  void leavesNoTemporaryFolderBehind() throws IOException {
    try (Stream<Path> list = Files.list(out)) {
      // Hidden beside each output: its marker file only, no staging or old folder.
      assertThat(list.filter(p -> p.getFileName().toString().startsWith("."))).allMatch(Files::isRegularFile)
          .allMatch(p -> p.getFileName().toString().endsWith(".briefing-site"));
    }
  }

  private static String pdfText(String path) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(site.resolve(path).toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true); // reading order, as pdftotext gives it
      return stripper.getText(pdf);
    }
  }

  private static Map<String, String> hashes(Path root) throws IOException {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        hashes.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
      }
    }
    return hashes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
