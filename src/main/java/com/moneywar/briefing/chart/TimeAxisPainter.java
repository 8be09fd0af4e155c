package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Lang;
import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * Draws a {@link TimeAxis} under a panel: a light vertical grid line at each tick, under the marks,
 * and the tick labels centred under their ticks, month above year. The ticks are chosen for the
 * width the panel gets, so a narrow panel gets yearly ticks and a wide one quarters or months.
 */
final class TimeAxisPainter implements Panel.XAxis {
  /**
   * The XChart panel of a chart on a time scale: x is the day, from {@code time}'s first to its last,
   * y the value axis. XChart lays out the value axis and the plot from an invisible series at the
   * corner; the chart's own overlay draws every mark and line on the time scale.
   */
  static org.knowm.xchart.XYChart plot(ChartTheme theme, TimeAxis time, ValueAxis axis) {
    org.knowm.xchart.XYChart chart = new org.knowm.xchart.XYChartBuilder().width(400).height(250).build();
    theme.applyToPanel(chart.getStyler());
    chart.getStyler().setPlotContentSize(1.0);
    chart.getStyler().setXAxisMin(time.min());
    chart.getStyler().setXAxisMax(time.max());
    chart.getStyler().setYAxisMin(axis.plot(axis.min()));
    chart.getStyler().setYAxisMax(axis.plot(axis.max()));
    org.knowm.xchart.XYSeries anchor =
        chart.addSeries(" ", new double[] {time.min()}, new double[] {axis.plot(axis.min())});
    anchor.setMarker(org.knowm.xchart.style.markers.SeriesMarkers.NONE);
    anchor.setLineColor(ChartTheme.CLEAR);
    return chart;
  }

  private static final BasicStroke HAIRLINE = new BasicStroke(1f);

  private final TimeAxis axis;
  private final Lang lang;
  private final Font font;
  /** How far a label may reach past the plot's ends, into the gutter or the room for end labels. */
  private final double overhang;
  /**
   * How much farther a label may reach past the plot's right end: into the room a chart keeps there
   * for the names at its lines' ends (a valuation of January 2026 at the right end of a narrow
   * chart gets its {@code 2026년}, which the plot alone had no room for).
   */
  private final double after;
  /** Years written bare ({@code 2024}) whatever the width, as a narrower panel of the chart needs. */
  private final boolean bareYears;

  /** How far the start year may reach left of the plot, into the value axis's margin (at least its widest label and 8 px). */
  static final double START_REACH = 32;

  TimeAxisPainter(TimeAxis axis, Lang lang, Font font, double overhang) {
    this(axis, lang, font, overhang, 0, false);
  }

  /** An axis whose labels may reach {@code after} px past the plot's right end, into the room kept there. */
  TimeAxisPainter(TimeAxis axis, Lang lang, Font font, double overhang, double after) {
    this(axis, lang, font, overhang, after, false);
  }

  private TimeAxisPainter(TimeAxis axis, Lang lang, Font font, double overhang, double after, boolean bareYears) {
    this.axis = axis;
    this.lang = lang;
    this.font = font;
    this.overhang = overhang;
    this.after = after;
    this.bareYears = bareYears;
  }

  /**
   * The ticks for a plot {@code width} wide whose x runs from the axis's first to its last day, less
   * those at the right end that leave no room for the year of the axis's last date ({@link
   * #endYear}).
   */
  List<TimeAxis.Tick> ticks(double width) {
    return labelled(width).ticks();
  }

  /** The ticks drawn, and the year written after them at the right end, if any. */
  private record Labelled(List<TimeAxis.Tick> ticks, java.util.Optional<String> endYear) {}

  /**
   * The ticks of {@link TimeAxis#ticks} and the end year ({@link #endYear}); when the year does not
   * fit after the last tick, that tick is left out (a month label near the end says less than the
   * year the last marks are in), and so on while the last tick is a month's alone; a tick that writes a
   * year is never left out for it.
   */
  private Labelled labelled(double width) {
    List<TimeAxis.Tick> ticks = axis.ticks(lang, font, screen(width), -overhang, width + overhang + after, bareYears);
    while (true) {
      java.util.Optional<String> year = endYearText(ticks);
      if (year.isEmpty()) {
        return new Labelled(ticks, year);
      }
      if (endYearStart(year.get(), ticks, width) + GlyphPainter.width(year.get(), font) <= width + overhang + after) {
        return new Labelled(ticks, year);
      }
      // Only a month's tick gives way: one that writes a year (2025, or 1월 over 2025년) keeps its place.
      TimeAxis.Tick last = ticks.get(ticks.size() - 1);
      if (ticks.size() <= 1 || last.lines().size() > 1 || last.lines().get(0).matches("\\d{4}년?")) {
        return new Labelled(ticks, java.util.Optional.empty());
      }
      ticks = ticks.subList(0, ticks.size() - 1);
    }
  }

  private DoubleUnaryOperator screen(double width) {
    return x -> (x - axis.min()) / (axis.max() - axis.min()) * width;
  }

  /** Years bare at every width when one panel of the chart has no room for {@code 2024년}. */
  @Override
  public Panel.XAxis alongside(List<Double> plotWidths) {
    boolean bare = bareYears || plotWidths.stream()
        .anyMatch(w -> axis.bareYears(lang, font, screen(w), -overhang, w + overhang + after) || endYearNeedsBare(w));
    return bare == bareYears ? this : new TimeAxisPainter(axis, lang, font, overhang, after, true);
  }

  /**
   * Whether the axis's last year has room only written bare: a new user's Korean panel, narrowed by
   * its value axis's 100억싱가포르달러, had no room for 2026년 after 2025년, and deals of February 2026
   * sat right of 2025년 with no year of their own. Bare, 2025 and 2026 both fit.
   */
  private boolean endYearNeedsBare(double width) {
    if (bareYears || lang != Lang.KO) {
      return false;
    }
    Labelled written = labelled(width);
    return endYearText(written.ticks()).isPresent() && written.endYear().isEmpty()
        && new TimeAxisPainter(axis, lang, font, overhang, after, true).labelled(width).endYear().isPresent();
  }

  @Override
  public int lines(double plotWidth) {
    return ticks(plotWidth).stream().mapToInt(t -> t.lines().size()).max().orElse(1);
  }

  @Override
  public void grid(Graphics2D g, PanelGeometry at) {
    g.setStroke(HAIRLINE);
    g.setColor(ChartTheme.GRID);
    for (TimeAxis.Tick tick : ticks(at.right())) {
      double x = at.x(TimeAxis.x(tick.date()));
      g.draw(new Line2D.Double(x, 0, x, at.bottom()));
    }
  }

  @Override
  public void labels(Graphics2D g, PanelGeometry at, double firstBaseline, double lineHeight) {
    Labelled labelled = labelled(at.right());
    List<TimeAxis.Tick> ticks = labelled.ticks();
    for (TimeAxis.Tick tick : ticks) {
      double x = at.x(TimeAxis.x(tick.date()));
      for (int l = 0; l < tick.lines().size(); l++) {
        GlyphPainter.draw(g, tick.lines().get(l), font, l == 0 ? ChartTheme.INK : ChartTheme.MUTED, x,
            firstBaseline + l * lineHeight, GlyphPainter.Align.CENTER);
      }
    }
    startYear(ticks, at).ifPresent(year -> GlyphPainter.draw(g, year, font, ChartTheme.MUTED, startYearEnd(year, ticks, at),
        firstBaseline + (ticks.get(0).lines().size() - 1) * lineHeight, GlyphPainter.Align.END));
    int yearLine = ticks.stream().mapToInt(t -> t.lines().size()).max().orElse(1) - 1;
    labelled.endYear().ifPresent(year -> GlyphPainter.draw(g, year, font, ChartTheme.MUTED,
        endYearStart(year, ticks, at.right()), firstBaseline + yearLine * lineHeight, GlyphPainter.Align.START));
  }

  /**
   * The year of the axis's last date, written after the last tick on the line of the years, when that
   * date is in a later year than the last tick: a deal of January 2026 right of "10월" then still has
   * its year on the axis (a new user's phone chart ended at "10월" over two deals of January 2026, and
   * read as late 2025). Empty when the last tick is in the axis's last year.
   */
  java.util.Optional<String> endYear(double width) {
    return labelled(width).endYear();
  }

  private java.util.Optional<String> endYearText(List<TimeAxis.Tick> ticks) {
    if (ticks.isEmpty()) {
      return java.util.Optional.empty();
    }
    TimeAxis.Tick last = ticks.get(ticks.size() - 1);
    int year = axis.last().getYear();
    if (last.date().getYear() >= year || !axis.last().isAfter(last.date())) {
      return java.util.Optional.empty();
    }
    // Written as the ticks write their years: 2026년 under months, bare where the ticks are bare.
    boolean bare = bareYears || lang != Lang.KO
        || ticks.stream().flatMap(t -> t.lines().stream()).anyMatch(l -> l.matches("\\d{4}"));
    return java.util.Optional.of(bare ? Integer.toString(year) : year + "년");
  }

  /**
   * Where the end year starts, in the plot's px: centred under the axis's last date, but within the
   * room past the plot's right end and kept {@link TimeAxis#GAP} clear of the last tick's labels.
   */
  private double endYearStart(String text, List<TimeAxis.Tick> ticks, double width) {
    DoubleUnaryOperator screen = screen(width);
    TimeAxis.Tick last = ticks.get(ticks.size() - 1);
    double lastRight = screen.applyAsDouble(TimeAxis.x(last.date()))
        + last.lines().stream().mapToDouble(l -> GlyphPainter.width(l, font)).max().orElse(0) / 2;
    double yearWidth = GlyphPainter.width(text, font);
    double centred = Math.min(screen.applyAsDouble(TimeAxis.x(axis.last())) - yearWidth / 2,
        width + overhang + after - yearWidth);
    return Math.max(centred, lastRight + TimeAxis.GAP);
  }

  /**
   * The year of the axis's first date, written at its left end on the line of the years, when the
   * first tick is in a later year: a point before that tick (a valuation of June 2024 left of "1월
   * 2025년") then still has its year on the axis. Empty when the first tick is in the axis's first year, or
   * when the year would come closer than {@link TimeAxis#GAP} to the first tick's label.
   */
  java.util.Optional<String> startYear(List<TimeAxis.Tick> ticks, PanelGeometry at) {
    if (ticks.isEmpty()) {
      return java.util.Optional.empty();
    }
    TimeAxis.Tick first = ticks.get(0);
    // The year of the first date shown, not of the room left before it.
    int year = axis.first().getYear();
    if (first.date().getYear() == year || !axis.first().isBefore(first.date())) {
      return java.util.Optional.empty();
    }
    String text = lang == Lang.KO && !bareYears && !first.lines().get(first.lines().size() - 1).matches("\\d+")
        ? year + "년" : Integer.toString(year);
    // At the plot's left end, else moved left into the value axis's margin, as far as START_REACH;
    // where "2024년" has not the room, the bare year ("2024"): a point of October 2024 left of "1월
    // 2025년" on a new user's phone chart had no year at all.
    for (String candidate : text.equals(Integer.toString(year)) ? List.of(text) : List.of(text, Integer.toString(year))) {
      double start = startYearEnd(candidate, ticks, at) - GlyphPainter.width(candidate, font);
      if (start >= at.x(axis.min()) - START_REACH) {
        return java.util.Optional.of(candidate);
      }
    }
    return java.util.Optional.empty();
  }

  /** Where the start year ends: its width right of the plot's left end, or as far left as it must to keep clear of the first tick. */
  private double startYearEnd(String text, List<TimeAxis.Tick> ticks, PanelGeometry at) {
    TimeAxis.Tick first = ticks.get(0);
    // On the line of the years: what it must keep clear of is the first tick's year.
    String firstYear = first.lines().get(first.lines().size() - 1);
    double firstLeft = at.x(TimeAxis.x(first.date())) - GlyphPainter.width(firstYear, font) / 2;
    return Math.min(at.x(axis.min()) + GlyphPainter.width(text, font), firstLeft - TimeAxis.GAP);
  }
}
