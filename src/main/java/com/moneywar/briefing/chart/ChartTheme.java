package com.moneywar.briefing.chart;

import com.moneywar.briefing.fonts.BundledFont;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.knowm.xchart.style.Styler;

/**
 * The look shared by all charts: the bundled Korean-capable font and a calm palette whose two
 * series differ in lightness too, so they survive greyscale printing and colour-blind readers.
 */
final class ChartTheme {
  static final Color INK = new Color(0x1f, 0x23, 0x28);
  static final Color GRID = new Color(0xd8, 0xdc, 0xe0);
  /** Dark blue and light orange: distinct in hue and in lightness. */
  static final Color[] SERIES = {new Color(0x1d, 0x4e, 0x89), new Color(0xf2, 0xa1, 0x4f)};

  private final Font regular;
  private final Font bold;

  private ChartTheme(Font regular, Font bold) {
    this.regular = regular;
    this.bold = bold;
  }

  static ChartTheme load() {
    return new ChartTheme(font(BundledFont.REGULAR_TTF), font(BundledFont.BOLD_TTF));
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

  void apply(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderVisible(false);
    styler.setChartFontColor(INK);
    styler.setChartTitleFont(bold.deriveFont(17f));
    styler.setChartTitleBoxVisible(false);
    styler.setLegendFont(regular.deriveFont(13f));
    styler.setLegendBorderColor(Color.WHITE);
    styler.setLegendPosition(Styler.LegendPosition.OutsideS);
    styler.setLegendLayout(Styler.LegendLayout.Horizontal);
    styler.setSeriesColors(SERIES);
    styler.setAntiAlias(true);
    styler.setChartPadding(12);
  }

  Font regular(float size) {
    return regular.deriveFont(size);
  }
}
