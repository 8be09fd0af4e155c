package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.testing.ChartTexts;
import java.io.ByteArrayInputStream;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A new user's Google segment of 2025 in the cumulative chart, $1.5 billion of which $1 billion is
 * reported: only its top was hatched, but its label "구글 / 15억달러" sat across the edge between
 * the hatched part and the plain one, on a plate of the segment's colour, covering the plain part,
 * and the whole segment read as reported. No label crosses that edge: the amount goes in the plain
 * part, else beside the bar. (The new user's figures, as in {@link PaidInLabelsTest}.)
 */
class CumulativeHatchTest {
  private static final Pattern TRANSLATE = Pattern.compile("translate\\(\\s*(-?[\\d.]+)[\\s,]+(-?[\\d.]+)\\s*\\)");

  /** The dashed outlines of hatched parts in a chart SVG, in the chart's coordinates (not the legend's key). */
  static List<Rectangle2D> hatchedParts(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList rects = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getElementsByTagNameNS("*", "rect");
    List<Rectangle2D> parts = new ArrayList<>();
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (!r.getAttribute("style").contains("stroke-dasharray")) {
        continue;
      }
      double dx = 0;
      double dy = 0;
      for (Node n = r; n instanceof Element e; n = n.getParentNode()) {
        Matcher m = TRANSLATE.matcher(e.getAttribute("transform"));
        if (m.find()) {
          dx += Double.parseDouble(m.group(1));
          dy += Double.parseDouble(m.group(2));
        }
      }
      Rectangle2D part = new Rectangle2D.Double(Double.parseDouble(r.getAttribute("x")) + dx,
          Double.parseDouble(r.getAttribute("y")) + dy, Double.parseDouble(r.getAttribute("width")),
          Double.parseDouble(r.getAttribute("height")));
      if (part.getWidth() != 14 || part.getHeight() != 14) {
        parts.add(part);
      }
    }
    return parts;
  }

  @Test
  void noLabelCrossesTheEdgeBetweenAHatchedPartAndThePlainOne() throws Exception {
    Briefing b = new Briefing(PaidInLabelsTest.B.config(), PaidInLabelsTest.B.sources(), PaidInLabelsTest.B.companies(),
        PaidInLabelsTest.B.rates(), PaidInLabelsTest.ROWS, List.of(), List.of(), PaidInLabelsTest.B.rounds(), List.of(),
        PaidInLabelsTest.B.stories(), PaidInLabelsTest.B.charts());
    ChartSpec spec = b.charts().stream().filter(c -> c.kind() == ChartKind.CUMULATIVE).findFirst().orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, b, lang);
      String google = lang == Lang.KO ? "15억달러" : "$1.5 billion";
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<ChartTexts.Text> texts = ChartTexts.of(svg);
        List<Rectangle2D> hatched = hatchedParts(svg);
        String where = lang + " " + (svg == image.svg() ? "wide" : "narrow") + " " + texts + " " + hatched;
        // Google's segment of 2025 is hatched at its top only: a part less tall than the segment.
        assertThat(hatched).as(where).hasSize(1);
        Rectangle2D part = hatched.get(0);
        double edge = part.getMaxY();
        for (ChartTexts.Text t : texts) {
          boolean across = t.minY() < edge - 0.5 && t.maxY() > edge + 0.5
              && t.maxX() > part.getMinX() && t.minX() < part.getMaxX();
          assertThat(across).as(t + " across the edge of " + part + " in " + where).isFalse();
        }
        // Its amount is still said: in the plain part or beside the bar.
        assertThat(texts).as(where).anyMatch(t -> t.text().endsWith(google));
      }
    }
  }
}
