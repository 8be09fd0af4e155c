package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
import java.awt.Font;
import java.time.LocalDate;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The time scale: dates placed by days, ticks chosen to fit the width, labels that never touch. */
class TimeAxisTest {
  private static final Font FONT = ChartTheme.load().regular(12f);

  private static PartialDate date(String iso) {
    return PartialDate.parse(iso).orElseThrow();
  }

  private static DoubleUnaryOperator screen(TimeAxis axis, double width) {
    return x -> (x - axis.min()) / (axis.max() - axis.min()) * width;
  }

  private static TimeAxis.Step step(TimeAxis axis, Lang lang, double width) {
    return axis.step(lang, FONT, screen(axis, width), 0, width);
  }

  @Test
  void placesDatesByTheDaysBetweenThemNotByTheirRank() {
    // Three dates: the gap of nine months is three times the gap of three months, as on a calendar.
    double a = TimeAxis.x(date("2024-01-01"));
    double b = TimeAxis.x(date("2024-04-01"));
    double c = TimeAxis.x(date("2024-12-27"));
    assertThat(b - a).isEqualTo(91);
    assertThat(c - b).isEqualTo(270);
  }

  @Test
  void placesADateKnownToTheYearOrMonthInTheMiddleOfItsPeriod() {
    assertThat(TimeAxis.x(date("2023"))).isEqualTo(LocalDate.of(2023, 7, 1).toEpochDay());
    assertThat(TimeAxis.x(date("2024-03"))).isEqualTo(LocalDate.of(2024, 3, 15).toEpochDay());
    assertThat(TimeAxis.x(date("2024-03-27"))).isEqualTo(LocalDate.of(2024, 3, 27).toEpochDay());
  }

  @Test
  void coversEveryDayADateMayMean() {
    TimeAxis axis = TimeAxis.covering(List.of(date("2023"), date("2024-03")));
    assertThat(axis.from()).isBefore(LocalDate.of(2023, 1, 1));
    assertThat(axis.to()).isAfter(LocalDate.of(2024, 3, 31));
  }

  @Test
  void aSpanOfMonthsHasATickInItsFirstMonth() {
    // A new user's deals of 18 September to 18 November 2025: the first tick was "10월", and the
    // September deal sat left of it with no month on the axis.
    TimeAxis axis = TimeAxis.covering(List.of(date("2025-09-18"), date("2025-11-18")));
    for (Lang lang : Lang.values()) {
      assertThat(axis.ticks(lang, FONT, screen(axis, 600), 0, 600)).extracting(TimeAxis.Tick::date)
          .contains(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 1));
    }
    // A span of years keeps its ends.
    TimeAxis years = TimeAxis.covering(List.of(date("2023-05-18"), date("2025-11-18")));
    assertThat(years.from()).isAfter(LocalDate.of(2023, 4, 1));
  }

  @Test
  void choosesFinerTicksOnWiderPanelsAndShorterSpans() {
    TimeAxis threeYears = TimeAxis.covering(List.of(date("2023-01-10"), date("2025-11-19")));
    assertThat(step(threeYears, Lang.EN, 120)).isEqualTo(TimeAxis.Step.YEAR);
    assertThat(step(threeYears, Lang.EN, 600)).isIn(TimeAxis.Step.QUARTER, TimeAxis.Step.HALF_YEAR);
    TimeAxis oneYear = TimeAxis.covering(List.of(date("2024-01-10"), date("2024-11-19")));
    assertThat(step(oneYear, Lang.EN, 600)).isEqualTo(TimeAxis.Step.MONTH);
    TimeAxis decades = TimeAxis.covering(List.of(date("1990"), date("2025")));
    assertThat(step(decades, Lang.EN, 600)).isIn(TimeAxis.Step.TWO_YEARS, TimeAxis.Step.FIVE_YEARS);
    assertThat(step(decades, Lang.EN, 150)).isIn(TimeAxis.Step.FIVE_YEARS, TimeAxis.Step.DECADE);
  }

  @Test
  void labelsNeverTouchAtAnyWidthSpanOrLanguage() {
    List<List<PartialDate>> spans = List.of(
        List.of(date("2024-03-01"), date("2024-03-20")),
        List.of(date("2024-01"), date("2024-12")),
        List.of(date("2023"), date("2025-11-19")),
        List.of(date("2016-02-14"), date("2025-11")),
        List.of(date("1970"), date("2025")));
    for (List<PartialDate> span : spans) {
      TimeAxis axis = TimeAxis.covering(span);
      for (Lang lang : Lang.values()) {
        for (double width = 60; width <= 1200; width += 37) {
          List<TimeAxis.Tick> ticks = axis.ticks(lang, FONT, screen(axis, width), 0, width);
          assertThat(ticks).as(span + " " + lang + " " + width).isNotEmpty();
          // Measured here, not with the axis's own check: each line of labels, left to right, never touching.
          DoubleUnaryOperator at = screen(axis, width);
          int lines = ticks.stream().mapToInt(t -> t.lines().size()).max().orElse(0);
          for (int line = 0; line < lines; line++) {
            double right = Double.NEGATIVE_INFINITY;
            for (TimeAxis.Tick t : ticks) {
              if (t.lines().size() <= line) {
                continue;
              }
              double w = GlyphPainter.width(t.lines().get(line), FONT);
              double centre = at.applyAsDouble(TimeAxis.x(t.date()));
              assertThat(centre - w / 2).as(span + " " + lang + " " + width + " " + t).isGreaterThan(right);
              right = centre + w / 2;
            }
          }
          if (ticks.size() > 1) {
            for (TimeAxis.Tick t : ticks) {
              double centre = at.applyAsDouble(TimeAxis.x(t.date()));
              double half = t.lines().stream().mapToDouble(l -> GlyphPainter.width(l, FONT)).max().orElse(0) / 2;
              assertThat(centre - half).as("inside " + t).isGreaterThanOrEqualTo(-0.01);
              assertThat(centre + half).as("inside " + t).isLessThanOrEqualTo(width + 0.01);
            }
          }
        }
      }
    }
  }

  @Test
  void givesAFourYearSpanAtLeastThreeYearsInAPanelOfAThreePanelChart() {
    // Europe's AI deals, 2021-11 to 2025-12, in one of three panels side by side (about 165 px):
    // the axis used to show a single tick, 2024년, as if every deal were of one year.
    TimeAxis axis = TimeAxis.covering(List.of(date("2021-11-09"), date("2025-12-01")));
    for (Lang lang : Lang.values()) {
      for (double width = 160; width <= 260; width += 10) {
        List<TimeAxis.Tick> ticks = axis.ticks(lang, FONT, screen(axis, width), 0, width);
        // At least three ticks name their year (2023년, or 2023 when 2023년 is too wide to fit).
        assertThat(ticks).as(lang + " " + width)
            .filteredOn(t -> t.lines().get(t.lines().size() - 1).matches("20\\d\\d년?"))
            .hasSizeGreaterThanOrEqualTo(3);
      }
    }
  }

  @Test
  void givesASpanInAVeryNarrowPanelTwoYearsWhereEvenYearsFallAtItsEdges() {
    // Every other year, the odd ones when the even ones' labels would stick out of the panel.
    TimeAxis axis = TimeAxis.covering(List.of(date("2021-11-09"), date("2025-12-01")));
    for (Lang lang : Lang.values()) {
      List<TimeAxis.Tick> ticks = axis.ticks(lang, FONT, screen(axis, 120), 0, 120);
      assertThat(ticks).as(lang.toString()).extracting(t -> t.date().getYear()).containsExactly(2023, 2025);
    }
  }

  @Test
  void writesMonthsAboveYearsInEachLanguage() {
    TimeAxis axis = new TimeAxis(LocalDate.of(2023, 11, 20), LocalDate.of(2024, 5, 10));
    assertThat(axis.ticks(TimeAxis.Step.QUARTER, Lang.KO)).extracting(TimeAxis.Tick::lines)
        .containsExactly(List.of("1월", "2024년"), List.of("4월"));
    assertThat(axis.ticks(TimeAxis.Step.MONTH, Lang.EN)).extracting(TimeAxis.Tick::lines)
        .startsWith(List.of("Dec", "2023"), List.of("Jan", "2024"), List.of("Feb"));
    assertThat(axis.ticks(TimeAxis.Step.YEAR, Lang.EN)).extracting(TimeAxis.Tick::lines)
        .containsExactly(List.of("2024"));
  }
}
