package com.moneywar.briefing.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.style.markers.Marker;

/**
 * Lays out and draws a whole chart: title, legend, one or more panels side by side with their
 * grid, value labels and category labels. XChart paints the marks of each panel; every word is
 * drawn here, in the theme's font, on a layout that leaves each its own room.
 */
final class ChartFrame {
  /** Every chart has the same size, the one the page templates reserve for it. */
  static final int WIDTH = 720;
  static final int HEIGHT = 420;
  static final int PAD = 16;
  private static final int PANEL_GAP = 28;
  private static final int LINE = 17;
  static final int LEGEND_ROW = 24;
  private static final BasicStroke HAIRLINE = new BasicStroke(1f);
  /** The most lines the words under one category may be wrapped into. */
  private static final int MAX_CATEGORY_LINES = 4;
  private static final float SMALLEST = 10f;

  /**
   * A legend entry: a bar swatch, or a line with its marker; or, with no colour, the next line of
   * the words of a key too long for one line, set under its first line's words.
   */
  record Key(String label, Color color, Marker marker, BasicStroke line) {
    static Key bar(String label, Color color) {
      return new Key(label, color, null, null);
    }

    /** The line of words {@code label} that continues {@code key}'s words, under them. */
    static Key continuing(Key key, String label) {
      return new Key(label, null, key.marker(), null);
    }

    boolean continuation() {
      return color == null;
    }

    /** Where the words start, right of the swatch or marker. */
    double indent() {
      return marker == null ? 20 : 34;
    }
  }

  private final ChartTheme theme;
  private final Font titleFont;
  private final Font legendFont;
  private final Font headingFont;
  private final Font tickFont;
  private final Font categoryFont;

  ChartFrame(ChartTheme theme) {
    this.theme = theme;
    this.titleFont = theme.bold(18f);
    this.legendFont = theme.regular(13f);
    this.headingFont = theme.bold(13f);
    this.tickFont = theme.regular(12f);
    this.categoryFont = theme.regular(12.5f);
  }

  /**
   * The words under a panel's categories as they are drawn: in one font, each category's lines,
   * none for a category left unlabelled when there is no room to label them all.
   *
   * @param given whether these are the panel's own lines, unwrapped and all labelled
   * @param key when the names fit under their categories in no way, each category is numbered
   *     ({@code lines} are then "1", "2", …) and these are the lines of the key under the plot that
   *     names them ("1 Pimco → Hyperion joint venture"), wrapped to the panel's width; else empty
   */
  record CategoryLabels(Font font, List<List<String>> lines, boolean fit, boolean given, List<String> key) {
    CategoryLabels {
      lines = lines.stream().map(List::copyOf).toList();
      key = List.copyOf(key);
    }

    CategoryLabels(Font font, List<List<String>> lines, boolean fit, boolean given) {
      this(font, lines, fit, given, List.of());
    }

    /** The lines of the names (or numbers) under the categories. */
    int nameLines() {
      return lines.stream().mapToInt(List::size).max().orElse(0);
    }

    /** The lines of words under the plot: the names (or numbers), then the key's. */
    int height() {
      return nameLines() + key.size();
    }

    boolean keyed() {
      return !key.isEmpty();
    }
  }


  /** The width of the narrow version, for phones: about the width a 360 px screen gives a chart. */
  static final int NARROW_WIDTH = 360;
  /** A plot narrower than this, or a category slot narrower than {@link #MIN_SLOT}, puts the panels one above the other. */
  private static final int MIN_PLOT_WIDTH = 40;
  private static final int MIN_SLOT = 24;
  /** A plot is never lower than this: a long legend or title makes the chart taller instead. */
  private static final int MIN_PLOT_HEIGHT = 190;
  /** The height of a plot when panels are stacked, on average: they share their heights by need. */
  private static final int STACKED_PLOT_HEIGHT = 210;
  /** The least and the most height of a stacked plot. */
  static final int LEAST_STACKED = 120;
  static final int MOST_STACKED = 360;
  /** The height a power of ten of a log axis needs for labels at 1, 2 and 5 times it that never touch. */
  static final int PER_DECADE = 50;
  /** The narrow version of the chart drawn last on this thread, for {@link #takeNarrow()}. */
  private static final ThreadLocal<byte[]> NARROW = new ThreadLocal<>();

  /**
   * Draws the chart and returns it as SVG bytes, {@link #WIDTH} wide: the panels side by side, or
   * one above the other when side by side would leave a plot too narrow to read; the plots take the
   * height the words leave, and the chart grows taller rather than squash them. Also draws the
   * narrow version ({@link #NARROW_WIDTH} wide, panels always stacked), which {@link #takeNarrow()}
   * hands over.
   */
  byte[] draw(String title, List<Key> legend, List<Panel> panels, String description) {
    NARROW.set(layout(NARROW_WIDTH, true, title, legend, panels, description));
    return layout(WIDTH, false, title, legend, panels, description);
  }

  /** The narrow version of the chart last drawn on this thread, once; null if there is none. */
  static byte[] takeNarrow() {
    byte[] narrow = NARROW.get();
    NARROW.remove();
    return narrow;
  }

  /** The panels with their horizontal axes told each other's plot widths, so they label alike. */
  private static List<Panel> alongside(List<Panel> panels, int[] plotWidths) {
    List<Double> widths = new ArrayList<>();
    for (int i = 0; i < panels.size(); i++) {
      if (panels.get(i).xAxis().isPresent()) {
        widths.add((double) plotWidths[i]);
      }
    }
    if (widths.size() < 2) {
      return panels;
    }
    return panels.stream().map(p -> p.xAxis().map(x -> p.withXAxis(x.alongside(widths))).orElse(p)).toList();
  }

  private byte[] layout(int width, boolean narrow, String title, List<Key> legend, List<Panel> panels,
      String description) {
    List<String> titleLines = wrap(title, titleFont, width - 2 * PAD);
    boolean headings = panels.stream().anyMatch(p -> !p.heading().isEmpty());
    double[] gutters = panels.stream().mapToDouble(this::gutter).toArray();
    int[] plotWidths = plotWidths(panels, gutters, width);
    boolean cramped = false;
    for (int i = 0; i < panels.size(); i++) {
      cramped |= plotWidths[i] < MIN_PLOT_WIDTH || slot(panels.get(i), plotWidths[i]) < MIN_SLOT;
    }
    boolean stacked = panels.size() > 1 && (narrow || cramped);
    if (stacked || panels.size() == 1) {
      for (int i = 0; i < panels.size(); i++) {
        plotWidths[i] = plotWidth(panels.get(i), gutters[i], width);
      }
    }
    panels = alongside(panels, plotWidths);
    List<CategoryLabels> labels = new ArrayList<>();
    // The lines of words under each plot: its category names, or its time axis's labels.
    int[] linesUnder = new int[panels.size()];
    int categoryLines = 0;
    for (int i = 0; i < panels.size(); i++) {
      labels.add(categoryLabels(panels.get(i), slot(panels.get(i), plotWidths[i]),
          gutters[i] + plotWidths[i] + panels.get(i).room()));
      int lines = panels.get(i).xAxis().isPresent() ? panels.get(i).xAxis().get().lines(plotWidths[i]) : 0;
      linesUnder[i] = Math.max(lines, labels.get(i).height());
      categoryLines = Math.max(categoryLines, linesUnder[i]);
    }
    List<List<Key>> legendRows = legendRows(legend, width);

    double y = PAD + 4;
    double titleTop = y;
    y += titleLines.size() * 24;
    double legendTop = y + 4;
    if (!legend.isEmpty()) {
      y += 30 + (legendRows.size() - 1) * LEGEND_ROW;
    }
    double[] headingBaselines = new double[panels.size()];
    double[] plotTops = new double[panels.size()];
    int[] plotHeights = new int[panels.size()];
    double[] lefts = new double[panels.size()];
    int height;
    if (!stacked) {
      double headingBaseline = y + 16;
      if (headings) {
        y += 26;
      }
      double plotTop = y + 6;
      int plotHeight = (int) Math.floor(HEIGHT - PAD - categoryLines * LINE - 8 - plotTop);
      plotHeight = Math.max(plotHeight, MIN_PLOT_HEIGHT);
      height = Math.max(HEIGHT, (int) Math.ceil(plotTop + plotHeight + categoryLines * LINE + 8 + PAD));
      double x = PAD;
      for (int i = 0; i < panels.size(); i++) {
        headingBaselines[i] = headingBaseline;
        plotTops[i] = plotTop;
        plotHeights[i] = plotHeight;
        lefts[i] = x;
        x += gutters[i] + plotWidths[i] + panels.get(i).room() + PANEL_GAP;
      }
    } else {
      int[] stackedHeights = stackedHeights(panels);
      for (int i = 0; i < panels.size(); i++) {
        headingBaselines[i] = y + 16;
        if (!panels.get(i).heading().isEmpty()) {
          y += 26;
        }
        plotTops[i] = y + 6;
        plotHeights[i] = stackedHeights[i];
        lefts[i] = PAD;
        y = plotTops[i] + stackedHeights[i] + linesUnder[i] * LINE + 8 + 10;
      }
      height = (int) Math.ceil(y - 10 + PAD);
    }

    SvgCanvas canvas = new SvgCanvas(width, height);
    Graphics2D g = canvas.graphics();
    for (int i = 0; i < titleLines.size(); i++) {
      GlyphPainter.draw(g, titleLines.get(i), titleFont, ChartTheme.INK, PAD, titleTop + 18 + i * 24, GlyphPainter.Align.START);
    }
    for (int row = 0; row < legendRows.size(); row++) {
      drawLegend(g, legendRows.get(row), legendTop + row * LEGEND_ROW);
    }
    for (int i = 0; i < panels.size(); i++) {
      Panel panel = panels.get(i);
      if (!panel.heading().isEmpty()) {
        GlyphPainter.draw(g, panel.heading(), headingFont, ChartTheme.MUTED, lefts[i], headingBaselines[i],
            GlyphPainter.Align.START);
      }
      drawPanel(g, panel, labels.get(i), lefts[i] + gutters[i], plotTops[i], plotWidths[i], plotHeights[i], narrow);
    }
    return canvas.svg(title, description);
  }

  /**
   * The heights of panels stacked one above the other: they share {@link #STACKED_PLOT_HEIGHT} px
   * each by what each must show (a log axis {@link #PER_DECADE} px a power of ten, so that its
   * labels at 1, 2 and 5 times each never touch; a linear one the average; the labels on its marks
   * what the panel says they need, whichever is more), each between {@link #LEAST_STACKED} and
   * {@link #MOST_STACKED} px: a panel with one point does not take the room of one with many.
   */
  static int[] stackedHeights(List<Panel> panels) {
    double[] need = new double[panels.size()];
    double sum = 0;
    for (int i = 0; i < panels.size(); i++) {
      ValueAxis axis = panels.get(i).axis();
      need[i] = Math.max(axis.log() ? axis.decades() * PER_DECADE : STACKED_PLOT_HEIGHT, panels.get(i).marksNeed());
      sum += need[i];
    }
    int[] heights = new int[panels.size()];
    for (int i = 0; i < panels.size(); i++) {
      double share = STACKED_PLOT_HEIGHT * panels.size() * need[i] / sum;
      heights[i] = (int) Math.max(LEAST_STACKED, Math.min(MOST_STACKED, Math.round(share)));
    }
    return heights;
  }

  /**
   * The width of a panel's plot when it has the chart's whole width: what its gutter and room
   * leave, the room kept to at most a third of the chart so the plot stays readable.
   */
  private static int plotWidth(Panel panel, double gutter, int width) {
    double room = Math.min(panel.room(), (width - 2 * PAD) / 3.0);
    return (int) Math.floor(width - 2 * PAD - gutter - room);
  }

  /**
   * Whether every category of these panels can be named under its own slot, if need be in a
   * smaller font or on more lines; when not, only some are labelled.
   */
  boolean categoriesFit(List<Panel> panels) {
    double[] gutters = panels.stream().mapToDouble(this::gutter).toArray();
    int[] plotWidths = plotWidths(panels, gutters, WIDTH);
    for (int i = 0; i < panels.size(); i++) {
      CategoryLabels labels = categoryLabels(panels.get(i), slot(panels.get(i), plotWidths[i]),
          gutters[i] + plotWidths[i] + panels.get(i).room());
      if (!labels.fit() || labels.keyed() || labels.lines().stream().anyMatch(List::isEmpty)) {
        return false;
      }
    }
    return true;
  }

  /** The width of each panel's plot: the panels share what the gutters and rooms leave by weight. */
  private static int[] plotWidths(List<Panel> panels, double[] gutters, int width) {
    double free = width - 2 * PAD - PANEL_GAP * (panels.size() - 1) - java.util.Arrays.stream(gutters).sum()
        - panels.stream().mapToDouble(Panel::room).sum();
    double weights = panels.stream().mapToDouble(Panel::weight).sum();
    return panels.stream().mapToInt(p -> (int) Math.floor(free * p.weight() / weights)).toArray();
  }

  /** The width of one category in a plot {@code width} wide, as XChart will lay it out. */
  private static double slot(Panel panel, int width) {
    return width * panel.chart().getStyler().getPlotContentSize() / Math.max(1, panel.categories().size());
  }

  /** As {@link #categoryLabels(Panel, double, double)} for a panel as wide as the chart. */
  CategoryLabels categoryLabels(Panel panel, double slot) {
    return categoryLabels(panel, slot, WIDTH - 2 * PAD);
  }

  /**
   * How the words under a panel's categories fit slots {@code slot} wide. Their own lines, in a
   * font made smaller down to 10 px if need be; else wrapped at spaces onto more lines; else, when
   * even that is too wide, every second (third, …) category labelled, the others left blank. A
   * panel whose every category must be named ({@link Panel#nameEvery()}) gets numbers under its
   * categories instead, and a key, {@code width} wide, that names them: names staggered on rows
   * or centred under bars they outgrow are hard to tie to their bars.
   */
  CategoryLabels categoryLabels(Panel panel, double slot, double width) {
    List<List<String>> given = panel.categories();
    double room = slot - 6;
    double widest = widest(given, categoryFont);
    if (widest <= room) {
      return new CategoryLabels(categoryFont, given, true, true);
    }
    float size = (float) Math.max(SMALLEST, categoryFont.getSize2D() * room / widest);
    Font shrunk = categoryFont.deriveFont(size);
    if (size > SMALLEST || widest(given, shrunk) <= room) {
      return new CategoryLabels(shrunk, given, true, true);
    }
    CategoryLabels wrapped = wrapped(given, room, MAX_CATEGORY_LINES);
    if (wrapped != null) {
      return wrapped;
    }
    if (panel.nameEvery()) {
      return keyed(given, panel.keyDetails(), width);
    }
    int lines = given.stream().mapToInt(List::size).max().orElse(0);
    // No wrapping makes a line narrower than its widest word at the smallest size, so labelling
    // fewer categories than that allows cannot fit: start there (a long date axis would otherwise
    // try every step from 2 up, each a full re-measure).
    double widestWord = given.stream().flatMap(List::stream).flatMap(line -> Arrays.stream(line.split(" ")))
        .mapToDouble(word -> GlyphPainter.width(word, categoryFont.deriveFont(SMALLEST))).max().orElse(0);
    int fewest = Math.max(2, (int) Math.ceil((widestWord + 6) / slot) - 1);
    for (int every = fewest; every <= given.size(); every++) {
      CategoryLabels some = wrapped(given, every * slot - 6, lines);
      if (some != null) {
        List<List<String>> labelled = new ArrayList<>();
        for (int c = 0; c < given.size(); c++) {
          labelled.add(c % every == 0 ? some.lines().get(c) : List.of());
        }
        return new CategoryLabels(some.font(), labelled, true, false);
      }
    }
    return new CategoryLabels(shrunk, given, false, true);
  }

  /**
   * Numbers under the categories and a key that names them, each name (with its detail, after a
   * colon, where {@code details} has one) on as many lines of {@code width} as it needs, its later
   * lines indented under the first's words.
   */
  private CategoryLabels keyed(List<List<String>> given, List<String> details, double width) {
    List<List<String>> numbers = new ArrayList<>();
    List<String> key = new ArrayList<>();
    String widestNumber = Integer.toString(given.size());
    double indent = GlyphPainter.width(widestNumber + " ", categoryFont);
    for (int c = 0; c < given.size(); c++) {
      String number = Integer.toString(c + 1);
      numbers.add(List.of(number));
      String name = String.join(" ", given.get(c));
      String detail = c < details.size() ? details.get(c) : "";
      List<String> lines = wrap(detail.isEmpty() ? name : name + ": " + detail, categoryFont, width - indent);
      for (int l = 0; l < lines.size(); l++) {
        key.add((l == 0 ? number : "") + KEY_TAB + lines.get(l));
      }
    }
    return new CategoryLabels(categoryFont, numbers, true, false, key);
  }

  /** Between a key line's number (or nothing) and its words: drawn as the gap to the indent. */
  static final String KEY_TAB = "\t";

  /**
   * Each category's lines wrapped at spaces to fit {@code room} on as few lines as possible, at
   * most {@code maxLines}, in the largest font that allows it; null if none does.
   */
  private CategoryLabels wrapped(List<List<String>> given, double room, int maxLines) {
    int own = given.stream().mapToInt(List::size).max().orElse(0);
    for (int most = own; most <= maxLines; most++) {
      for (float size = categoryFont.getSize2D(); size >= SMALLEST; size -= 0.5f) {
        Font font = categoryFont.deriveFont(size);
        List<List<String>> lines = new ArrayList<>();
        for (List<String> category : given) {
          List<String> wrapped = new ArrayList<>();
          category.forEach(line -> wrapped.addAll(wrap(line, font, room)));
          for (int i = wrapped.size() - 2; i >= 0; i--) {
            if (wrapped.get(i).equals("→")) { // an arrow left alone leads the next line: "→ Anthropic"
              wrapped.set(i + 1, "→ " + wrapped.get(i + 1));
              wrapped.remove(i);
            }
          }
          lines.add(wrapped);
        }
        int limit = most;
        if (widest(lines, font) <= room && lines.stream().allMatch(l -> l.size() <= limit)) {
          return new CategoryLabels(font, lines, true, false);
        }
      }
    }
    return null;
  }

  private static double widest(List<List<String>> lines, Font font) {
    return lines.stream().flatMap(List::stream).mapToDouble(t -> GlyphPainter.width(t, font)).max().orElse(0);
  }

  /** The legend's keys in rows, each as wide as the chart allows. */
  List<List<Key>> legendRows(List<Key> legend, int chartWidth) {
    List<List<Key>> rows = new ArrayList<>();
    List<Key> row = new ArrayList<>();
    double x = PAD;
    for (Key key : legend) {
      double width = key.indent() + GlyphPainter.width(key.label(), legendFont);
      if (width > chartWidth - 2 * PAD) {
        // Words too long for a line of their own (a key on a narrow chart) are wrapped on as many as
        // they need, each under the one before: a key is never left out for want of room.
        if (!row.isEmpty()) {
          rows.add(row);
        }
        List<String> lines = wrap(key.label(), legendFont, chartWidth - 2 * PAD - key.indent());
        rows.add(List.of(new Key(lines.get(0), key.color(), key.marker(), key.line())));
        lines.subList(1, lines.size()).forEach(l -> rows.add(List.of(Key.continuing(key, l))));
        row = new ArrayList<>();
        x = PAD;
        continue;
      }
      if (!row.isEmpty() && x + width > chartWidth - PAD) {
        rows.add(row);
        row = new ArrayList<>();
        x = PAD;
      }
      row.add(key);
      x += width + 22;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return rows;
  }

  private double gutter(Panel panel) {
    double widest = panel.axis().ticks().stream()
        .mapToDouble(t -> GlyphPainter.width(panel.axis().label().apply(t), tickFont)).max().orElse(0);
    return Math.ceil(widest) + 8;
  }

  private void drawPanel(Graphics2D g, Panel panel, CategoryLabels labels, double left, double top, int width,
      int height, boolean narrow) {
    // First paint into a scratch surface: XChart works out its layout while painting, and the grid
    // must go under the marks, so the grid is drawn from the first pass and the marks by the second.
    panel.chart().paint(new VectorGraphics2D(), width, height);
    PanelGeometry at = new PanelGeometry(panel.chart(), panel.axis(), narrow, labels.keyed());
    AffineTransform saved = g.getTransform();
    g.translate(left, top);
    ValueAxis axis = panel.axis();
    double capHalf = GlyphPainter.capHeight(tickFont) / 2;
    // Labels that never touch: on a short log axis only its powers of ten (every second, … where even
    // those would), each with its grid line; the axis's ends keep theirs, unlabelled, to frame the plot.
    double labelHeight = axis.ticks().stream().mapToDouble(t -> GlyphPainter.inkHeight(axis.label().apply(t), tickFont))
        .max().orElse(0);
    List<Double> labelled = axis.labelled(Math.abs(at.y(axis.min()) - at.y(axis.max())), labelHeight);
    for (double tick : axis.ticks()) {
      boolean shown = labelled.contains(tick);
      if (!shown && tick != axis.min() && tick != axis.max()) {
        continue;
      }
      double ty = at.y(tick);
      boolean base = !axis.log() && tick == 0;
      g.setStroke(HAIRLINE);
      g.setColor(base ? ChartTheme.BASELINE : ChartTheme.GRID);
      g.draw(new Line2D.Double(at.left(), ty, at.right() + panel.room(), ty));
      if (shown) {
        GlyphPainter.draw(g, axis.label().apply(tick), tickFont, ChartTheme.MUTED, -8, ty + capHalf,
            GlyphPainter.Align.END);
      }
    }
    panel.xAxis().ifPresent(x -> x.grid(g, at));
    panel.chart().paint(g, width, height);
    panel.xAxis().ifPresent(x -> x.labels(g, at, height + 4 + LINE - 3, LINE));
    // A panel's own lines get the font that fits the slot as painted; wrapped ones keep theirs.
    Font font = labels.given() ? categoryFont(panel, at.slot()) : labels.font();
    if (labels.keyed()) {
      font = theme.bold(font.getSize2D());
    }
    double gutter = gutter(panel);
    for (int c = 0; c < labels.lines().size(); c++) {
      List<String> lines = labels.lines().get(c);
      double x = at.center(c);
      // A category is named whole or not at all: "OpenAI" alone under a bar would hide who invested.
      boolean fits = true;
      for (int l = 0; l < lines.size(); l++) {
        fits &= GlyphPainter.fits(g, lines.get(l), font, x, height + 4 + LINE * (l + 1) - 3,
            GlyphPainter.Align.CENTER);
      }
      for (int l = 0; fits && l < lines.size(); l++) {
        GlyphPainter.draw(g, lines.get(l), font, ChartTheme.INK, x, height + 4 + LINE * (l + 1) - 3,
            GlyphPainter.Align.CENTER);
      }
    }
    // The key of numbered categories, from the panel's left edge: the number, then its name.
    double indent = GlyphPainter.width(labels.lines().size() + " ", labels.font());
    for (int k = 0; k < labels.key().size(); k++) {
      String[] line = labels.key().get(k).split(KEY_TAB, 2);
      double baseline = height + 4 + LINE * (labels.nameLines() + k + 1) - 3;
      if (!line[0].isEmpty()) {
        GlyphPainter.draw(g, line[0], font, ChartTheme.INK, -gutter, baseline, GlyphPainter.Align.START);
      }
      GlyphPainter.draw(g, line[1], labels.font(), ChartTheme.INK, -gutter + indent, baseline, GlyphPainter.Align.START);
    }
    panel.overlay().paint(g, at);
    g.setTransform(saved);
  }

  /** The category font, made smaller (down to 10 px) when a label is wider than its slot. */
  private Font categoryFont(Panel panel, double slot) {
    double widest = panel.categories().stream().flatMap(List::stream)
        .mapToDouble(t -> GlyphPainter.width(t, categoryFont)).max().orElse(0);
    if (widest <= slot - 6) {
      return categoryFont;
    }
    return categoryFont.deriveFont((float) Math.max(10, categoryFont.getSize2D() * (slot - 6) / widest));
  }

  /** Draws one row of the legend, its keys' middles {@code top + 11} down. */
  void drawLegend(Graphics2D g, List<Key> legend, double top) {
    double x = PAD;
    double mid = top + 11;
    for (Key key : legend) {
      double labelX = x + key.indent();
      if (!GlyphPainter.fits(g, key.label(), legendFont, labelX, mid + GlyphPainter.capHeight(legendFont) / 2,
          GlyphPainter.Align.START)) {
        continue; // a key without its words says nothing: leave both out (the chart names its series directly)
      }
      if (key.continuation()) {
        x += key.indent();
      } else if (key.marker() == null) {
        g.setColor(key.color());
        g.fill(new RoundRectangle2D.Double(x, mid - 7, 14, 14, 3, 3));
        x += 20;
      } else {
        g.setColor(key.color());
        // A series with no line drawn (points only) is keyed by its marker alone.
        if (key.line() != null) {
          g.setStroke(key.line());
          g.draw(new Line2D.Double(x, mid, x + 28, mid));
        }
        key.marker().paint(g, x + 14, mid, 9);
        x += 34;
      }
      Rectangle2D box = GlyphPainter.draw(g, key.label(), legendFont, ChartTheme.INK, x, mid + GlyphPainter.capHeight(legendFont) / 2,
          GlyphPainter.Align.START);
      x = box.getMaxX() + 22;
    }
  }

  /** Breaks a title into lines that fit {@code width}, at spaces. */
  static List<String> wrap(String text, Font font, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      String next = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && GlyphPainter.width(next, font) > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(next);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  ChartTheme theme() {
    return theme;
  }
}
