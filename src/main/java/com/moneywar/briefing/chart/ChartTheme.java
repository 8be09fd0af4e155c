package com.moneywar.briefing.chart;

import com.moneywar.briefing.fonts.BundledFont;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look shared by all charts: the bundled Pretendard (the font of the pages and the PDF), ink
 * and grid greys, and a calm palette whose colours differ in lightness as well as in hue, so
 * series stay apart in greyscale print and for colour-blind readers. Colour is never the only
 * cue: lines also differ in marker and dash, and every series is labelled directly.
 */
final class ChartTheme {
  static final Color INK = new Color(0x1f, 0x23, 0x28);
  static final Color MUTED = new Color(0x57, 0x60, 0x6a);
  static final Color GRID = new Color(0xdf, 0xe3, 0xe7);
  static final Color BASELINE = new Color(0x8c, 0x95, 0x9f);
  static final Color CLEAR = new Color(255, 255, 255, 0);
  /** The size of the markers on lines, in px. */
  static final int MARKER_SIZE = 10;

  /** Dark navy, mid teal, light orange, then darker extras: lightness 33, 58, 75, 45, 65 (CIELAB L*). */
  static final Color[] SERIES = {
    new Color(0x1d, 0x4e, 0x89), new Color(0x2a, 0x9d, 0x8f), new Color(0xf0, 0xa2, 0x5a),
    new Color(0x7a, 0x4e, 0x9a), new Color(0xc8, 0x6b, 0x85)
  };

  /** The series that adds up the ones too small to name: a neutral grey, apart from every hue. */
  static final Color OTHERS = new Color(0xb4, 0xba, 0xc2);

  /** A promise and the money paid against it: the same blue, light and dark. */
  static final Color PROMISED = new Color(0xa9, 0xc6, 0xe8);
  static final Color PAID = new Color(0x1d, 0x4e, 0x89);

  static final Marker[] MARKERS = {
    SeriesMarkers.CIRCLE, SeriesMarkers.SQUARE, SeriesMarkers.DIAMOND, SeriesMarkers.TRIANGLE_UP,
    SeriesMarkers.TRIANGLE_DOWN
  };
  static final BasicStroke[] LINES = {
    new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND),
    new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 4f}, 0f),
    new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1f, 5f}, 0f),
    new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {10f, 4f, 2f, 4f}, 0f),
    new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
  };

  private final Font regular;
  private final Font bold;

  private ChartTheme(Font regular, Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  static ChartTheme load() {
    return new ChartTheme(Fonts.REGULAR, Fonts.BOLD);
  }

  /**
   * The fonts, read once per process: {@code Font.createFont} copies each 2.7 MB font to a temporary
   * file and parses it, which both languages' renderers would otherwise do again. Fonts are immutable.
   */
  private static final class Fonts {
    static final Font REGULAR = font(BundledFont.REGULAR_TTF);
    static final Font BOLD = font(BundledFont.BOLD_TTF);
  }

  private static Font font(BundledFont file) {
    try (InputStream in = file.open()) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException("bundled font " + file.fileName() + " is not a TrueType font", e);
    }
  }

  Font regular(float size) {
    return regular.deriveFont(size);
  }

  Font bold(float size) {
    return bold.deriveFont(size);
  }

  /** White on dark fills, ink on light ones: whichever reads better. */
  static Color onFill(Color fill) {
    double luminance = (0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue()) / 255;
    return luminance < 0.45 ? Color.WHITE : INK;
  }

  static Color series(int index) {
    return SERIES[index % SERIES.length];
  }

  /**
   * The dash of line {@code index}: the same turn as its colour for the first five, then shifted,
   * so that no two of the first 25 lines share colour, dash and marker.
   */
  static BasicStroke line(int index) {
    return LINES[(index + index / LINES.length) % LINES.length];
  }

  /** The marker of line {@code index}, shifted like {@link #line(int)} but by a different step. */
  static Marker marker(int index) {
    return MARKERS[(index + 2 * (index / MARKERS.length)) % MARKERS.length];
  }

  /**
   * Styles a panel so that XChart paints only the marks (bars, lines, markers) on a clear
   * background; the frame draws every word and grid line itself, in one font, where nothing
   * overlaps.
   */
  void applyToPanel(AxesChartStyler styler) {
    styler.setChartBackgroundColor(CLEAR);
    styler.setPlotBackgroundColor(CLEAR);
    styler.setPlotBorderVisible(false);
    styler.setChartTitleVisible(false);
    styler.setLegendVisible(false);
    styler.setAxisTicksVisible(false);
    styler.setAxisTitlesVisible(false);
    styler.setPlotGridLinesVisible(false);
    styler.setChartPadding(0);
    styler.setPlotMargin(0);
    styler.setAntiAlias(true);
    styler.setToolTipsEnabled(false);
    styler.setChartFontColor(INK);
    styler.setBaseFont(regular(12f));
    styler.setMarkerSize(MARKER_SIZE);
  }
}
