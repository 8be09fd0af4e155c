package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Spending;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.style.markers.Marker;

/**
 * Lays out and draws a spending chart's horizontal bars at one width: the title, the legend, and per
 * currency a heading and one bar per row, its name on its left when every name fits in a third of
 * the width, else on a line of its own above it (a phone, long names). Each panel's scale is set so
 * that its longest bar and the amount written at its end fit the width: no amount is ever cut off.
 */
final class SpendingBars {
  private static final double BAR = 18;
  private static final double ROW_GAP = 10;
  private static final double NAME_LINE = 16;
  private static final double LABEL_GAP = 6;
  private static final double NAME_GAP = 8;
  private static final double HEADING_LINE = 20;
  private static final double PANEL_GAP = 16;
  /** The least share of the width the longest bar takes, however long its amount's words. */
  private static final double LEAST_BAR = 0.3;
  private static final BasicStroke RANGE = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
  private static final BasicStroke RANGE_HALO = new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
  private static final BasicStroke HAIRLINE = new BasicStroke(1f);

  private final ChartFrame frame;
  private final ChartWording w;
  private final SpendingChart.Naming naming;
  private final Map<Currency, List<Spending>> panels;
  private final Font titleFont;
  private final Font headingFont;
  private final Font nameFont;
  private final Font amountFont;

  SpendingBars(ChartFrame frame, ChartWording w, SpendingChart.Naming naming, Map<Currency, List<Spending>> panels) {
    this.frame = frame;
    this.w = w;
    this.naming = naming;
    this.panels = panels;
    this.titleFont = frame.theme().bold(18f);
    this.headingFont = frame.theme().bold(13f);
    this.nameFont = frame.theme().regular(12.5f);
    this.amountFont = frame.theme().bold(12f);
  }

  /** One bar as laid out: its row, its name's lines, its top edge. */
  private record Row(Spending row, List<String> name, double top) {}

  /** Draws the chart {@code width} wide (as tall as its bars need) and returns it as SVG. */
  byte[] draw(int width, String title, List<ChartFrame.Key> legend, String description) {
    int pad = ChartFrame.PAD;
    double inner = width - 2 * pad;
    List<String> titleLines = ChartFrame.wrap(title, titleFont, inner);
    List<List<ChartFrame.Key>> legendRows = frame.legendRows(legend, width);
    double widestName = panels.values().stream().flatMap(List::stream)
        .mapToDouble(s -> GlyphPainter.width(naming.bar(s, w), nameFont)).max().orElse(0);
    boolean beside = widestName <= inner / 3;
    double x0 = pad + (beside ? Math.ceil(widestName) + NAME_GAP : 0);
    double cap = GlyphPainter.capHeight(nameFont);

    double y = pad + 4;
    double titleTop = y;
    y += titleLines.size() * 24;
    double legendTop = y + 4;
    if (!legend.isEmpty()) {
      y += 30 + (legendRows.size() - 1) * ChartFrame.LEGEND_ROW;
    }
    List<List<String>> headings = new ArrayList<>();
    List<Double> headingTops = new ArrayList<>();
    List<List<Row>> laid = new ArrayList<>();
    for (Map.Entry<Currency, List<Spending>> panel : panels.entrySet()) {
      String shared = naming.shared(panel.getValue().get(0), w);
      String heading = panels.size() > 1
          ? (shared.isEmpty() ? "" : shared + " · ") + w.currencyName(panel.getKey()) : shared;
      List<String> lines = heading.isEmpty() ? List.of() : ChartFrame.wrap(heading, headingFont, inner);
      headings.add(lines);
      headingTops.add(y);
      y += lines.size() * HEADING_LINE + (lines.isEmpty() ? 0 : 6);
      List<Row> rows = new ArrayList<>();
      for (Spending s : panel.getValue()) {
        List<String> name = beside ? List.of(naming.bar(s, w)) : ChartFrame.wrap(naming.bar(s, w), nameFont, inner);
        if (!beside) {
          y += name.size() * NAME_LINE + 2;
        }
        rows.add(new Row(s, name, y));
        y += BAR + ROW_GAP;
      }
      laid.add(rows);
      y += PANEL_GAP - ROW_GAP;
    }
    int height = (int) Math.ceil(y - PANEL_GAP + pad + 4);

    SvgCanvas canvas = new SvgCanvas(width, height);
    Graphics2D g = canvas.graphics();
    for (int i = 0; i < titleLines.size(); i++) {
      GlyphPainter.draw(g, titleLines.get(i), titleFont, ChartTheme.INK, pad, titleTop + 18 + i * 24,
          GlyphPainter.Align.START);
    }
    for (int r = 0; r < legendRows.size(); r++) {
      frame.drawLegend(g, legendRows.get(r), legendTop + r * ChartFrame.LEGEND_ROW);
    }
    for (int p = 0; p < laid.size(); p++) {
      List<String> heading = headings.get(p);
      for (int l = 0; l < heading.size(); l++) {
        GlyphPainter.draw(g, heading.get(l), headingFont, ChartTheme.MUTED, pad,
            headingTops.get(p) + 15 + l * HEADING_LINE, GlyphPainter.Align.START);
      }
      List<Row> rows = laid.get(p);
      double scale = scale(rows, width - pad - x0);
      for (Row r : rows) {
        drawRow(g, r, x0, scale, beside, cap);
      }
      g.setColor(ChartTheme.BASELINE);
      g.setStroke(HAIRLINE);
      g.draw(new Line2D.Double(x0, rows.get(0).top() - 4, x0, rows.get(rows.size() - 1).top() + BAR + 4));
    }
    return canvas.svg(title, description);
  }

  /**
   * Pixels per unit of money in a panel whose bars may take {@code room}: the most that lets every
   * bar and its amount's words fit, but the longest bar at least {@link #LEAST_BAR} of the room.
   */
  private double scale(List<Row> rows, double room) {
    double highest = rows.stream().mapToDouble(r -> SpendingChart.reach(r.row()).doubleValue()).max().orElse(0);
    if (highest <= 0) {
      return 0;
    }
    double scale = Double.MAX_VALUE;
    for (Row r : rows) {
      double reach = SpendingChart.reach(r.row()).doubleValue(); // display only: a length in pixels
      if (reach > 0) {
        double words = GlyphPainter.width(w.label(r.row()), amountFont);
        scale = Math.min(scale, (room - LABEL_GAP - words) / reach);
      }
    }
    return Math.max(scale, LEAST_BAR * room / highest);
  }

  private void drawRow(Graphics2D g, Row r, double x0, double scale, boolean beside, double cap) {
    Spending s = r.row();
    double mid = r.top() + BAR / 2;
    for (int l = 0; l < r.name().size(); l++) {
      if (beside) {
        GlyphPainter.draw(g, r.name().get(l), nameFont, ChartTheme.INK, x0 - NAME_GAP, mid + cap / 2,
            GlyphPainter.Align.END);
      } else {
        double baseline = r.top() - 2 - (r.name().size() - l - 1) * NAME_LINE - 4;
        GlyphPainter.draw(g, r.name().get(l), nameFont, ChartTheme.INK, x0, baseline, GlyphPainter.Align.START);
      }
    }
    Color colour = w.colour(s.company());
    double end = x0 + SpendingChart.reach(s).doubleValue() * scale;
    Rectangle2D bar = new Rectangle2D.Double(x0, r.top(), Math.max(0, end - x0), BAR);
    g.setColor(colour);
    g.fill(bar);
    if (SpendingChart.hatched(s) && bar.getWidth() > 0) {
      FlowMarks.hatch(g, bar, colour);
    }
    if (SpendingChart.ranged(s)) {
      double low = x0 + s.amount().amount().doubleValue() * scale;
      rangeMark(g, low, end, mid);
    }
    GlyphPainter.draw(g, w.label(s), amountFont, ChartTheme.INK, end + LABEL_GAP,
        mid + GlyphPainter.capHeight(amountFont) / 2, GlyphPainter.Align.START);
  }

  /** A capped bar from the low to the high end, over a knockout halo so it reads on any colour. */
  private static void rangeMark(Graphics2D g, double low, double high, double mid) {
    for (int pass = 0; pass < 2; pass++) {
      g.setColor(pass == 0 ? ChartTheme.KNOCKOUT : ChartTheme.INK);
      g.setStroke(pass == 0 ? RANGE_HALO : RANGE);
      g.draw(new Line2D.Double(low, mid, high, mid));
      g.draw(new Line2D.Double(low, mid - 6, low, mid + 6));
      g.draw(new Line2D.Double(high, mid - 6, high, mid + 6));
    }
  }

  /** The legend's key for the range mark: a short capped horizontal bar. */
  static Marker rangeKey() {
    return new Marker() {
      @Override
      public void paint(Graphics2D g, double x, double y, int size) {
        g.setStroke(RANGE);
        g.draw(new Line2D.Double(x - 9, y, x + 9, y));
        g.draw(new Line2D.Double(x - 9, y - 6, x - 9, y + 6));
        g.draw(new Line2D.Double(x + 9, y - 6, x + 9, y + 6));
      }
    };
  }
}
