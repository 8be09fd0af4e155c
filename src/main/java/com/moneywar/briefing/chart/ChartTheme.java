package com.moneywar.briefing.chart;

import com.moneywar.briefing.fonts.BundledFont;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look shared by all charts: the bundled Pretendard (the font of the pages and the PDF), ink
 * and grid greys, and a palette after Okabe and Ito's colour-blind-safe one. Every colour is a
 * {@link Themed} pair: the light one is drawn (and printed), the dark one replaces it when the
 * reader's page is in dark mode ({@link #style(java.util.Collection)}). Marks keep at least 3:1
 * contrast and text 4.5:1 against the chart's background in both schemes (ChartThemeTest computes
 * it). Colour is never the only cue: lines also differ in marker and dash, and every series is
 * labelled directly.
 */
final class ChartTheme {
  /** A colour and the one that takes its place in dark mode. */
  static final class Themed extends Color {
    private static final long serialVersionUID = 1L;
    private final Color dark;

    Themed(int light, int dark) {
      super(light);
      this.dark = new Color(dark);
    }

    Color light() {
      return new Color(getRGB());
    }

    Color dark() {
      return dark;
    }
  }

  static final Themed PAPER = new Themed(0xffffff, 0x14171a);
  /**
   * The paper's colour drawn over a mark to cut into it: the hatching of unconfirmed bars, the
   * hollow of an estimate's marker. Not a mark itself (it must not contrast with the paper, it is
   * the paper), so it is not among {@link #marks()}; a shade off white so that its dark-mode rule
   * finds it, and turns it into the dark paper.
   */
  static final Themed KNOCKOUT = new Themed(0xfefefe, 0x14171a);
  static final Themed INK = new Themed(0x1f2328, 0xe6e8eb);
  static final Themed MUTED = new Themed(0x57606a, 0xa9b1ba);
  static final Themed GRID = new Themed(0xdfe3e7, 0x343a40);
  static final Themed BASELINE = new Themed(0x8c959f, 0x6e7781);
  static final Color CLEAR = new Color(255, 255, 255, 0);
  /** The size of the markers on lines, in px. */
  static final int MARKER_SIZE = 10;

  /**
   * The companies' colours, after Okabe–Ito: blue, vermillion, bluish green, reddish purple, yellow,
   * black; darkened for a white page, lightened for a dark one. Six, each far from every other in
   * both schemes (ChartColourTest measures it), where Okabe–Ito's sky blue and orange, made dark
   * enough for a white page, came too close to its blue and vermillion; the yellow is as light as 3:1
   * against white allows, to stay apart from the vermillion for a reader who does not see red.
   */
  static final Themed[] PALETTE = {
    new Themed(0x0072b2, 0x56b4e9), new Themed(0xb33000, 0xff7b5c), new Themed(0x007a60, 0x2fc79b),
    new Themed(0xa64f83, 0xd68ab5), new Themed(0xa38c00, 0xf0d848), new Themed(0x3d4450, 0xc9d1d9)
  };

  /** The colours series take in turn, when they are not companies. */
  static final Color[] SERIES = java.util.Arrays.copyOf(PALETTE, 5, Color[].class);

  /** The series that adds up the ones too small to name: a neutral grey, apart from every hue. */
  static final Themed OTHERS = new Themed(0x8a9199, 0x8a939c);

  /** A promise and the money paid against it: the same blue, lighter and darker. */
  static final Themed PROMISED = new Themed(0x5b8fd0, 0x3f6ea8);
  static final Themed PAID = new Themed(0x1d4e89, 0x8ab4e8);

  /** Every colour a mark may be drawn in: each light one is replaced by its dark one in dark mode. */
  static List<Themed> marks() {
    List<Themed> all = new ArrayList<>(List.of(PALETTE));
    all.addAll(List.of(OTHERS, PROMISED, PAID, GRID, BASELINE, INK, MUTED));
    return all;
  }

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

  /**
   * The text colour for words on a fill: white or ink, whichever contrasts more with the fill, in
   * each scheme on its own.
   */
  static Themed onFill(Color fill) {
    Color light = fill instanceof Themed t ? t.light() : fill;
    Color dark = fill instanceof Themed t ? t.dark() : fill;
    return new Themed(better(light).getRGB() & 0xffffff, better(dark).getRGB() & 0xffffff);
  }

  private static Color better(Color fill) {
    return contrast(Color.WHITE, fill) >= contrast(INK.light(), fill) ? Color.WHITE : INK.light();
  }

  /** WCAG 2 relative luminance. */
  static double luminance(Color c) {
    return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
  }

  private static double linear(int channel) {
    double v = channel / 255.0;
    return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  }

  /** WCAG 2 contrast ratio of two colours, 1 to 21. */
  static double contrast(Color a, Color b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  /** {@code #rrggbb}. */
  static String hex(Color c) {
    return String.format(java.util.Locale.ROOT, "#%06x", c.getRGB() & 0xffffff);
  }

  private static String rgb(Color c) {
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }

  /**
   * The style sheet of a chart: in dark mode, the background, the halos and every mark colour
   * (found by the light colour the vector library wrote) take their dark colour, and each text
   * colour in {@code texts} its own. Only the mark colours found in {@code drawn} get a rule. Light mode (and print, and the PDF) uses the colours as drawn.
   */
  static String style(java.util.Collection<Themed> texts, String drawn) {
    StringBuilder css = new StringBuilder("@media (prefers-color-scheme: dark) {");
    css.append(" .bg { fill: ").append(hex(PAPER.dark())).append(" }");
    css.append(" .halo { stroke: ").append(hex(PAPER.dark())).append(" }");
    for (Themed c : marks()) {
      String light = rgb(c.light());
      if (!drawn.contains(light + ";")) {
        continue;
      }
      String dark = hex(c.dark());
      css.append(" [style*=\"fill:").append(light).append(";\"] { fill: ").append(dark).append(" !important }");
      css.append(" [style*=\"stroke:").append(light).append(";\"] { stroke: ").append(dark).append(" !important }");
    }
    String knockout = rgb(KNOCKOUT.light());
    if (drawn.contains(knockout + ";")) {
      css.append(" [style*=\"fill:").append(knockout).append(";\"] { fill: ").append(hex(KNOCKOUT.dark()))
          .append(" !important }");
      css.append(" [style*=\"stroke:").append(knockout).append(";\"] { stroke: ").append(hex(KNOCKOUT.dark()))
          .append(" !important }");
    }
    for (Themed t : texts) {
      css.append(" .").append(textClass(t)).append(" { fill: ").append(hex(t.dark())).append(" }");
    }
    return css.append(" }").toString();
  }

  /** The class of text drawn in {@code colour}: its light and dark colour in hex. */
  static String textClass(Themed colour) {
    return "t" + hex(colour.light()).substring(1) + hex(colour.dark()).substring(1);
  }

  /** The themed colour of {@code colour}: itself, or a known mark colour, or the same in both schemes. */
  static Themed themed(Color colour) {
    if (colour instanceof Themed t) {
      return t;
    }
    for (Themed t : marks()) {
      if ((t.getRGB() & 0xffffff) == (colour.getRGB() & 0xffffff)) {
        return t;
      }
    }
    int rgb = colour.getRGB() & 0xffffff;
    return rgb == 0xffffff ? new Themed(rgb, PAPER.dark().getRGB() & 0xffffff) : new Themed(rgb, rgb);
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
