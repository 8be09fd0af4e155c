package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.pipeline.BuildSummary;
import com.moneywar.briefing.fonts.BundledFont;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.Source;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.MoneyFormat;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.SvgRaster;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Builds the shipped briefing and checks every chart as a reader's tools meet it: as an SVG file,
 * as pixels, as a CSV download and as the words on the page. Expected numbers are recomputed here
 * from the model with plain loops, independently of the chart code.
 */
class ShippedChartsTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";
  private static final Path PNG_DIR = ShippedProject.ROOT.resolve("target/chart-png");

  @TempDir static Path out;
  private static Path site;
  private static Briefing briefing;

  @BeforeAll
  static void buildShippedBriefing() throws IOException {
    site = out.resolve("site");
    Result<BuildSummary> result = new BriefingBuild(BuildListener.silent()).build(ShippedProject.ROOT, site);
    assertThat(result).isInstanceOf(Result.Ok.class);
    briefing = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    Files.createDirectories(PNG_DIR);
  }

  private static Path file(Lang lang, ChartSpec spec, String extension) {
    Path folder = site.resolve(lang.code() + "/charts");
    return extension.equals("svg") ? BuiltSite.chartSvg(folder, spec.id()) : folder.resolve(spec.id() + "." + extension);
  }

  @Test
  void everyDeclaredChartIsOnBothHomePagesWithAltTextCaptionSourceTableAndDownload() throws IOException {
    assertThat(briefing.charts()).hasSizeGreaterThanOrEqualTo(4);
    for (Lang lang : Lang.values()) {
      Document page = Jsoup.parse(site.resolve(lang.code() + "/index.html").toFile(), "UTF-8");
      for (ChartSpec spec : briefing.charts()) {
        assertThat(file(lang, spec, "svg")).isRegularFile();
        assertThat(file(lang, spec, "csv")).isRegularFile();
        var img = page.selectFirst(".chart figure img[src=charts/" + file(lang, spec, "svg").getFileName() + "]");
        assertThat(img).as(lang + " " + spec.id()).isNotNull();
        var figure = img.closest(".chart");
        assertThat(img.attr("alt")).isNotBlank();
        assertThat(figure.select("figcaption").text()).contains(spec.title().in(lang), spec.caption().in(lang));
        assertThat(figure.select(".source").text()).startsWith(lang == Lang.KO ? "출처: " : "Source");
        assertThat(figure.select("a[href=charts/" + spec.id() + ".csv]")).hasSize(1);
        int csvRows = csv(file(lang, spec, "csv")).size() - 1;
        assertThat(figure.select("table tbody tr")).as("table rows of " + spec.id()).hasSize(csvRows);
      }
    }
  }

  @Test
  void aSourceLineNamesEachOutletOnceHoweverManyOfItsReportsTheRowsCite() {
    List<Valuation> rows = briefing.valuations();
    assertThat(rows.stream().map(Valuation::source).distinct().count()).isGreaterThan(2);
    // Every report from one outlet: the line names it once (the sources page lists each report).
    Briefing oneOutlet = new Briefing(briefing.config(), briefing.sources().stream().map(s -> new Source(s.id(),
        new Localized("로이터", "Reuters"), s.title(), s.url(), s.published(), Optional.empty(), s.language())).toList(),
        briefing.companies(), briefing.rates(), briefing.investments(), rows, briefing.talent(), briefing.rounds(),
        briefing.flows(), briefing.stories(), briefing.charts());
    assertThat(SourceLine.of(oneOutlet, rows, new ChartWording(oneOutlet, Lang.EN))).isEqualTo("Source: Reuters");
    assertThat(SourceLine.of(oneOutlet, rows, new ChartWording(oneOutlet, Lang.KO))).isEqualTo("출처: 로이터");
    assertThat(SourceLine.of(briefing, rows, new ChartWording(briefing, Lang.EN))).startsWith("Sources: ")
        .contains("; ");
  }

  @Test
  void everyChartFileParsesAsSvgWithEveryElementInTheSvgNamespace() throws Exception {
    for (Lang lang : Lang.values()) {
      for (ChartSpec spec : briefing.charts()) {
        byte[] bytes = Files.readAllBytes(file(lang, spec, "svg"));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("xmlns=\"\"");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // A DOCTYPE could make a parser fetch a DTD from the network: the files must have none.
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        org.w3c.dom.Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
        // 420 high or more; a spending chart's horizontal bars are as tall as they need, no less than a title and a bar.
        assertThat(svg.getDocumentElement().getAttribute("viewBox"))
            .matches(spec.kind() == ChartKind.SPENDING ? "0 0 720 ([1-9]\\d\\d)" : "0 0 720 (4[2-9]\\d|[5-9]\\d\\d)");
        NodeList all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
          assertThat(all.item(i).getNamespaceURI()).as(all.item(i).getNodeName()).isEqualTo(SVG_NS);
        }
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
            .isEqualTo(spec.title().in(lang));
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "path").getLength()).as("shapes").isGreaterThan(15);
      }
    }
  }

  @Test
  void everyChartRendersToPixelsThatAreNotBlank() throws IOException {
    for (Lang lang : Lang.values()) {
      for (ChartSpec spec : briefing.charts()) {
        BufferedImage image = SvgRaster.of(Files.readAllBytes(file(lang, spec, "svg")), spec.id());
        ImageIO.write(image, "png", PNG_DIR.resolve(lang.code() + "-" + spec.id() + ".png").toFile());
        GlyphPainter ink = GlyphPainter.of(image);
        // Words, grid and marks cover a few per cent of a chart; a chart drawn blank covers none.
        assertThat(ink.share()).as(lang + " " + spec.id() + " inked share").isGreaterThan(0.015);
        assertThat(ink.colours()).as(lang + " " + spec.id() + " colours").isGreaterThan(20);
        // Every shipped chart draws its paid-in bars in the theme's dark navy or its companies in
        // the palette's colours.
        long marked = ink.near(ChartTheme.PAID);
        for (java.awt.Color c : ChartTheme.PALETTE) {
          marked = Math.max(marked, ink.near(c));
        }
        assertThat(marked).as(lang + " " + spec.id() + " navy or palette pixels").isGreaterThan(300);
      }
    }
  }

  @Test
  void theSameChartWithEmptyNamespacesPutBackWouldRenderBlank() throws IOException {
    // Shows that the pixel test above can fail: XChart's raw SVG marks child elements xmlns="",
    // which SVG engines ignore; such a chart draws nothing but its white background.
    String svg = Files.readString(file(Lang.KO, briefing.charts().get(0), "svg"), StandardCharsets.UTF_8);
    String raw = svg.replace("<g ", "<g xmlns=\"\" ").replace("<path ", "<path xmlns=\"\" ");
    GlyphPainter ink = GlyphPainter.of(SvgRaster.of(raw.getBytes(StandardCharsets.UTF_8), "the chart"));
    // It fails the pixel test: (almost) nothing but the background is drawn. How little exactly
    // depends on the XML parser on the classpath, so the thresholds are those of the test above.
    assertThat(ink.share()).isLessThan(0.015);
    assertThat(ink.near(ChartTheme.PAID)).isLessThan(300);
  }

  /** What a rendered chart covers: the share of non-white pixels, the distinct colours, pixels of a colour. */
  private record GlyphPainter(int[] pixels) {
    static GlyphPainter of(BufferedImage image) {
      return new GlyphPainter(image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth()));
    }

    double share() {
      return Arrays.stream(pixels).filter(p -> ((p >> 16) & 0xff) < 200 || ((p >> 8) & 0xff) < 200 || (p & 0xff) < 200)
          .count() / (double) pixels.length;
    }

    long colours() {
      return Arrays.stream(pixels).map(p -> p & 0xffffff).distinct().count();
    }

    long near(java.awt.Color colour) {
      return Arrays.stream(pixels).filter(p -> Math.abs(((p >> 16) & 0xff) - colour.getRed())
          + Math.abs(((p >> 8) & 0xff) - colour.getGreen()) + Math.abs((p & 0xff) - colour.getBlue()) < 30).count();
    }
  }

  @Test
  void theSameDataGivesTheSameChartBytes() throws IOException {
    for (Lang lang : Lang.values()) {
      List<ChartImage> first = new ChartRenderer().render(briefing, lang);
      List<ChartImage> second = new ChartRenderer().render(briefing, lang);
      for (int i = 0; i < first.size(); i++) {
        assertThat(second.get(i).svg()).isEqualTo(first.get(i).svg());
        assertThat(Files.readAllBytes(file(lang, briefing.charts().get(i), "svg"))).isEqualTo(first.get(i).svg());
      }
    }
  }

  @Test
  void chartBytesDoNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      for (Lang lang : Lang.values()) {
        List<byte[]> bytes = new ArrayList<>();
        for (Locale locale : List.of(Locale.KOREA, Locale.US, Locale.GERMANY)) {
          Locale.setDefault(locale); // German writes 3,64 for 3.64: the SVG must not
          bytes.add(new ChartRenderer().render(briefing, lang).get(1).svg());
        }
        assertThat(bytes.get(1)).isEqualTo(bytes.get(0));
        assertThat(bytes.get(2)).isEqualTo(bytes.get(0));
      }
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void eachCsvDownloadHoldsExactlyTheNumbersBehindItsChart() throws IOException {
    for (Lang lang : Lang.values()) {
      for (ChartSpec spec : briefing.charts()) {
        // The shipped charts plot every row of their table; the recomputation below relies on it.
        assertThat(spec.currency()).isEmpty();
        List<List<String>> expected = switch (spec.kind()) {
          case MONEY_FLOWS -> moneyFlows(lang);
          case VALUATIONS -> valuations(lang);
          case CUMULATIVE -> cumulative(lang);
          case TALENT -> talent(spec, lang);
          case TIMELINE -> timeline(lang);
          case SPENDING -> spending(lang);
        };
        List<List<String>> actual = csv(file(lang, spec, "csv"));
        assertThat(actual.get(0)).hasSize(expected.get(0).size());
        if (spec.kind() == ChartKind.MONEY_FLOWS) {
          // Ten pairs whose names do not all fit under their bars: the largest are drawn, each exactly.
          assertThat(actual.size() - 1).isBetween(Shortlist.FEWEST_FLOWS, expected.size());
          // Each pair drawn is exactly a pair of the data; the "others" row (no investee) adds up exactly
          // the pairs of its currency that are not drawn one by one.
          List<List<String>> pairs = actual.subList(1, actual.size()).stream().filter(r -> !r.get(1).isEmpty()).toList();
          assertThat(normalised(expected)).as(lang + " " + spec.id()).containsAll(normalised(pairs));
          for (List<String> others : actual.subList(1, actual.size()).stream().filter(r -> r.get(1).isEmpty()).toList()) {
            BigDecimal rest = expected.stream().filter(r -> r.get(2).equals(others.get(2)))
                .filter(r -> !normalised(pairs).contains(normalised(List.of(r)).get(0)))
                .map(r -> new BigDecimal(r.get(3))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(new BigDecimal(others.get(3))).as("others " + others).isEqualByComparingTo(rest);
          }
          continue;
        }
        if (spec.kind() == ChartKind.TIMELINE) {
          // Every deal, once, in date order: its date and who paid whom.
          assertThat(actual.subList(1, actual.size()).stream().map(r -> r.subList(0, 3)).toList())
              .as(lang + " " + spec.id()).containsExactlyElementsOf(expected.subList(1, expected.size()));
          continue;
        }
        if (spec.kind() == ChartKind.CUMULATIVE) {
          // Six investors: the smallest are added up as "others", so compare each period's total.
          assertThat(periodTotals(actual.subList(1, actual.size()), 4)).as(lang + " " + spec.id())
              .isEqualTo(periodTotals(expected, 4));
          // The part not confirmed (empty for none) adds up to the payments not confirmed.
          assertThat(periodTotals(actual.subList(1, actual.size()), 6)).as(lang + " " + spec.id())
              .isEqualTo(periodTotals(expected, 6));
          continue;
        }
        assertThat(normalised(actual.subList(1, actual.size())))
            .as(lang + " " + spec.id())
            .containsExactlyInAnyOrderElementsOf(normalised(expected));
      }
    }
  }

  @Test
  void altTextStatesTheFiguresInEachLanguagesStyle() {
    for (Lang lang : Lang.values()) {
      MoneyFormat format = lang == Lang.KO ? MoneyFormat.korean() : MoneyFormat.english();
      Map<ChartKind, String> alt = new LinkedHashMap<>();
      new ChartRenderer().render(briefing, lang).forEach(c ->
          alt.put(briefing.charts().stream().filter(s -> s.id().equals(c.name())).findFirst().orElseThrow().kind(),
              c.alt()));
      // Each line is stated from its first value to its last.
      Map<String, List<Valuation>> lines = new LinkedHashMap<>();
      briefing.valuations().forEach(v -> lines.computeIfAbsent(v.company(), c -> new ArrayList<>()).add(v));
      for (List<Valuation> line : lines.values()) {
        line.sort(Comparator.comparing(Valuation::date));
        assertThat(alt.get(ChartKind.VALUATIONS)).contains(format.format(line.get(0).amount()),
            format.format(line.get(line.size() - 1).amount()));
      }
      // Anthropic's first value states no basis and its latest is post-money: no multiple between them.
      assertThat(alt.get(ChartKind.VALUATIONS)).contains(lang == Lang.KO
          ? "앤스로픽은 2023년 41억달러, 2025년 3월 615억달러(기준이 달라 배수는 계산하지 않았다)"
          : "Anthropic: $4.1 billion in 2023, $61.5 billion in March 2025 (on different bases, so no multiple is given)");
      assertThat(alt.get(ChartKind.VALUATIONS)).contains(lang == Lang.KO ? "290억달러(추정치)" : "$29 billion (estimate)");
      // The data table says "estimate" once, in its basis column (a new user read "추정치 … (추정치·보도)").
      assertThat(new ChartRenderer().render(briefing, lang).stream().filter(c -> c.name().equals("valuations"))
          .findFirst().orElseThrow().shownTable()).anySatisfy(row -> assertThat(row.subList(2, 4))
              .isEqualTo(lang == Lang.KO ? List.of("추정치", "290억달러") : List.of("estimate", "$29 billion")));
      // The note under the chart says so too: a new user saw a line end without its multiple and no word why.
      assertThat(new ChartRenderer().render(briefing, lang).stream().filter(c -> c.name().equals("valuations"))
          .findFirst().orElseThrow().caption()).contains(lang == Lang.KO
              ? "처음과 마지막 값의 기준이 달라 배수를 적지 않았다." : "first and last values are on different bases.")
          .contains(lang == Lang.KO ? "앤스로픽" : "Anthropic");
      List<List<String>> drawn = new ChartRenderer().render(briefing, lang).stream()
          .filter(c -> c.name().equals("money-flows")).findFirst().orElseThrow().table();
      for (List<String> row : drawn.subList(1, drawn.size())) {
        assertThat(alt.get(ChartKind.MONEY_FLOWS)).contains(row.get(0), row.get(1));
      }
      // What was paid in says how firm it is, apart from the commitment: SoftBank's payment is only reported.
      List<List<String>> shown = new ChartRenderer().render(briefing, lang).stream()
          .filter(c -> c.name().equals("money-flows")).findFirst().orElseThrow().shownTable();
      assertThat(shown).anySatisfy(row -> assertThat(row.subList(1, 3)).isEqualTo(lang == Lang.KO
          ? List.of("최대 약 305억달러(일부 보도)", "약 5억달러(보도)")
          : List.of("up to about $30.5 billion (partly reported)", "about $500 million (reported)")));
      // Each pair's totals keep their bounds: a sum with a ceiling in it is that ceiling, an approximate one "about".
      assertThat(alt.get(ChartKind.MONEY_FLOWS)).contains(lang == Lang.KO
          ? List.of("마이크로소프트는 오픈AI에 최대 140억달러를 투자했다", "소프트뱅크그룹은 오픈AI에 약속한 최대 약 305억달러 가운데 약 5억달러를 투자했다(일부 보도, 실제 투자액은 보도).",
              "엔비디아는 앤스로픽에 최대 100억달러를 약속했고, 실제 투자액은 아직 기록되지 않았다", "아마존은 앤스로픽에 약속한 80억달러 가운데 40억달러를",
              "10쌍 가운데 통화별로 약속한 금액이 큰 6쌍만 그렸다", "메타는 스케일AI 지분 49%를 143억달러에 사들였다",
              "기타 4쌍은 합쳐 최대 약 83억5000만달러를 약속했고 약 18억5000만달러를 투자했다")
          : List.of("Microsoft invested up to $14 billion in OpenAI", "about $500 million of the up to about $30.5 billion it committed to OpenAI (partly reported; payments reported)",
              "Nvidia has committed up to $10 billion to Anthropic; no payment is on record yet", "Amazon has paid in $4 billion of the $8 billion",
              "Meta bought a 49% stake in Scale AI for $14.3 billion",
              "Microsoft invested up to $14 billion in OpenAI (partly reported)"));
      assertThat(alt.get(ChartKind.TALENT)).contains(format.format(briefing.talent().get(0).amount()));
    }
  }

  @Test
  void everyWordOfEveryChartHasAGlyphInTheBundledFont() throws Exception {
    Font font;
    try (InputStream in = BundledFont.REGULAR_TTF.open()) {
      font = Font.createFont(Font.TRUETYPE_FONT, in);
    }
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        List<String> words = new ArrayList<>(List.of(chart.title(), chart.alt(), chart.caption(), chart.sourceLine()));
        chart.shownTable().forEach(words::addAll);
        for (String text : words) {
          assertThat(font.canDisplayUpTo(text)).as(text).isEqualTo(-1);
        }
      }
    }
  }

  // ---- expected numbers, recomputed from the model ----

  private static String name(String companyId, Lang lang) {
    return briefing.company(companyId).orElseThrow().name().in(lang);
  }

  private static List<Investment> tranchesOf(Investment commitment) {
    return briefing.investments().stream().filter(t -> t.partOf().equals(Optional.of(commitment.id()))).toList();
  }

  /** Money actually paid in: the invested rows nothing else is part of (a replacing commitment has a part). */
  private static List<Investment> payments() {
    List<Investment> paid = new ArrayList<>();
    for (Investment i : briefing.investments()) {
      boolean hasParts = i.replaces().isPresent() || !tranchesOf(i).isEmpty();
      if (!hasParts && i.status() == InvestmentStatus.INVESTED) {
        paid.add(i);
      }
    }
    return paid;
  }

  /** Per pair: the rows that count as committed (nothing replaces them, not a tranche) and as paid in. */
  private static List<List<String>> moneyFlows(Lang lang) {
    Map<List<String>, List<List<Investment>>> rows = new LinkedHashMap<>();
    for (Investment i : briefing.investments()) {
      boolean replaced = briefing.investments().stream().anyMatch(o -> o.replaces().equals(Optional.of(i.id())));
      if (i.kind() == InvestmentKind.TRANCHE || replaced) {
        continue;
      }
      rows.computeIfAbsent(List.of(name(i.investor(), lang), name(i.investee(), lang),
          i.amount().currency().getCurrencyCode()), k -> List.of(new ArrayList<>(), new ArrayList<>())).get(0).add(i);
    }
    for (Investment p : payments()) {
      rows.get(List.of(name(p.investor(), lang), name(p.investee(), lang), p.amount().currency().getCurrencyCode()))
          .get(1).add(p);
    }
    List<List<String>> out = new ArrayList<>();
    // A stake bought is drawn as a pair whose committed and paid-in amounts are its price.
    for (com.moneywar.briefing.model.Flow f : briefing.flows()) {
      if (f.flowKind() == com.moneywar.briefing.model.FlowKind.STAKE) {
        List<String> row = new ArrayList<>(List.of(name(f.from(), lang), name(f.to(), lang),
            f.amount().currency().getCurrencyCode()));
        for (int i = 0; i < 2; i++) {
          row.addAll(List.of(f.amount().amount().toPlainString(), f.bound().code(), f.amount().amount().toPlainString(),
              f.amount().amount().toPlainString()));
        }
        row.addAll(List.of(f.reporting().claim().code(), f.reporting().claim().code()));
        out.add(row);
      }
    }
    rows.forEach((k, v) -> {
      List<String> row = new ArrayList<>(k);
      for (List<Investment> part : v) {
        if (part.isEmpty() && part == v.get(1)) {
          // No payment on record: empty, not 0 (which would say nothing was paid).
          row.addAll(List.of("", "", "", ""));
          continue;
        }
        InvestmentTree.Total t = InvestmentTree.Total.of(part, java.util.Currency.getInstance(k.get(2)));
        BigDecimal point = part.stream().map(i -> i.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        // A ceiling with an approximate part is written as its words say: "up to about".
        row.addAll(List.of(point.toPlainString(), t.approximateCeiling() ? "up-to-about" : t.bound().code(),
            t.low().amount().toPlainString(), t.high().map(h -> h.amount().toPlainString()).orElse("")));
      }
      // How firm each total is: its rows' claim statuses, in their order (none for nothing paid).
      for (List<Investment> part : v) {
        row.add(part.stream().map(i -> i.reporting().claim().code()).distinct().collect(Collectors.joining(" ")));
      }
      out.add(row);
    });
    return out;
  }

  /**
   * Every investment nothing replaces that is not a tranche nor an investor's share of a round drawn,
   * every closed round but one whose money a commitment holds (a share of it is a tranche), and every
   * flow: one row each, in date order (investments, rounds, flows on one day).
   */
  private static List<List<String>> timeline(Lang lang) {
    List<com.moneywar.briefing.model.MoneyFact> deals = new ArrayList<>();
    List<String> rounds = briefing.rounds().stream()
        .filter(r -> briefing.investments().stream().noneMatch(i -> i.round().equals(Optional.of(r.id()))
            && i.kind() == InvestmentKind.TRANCHE))
        .map(com.moneywar.briefing.model.Round::id).toList();
    for (Investment i : briefing.investments()) {
      boolean replaced = briefing.investments().stream().anyMatch(o -> o.replaces().equals(Optional.of(i.id())));
      if (i.kind() != InvestmentKind.TRANCHE && !replaced && !i.round().map(rounds::contains).orElse(false)) {
        deals.add(i);
      }
    }
    briefing.rounds().stream().filter(r -> rounds.contains(r.id())).forEach(deals::add);
    // Every flow but OpenAI's all-stock purchase of io: no money was paid.
    briefing.flows().stream().filter(f -> f.payment() != com.moneywar.briefing.model.Payment.STOCK).forEach(deals::add);
    deals.sort(Comparator.comparing(com.moneywar.briefing.model.MoneyFact::date));
    List<List<String>> out = new ArrayList<>();
    out.add(List.of("date", "from", "to", "kind", "currency", "amount", "bound", "high", "claim"));
    for (com.moneywar.briefing.model.MoneyFact d : deals) {
      // A round has no one giver: the table leaves the cell empty.
      String from = d instanceof Investment i ? i.investor()
          : d instanceof com.moneywar.briefing.model.Round ? "" : ((com.moneywar.briefing.model.Flow) d).from();
      String to = d instanceof Investment i ? i.investee()
          : d instanceof com.moneywar.briefing.model.Round r ? r.investee() : ((com.moneywar.briefing.model.Flow) d).to();
      List<String> row = new ArrayList<>(List.of(d.date().toString(), from.isEmpty() ? "" : name(from, lang),
          name(to, lang)));
      out.add(row);
    }
    return out;
  }

  /** Period, as-of date and currency → the sum of the series' amounts. */
  private static Map<List<String>, BigDecimal> periodTotals(List<List<String>> rows, int column) {
    Map<List<String>, BigDecimal> totals = new TreeMap<>(Comparator.comparing(Object::toString));
    for (List<String> r : rows) {
      totals.merge(List.of(r.get(0), r.get(1), r.get(2)),
          r.get(column).isEmpty() ? BigDecimal.ZERO : new BigDecimal(r.get(column)), BigDecimal::add);
    }
    totals.replaceAll((k, v) -> v.stripTrailingZeros());
    return totals;
  }

  private static List<List<String>> valuations(Lang lang) {
    // A denial is never plotted; a range keeps its upper end, and every row its status.
    return briefing.valuations().stream().filter(v -> v.reporting().claim() != ClaimStatus.DENIED)
        .map(v -> List.of(name(v.company(), lang), v.date().toString(), v.basis().code(),
        v.amount().currency().getCurrencyCode(), v.amount().amount().toPlainString(), v.bound().code(),
        v.reporting().high().map(h -> h.amount().toPlainString()).orElse(""), v.reporting().claim().code())).toList();
  }

  private static List<List<String>> cumulative(Lang lang) {
    Map<String, List<Investment>> byCurrency = new TreeMap<>();
    payments().forEach(p -> byCurrency.computeIfAbsent(p.amount().currency().getCurrencyCode(), c -> new ArrayList<>())
        .add(p));
    List<List<String>> rows = new ArrayList<>();
    byCurrency.forEach((currency, paid) -> {
      int first = paid.stream().mapToInt(p -> p.date().year()).min().orElseThrow();
      int last = paid.stream().mapToInt(p -> p.date().year()).max().orElseThrow();
      PartialDate latest = paid.stream().map(Investment::date).max(PartialDate::compareTo).orElseThrow();
      Set<String> investors = new java.util.LinkedHashSet<>();
      paid.forEach(p -> investors.add(p.investor()));
      for (int year = first; year <= last; year++) {
        for (String investor : investors) {
          BigDecimal sum = BigDecimal.ZERO;
          BigDecimal unconfirmed = BigDecimal.ZERO;
          for (Investment p : paid) {
            if (p.investor().equals(investor) && p.date().year() <= year) {
              sum = sum.add(p.amount().amount());
              if (p.reporting().claim() != ClaimStatus.CONFIRMED) {
                unconfirmed = unconfirmed.add(p.amount().amount());
              }
            }
          }
          rows.add(List.of(Integer.toString(year), year == last ? latest.toString() : year + "-12-31", currency,
              name(investor, lang), sum.toPlainString(), "", unconfirmed.toPlainString()));
        }
      }
    });
    return rows;
  }

  private static List<List<String>> talent(ChartSpec spec, Lang lang) {
    TalentOffer offer = briefing.talentOffer(spec.rows().get(0).id()).orElseThrow();
    List<List<String>> rows = new ArrayList<>();
    for (var ref : spec.compare()) {
      assertThat(ref.kind()).isEqualTo("investment");
      Investment i = briefing.investment(ref.id()).orElseThrow();
      rows.add(List.of(name(i.investor(), lang) + " → " + name(i.investee(), lang),
          i.amount().currency().getCurrencyCode(), i.amount().amount().toPlainString(),
          offer.amount().amount().toPlainString(),
          i.amount().amount().divide(offer.amount().amount(), 2, RoundingMode.HALF_UP).toPlainString(),
          TalentChart.CountBound.of(i, offer).code));
    }
    return rows;
  }

  /**
   * The shipped spending chart names no rows: the latest plan of each company for 2025 (Meta's
   * October figure, not the three it revised), not Microsoft's for fiscal 2025.
   */
  private static List<List<String>> spending(Lang lang) {
    List<List<String>> rows = new ArrayList<>();
    for (String id : List.of("meta-capex-2025-10", "amazon-capex-2025-10")) {
      com.moneywar.briefing.model.Spending s = briefing.spending(id).orElseThrow();
      rows.add(List.of(name(s.company(), lang), "2025", "capex", "planned", "USD", s.amount().amount().toPlainString(),
          s.bound().code(), s.reporting().high().map(h -> h.amount().toPlainString()).orElse(""), "confirmed",
          s.date().toString()));
    }
    return rows;
  }

  /** Numbers compared by value (4000000000 = 4.0E9 = 4000000000.00), everything else as text. */
  private static List<List<String>> normalised(List<List<String>> rows) {
    return rows.stream().map(r -> r.stream().map(cell -> {
      try {
        return new BigDecimal(cell).stripTrailingZeros().toPlainString();
      } catch (NumberFormatException e) {
        return cell;
      }
    }).toList()).toList();
  }

  private static List<List<String>> csv(Path file) throws IOException {
    CsvMapper mapper = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    List<String[]> rows = mapper.readerFor(String[].class).with(CsvSchema.emptySchema())
        .<String[]>readValues(Files.readAllBytes(file)).readAll();
    return rows.stream().map(Arrays::asList).toList();
  }

  @Test
  void aPointBeforeTheFirstTickHasItsYearAtTheAxissStart() {
    // New users saw a value of June 2024 left of "1월 2025년", with no year of its own anywhere on the axis.
    // The shipped narrow valuations chart ticks by year from 2024; its 2023 values stand left of that tick.
    ChartImage valuations = new ChartRenderer().render(briefing, Lang.KO).stream()
        .filter(c -> c.name().equals("valuations")).findFirst().orElseThrow();
    List<com.moneywar.briefing.testing.ChartTexts.Text> texts = com.moneywar.briefing.testing.ChartTexts.of(
        valuations.narrowSvg());
    com.moneywar.briefing.testing.ChartTexts.Text start = texts.stream().filter(t -> t.text().equals("2023년"))
        .findFirst().orElseThrow();
    com.moneywar.briefing.testing.ChartTexts.Text tick = texts.stream().filter(t -> t.text().equals("2024년"))
        .findFirst().orElseThrow();
    assertThat(Math.abs(start.minY() - tick.minY())).as("on the line of the years").isLessThan(1);
    assertThat(start.maxX()).isLessThan(tick.minX());
  }
}
