package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
import java.awt.Font;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The year of a time axis's last marks is on the axis: a new user's phone timeline ran from May 2024
 * to two deals of 6 and 7 January 2026 and ended at "10월", its January tick left out for want of
 * room, so the deals read as late 2025.
 */
class TimeAxisEndYearTest {
  private static final Font FONT = ChartTheme.load().regular(12f);

  private static TimeAxis axis(String... dates) {
    return TimeAxis.covering(java.util.Arrays.stream(dates).map(d -> PartialDate.parse(d).orElseThrow()).toList());
  }

  private static final int[] WIDTHS = java.util.stream.IntStream.rangeClosed(12, 32).map(i -> i * 10).toArray();

  @Test
  void theLastMarksYearIsWrittenAfterTheLastTickWhenNoTickCarriesIt() {
    TimeAxis axis = axis("2024-05-26", "2024-12-23", "2025-07-01", "2026-01-06", "2026-01-07");
    int written = 0;
    for (Lang lang : Lang.values()) {
      TimeAxisPainter painter = new TimeAxisPainter(axis, lang, FONT, 8);
      for (int width : WIDTHS) {
        List<TimeAxis.Tick> ticks = painter.ticks(width);
        boolean tick2026 = ticks.get(ticks.size() - 1).date().getYear() == 2026;
        // At every width from a phone's to a page's, 2026 is on the axis: as a tick, or after the last one.
        assertThat(tick2026 || painter.endYear(width).isPresent()).as(lang + " at " + width + " px: " + ticks).isTrue();
        if (!tick2026) {
          assertThat(painter.endYear(width)).contains(lang == Lang.KO ? "2026년" : "2026");
          written++;
        }
      }
    }
    assertThat(written).as("widths where the end year is needed").isPositive();
  }

  @Test
  void aTickThatWritesTheYearMakesTheEndYearNeedless() {
    TimeAxis axis = axis("2024-05-26", "2025-11-07");
    for (Lang lang : Lang.values()) {
      TimeAxisPainter painter = new TimeAxisPainter(axis, lang, FONT, 8);
      for (int width : WIDTHS) {
        assertThat(painter.endYear(width)).isEmpty();
      }
    }
  }

  @Test
  void onlyAMonthsTickGivesWayToTheEndYear() {
    for (TimeAxis axis : List.of(axis("2024-05-26", "2024-12-23", "2025-07-01", "2026-01-07"),
        axis("2023-03-01", "2024-06-01", "2025-05-01", "2026-01-07"))) {
      for (Lang lang : Lang.values()) {
        for (double overhang : new double[] {0, 8}) {
          TimeAxisPainter painter = new TimeAxisPainter(axis, lang, FONT, overhang);
          for (int width : WIDTHS) {
            java.util.function.DoubleUnaryOperator screen = x -> (x - axis.min()) / (axis.max() - axis.min()) * width;
            List<TimeAxis.Tick> all = axis.ticks(lang, FONT, screen, -overhang, width + overhang);
            List<TimeAxis.Tick> shown = painter.ticks(width);
            assertThat(all.subList(0, shown.size())).isEqualTo(shown);
            assertThat(all.subList(shown.size(), all.size())).allSatisfy(t -> assertThat(t.lines()).singleElement()
                .asString().doesNotMatch("\\d{4}년?"));
          }
        }
      }
    }
  }
  /**
   * The year of a first mark left of the first tick is on the axis at every width: a new user's phone
   * chart had a point of October 2024 left of "1월 2025년" and no 2024 anywhere, "2024년" having no room.
   */
  @Test
  void theStartYearIsWrittenBareWhereItsKoreanFormHasNoRoom() {
    TimeAxis axis = axis("2024-10-02", "2025-09-30", "2026-01-30");
    int bare = 0;
    for (Lang lang : Lang.values()) {
      TimeAxisPainter painter = new TimeAxisPainter(axis, lang, FONT, 8);
      for (int width = 150; width <= 400; width += 5) {
        org.knowm.xchart.XYChart chart = TimeAxisPainter.plot(ChartTheme.load(), axis, ValueAxis.log(1e9, 1e11, x -> ""));
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, 300,
            java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        chart.paint(g, width, 300);
        g.dispose();
        PanelGeometry at = new PanelGeometry(chart, ValueAxis.log(1e9, 1e11, x -> ""));
        List<TimeAxis.Tick> ticks = painter.ticks(at.right());
        if (ticks.isEmpty() || ticks.get(0).date().getYear() == 2024) {
          continue;
        }
        java.util.Optional<String> start = painter.startYear(ticks, at);
        assertThat(start).as(lang + " at " + width + " px: " + ticks).isPresent();
        if (lang == Lang.KO && start.get().equals("2024")) {
          bare++;
        }
      }
    }
    assertThat(bare).as("widths where only the bare year fits").isPositive();
  }

  /**
   * A new user's Korean panel, narrowed by its value axis's 100억싱가포르달러, ran from 2024 to deals of
   * February 2026 and had no room for 2026년 after 2025년: its years are then written bare, 2025 and
   * 2026 both on the axis, as the English panel beside it had them.
   */
  @Test
  void aKoreanAxisWritesItsYearsBareWhenOnlyThatLeavesRoomForTheLastYear() {
    TimeAxis axis = axis("2024", "2025-10-15", "2026-02-04");
    int bare = 0;
    for (int width = 100; width <= 200; width += 2) {
      Panel.XAxis chosen = new TimeAxisPainter(axis, Lang.KO, FONT, 0).alongside(List.of((double) width));
      TimeAxisPainter painter = (TimeAxisPainter) chosen;
      List<TimeAxis.Tick> ticks = painter.ticks(width);
      boolean tick2026 = !ticks.isEmpty() && ticks.get(ticks.size() - 1).date().getYear() == 2026;
      java.util.Optional<String> end = painter.endYear(width);
      if (end.filter("2026"::equals).isPresent()) {
        assertThat(ticks).as(width + " px").allSatisfy(t -> assertThat(t.lines()).noneMatch(l -> l.endsWith("년")));
        bare++;
      }
      if (width == 126) {
        assertThat(tick2026 || end.isPresent()).as("2026 at 126 px: " + ticks).isTrue();
      }
    }
    assertThat(bare).as("widths where only the bare years leave room for 2026").isPositive();
  }
}
