package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.Money;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.knowm.xchart.XYChart;

/**
 * What the labs are worth over time: one line per company, on a log scale by default so equal
 * growth rates look equal. Dates stay as precise as their sources ("2023", "2024년 3월") and are
 * spaced evenly rather than placed at an invented day. Each currency gets its own panel. With no
 * rows named and more companies than fit, only those with the highest latest valuation are drawn,
 * and the caption and alt text say so ({@link Shortlist}).
 */
final class ValuationChart implements KindRenderer {
  /** The space between a value's words and its amount ("more than $300 billion"): where a narrow label may break. */
  private static final java.util.regex.Pattern AMOUNT_AFTER_WORDS = java.util.regex.Pattern.compile(" (?=[$€£¥₩\\d])");
  private static final double LABEL_GAP = 34;
  /** The markers' size, as the theme gives it to XChart. */
  private static final int MARKER = ChartTheme.MARKER_SIZE;

  /** One company's valuations in one currency, in date order. */
  record Line(String company, List<Valuation> points) {
    /**
     * The value the line's multiple is measured from: the first point of the run joined to its
     * last point, as the line is drawn. A pre-money value before it stands apart, unjoined (a new
     * user's Figure AI, about $2 billion pre-money five days before its $2.6 billion post-money,
     * was taken as the start of its line, and its ×15.0 was said to be "on different bases").
     * Where no run reaches the last point (a company valued once before a round, once after), the
     * first point, where its label goes; the line then does not {@link #grows}.
     */
    Valuation first() {
      return joined(this).stream().filter(run -> run.contains(last())).findFirst().orElse(points).get(0);
    }

    /**
     * Whether the line has a multiple to measure: a joined run of values reaches its last point. A
     * company valued once before a round and once after has none, and no note that its "first and
     * last values are on different bases" (a new user's Mistral AI, €10 billion pre-money and €11.7
     * billion post-money two days apart): its pre-money value stands apart, said under the chart.
     */
    boolean grows() {
      return joined(this).stream().anyMatch(run -> run.contains(last()));
    }

    Valuation last() {
      return points.get(points.size() - 1);
    }
  }

  private final ChartFrame frame;

  ValuationChart(ChartFrame frame) {
    this.frame = frame;
  }

  @Override
  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartWording w = new ChartWording(briefing, lang);
    // A denial is never plotted; it stays in the tables.
    List<Valuation> selected = ChartSelection.valuations(briefing, spec).stream()
        .filter(v -> v.reporting().plottable()).toList();
    Map<Currency, List<Line>> every = lines(selected);
    Map<Currency, List<Line>> byCurrency = every;
    if (Shortlist.applies(spec)) {
      byCurrency = shortlist(every, l -> l.points().stream().anyMatch(v -> spec.pinned(v.id())), Shortlist.COMPANIES);
    }
    Set<Valuation> kept = byCurrency.values().stream().flatMap(List::stream).flatMap(l -> l.points().stream())
        .collect(Collectors.toSet());
    List<Valuation> rows = selected.stream().filter(kept::contains).toList();
    String cut = rows.size() < selected.size()
        ? ChartNotes.largestCompanies(w, companies(byCurrency), companies(every), every.size() > 1)
        : "";
    List<Panel> panels = new ArrayList<>();
    TimeAxis time = TimeAxis.covering(rows.stream().map(Valuation::date).toList());
    // A chart of one company whose title names it (its own page) needs no name at its lines' ends,
    // only the growth; every other chart names each line.
    List<String> drawn = byCurrency.values().stream().flatMap(List::stream).map(Line::company).distinct().toList();
    boolean named = drawn.size() != 1 || !spec.title().in(lang).contains(w.company(drawn.get(0)));
    w.showing(drawn);
    // The lines the drawing could not name anywhere (wide or narrow), for the legend below.
    java.util.Set<String> unnamed = java.util.concurrent.ConcurrentHashMap.newKeySet();
    // One company, one marker and dash, in every panel and in the legend (a new user's Zhipu was a
    // triangle in the yuan panel and the legend, a diamond in the Hong Kong dollar one).
    Map<String, Integer> seriesOf = seriesOf(byCurrency);
    for (Map.Entry<Currency, List<Line>> e : byCurrency.entrySet()) {
      panels.add(panel(e.getKey(), e.getValue(), seriesOf, spec, w, byCurrency.size() > 1, time, named, unnamed));
    }
    ChartDataTable table = new ChartDataTable(
        List.of(w.pick("회사", "Company"), w.pick("시점", "Date"), w.pick("기준", "Basis"), w.pick("통화", "Currency"),
            w.pick("기업가치", "Valuation"), w.pick("수치 성격", "Bound"), w.pick("기업가치 상한", "Upper end"),
            w.pick("확인 여부", "Claim")),
        List.of(w.pick("회사", "Company"), w.pick("시점", "Date"), w.pick("기준", "Basis"), w.pick("기업가치", "Valuation")));
    for (List<Line> lines : byCurrency.values()) {
      for (Line line : lines) {
        for (Valuation v : line.points()) {
          // Two values of one company and day (pre- and post-money) differ by their basis: said on each row.
          table.row(
              List.of(w.company(v.company()), v.date().toString(), v.basis().code(), v.amount().currency().getCurrencyCode(),
                  v.amount().amount().toPlainString(), v.bound().code(),
                  v.reporting().high().map(h -> h.amount().toPlainString()).orElse(""), v.reporting().claim().code()),
              // Blank where the source states no basis, as on the valuations page.
              List.of(w.company(v.company()), w.date(v.date()),
                  com.moneywar.briefing.model.AmountText.basis(v.basis(), w.lang()), w.money(v, false)));
        }
      }
    }
    List<Line> all = byCurrency.values().stream().flatMap(List::stream).toList();
    String alt = alt(all, spec.scale() == ChartSpec.Scale.LOG, cut, w);
    // No legend: each line carries its company's name at its end, which is easier to read.
    byte[] svg = frame.draw(spec.title().in(lang), legend(rows, w), panels, alt);
    if (!unnamed.isEmpty()) {
      // A line that carries no name is named in the legend instead, by its colour, marker and dash.
      List<ChartFrame.Key> keys = new ArrayList<>(legend(rows, w));
      seriesOf.forEach((company, i) -> {
        if (unnamed.contains(company)) {
          // Keyed by a line only where one is drawn: a new user's Mistral AI, a value before its round and
          // one after, had a line in the legend and none on the chart.
          boolean drawnAsLine = all.stream().anyMatch(l -> l.company().equals(company) && !joined(l).isEmpty());
          keys.add(new ChartFrame.Key(w.company(company), w.colour(company), ChartTheme.marker(i),
              drawnAsLine ? ChartTheme.line(i) : null));
        }
      });
      svg = frame.draw(spec.title().in(lang), keys, panels, alt);
    }
    ChartNotes notes = new ChartNotes(w).add(cut).log(spec.scale() == ChartSpec.Scale.LOG).panels(byCurrency.size(), ChartNotes.Marks.POINTS);
    notes.add(TimeNotes.partialDates(rows, w));
    if (twins(all)) {
      notes.add(w.pick("날짜와 값이 같은 다른 회사의 점은 겹치지 않게 옆으로 비켜 그렸다. 날짜는 같다.",
          "Points of different companies with one date and one value are drawn side by side; their date is the same."));
    }
    // A pre-money value drawn beside other values of its company stands apart from their line: say why.
    // It is named there too: its label by the point may find no room, and an unlabelled second point
    // of the company's colour read as a value unexplained (a new user's Moonshot AI).
    List<Valuation> apart = byCurrency.values().stream().flatMap(List::stream).filter(l -> l.points().size() > 1
        && l.points().stream().anyMatch(v -> v.basis() != com.moneywar.briefing.model.ValuationBasis.PRE_MONEY))
        .flatMap(l -> l.points().stream().filter(v -> v.basis() == com.moneywar.briefing.model.ValuationBasis.PRE_MONEY))
        .toList();
    if (!apart.isEmpty()) {
      String values = named(apart, w);
      notes.add(w.pick("투자 전 기업가치(" + values + ")는 다른 값과 선으로 잇지 않았다. 투자 후 값과 이으면 몸값이 오르거나 내린 것처럼"
              + " 읽히기 때문이다.",
          (apart.size() == 1 ? "A pre-money value (" + values + ") is" : "Pre-money values (" + values + ") are")
              + " not joined to the company's other values: a line to a post-money value would read as a rise or a fall."));
    }
    // A line with no multiple at its end says why under the chart too, not only in the alt text. A
    // multiple belongs to a line, and a company has a line in each currency it was valued in: with
    // several panels the note names the panel it is about (MiniMax's dollar line has a multiple, its
    // Hong Kong dollar line none).
    notes.add(floorsBelow(all, spec.scale() == ChartSpec.Scale.LOG, w));
    boolean several = byCurrency.size() > 1;
    byCurrency.forEach((currency, lines) -> notes.add(noMultiple(lines,
        several ? java.util.Optional.of(currency) : java.util.Optional.empty(), w)));
    // Of the companies drawn, and of those with no value the chart could draw (a new user's MiniMax,
    // whose only value was sought in talks, went unmentioned beside Moonshot's): a value of a company
    // the chart leaves out for want of room is no gap in the picture.
    List<Valuation> scope = (spec.rows().isEmpty() ? briefing.valuations() : ChartSelection.valuations(briefing, spec))
        .stream().filter(v -> spec.currency().map(c -> c.equals(v.amount().currency())).orElse(true)).toList();
    java.util.Set<String> drawable = scope.stream().filter(v -> v.reporting().plottable()).map(Valuation::company)
        .collect(java.util.stream.Collectors.toSet());
    notes.add(undrawn(scope.stream().filter(v -> !v.reporting().plottable()
        && (drawn.contains(v.company()) || !drawable.contains(v.company()))).toList(), w));
    notes.leftOut(ChartSelection.leftOut(briefing, spec));
    return new ChartImage(spec.id(), lang, svg, spec.title().in(lang), alt, notes.after(spec.caption().in(lang)),
        SourceLine.of(briefing, rows, w), table.exact(), table.shown());
  }

  /**
   * The note on the lines of one panel that have no multiple at their end, "미니맥스는 처음과 마지막 값의
   * 기준이 달라 배수를 적지 않았다.", naming the panel when there is one ("HKD 패널의
   * 미니맥스는 …" / "… for MiniMax in the HKD panel …"); empty when every line has its multiple.
   */
  /**
   * The note on values known only as a floor ("more than", "at least") that the line joins below the
   * value before them: the line falls there, but the value may have risen. A new user's Anthropic,
   * "about $350 billion" on 18 November and "more than $300 billion" on 3 December, seemed to lose
   * $50 billion. Empty when no line falls to a floor.
   */
  static String floorsBelow(List<Line> lines, boolean log, ChartWording w) {
    List<Valuation> floors = new ArrayList<>();
    for (Line line : lines) {
      for (List<Valuation> run : joined(line)) {
        for (int i = 1; i < run.size(); i++) {
          Valuation v = run.get(i);
          boolean floor = v.bound() == com.moneywar.briefing.model.Bound.MORE_THAN
              || v.bound() == com.moneywar.briefing.model.Bound.AT_LEAST;
          if (floor && middle(v, log) < middle(run.get(i - 1), log)) {
            floors.add(v);
          }
        }
      }
    }
    if (floors.isEmpty()) {
      return "";
    }
    String named = named(floors, w);
    return w.pick("하한만 알려진 값(" + named + ")은 앞선 값보다 낮게 그려졌지만, 몸값이 줄었다는 뜻은 아니다.",
        floors.size() == 1
            ? "A value known only as a floor (" + named + ") is drawn below the value before it; that does not mean the"
                + " valuation fell."
            : "Values known only as floors (" + named + ") are drawn below the values before them; that does not mean"
                + " the valuations fell.");
  }

  /**
   * Up to three values a note is about, each by company, date and amount ("앤스로픽 2025년 12월 3일 3000억달러
   * 이상" / "Anthropic, December 3, 2025: more than $300 billion"), and how many more there are.
   */
  private static String named(List<Valuation> values, ChartWording w) {
    List<String> named = values.stream().limit(3).map(v -> w.company(v.company())
        + w.pick(" " + w.date(v.date()) + " ", ", " + w.date(v.date()) + ": ") + w.label(v)).toList();
    int more = values.size() - named.size();
    return w.pick(String.join(", ", named) + (more > 0 ? " 외 " + more + "건" : ""),
        String.join("; ", named) + (more > 0 ? " and " + more + " more" : ""));
  }

  static String noMultiple(List<Line> lines, java.util.Optional<Currency> panel, ChartWording w) {
    List<String> names = lines.stream().filter(l -> l.grows() && !comparable(l.first(), l.last()))
        .map(l -> w.company(l.company())).toList();
    if (names.isEmpty()) {
      return "";
    }
    String en = names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    String ko = panel.map(c -> w.currencyName(c) + " 패널의 ").orElse("");
    String where = panel.map(c -> " in the " + w.currencyAdjective(c) + " panel").orElse("");
    return w.pick(ko + ChartWording.josa(String.join("·", names), "은", "는") + " 처음과 마지막 값의 기준이 달라 배수를 적지 않았다.",
        "No multiple is given for " + en + where + ": " + (names.size() == 1 ? "its" : "their") + " first and last values"
            + " are on different bases.");
  }

  /**
   * Keys for the kinds of mark the chart draws beyond a plain point, only those it has: hollow for
   * an estimate or an unconfirmed report, a bar for a range. The lines carry their own names.
   */
  static List<ChartFrame.Key> legend(List<? extends com.moneywar.briefing.model.MoneyFact> rows, ChartWording w) {
    List<ChartFrame.Key> keys = new ArrayList<>();
    java.awt.BasicStroke none = new java.awt.BasicStroke(0f);
    if (rows.stream().anyMatch(ValuationMarks::hollow)) {
      keys.add(new ChartFrame.Key(w.pick("속이 빈 표시: 추정치이거나 확인되지 않은 보도·주장", "Hollow: an estimate, or a report or claim not confirmed"),
          ChartTheme.MUTED, ValuationMarks.hollowKey(ChartTheme.MARKERS[0]), none));
    }
    if (rows.stream().anyMatch(ValuationMarks::range)) {
      keys.add(new ChartFrame.Key(w.pick("세로 막대: 범위로 보도된 수치", "Bar: reported as a range"),
          ChartTheme.MUTED, ValuationMarks.rangeKey(), none));
    }
    return keys;
  }

  /**
   * The lines of at most {@code room} companies, each with its own colour, marker and dash: the
   * companies of the pinned lines, then in turns, panel by panel, the company of each panel's
   * next-largest line by its latest value, every panel having at least one. A company chosen in
   * one panel is drawn in every panel it has a line in, at no cost to the room (a new user's Zhipu
   * was drawn in yuan and Hong Kong dollars but not in dollars, under a note that said every
   * company was shown). A panel cut keeps its lines largest first.
   */
  static Map<Currency, List<Line>> shortlist(Map<Currency, List<Line>> every, java.util.function.Predicate<Line> pinned,
      int room) {
    Map<Currency, List<Line>> ranked = new LinkedHashMap<>();
    every.forEach((c, lines) -> ranked.put(c,
        lines.stream().sorted(Comparator.comparing((Line l) -> l.last().amount().amount()).reversed()).toList()));
    Set<String> chosen = new java.util.LinkedHashSet<>();
    every.values().stream().flatMap(List::stream).filter(pinned).forEach(l -> chosen.add(l.company()));
    int longest = ranked.values().stream().mapToInt(List::size).max().orElse(0);
    for (int round = 0; round < longest; round++) {
      for (List<Line> lines : ranked.values()) {
        if (round < lines.size() && (chosen.size() < room || round == 0 && lines.stream().noneMatch(
            l -> chosen.contains(l.company())))) {
          chosen.add(lines.get(round).company());
        }
      }
    }
    Map<Currency, List<Line>> kept = new LinkedHashMap<>();
    ranked.forEach((c, lines) -> {
      List<Line> shown = lines.stream().filter(l -> chosen.contains(l.company())).toList();
      kept.put(c, shown.size() == lines.size() ? every.get(c) : shown);
    });
    return kept;
  }

  private static int companies(Map<Currency, List<Line>> lines) {
    return (int) lines.values().stream().flatMap(List::stream).map(Line::company).distinct().count();
  }

  /** Lines per currency (in {@link PanelOrder}) and company, in order of first appearance; points in date order. */
  static Map<Currency, List<Line>> lines(List<Valuation> rows) {
    Map<Currency, Map<String, List<Valuation>>> grouped = PanelOrder.map();
    for (Valuation v : rows) {
      grouped.computeIfAbsent(v.amount().currency(), c -> new LinkedHashMap<>())
          .computeIfAbsent(v.company(), c -> new ArrayList<>()).add(v);
    }
    Map<Currency, List<Line>> lines = PanelOrder.map();
    grouped.forEach((currency, byCompany) -> lines.put(currency, byCompany.entrySet().stream()
        .map(e -> new Line(e.getKey(), e.getValue().stream().sorted(Comparator.comparing(Valuation::date)).toList()))
        .toList()));
    return lines;
  }

  /** Whether two companies have a point of one date and one value in one currency: they stand side by side. */
  static boolean twins(List<Line> lines) {
    return lines.stream().flatMap(l -> l.points().stream().map(v -> v.date() + " " + v.amount().currency() + " "
        + v.amount().amount().stripTrailingZeros().toPlainString() + " " + top(v)).distinct()).collect(
            Collectors.groupingBy(k -> k, Collectors.counting())).values().stream().anyMatch(n -> n > 1);
  }

  /**
   * The series of each company the chart draws, which sets its marker and its dash: its place in the
   * order companies first appear, panel by panel, so that it is the same in every panel.
   */
  static Map<String, Integer> seriesOf(Map<Currency, List<Line>> byCurrency) {
    Map<String, Integer> seriesOf = new LinkedHashMap<>();
    byCurrency.values().stream().flatMap(List::stream).forEach(l -> seriesOf.putIfAbsent(l.company(), seriesOf.size()));
    return seriesOf;
  }

  /**
   * How far to move each point sideways, in px, so that points of different companies that would
   * cover one another (one date, one value) stand side by side; the points of one company are never
   * moved apart from one another, which would bend its line. A point not in the map stays.
   */
  static Map<com.moneywar.briefing.model.MoneyFact, Double> apart(List<Line> lines, PanelGeometry at, boolean log) {
    Map<Valuation, String> owner = new java.util.IdentityHashMap<>();
    lines.forEach(l -> l.points().forEach(v -> owner.put(v, l.company())));
    return ValuationMarks.sideBySide(lines.stream().flatMap(l -> l.points().stream()).toList(), at, log,
        f -> owner.get((Valuation) f));
  }

  private Panel panel(Currency currency, List<Line> lines, Map<String, Integer> seriesOf, ChartSpec spec, ChartWording w,
      boolean headed, TimeAxis time, boolean named, java.util.Set<String> unnamed) {
    double lowest = lines.stream().flatMap(l -> l.points().stream())
        .mapToDouble(v -> v.amount().amount().doubleValue()).min().orElse(1);
    double highest = lines.stream().flatMap(l -> l.points().stream()).mapToDouble(ValuationChart::top).max().orElse(1);
    java.util.function.DoubleFunction<String> tick = v -> w.label(new Money(BigDecimal.valueOf(v), currency));
    boolean log = spec.scale() == ChartSpec.Scale.LOG;
    ValueAxis axis = log ? ValueAxis.log(lowest, highest, tick) : ValueAxis.linear(highest, tick);
    // Each point is placed by its date (a date known only to the month or the year at the middle
    // of its period); the overlay draws the lines and marks.
    XYChart chart = TimeAxisPainter.plot(frame.theme(), time, axis);
    Font name = frame.theme().bold(13f);
    Font value = frame.theme().regular(12f);
    // A pre-money value of a round beside its post-money value is named in the latter's label (see companions).
    Map<Valuation, Valuation> companions = companions(lines);
    java.util.function.Function<Valuation, String> labelOf = v -> pointLabel(v, w)
        + (companions.containsKey(v) ? " · " + pointLabel(companions.get(v), w) : "");
    double room = lines.stream().mapToDouble(l -> Math.max(GlyphPainter.width(endName(l, w, named), name),
        GlyphPainter.width(labelOf.apply(l.last()), value))).max().orElse(0) + 16;
    int[] series = lines.stream().mapToInt(l -> seriesOf.get(l.company())).toArray();
    Panel.Overlay labels = (g, at) -> {
      Map<com.moneywar.briefing.model.MoneyFact, Double> shift = apart(lines, at, log);
      // Where a point is drawn across: at its date, or beside a point of another company that it would cover.
      java.util.function.ToDoubleFunction<Valuation> dx = v -> shift.getOrDefault(v, 0.0);
      double[] wanted = lines.stream().mapToDouble(l -> at.y(middle(l.last(), log))).toArray();
      double[] ends = LabelSpreader.apart(wanted, LABEL_GAP, LABEL_GAP / 2, at.bottom() - LABEL_GAP / 2);
      double cap = GlyphPainter.capHeight(value);
      // Every mark first, then the names and latest values at the lines' ends; a value along a
      // line is left out where it would cover a mark or another label (the table still lists it).
      List<Rectangle2D> taken = new ArrayList<>();
      // Every line's segments: a value along a line never stands on another line (its halo would cut
      // that line, and the value would seem to be that line's).
      List<List<java.awt.geom.Line2D>> segments = new ArrayList<>();
      for (int s = 0; s < lines.size(); s++) {
        segments.add(new ArrayList<>());
        // A pre-money value is never joined to the others: a line from it to a post-money one would
        // read as a rise or a fall.
        for (List<Valuation> joined : joined(lines.get(s))) {
          java.awt.geom.Path2D.Double path = new java.awt.geom.Path2D.Double();
          for (Valuation v : joined) {
            double px = at.x(TimeAxis.x(v.date())) + dx.applyAsDouble(v);
            double py = at.y(middle(v, log));
            if (path.getCurrentPoint() == null) {
              path.moveTo(px, py);
            } else {
              segments.get(s).add(new java.awt.geom.Line2D.Double(path.getCurrentPoint(), new java.awt.geom.Point2D.Double(px, py)));
              path.lineTo(px, py);
            }
          }
          g.setColor(w.colour(lines.get(s).company()));
          g.setStroke(ChartTheme.line(series[s]));
          g.draw(path);
        }
      }
      List<List<Rectangle2D>> marks = new ArrayList<>();
      for (int s = 0; s < lines.size(); s++) {
        List<Rectangle2D> own = new ArrayList<>();
        Set<Valuation> onLine = joined(lines.get(s)).stream().flatMap(List::stream)
            .collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>())));
        for (Valuation v : lines.get(s).points()) {
          if (!onLine.contains(v) && !onLine.isEmpty()) {
            // A point no line joins (a pre-money value beside post-money ones) that a line passes: the
            // line breaks around it, so it does not read as one of the line's corners.
            double r = ValuationMarks.SIZE / 2.0 + 4;
            double cx = at.x(TimeAxis.x(v.date())) + dx.applyAsDouble(v);
            double cy = at.y(middle(v, log));
            g.setColor(ChartTheme.KNOCKOUT);
            g.fill(new java.awt.geom.Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
          }
          own.add(paint(g, v, series[s], w.colour(lines.get(s).company()), at, log, dx.applyAsDouble(v)));
        }
        marks.add(own);
        taken.addAll(own);
      }
      // Two passes: every line's name where it reads best first, then, for a name that found no room,
      // the places further off its end (tied by a leader line), so that none takes another's place.
      List<Integer> deferred = new ArrayList<>();
      for (int pass = 0; pass < 2; pass++)
      for (int s = 0; s < lines.size(); s++) {
        if (pass == 1 && !deferred.contains(s)) {
          continue;
        }
        Line line = lines.get(s);
        double endX = ValuationMarks.right(line.last(), at) + dx.applyAsDouble(line.last()) + 8;
        // The name with its growth beside the line's end; where that leaves the chart, the name
        // alone, or either above the last point, ending at it.
        String end = endName(line, w, named);
        String company = named ? w.company(line.company()) : "";
        String growth = named ? end.substring(Math.min(end.length(), company.length())).strip() : end;
        double top = at.y(ValuationMarks.topValue(line.last(), log)) - 10 - GlyphPainter.capHeight(value) - 6;
        double endPx = at.x(TimeAxis.x(line.last().date())) + dx.applyAsDouble(line.last());
        double endPy = at.y(middle(line.last(), log));
        double step = GlyphPainter.capHeight(name) + 6;
        // Each try: its lines, top first, and where the last line's baseline is. The name with its
        // growth on one line, else on two (the growth under the name), beside the line's end, then
        // above its last point, ending at it; only then the name alone, its growth moving to the value.
        List<Object[]> tries = new ArrayList<>();
        tries.add(new Object[] {List.of(end), endX, ends[s] - 2, GlyphPainter.Align.START});
        if (!company.isEmpty() && !growth.isEmpty()) {
          tries.add(new Object[] {List.of(company, growth), endX, ends[s] - 2 + step, GlyphPainter.Align.START});
        }
        tries.add(new Object[] {List.of(end), endPx, top, GlyphPainter.Align.END});
        // Left of the last point, level with it, where the lines leave room nowhere else.
        double endLeft = ValuationMarks.left(line.last(), at) + dx.applyAsDouble(line.last()) - 8;
        // Its name and latest value on one line there: "러버블 66억달러".
        String latestAlone = labelOf.apply(line.last());
        // The mark of a pre-money value the latest value's label names too: no neighbour to keep from.
        Rectangle2D pair = companionMark(line, line.last(), companions, marks.get(s));
        double inlineWidth = GlyphPainter.width(" ", value) + GlyphPainter.width(latestAlone, value);
        tries.add(new Object[] {List.of(end), endLeft - inlineWidth, endPy + GlyphPainter.capHeight(name) / 2,
            GlyphPainter.Align.END, true});
        tries.add(new Object[] {List.of(end), endLeft, endPy + GlyphPainter.capHeight(name) / 2, GlyphPainter.Align.END});
        if (!company.isEmpty() && !growth.isEmpty()) {
          tries.add(new Object[] {List.of(company, growth), endPx, top, GlyphPainter.Align.END});
          tries.add(new Object[] {List.of(company), endX, ends[s] - 2, GlyphPainter.Align.START});
          tries.add(new Object[] {List.of(company), endPx, top, GlyphPainter.Align.END});
        }
        // Last, beside the line's end but a line or more above or below the others' names, tied to
        // the last point by a leader line: a new user's fastest-growing company, its end among three
        // others, had no name on the drawing at all.
        int nearby = tries.size();
        for (int k = 1; k <= 3; k++) {
          for (int sign : new int[] {-1, 1}) {
            tries.add(new Object[] {List.of(end), endX, ends[s] - 2 + sign * k * step, GlyphPainter.Align.START});
          }
        }
        boolean placed = !named;
        boolean withGrowth = growth.isEmpty();
        double valueShift = 0;
        boolean valueDrawn = false;
        for (Object[] t : pass == 0 ? tries.subList(0, nearby) : tries.subList(nearby, tries.size())) {
          @SuppressWarnings("unchecked")
          List<String> texts = (List<String>) t[0];
          double tx = (double) t[1];
          double last = (double) t[2];
          GlyphPainter.Align align = (GlyphPainter.Align) t[3];
          if (texts.stream().allMatch(String::isEmpty)) {
            continue;
          }
          boolean inline = t.length > 4;
          Rectangle2D inlineBox = GlyphPainter.box(latestAlone, value, endLeft, last, GlyphPainter.Align.END);
          boolean fit = !inline || GlyphPainter.fits(g, latestAlone, value, endLeft, last, GlyphPainter.Align.END)
              && clear(inlineBox, endPx, endPy, s, marks, taken, segments, pair) && !crossed(inlineBox, s, segments);
          for (int i = 0; i < texts.size() && fit; i++) {
            double b = last - (texts.size() - 1 - i) * step;
            Rectangle2D box = GlyphPainter.box(texts.get(i), name, tx, b, align);
            fit = GlyphPainter.fits(g, texts.get(i), name, tx, b, align)
                && clear(box, endPx, endPy, s, marks, taken, segments, pair) && !crossed(box, s, segments);
          }
          if (fit) {
            List<Rectangle2D> drawn = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
              double b = last - (texts.size() - 1 - i) * step;
              drawn.add(GlyphPainter.draw(g, texts.get(i), name, ChartTheme.INK, tx, b, align, true));
            }
            taken.addAll(drawn);
            // A name moved up or down beside the line's end, away from the others' names, is tied to
            // the line's last point: a new user's "코그니션 2.5배" stood 50 px under its point, level
            // with nothing, and read as no line's.
            double gap = Math.max(drawn.get(0).getMinY() - endPy, endPy - drawn.get(drawn.size() - 1).getMaxY());
            if (tx == endX && gap > LabelPlacer.LEADER) {
              g.setColor(ChartTheme.MUTED);
              g.setStroke(new java.awt.BasicStroke(1f));
              g.draw(LabelTies.leader(drawn, endPx, endPy, MARKER));
            }
            if (inline) {
              taken.add(GlyphPainter.draw(g, latestAlone, value, ChartTheme.INK, endLeft, last, GlyphPainter.Align.END, true));
              valueDrawn = true;
            }
            placed |= !company.isEmpty() && texts.get(0).startsWith(company);
            withGrowth |= texts.size() > 1 || texts.get(0).equals(end);
            if (tx == endX) {
              valueShift = last - (ends[s] - 2);
            }
            break;
          }
        }
        if (!placed && pass == 0) {
          deferred.add(s);
          continue;
        }
        if (!placed) {
          unnamed.add(line.company());
        }
        // The latest value beside the line's end; where that leaves the chart (a long figure on a
        // narrow chart), above the last point, ending at it, or below it.
        // A growth the name could not carry goes with the value: it is never dropped silently.
        String latest = labelOf.apply(line.last()) + (withGrowth ? "" : " · " + growth);
        double px = endPx;
        double[][] places = {{endX, ends[s] + cap + 5 + valueShift, 0},
            {px, at.y(ValuationMarks.topValue(line.last(), log)) - 10, 1},
            {px, at.y(line.last().amount().amount().doubleValue()) + cap + 12, 1}};
        // A value tied by a leader line keeps clear of the other marks (a pre-money value its label
        // names too is none of them).
        Rectangle2D lastMark = marks.get(s).get(line.points().size() - 1);
        List<Rectangle2D> neighbours = marks.stream().flatMap(List::stream).filter(m -> m != lastMark && m != pair).toList();
        // On one line, else (a narrow chart) broken after its value, before the pre-money value it names too.
        List<List<String>> forms = new ArrayList<>(List.of(List.of(latest)));
        int pairAt = companions.containsKey(line.last()) ? labelOf.apply(line.last()).lastIndexOf(" · ") : -1;
        if (pairAt > 0) {
          forms.add(List.of(latest.substring(0, pairAt), latest.substring(pairAt + 3)));
          // Last, the value alone, as before: the note under the chart gives the pre-money value.
          forms.add(List.of(pointLabel(line.last(), w) + (withGrowth ? "" : " · " + growth)));
        }
        // On a narrow chart, the words before the amount on a line of their own: "more than" over "$300 billion".
        java.util.regex.Matcher amount = AMOUNT_AFTER_WORDS.matcher(latest);
        if (pairAt < 0 && amount.find()) {
          forms.add(List.of(latest.substring(0, amount.start()), latest.substring(amount.start() + 1)));
        }
        double lineStep = cap + 5;
        // Last, beside the line's end but a line or more above or below its point, tied to it by a
        // leader line: a new user's Scale AI, its latest value crowded by Meta's mark beside it.
        List<double[]> spots = new ArrayList<>(List.of(places));
        for (int k = 1; k <= 3; k++) {
          for (int sign : new int[] {1, -1}) {
            spots.add(new double[] {endX, endPy + cap / 2 + sign * k * lineStep, 0, 1});
          }
        }
        placing:
        for (List<String> form : valueDrawn ? List.<List<String>>of() : forms) {
          for (double[] place : spots) {
            GlyphPainter.Align align = place[2] == 0 ? GlyphPainter.Align.START : GlyphPainter.Align.END;
            // Beside the line's end and under the point, the lines run down from the place; above it, up to it.
            boolean up = place == places[1];
            boolean tied = place.length > 3;
            boolean fit = true;
            Rectangle2D valueBox = null;
            for (int i = 0; i < form.size() && fit; i++) {
              double b = up ? place[1] - (form.size() - 1 - i) * lineStep : place[1] + i * lineStep;
              Rectangle2D box = GlyphPainter.box(form.get(i), value, place[0], b, align);
              valueBox = valueBox == null ? box : valueBox.createUnion(box);
              // Nor across its own line, which would strike the figure through.
              fit = GlyphPainter.fits(g, form.get(i), value, place[0], b, align)
                  && clear(box, px, at.y(middle(line.last(), log)), s, marks, taken, segments, pair)
                  && segments.get(s).stream().noneMatch(seg -> seg.intersects(box));
            }
            if (!fit) {
              continue;
            }
            java.awt.geom.Line2D leader = tied ? LabelTies.leader(valueBox, endPx, endPy, MARKER) : null;
            if (!tied || LabelTies.gap(valueBox, lastMark) > LabelPlacer.LEADER
                && LabelTies.clearAlongItsLines(valueBox, neighbours)
                && taken.stream().noneMatch(leader::intersects) && neighbours.stream().noneMatch(leader::intersects)) {
              if (leader != null) {
                g.setColor(ChartTheme.MUTED);
                g.setStroke(new java.awt.BasicStroke(1f));
                g.draw(leader);
              }
              for (int i = 0; i < form.size(); i++) {
                double b = up ? place[1] - (form.size() - 1 - i) * lineStep : place[1] + i * lineStep;
                taken.add(GlyphPainter.draw(g, form.get(i), value, ChartTheme.INK, place[0], b, align, true));
              }
              break placing;
            }
          }
        }
      }
      // The values along the lines: first each line's first value, the one its multiple is measured
      // from, then the others in date order, each where it first finds room.
      // A point no line joins or passes (a company valued twice on different bases has no line at
      // all) is named with its value, as a line's end is: its colour and marker alone would leave a
      // reader guessing whose it is. These go first, with the first values.
      List<int[]> order = new ArrayList<>();
      // Where a first value would have stood by its point, but not unmistakably: its last resort,
      // as a line's first value is never left out (the place nearest its own mark for the others).
      Map<Valuation, Object[]> lastResort = new java.util.IdentityHashMap<>();
      for (int s = 0; s < lines.size(); s++) {
        int from = lines.get(s).points().indexOf(lines.get(s).first());
        order.add(new int[] {s, from});
        for (int i = 0; i < lines.get(s).points().size() - 1; i++) {
          if (i != from && named && lone(lines.get(s), lines.get(s).points().get(i))) {
            order.add(new int[] {s, i});
          }
        }
      }
      for (int s = 0; s < lines.size(); s++) {
        int from = lines.get(s).points().indexOf(lines.get(s).first());
        for (int i = 0; i < lines.get(s).points().size() - 1; i++) {
          if (i != from && !(named && lone(lines.get(s), lines.get(s).points().get(i)))) {
            order.add(new int[] {s, i});
          }
        }
      }
      // A first value that finds no room by its point waits until every other first value and lone
      // point has had its place, then goes further off with a leader line.
      for (int k = 0; k < order.size(); k++) {
        int[] at2 = order.get(k);
        boolean later = at2.length > 2;
        int s = at2[0];
        Line line = lines.get(s);
        Valuation v = line.points().get(at2[1]);
        if (v == line.last() || companions.containsValue(v)) {
          continue;
        }
        double x = at.x(TimeAxis.x(v.date())) + dx.applyAsDouble(v);
        double y = at.y(ValuationMarks.topValue(v, log));
        double below = at.y(v.amount().amount().doubleValue()) + cap + 12;
        String text = labelOf.apply(v);
        boolean first = v == line.first();
        double mid = at.y(middle(v, log));
        if (named && lone(line, v) && !later) {
          String company = w.company(line.company());
          double nameWidth = GlyphPainter.width(company, name);
          double valueWidth = GlyphPainter.width(text, value);
          double lo = at.left() - 4;
          double hi = at.right() + room;
          // Where the name and the value start, and their baselines, best first. On two lines: right
          // of the point, level with it (as at a line's end); left of it, ending at it; centred over
          // or under it, moved inside the plot at its edges, a little further off where a
          // neighbouring mark is in the way. Then on one line, under or over it.
          List<double[]> spots = new ArrayList<>();
          double right = ValuationMarks.right(v, at) + dx.applyAsDouble(v) + 8;
          double leftEnd = ValuationMarks.left(v, at) + dx.applyAsDouble(v) - 8;
          spots.add(new double[] {right, mid - 2, right, mid + cap + 5});
          spots.add(new double[] {leftEnd - nameWidth, mid - 2, leftEnd - valueWidth, mid + cap + 5});
          double centre = inside(x, Math.max(nameWidth, valueWidth), lo, hi);
          for (double b : new double[] {y - 10 - cap - 7, below, y - 10 - cap - 7 - 8, below + 8}) {
            spots.add(new double[] {centre - nameWidth / 2, b, centre - valueWidth / 2, b + cap + 7});
          }
          double space = GlyphPainter.width(" ", value);
          double lineWidth = nameWidth + space + valueWidth;
          for (double baseline : new double[] {below, y - 10}) {
            for (double from : new double[] {x - MARKER / 2.0, x + MARKER / 2.0 - lineWidth,
                inside(x, lineWidth, lo, hi) - lineWidth / 2}) {
              spots.add(new double[] {from, baseline, from + nameWidth + space, baseline});
            }
          }
          // Last, higher over it, tied to it by a leader line.
          for (double up : new double[] {16, 24}) {
            double b = y - 10 - cap - 7 - up;
            spots.add(new double[] {centre - nameWidth / 2, b, centre - valueWidth / 2, b + cap + 7, 1});
          }
          boolean done = false;
          for (double[] spot : spots) {
            Rectangle2D nameBox = GlyphPainter.box(company, name, spot[0], spot[1], GlyphPainter.Align.START);
            Rectangle2D valueBox = GlyphPainter.box(text, value, spot[2], spot[3], GlyphPainter.Align.START);
            java.awt.geom.Line2D leader = spot.length > 4 ? LabelTies.leader(valueBox, x, mid, MARKER) : null;
            Rectangle2D own = marks.get(s).get(line.points().indexOf(v));
            if (!nameBox.intersects(valueBox) && fitsAlong(nameBox, at, room, segments)
                && fitsAlong(valueBox, at, room, segments)
                && clear(nameBox, x, mid, s, marks, taken, segments) && clear(valueBox, x, mid, s, marks, taken, segments)
                && (leader == null || taken.stream().filter(t -> t != own).noneMatch(leader::intersects))) {
              if (leader != null) {
                g.setColor(ChartTheme.MUTED);
                g.setStroke(new java.awt.BasicStroke(1f));
                g.draw(leader);
              }
              taken.add(GlyphPainter.draw(g, company, name, ChartTheme.INK, spot[0], spot[1], GlyphPainter.Align.START, true));
              taken.add(GlyphPainter.draw(g, text, value, ChartTheme.INK, spot[2], spot[3], GlyphPainter.Align.START, true));
              done = true;
              break;
            }
          }
          if (done) {
            continue;
          }
          // Nowhere to name it: the legend names the company by its colour and marker, and its
          // value goes by the point as any other value does.
          unnamed.add(line.company());
        }
        // A point no line joins whose name found no room carries the name in its value, wherever
        // that goes: a new user's "100억유로(투자 전)", Mistral AI's value before its round, stood
        // under Helsing's name and read as Helsing's.
        String shown = named && lone(line, v) ? w.company(line.company()) + " " + text : text;
        // Left of a line's first point, where the line does not go; else above the point; a first
        // point at the plot's left edge, above or below it, starting at it.
        double leftX = ValuationMarks.left(v, at) + dx.applyAsDouble(v) - 6;
        double startX = x - MARKER / 2.0;
        List<Object[]> places = new ArrayList<>();
        if (first) {
          places.add(new Object[] {leftX, at.y(middle(v, log)) + cap / 2, GlyphPainter.Align.END});
        }
        places.add(new Object[] {x, y - 10, GlyphPainter.Align.CENTER});
        if (first) {
          places.add(new Object[] {startX, y - 10, GlyphPainter.Align.START});
          places.add(new Object[] {x, below, GlyphPainter.Align.CENTER});
          places.add(new Object[] {startX, below, GlyphPainter.Align.START});
        }
        // Where a line would cross it there, to one side: above and left of the point, below and
        // right of it (where a rising line does not go), then the other two corners.
        double side = MARKER / 2.0 + 2;
        places.add(new Object[] {x - side, y - 8, GlyphPainter.Align.END});
        places.add(new Object[] {x + side, below - 2, GlyphPainter.Align.START});
        places.add(new Object[] {x + side, y - 8, GlyphPainter.Align.START});
        places.add(new Object[] {x - side, below - 2, GlyphPainter.Align.END});
        if (first) {
          // A line's first value, which its multiple is measured from, is never left out for want of
          // room by its point: further under or over it, tied to it by a leader line.
          for (double off : new double[] {12, 24}) {
            places.add(new Object[] {startX, below + off, GlyphPainter.Align.START, true});
            places.add(new Object[] {x, below + off, GlyphPainter.Align.CENTER, true});
            places.add(new Object[] {startX, y - 10 - off, GlyphPainter.Align.START, true});
            places.add(new Object[] {x, y - 10 - off, GlyphPainter.Align.CENTER, true});
            places.add(new Object[] {x - side, below + off, GlyphPainter.Align.END, true});
            places.add(new Object[] {x - side, y - 10 - off, GlyphPainter.Align.END, true});
          }
        }
        Rectangle2D ownMark = marks.get(s).get(line.points().indexOf(v));
        // A value with no leader line stands by its own mark and no other: beside another mark as
        // well (a new user's Figure AI, "26억달러" right of the hollow pre-money mark of five days
        // before, at the foot of the point it names) it reads as that mark's.
        List<Rectangle2D> otherMarks = marks.stream().flatMap(List::stream).filter(m -> m != ownMark).toList();
        boolean drawn = false;
        for (Object[] place : places) {
          if ((place.length > 3) != later) {
            continue;
          }
          double lx = (double) place[0];
          double baseline = (double) place[1];
          GlyphPainter.Align align = (GlyphPainter.Align) place[2];
          if (align == GlyphPainter.Align.CENTER) {
            // Centred over or under a point near the plot's edge: moved in, still over the point.
            lx = inside(lx, GlyphPainter.width(shown, value), at.left() - 4, at.right() + room);
          }
          Rectangle2D box = GlyphPainter.box(shown, value, lx, baseline, align);
          java.awt.geom.Line2D tie = place.length > 3 ? LabelTies.leader(box, x, mid, MARKER) : null;
          if (first && tie == null && taken.stream().noneMatch(box::intersects) && fitsAlong(box, at, room, segments)) {
            // The place where the value is nearest its own mark for the other marks near it.
            double margin = otherMarks.stream().mapToDouble(m -> LabelTies.gap(box, m)).min().orElse(1e9)
                - LabelTies.gap(box, ownMark);
            Object[] best = lastResort.get(v);
            if (best == null || margin > (double) best[3]) {
              lastResort.put(v, new Object[] {lx, baseline, align, margin});
            }
          }
          if (taken.stream().noneMatch(box::intersects) && fitsAlong(box, at, room, segments)
              && (tie != null || LabelTies.unmistakable(box, ownMark, otherMarks))
              && (tie == null || taken.stream().filter(t -> t != ownMark).noneMatch(tie::intersects)
                  && segments.stream().flatMap(List::stream).noneMatch(tie::intersectsLine))) {
            if (tie != null) {
              g.setColor(ChartTheme.MUTED);
              g.setStroke(new java.awt.BasicStroke(1f));
              g.draw(tie);
            }
            taken.add(box);
            GlyphPainter.draw(g, text, value, ChartTheme.INK, lx, baseline, align, true);
            drawn = true;
            break;
          }
        }
        if (!drawn && first && !later) {
          order.add(new int[] {s, at2[1], 1});
        } else if (!drawn && later && lastResort.containsKey(v)) {
          Object[] place = lastResort.get(v);
          Rectangle2D box = GlyphPainter.box(shown, value, (double) place[0], (double) place[1],
              (GlyphPainter.Align) place[2]);
          if (taken.stream().noneMatch(box::intersects)) {
            taken.add(box);
            GlyphPainter.draw(g, text, value, ChartTheme.INK, (double) place[0], (double) place[1],
                (GlyphPainter.Align) place[2], true);
          }
        }
      }
      // A label's white halo must never hide a mark: marks are drawn again on top.
      for (int s = 0; s < lines.size(); s++) {
        for (Valuation v : lines.get(s).points()) {
          paint(g, v, series[s], w.colour(lines.get(s).company()), at, log, dx.applyAsDouble(v));
        }
      }
    };
    // The axis's labels may reach into the room right of the plot: the end names are above them.
    TimeAxisPainter xAxis = new TimeAxisPainter(time, w.lang(), frame.theme().regular(12f), 0, room - 16);
    double weight = Math.max(2, lines.stream().mapToInt(l -> l.points().size()).sum());
    // Stacked with other currencies' panels, it takes height for the names at its lines' ends.
    return new Panel(headed ? w.currencyName(currency) : "", chart, axis, List.of(), weight, room, labels,
        java.util.Optional.of(xAxis)).needing(40 + LABEL_GAP * lines.size());
  }

  /** Paints a point's mark {@code dx} px right of its date; returns the box it covers. */
  private static Rectangle2D paint(java.awt.Graphics2D g, Valuation v, int series, java.awt.Color colour,
      PanelGeometry at, boolean log, double dx) {
    g.translate(dx, 0);
    Rectangle2D box = ValuationMarks.paint(g, v, series, colour, at, log);
    g.translate(-dx, 0);
    box.setRect(box.getX() + dx, box.getY(), box.getWidth(), box.getHeight());
    return box;
  }

  /**
   * Whether {@code box} stays inside the plot (and the room right of it) and no line crosses it:
   * not another line's (it would seem to be that line's), nor its own.
   */
  private static boolean fitsAlong(Rectangle2D box, PanelGeometry at, double room,
      List<List<java.awt.geom.Line2D>> segments) {
    Rectangle2D clear = new Rectangle2D.Double(box.getX() - 2, box.getY() - 2, box.getWidth() + 4, box.getHeight() + 4);
    boolean onALine = segments.stream().anyMatch(l -> l.stream().anyMatch(seg -> seg.intersects(clear)));
    return !onALine && box.getMinX() >= at.left() - 4 && box.getMaxX() <= at.right() + room
        && box.getMinY() >= 0 && box.getMaxY() <= at.bottom();
  }

  /** The centre of a text {@code width} wide nearest {@code x} that keeps it between {@code from} and {@code to}. */
  private static double inside(double x, double width, double from, double to) {
    return Math.max(from + width / 2, Math.min(to - width / 2, x));
  }

  /**
   * Whether a point stands alone: no line joins it and none of its company's lines passes its date
   * (a company valued once before its round and once as an estimate has no line at all). A pre-money
   * value that its company's line passes is set off by a ring instead, and reads as that line's.
   */
  static boolean lone(Line line, Valuation v) {
    for (List<Valuation> run : joined(line)) {
      if (run.contains(v) || v.date().compareTo(run.get(0).date()) >= 0
          && v.date().compareTo(run.get(run.size() - 1).date()) <= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether another line than line {@code s} runs through {@code box}: a name there would read as that line's. */
  private static boolean crossed(Rectangle2D box, int s, List<List<java.awt.geom.Line2D>> segments) {
    for (int other = 0; other < segments.size(); other++) {
      if (other != s && segments.get(other).stream().anyMatch(seg -> seg.intersects(box))) {
        return true;
      }
    }
    return false;
  }

  /** The least room, in px, between a line's end label and another line's mark. */
  private static final double CLEARANCE = 4;

  /**
   * Whether a label at {@code box} for line {@code s}, whose last point is at ({@code x}, {@code
   * y}), touches no label or mark drawn and has no other line's mark near it or between it and
   * that point, where it would seem to name that other line.
   */
  private static boolean clear(Rectangle2D box, double x, double y, int s, List<List<Rectangle2D>> marks,
      List<Rectangle2D> taken, List<List<java.awt.geom.Line2D>> segments) {
    return clear(box, x, y, s, marks, taken, segments, null);
  }

  /** As above, where the label names the value of mark {@code pair} too (may be null), which may then be on the way. */
  private static boolean clear(Rectangle2D box, double x, double y, int s, List<List<Rectangle2D>> marks,
      List<Rectangle2D> taken, List<List<java.awt.geom.Line2D>> segments, Rectangle2D pair) {
    Rectangle2D near = new Rectangle2D.Double(box.getX() - CLEARANCE, box.getY() - CLEARANCE,
        box.getWidth() + 2 * CLEARANCE, box.getHeight() + 2 * CLEARANCE);
    // From the edge of the line's own mark (what touches the mark itself is not in between) to the label.
    double ax = box.getMinX() > x ? x + MARKER / 2.0 + 2 : x;
    double ay = box.getMaxY() < y ? y - MARKER / 2.0 - 2 : y;
    Rectangle2D between = box.createUnion(new Rectangle2D.Double(ax, ay, 0, 0));
    for (int other = 0; other < marks.size(); other++) {
      if (other != s && marks.get(other).stream().anyMatch(m -> near.intersects(m) || between.intersects(m))) {
        return false;
      }
    }
    // Nor another line running between the label and its point: the label would read as that line's.
    double nx = Math.max(box.getMinX(), Math.min(box.getMaxX(), x));
    double ny = Math.max(box.getMinY(), Math.min(box.getMaxY(), y));
    java.awt.geom.Line2D reach = new java.awt.geom.Line2D.Double(x, y, nx, ny);
    for (int other = 0; other < segments.size(); other++) {
      if (other != s && segments.get(other).stream().anyMatch(reach::intersectsLine)) {
        return false;
      }
    }
    // Nor another mark of its own line on the way: a new user's "Mistral AI, about €11.7 billion",
    // below its point, had its leader line end at the hollow pre-money mark two days before it.
    // A mark that touches the point itself (a value of days before, drawn over it) is not on the way:
    // every way out starts in it. A new user's Anthropic, "about $350 billion" on 18 November and
    // "more than $300 billion" on 3 December, had neither its name nor its latest value on the drawing.
    for (Rectangle2D m : marks.get(s)) {
      boolean target = m.contains(x, y) || m == pair;
      Rectangle2D around = new Rectangle2D.Double(m.getX() - 2, m.getY() - 2, m.getWidth() + 4, m.getHeight() + 4);
      boolean atThePoint = around.contains(x, y);
      if (!target && (!atThePoint && reach.intersects(around) || box.intersects(around))) {
        return false;
      }
    }
    return taken.stream().noneMatch(box::intersects);
  }

  /**
   * The runs of a line's points that are joined, in date order: all its values but the pre-money
   * ones (post-money, unstated, estimates: what the press reports as a company's worth, post-money
   * when it says) together. A pre-money value is the company before the money of its round came
   * in: joined to a post-money one it would read as a fall or a rise, and joined to another
   * pre-money one it drew a second line of the company's colour beside the first, with the growth
   * multiple of the two (a new user's "5.3배 9000억달러(투자 전)" where the text said 6.2배): each
   * stands apart, hollow-labelled "(투자 전)".
   */
  static List<List<Valuation>> joined(Line line) {
    List<Valuation> run = line.points().stream()
        .filter(v -> v.basis() != com.moneywar.briefing.model.ValuationBasis.PRE_MONEY).toList();
    return run.size() > 1 ? List.of(run) : List.of();
  }

  /**
   * A value as written by its mark: with "(투자 전)" / "pre-money" when it is the company before its
   * round's money, which a reader would otherwise take for its worth after it ("2600억달러" beside
   * "3000억달러" the same day).
   */
  /**
   * The pre-money values named in the label of another point of their line, by that point: a
   * company's value after a round (not pre-money), in its currency, with a pre-money value reported
   * within {@link #ROUND_DAYS} days of it, the nearest one. The two marks stand a few pixels apart,
   * so that no label by either could be read as one's and not the other's: a new user's Mistral AI,
   * €10 billion pre-money and about €11.7 billion two days apart, had its latest value level with
   * the pre-money mark, and that mark no label at all. The post-money label reads "약 117억유로 ·
   * 100억유로(투자 전)" / "about €11.7 billion · €10 billion pre-money".
   */
  static Map<Valuation, Valuation> companions(List<Line> lines) {
    Map<Valuation, Valuation> pairs = new java.util.IdentityHashMap<>();
    for (Line line : lines) {
      for (Valuation pre : line.points()) {
        if (pre.basis() != com.moneywar.briefing.model.ValuationBasis.PRE_MONEY) {
          continue;
        }
        line.points().stream()
            .filter(v -> v.basis() != com.moneywar.briefing.model.ValuationBasis.PRE_MONEY && !pairs.containsKey(v)
                && Math.abs(days(pre, v)) <= ROUND_DAYS)
            .min(Comparator.comparingLong(v -> Math.abs(days(pre, v))))
            .ifPresent(post -> pairs.put(post, pre));
      }
    }
    return pairs;
  }

  /** How far apart a round's pre-money and post-money values may be reported to be named together, in days. */
  static final int ROUND_DAYS = 31;

  /** Days from {@code a}'s date to {@code b}'s, each taken where it is drawn (a month at its middle). */
  private static long days(Valuation a, Valuation b) {
    return Math.round(TimeAxis.x(b.date()) - TimeAxis.x(a.date()));
  }

  /** The mark of the value {@code v}'s label names too, or null. */
  private static Rectangle2D companionMark(Line line, Valuation v, Map<Valuation, Valuation> companions,
      List<Rectangle2D> marks) {
    Valuation pre = companions.get(v);
    return pre == null ? null : marks.get(line.points().indexOf(pre));
  }

  static String pointLabel(Valuation v, ChartWording w) {
    return switch (v.basis()) {
      case PRE_MONEY -> w.label(v) + w.pick("(투자 전)", " pre-money");
      // A price existing shares changed hands at, which a reader would take for a round's value.
      case SECONDARY -> w.label(v) + w.pick("(구주 거래)", " (secondary sale)");
      default -> w.label(v);
    };
  }

  /** The highest value a valuation reaches: a range's upper end, else its amount. */
  static double top(Valuation v) {
    return v.bound() == com.moneywar.briefing.model.Bound.RANGE
        ? v.reporting().high().map(h -> h.amount().doubleValue()).orElse(v.amount().amount().doubleValue())
        : v.amount().amount().doubleValue();
  }

  /** Where a line passes a valuation: its amount, or the middle of its range on the axis's scale. */
  static double middle(Valuation v, boolean log) {
    double low = v.amount().amount().doubleValue();
    double high = top(v);
    return log ? Math.sqrt(low * high) : (low + high) / 2;
  }

  /** The name at a line's end, with its growth when it has more than one point: "앤스로픽 4.5배". */
  private static String endName(Line line, ChartWording w, boolean named) {
    String name = named ? w.company(line.company()) + " " : "";
    if (!line.grows() || !comparable(line.first(), line.last())) {
      return name.strip();
    }
    String ratio = com.moneywar.briefing.model.MultipleBound.of(line.first(), line.last())
        .number(line.last().amount().amount(), line.first().amount().amount());
    String ceiling = ceiling(line.first(), line.last(), w);
    return w.pick(name + ceiling + ratio + "배", name + ceiling + "×" + ratio);
  }

  /**
   * Whether a growth multiple between two valuations means something: the same basis (pre-money
   * with pre-money, post-money with post-money), neither a reported estimate nor a range.
   */
  static boolean comparable(Valuation first, Valuation last) {
    return first.basis() == last.basis() && first.basis() != com.moneywar.briefing.model.ValuationBasis.ESTIMATE
        && first.bound() != com.moneywar.briefing.model.Bound.RANGE && last.bound() != com.moneywar.briefing.model.Bound.RANGE
        && first.reporting().amountStated() && last.reporting().amountStated()
        && com.moneywar.briefing.model.MultipleBound.of(first, last).bounded();
  }

  /** What is known of the multiple, as the texts' {@code {{ratio}}} writes it: "최대 ", "최소 약 ", "about ". */
  static String ceiling(Valuation first, Valuation last, ChartWording w) {
    return com.moneywar.briefing.model.MultipleBound.of(first, last).words(w.lang());
  }


  /** States the finding: which company grew fastest, then each line from first to last value. */
  private static String alt(List<Line> lines, boolean log, String cut, ChartWording w) {
    List<String> sentences = new ArrayList<>();
    // One value per company draws points, no line: walk 71's chart of three companies, one value each,
    // was called a line chart.
    boolean anyLine = lines.stream().anyMatch(l -> l.points().size() > 1);
    String ko = anyLine ? "꺾은선 그래프" : "점그래프";
    String en = anyLine ? "Line chart" : "Dot chart";
    sentences.add(w.pick(ko + (log ? "(로그 눈금)." : "."), en + (log ? " (log scale)." : ".")));
    if (!cut.isEmpty()) {
      sentences.add(cut);
    }
    List<Line> growing = lines.stream().filter(l -> l.grows() && comparable(l.first(), l.last())).toList();
    Line fastest = growing.stream().max(Comparator.comparing(
        (Line l) -> l.last().amount().amount().divide(l.first().amount().amount(), java.math.MathContext.DECIMAL64)))
        .orElse(null);
    for (Line line : lines) {
      String name = w.company(line.company());
      Valuation first = line.first();
      Valuation last = line.last();
      if (line.grows() && !comparable(first, last)) {
        sentences.add(w.pick(ChartWording.josa(name, "은", "는") + " " + w.date(first.date()) + " " + w.money(first)
                + ", " + w.date(last.date()) + " " + w.money(last) + "(기준이 달라 배수는 계산하지 않았다).",
            name + ": " + w.money(first) + " " + ChartWording.whenEnglish(first.date()) + ", " + w.money(last) + " "
                + ChartWording.whenEnglish(last.date()) + " (on different bases, so no multiple is given)."));
        continue;
      }
      if (!line.grows()) {
        sentences.add(w.pick(ChartWording.josa(name, "은", "는") + " " + w.date(last.date()) + " " + w.money(last) + ".",
            name + ": " + w.money(last) + " " + ChartWording.whenEnglish(last.date()) + "."));
        continue;
      }
      String ratio = ceiling(first, last, w) + com.moneywar.briefing.model.MultipleBound.of(first, last)
          .number(last.amount().amount(), first.amount().amount());
      if (line == fastest && growing.size() > 1) {
        sentences.add(w.pick(
            name + " 기업가치가 가장 빠르게 늘었다: " + w.date(first.date()) + " " + w.money(first) + "에서 "
                + w.date(last.date()) + " " + ChartWording.ro(w.money(last)) + " " + ratio + "배가 됐다.",
            name + "’s valuation grew fastest: from " + w.money(first) + " " + ChartWording.whenEnglish(first.date()) + " to "
                + w.money(last) + " " + ChartWording.whenEnglish(last.date()) + ", " + ratio + " times as much."));
      } else {
        sentences.add(w.pick(
            ChartWording.josa(name, "은", "는") + " " + w.date(first.date()) + " " + w.money(first) + "에서 "
                + w.date(last.date()) + " " + ChartWording.ro(w.money(last)) + " " + ratio + "배.",
            name + ": from " + w.money(first) + " " + ChartWording.whenEnglish(first.date()) + " to " + w.money(last) + " "
                + ChartWording.whenEnglish(last.date()) + ", " + ratio + " times as much."));
      }
    }
    return String.join(" ", sentences);
  }

  /** Why a value on the record is not drawn, in the order the sentence names them. */
  private enum Undrawn {
    DENIED("당사자가 부인한 값", "value denied by the parties", "values denied by the parties"),
    SOUGHT("협상 때 제시된 값", "value sought in talks", "values sought in talks"),
    PLANNED("상장·차입 추진 때 제시된 값", "value named for a listing or debt financing planned",
        "values named for listings or debt financings planned"),
    CALLED_OFF("무산된 라운드의 값", "value of a round called off", "values of rounds called off");

    final String ko;
    final String one;
    final String many;

    Undrawn(String ko, String one, String many) {
      this.ko = ko;
      this.one = one;
      this.many = many;
    }

    static Undrawn of(Valuation v) {
      if (v.reporting().claim() == com.moneywar.briefing.model.ClaimStatus.DENIED) {
        return DENIED;
      }
      return switch (v.reporting().deal()) {
        case PLANNED, COMPLETED -> PLANNED;
        case CALLED_OFF, ABANDONED, TERMINATED, REJECTED -> CALLED_OFF;
        default -> SOUGHT;
      };
    }
  }

  /**
   * The values on the record the chart leaves out, with why: a new user's xAI chart ran from $24 billion
   * to $80 billion while the editions wrote of a $50 billion value sought in talks and a $200 billion
   * one denied, and nothing under the chart said they were left out. {@code 당사자가 부인한 값 1건(xAI
   * 2025년 9월 19일 2000억달러)은 그리지 않았다.}; up to three named per reason, then only counted.
   */
  static String undrawn(List<Valuation> left, ChartWording w) {
    Map<Undrawn, List<Valuation>> by = new java.util.EnumMap<>(Undrawn.class);
    left.forEach(v -> by.computeIfAbsent(Undrawn.of(v), k -> new ArrayList<>()).add(v));
    List<String> parts = new ArrayList<>();
    by.forEach((reason, rows) -> {
      int n = rows.size();
      String named = String.join(w.pick(", ", "; "), rows.stream().limit(3)
          .map(v -> w.company(v.company()) + w.pick(" " + w.date(v.date()) + " ", ", " + w.date(v.date()) + ": ") + w.label(v))
          .toList()) + (n > 3 ? w.pick(" 등", "; …") : "");
      String count = w.count(java.math.BigDecimal.valueOf(n));
      parts.add(w.pick(reason.ko + " " + count + "건(" + named + ")",
          count + " " + (n == 1 ? reason.one : reason.many) + " (" + named + ")"));
    });
    if (parts.isEmpty()) {
      return "";
    }
    return w.pick(UndrawnDeals.join(parts, ", ", "과 ") + "은 그리지 않았다. 모두 사이트의 ‘기업가치’ 페이지에 있다.",
        "Not drawn: " + UndrawnDeals.join(parts, ", ", " and ") + "; the site's Valuations page lists them all.");
  }
}
