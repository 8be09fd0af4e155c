package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.FlowKind;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.testing.ChartTexts;
import java.io.ByteArrayInputStream;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A new user's timeline of neocloud and data-centre money, crowded at its right end in September
 * and October 2025: "핌코 → 비녜인베스터(메타·블루아울 합작 SPV) 약 180억달러" stood over the Nebius
 * diamond, its leader line a stub ending in the empty corner under its first line, short of its
 * words; and Microsoft's $17.4 billion with Nebius, the third-largest deal, had no name while
 * smaller ones had. (The new user's deals, as they entered them; their investments in the
 * joint venture are given here without the round they belong to.)
 */
class TimelineLabelTiesTest {
  private static final Briefing B = PaidInLabelsTest.B;
  private static final Pattern TRANSLATE = Pattern.compile("translate\\(\\s*(-?[\\d.]+)[\\s,]+(-?[\\d.]+)\\s*\\)");

  static Company company(String id, String ko, String en) {
    Company c = B.companies().get(0);
    return new Company(id, new Localized(ko, en), c.kind(), "US", Optional.empty(), Optional.empty(), c.source());
  }

  private static Reporting reporting(ClaimStatus claim) {
    return new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false);
  }

  static Flow flow(String id, FlowKind kind, String from, String to, String amount, Bound bound, String date,
      ClaimStatus claim) {
    return new Flow(id, kind, from, to, Optional.empty(), Money.of(amount, "USD"), bound,
        PartialDate.parse(date).orElseThrow(), B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(),
        reporting(claim));
  }

  private static Investment single(String id, String investor, String amount, Bound bound, String date,
      ClaimStatus claim) {
    return single(id, investor, "beignet", amount, "USD", bound, date, claim);
  }

  static Investment single(String id, String investor, String investee, String amount, String currency, Bound bound,
      String date, ClaimStatus claim) {
    return new Investment(id, investor, investee, InvestmentKind.SINGLE, Optional.empty(), Money.of(amount, currency),
        bound, InvestmentStatus.INVESTED, PartialDate.parse(date).orElseThrow(), B.sources().get(0).id(),
        Optional.empty(), 0, Localized.empty(), Optional.empty(), Optional.empty(), Optional.empty(), reporting(claim));
  }

  static Briefing neoclouds() {
    List<Company> companies = new ArrayList<>(B.companies());
    companies.addAll(List.of(company("coreweave", "코어위브", "CoreWeave"), company("nebius", "네비우스", "Nebius"),
        company("oracle", "오라클", "Oracle"), company("pimco", "핌코", "Pimco"),
        company("blackrock", "블랙록", "BlackRock"), company("blue-owl", "블루아울캐피털", "Blue Owl Capital"),
        company("beignet", "비녜인베스터(메타·블루아울 합작 SPV)", "Beignet Investor LLC (Meta–Blue Owl joint venture)")));
    List<Flow> flows = List.of(
        flow("ms-cw", FlowKind.COMPUTE_PURCHASE, "microsoft", "coreweave", "10000000000", Bound.ABOUT, "2024",
            ClaimStatus.REPORTED),
        flow("oa-cw-1", FlowKind.COMPUTE_PURCHASE, "openai", "coreweave", "11900000000", Bound.EXACT, "2025-03",
            ClaimStatus.CONFIRMED),
        flow("oa-cw-stake", FlowKind.STAKE, "openai", "coreweave", "350000000", Bound.EXACT, "2025-03",
            ClaimStatus.REPORTED),
        flow("oa-cw-2", FlowKind.COMPUTE_PURCHASE, "openai", "coreweave", "4000000000", Bound.EXACT, "2025-05",
            ClaimStatus.CONFIRMED),
        flow("oa-cw-3", FlowKind.COMPUTE_PURCHASE, "openai", "coreweave", "6500000000", Bound.UP_TO, "2025-09-25",
            ClaimStatus.CONFIRMED),
        flow("ms-nebius", FlowKind.COMPUTE_PURCHASE, "microsoft", "nebius", "17400000000", Bound.EXACT, "2025-09-08",
            ClaimStatus.CONFIRMED),
        flow("oa-oracle", FlowKind.COMPUTE_PURCHASE, "openai", "oracle", "300000000000", Bound.EXACT, "2025-09-10",
            ClaimStatus.REPORTED));
    List<Investment> investments = List.of(
        single("pimco", "pimco", "18000000000", Bound.ABOUT, "2025-10", ClaimStatus.REPORTED),
        single("blackrock", "blackrock", "3000000000", Bound.MORE_THAN, "2025-10", ClaimStatus.REPORTED),
        single("blue-owl", "blue-owl", "7000000000", Bound.ABOUT, "2025-10-21", ClaimStatus.CONFIRMED));
    // The new user's deals alone: no funding round of the shipped record among them.
    return new Briefing(B.config(), B.sources(), companies, B.rates(), investments, List.of(), List.of(), List.of(),
        flows, B.stories(), B.charts());
  }

  /**
   * The leader lines of a chart: hairlines (of the default width) drawn in the muted ink, in the
   * chart's coordinates; a legend key's line has a width of its own.
   */
  static List<Line2D> leaders(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList lines = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getElementsByTagNameNS("*", "line");
    java.awt.Color muted = ChartTheme.MUTED;
    String stroke = "stroke:rgb(" + muted.getRed() + "," + muted.getGreen() + "," + muted.getBlue() + ")";
    List<Line2D> found = new ArrayList<>();
    for (int i = 0; i < lines.getLength(); i++) {
      Element l = (Element) lines.item(i);
      if (!l.getAttribute("style").contains(stroke) || l.getAttribute("style").contains("stroke-width")) {
        continue;
      }
      double dx = 0;
      double dy = 0;
      for (Node n = l; n instanceof Element e; n = n.getParentNode()) {
        Matcher m = TRANSLATE.matcher(e.getAttribute("transform"));
        if (m.find()) {
          dx += Double.parseDouble(m.group(1));
          dy += Double.parseDouble(m.group(2));
        }
      }
      found.add(new Line2D.Double(Double.parseDouble(l.getAttribute("x1")) + dx,
          Double.parseDouble(l.getAttribute("y1")) + dy, Double.parseDouble(l.getAttribute("x2")) + dx,
          Double.parseDouble(l.getAttribute("y2")) + dy));
    }
    return found;
  }

  private static double gap(ChartTexts.Text t, double x, double y) {
    double dx = Math.max(0, Math.max(t.minX() - x, x - t.maxX()));
    double dy = Math.max(0, Math.max(t.minY() - y, y - t.maxY()));
    return Math.hypot(dx, dy);
  }

  @Test
  void aLeaderLineReachesTheWordsOfItsLabelAndTheLargestDealsAreNamed() throws Exception {
    ChartSpec spec = B.charts().stream().filter(c -> c.kind() == ChartKind.TIMELINE).findFirst().orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, neoclouds(), lang);
      byte[][] drawings = {image.svg(), image.narrowSvg()};
      for (int k = 0; k < 2; k++) {
        byte[] svg = drawings[k];
        List<ChartTexts.Text> texts = ChartTexts.of(svg);
        String where = lang + " " + (k == 0 ? "wide" : "narrow") + " " + texts;
        List<Line2D> leaders = leaders(svg);
        assertThat(leaders).as(where).isNotEmpty();
        for (Line2D leader : leaders) {
          // One end of it by the words of a label (the outlines of the glyphs start a few px inside
          // the line's box): never in the empty corner of a block.
          double near = texts.stream().mapToDouble(t -> Math.min(gap(t, leader.getX1(), leader.getY1()),
              gap(t, leader.getX2(), leader.getY2()))).min().orElseThrow();
          assertThat(near).as(leader.getP1() + "–" + leader.getP2() + " in " + where).isLessThan(6);
        }
      }
      // At full width the three largest deals are named: $300 billion, about $18 billion, $17.4 billion.
      List<String> wide = ChartTexts.of(image.svg()).stream().map(ChartTexts.Text::text).toList();
      for (String amount : lang == Lang.KO ? List.of("3000억달러", "약 180억달러", "174억달러")
          : List.of("$300 billion", "about $18 billion", "$17.4 billion")) {
        assertThat(wide).as(lang + " " + wide).anyMatch(t -> t.endsWith(amount));
      }
    }
  }
}
