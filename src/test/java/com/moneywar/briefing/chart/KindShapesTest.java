package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.TimelineChart.DealKind;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.style.markers.Marker;

/**
 * Each kind of deal on one timeline has a marker of its own, so that colour is never the only cue
 * (docs/charts.md). A new user's funding round and stake purchase were both triangles, told apart
 * by blue and purple alone.
 */
class KindShapesTest {
  private static Map<DealKind, Marker> shapes(Set<DealKind> drawn) {
    return KindShapes.of(DealKind.class, drawn, DealKind::marker);
  }

  @Test
  void aRoundAndAStakeOnOneChartHaveDifferentMarkers() {
    Map<DealKind, Marker> shapes = shapes(EnumSet.of(DealKind.ROUND, DealKind.STAKE));
    assertThat(shapes.get(DealKind.ROUND)).isSameAs(ChartTheme.marker(DealKind.ROUND.marker()));
    assertThat(mask(shapes.get(DealKind.STAKE))).isNotEqualTo(mask(shapes.get(DealKind.ROUND)));
  }

  @Test
  void aKindAloneKeepsItsOwnMarker() {
    for (DealKind kind : DealKind.values()) {
      assertThat(shapes(EnumSet.of(kind)).get(kind)).isSameAs(ChartTheme.marker(kind.marker()));
    }
  }

  @Test
  void everyKindOnOneChartLooksDifferent() {
    Map<DealKind, Marker> shapes = shapes(EnumSet.allOf(DealKind.class));
    List<String> masks = new ArrayList<>();
    for (DealKind kind : DealKind.values()) {
      masks.add(mask(shapes.get(kind)));
    }
    assertThat(masks).doesNotHaveDuplicates();
  }

  @Test
  void aHollowMarkIsARingOfItsShape() {
    // ValuationMarks.mark paints the shape, then a smaller copy of it in white: a spare shape must
    // leave a ring, not vanish or fill its whole box.
    for (Marker marker : KindShapes.SPARE) {
      BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = image.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 20, 20);
      ValuationMarks.mark(g, marker, Color.BLACK, 10, 10, true);
      g.dispose();
      int black = 0;
      for (int x = 0; x < 20; x++) {
        for (int y = 0; y < 20; y++) {
          black += image.getRGB(x, y) == Color.BLACK.getRGB() ? 1 : 0;
        }
      }
      assertThat(black).as("inked pixels of a hollow mark").isBetween(10, 100);
      assertThat(image.getRGB(10, 10)).as("its middle").isNotEqualTo(Color.BLACK.getRGB());
    }
  }

  /** The pixels a marker of the charts' size covers, as a string of 0s and 1s. */
  private static String mask(Marker marker) {
    BufferedImage image = new BufferedImage(20, 20, BufferedImage.TYPE_BYTE_BINARY);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    g.setColor(Color.WHITE);
    marker.paint(g, 10, 10, ChartTheme.MARKER_SIZE);
    g.dispose();
    StringBuilder sb = new StringBuilder();
    for (int y = 0; y < 20; y++) {
      for (int x = 0; x < 20; x++) {
        sb.append((image.getRGB(x, y) & 0xFFFFFF) != 0 ? '1' : '0');
      }
    }
    return sb.toString();
  }
}
