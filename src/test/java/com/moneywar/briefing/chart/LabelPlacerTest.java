package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/** Where labels may go: inside the bounds, off every mark and label, and over their own pair. */
class LabelPlacerTest {
  private static final Font FONT = ChartTheme.load().bold(12f);

  @Test
  void aLabelKeptOverItsPairNeverLeansIntoTheNextPairsSlot() {
    // A new user's narrow chart put "up to $5 billion" (pair 4) over pair 5, whose own label had no room.
    LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(0, 0, 400, 300));
    placer.centreWithin(100, 140);
    double width = GlyphPainter.width("up to $5 billion", FONT);
    // From a bar at 200, centred or leaning either way, the label's centre is past 140: refused.
    assertThat(placer.placeLeaning("up to $5 billion", FONT, 200, 0, 100)).isEmpty();
    assertThat(placer.place("up to $5 billion", FONT, 120, 100)).isPresent()
        .get().satisfies(p -> assertThat(p.box().getCenterX()).isBetween(100.0, 140.0));
    assertThat(placer.placeBeside("$5 billion", FONT, 130, true, 200)).as("starting at 130, centred past 140")
        .isEmpty();
    assertThat(width).isGreaterThan(40);
  }
}
