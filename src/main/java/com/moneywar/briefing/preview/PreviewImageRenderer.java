package com.moneywar.briefing.preview;

import com.moneywar.briefing.fonts.BundledFont;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a briefing's link-preview image: 1200×630 PNG (the size Open Graph and Twitter cards ask
 * for), with the site's title, the briefing's title (up to three lines, broken only at spaces, so
 * a Korean word is never split), its date and one headline figure. The same card always gives the
 * same bytes. Thread-safe.
 *
 * <pre>{@code
 * byte[] png = new PreviewImageRenderer().render(new PreviewCard("AI 쩐의 전쟁", "…", "2024년 3월 28일", "아마존 → 앤스로픽", "40억달러"));
 * }</pre>
 */
public final class PreviewImageRenderer {
  public static final int WIDTH = 1200;
  public static final int HEIGHT = 630;
  private static final int PAD = 72;
  private static final Color PAPER = new Color(0xf7, 0xf5, 0xf0);
  private static final Color INK = new Color(0x1f, 0x23, 0x28);
  private static final Color MUTED = new Color(0x57, 0x60, 0x6a);
  private static final Color ACCENT = new Color(0x1d, 0x4e, 0x89);
  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private static final class Fonts {
    static final Font REGULAR = load(BundledFont.REGULAR_TTF);
    static final Font BOLD = load(BundledFont.BOLD_TTF);

    private static Font load(BundledFont file) {
      try (InputStream in = file.open()) {
        return Font.createFont(Font.TRUETYPE_FONT, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (FontFormatException e) {
        throw new IllegalStateException("bundled font " + file.fileName() + " cannot be read", e);
      }
    }
  }

  /** The baseline of the figure's label (30 px), above the figure (64 px) at the foot of the card. */
  static final float LABEL_BASELINE = HEIGHT - PAD - 64 - 18;
  /** The least distance from the date's baseline to the label's: the label's 30 px and a gap. */
  static final float DATE_TO_LABEL = 44;

  /**
   * How the title is set: its font, its lines (at most three), and where they and the date below
   * them go.
   */
  record Title(Font font, List<String> lines, float firstBaseline) {
    float lineHeight() {
      return font.getSize2D() * 1.25f;
    }

    float dateBaseline() {
      return firstBaseline + lines.size() * lineHeight() + 8;
    }
  }

  /**
   * The title at the largest size from 64 px down to 40 px at which it fits in three lines and,
   * when the card shows a figure, leaves the date clear of the figure's label; at 40 px, a title
   * still longer is cut after its third line with an ellipsis.
   */
  static Title title(String text, boolean figure) {
    int width = WIDTH - 2 * PAD;
    Title title = null;
    for (float size = 64; size >= 40; size -= 4) {
      Font font = Fonts.BOLD.deriveFont(size);
      title = new Title(font, wrap(text, font, width), PAD + 30 + 40 + size);
      boolean clear = !figure || title.dateBaseline() + DATE_TO_LABEL <= LABEL_BASELINE;
      if (title.lines().size() <= 3 && clear) {
        return title;
      }
    }
    List<String> lines = new ArrayList<>(title.lines().subList(0, 3));
    lines.set(2, fit(lines.get(2) + " …", title.font(), width));
    return new Title(title.font(), lines, title.firstBaseline());
  }

  public byte[] render(PreviewCard card) {
    return PngEncoder.encode(draw(card));
  }

  /** The card's pixels, before encoding. */
  BufferedImage draw(PreviewCard card) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(PAPER);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      g.setColor(ACCENT);
      g.fillRect(0, 0, 16, HEIGHT);

      int width = WIDTH - 2 * PAD;
      Font site = Fonts.BOLD.deriveFont(30f);
      draw(g, fit(card.site(), site, width), site, MUTED, PAD, PAD + 30);

      Title title = title(card.title(), !card.figure().isEmpty());
      float y = title.firstBaseline();
      for (String line : title.lines()) {
        draw(g, line, title.font(), INK, PAD, y);
        y += title.lineHeight();
      }
      Font date = Fonts.REGULAR.deriveFont(30f);
      draw(g, card.date(), date, MUTED, PAD, title.dateBaseline());

      if (!card.figure().isEmpty()) {
        Font label = Fonts.REGULAR.deriveFont(30f);
        Font figure = Fonts.BOLD.deriveFont(64f);
        draw(g, fit(card.figureLabel(), label, width), label, MUTED, PAD, LABEL_BASELINE);
        draw(g, fit(card.figure(), figure, width), figure, ACCENT, PAD, HEIGHT - PAD);
      }
    } finally {
      g.dispose();
    }
    return image;
  }

  /**
   * The touch icon (180×180 PNG) phones show for a saved site: the same three rising bars on the
   * accent colour as {@code templates/assets/favicon.svg}.
   */
  public byte[] touchIcon() {
    int size = 180;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(ACCENT);
      g.fillRect(0, 0, size, size);
      g.setColor(Color.WHITE);
      double unit = size / 64.0;
      double[][] bars = {{13, 34, 17}, {27.5, 24, 27}, {42, 13, 38}};
      for (double[] bar : bars) {
        g.fill(new java.awt.geom.RoundRectangle2D.Double(bar[0] * unit, bar[1] * unit, 9 * unit, bar[2] * unit,
            4 * unit, 4 * unit));
      }
    } finally {
      g.dispose();
    }
    return PngEncoder.encode(image);
  }

  private static void draw(Graphics2D g, String text, Font font, Color color, float x, float baseline) {
    g.setFont(font);
    g.setColor(color);
    g.drawString(text, x, baseline);
  }

  static double width(String text, Font font) {
    return font.getStringBounds(text, FRC).getWidth();
  }

  /** Lines of at most {@code width}, broken only at spaces; a single word wider than that stands alone. */
  static List<String> wrap(String text, Font font, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && width(candidate, font) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** {@code text}, shortened with an ellipsis until it fits {@code width}. */
  static String fit(String text, Font font, int width) {
    if (width(text, font) <= width) {
      return text;
    }
    String cut = text;
    while (!cut.isEmpty() && width(cut + "…", font) > width) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut.stripTrailing() + "…";
  }

  static Font boldFont() {
    return Fonts.BOLD;
  }
}
