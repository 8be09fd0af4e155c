package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.FlowKind;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.money.Money;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.markers.Marker;

/**
 * The dated deals of a briefing on one time axis: each investment (a commitment or a single
 * investment), each closed funding round with an amount (an investor's share of a round drawn is in
 * the round's point, not a point of its own) and, with no rows named, each compute purchase,
 * acquisition and stake, as a point at its date and amount (log scale, one panel per currency).
 * Kinds differ in colour and marker; an
 * estimate or unconfirmed claim is hollow, a range a bar, a date known only to the year or month a
 * span. The largest deals of each panel are named beside their points where they fit.
 */
final class TimelineChart implements KindRenderer {
  /** How far apart marks that would cover one another are drawn, in px (a marker is 10). */
  static final double TWIN_STEP = 7;

  /** Deals named beside their points, per panel, at most. */
  static final int NAMED = 8;

  /**
   * The kinds of deal, in the legend's order, each with its name, its colour (of the palette) and
   * its marker ({@link ChartTheme#MARKERS}): no two kinds share both. The first five take the series
   * colours and markers in turn; a funding round takes an investment's blue (its money is invested
   * in the company) with a stake's triangle (its investors buy shares); a supply deal the palette's
   * sixth colour with a compute purchase's diamond (both are goods bought), and a licensing deal
   * the same dark grey with a square, a shape no other grey mark has.
   */
  enum DealKind {
    INVESTMENT("투자", "Investment", 0, 0),
    COMMITMENT("투자 약정", "Commitment", 1, 1),
    ROUND("투자 유치 라운드", "Funding round", 0, 3),
    COMPUTE("컴퓨팅 구매 약정", "Compute purchase", 2, 2),
    STAKE("지분 매입", "Stake purchase", 3, 3),
    ACQUISITION("인수", "Acquisition", 4, 4),
    SUPPLY("공급 계약", "Supply deal", 5, 2),
    LICENSE("기술 라이선스 계약", "Licensing deal", 5, 1),
    /** A procurement contract: a supply deal's colour (goods and services bought), with an upward triangle. */
    CONTRACT("조달 계약", "Procurement contract", 5, 3),
    /**
     * A loan or bonds bought (a debt round, a share of one): money lent, not invested; an
     * investment's blue with a downward triangle, a shape no other blue mark has.
     */
    DEBT("대출·채권", "Debt", 0, 4),
    /**
     * A secondary sale: existing shares sold, no money to the company (a new user's employee share
     * sale read "투자 유치 라운드"); a stake's colour, its shares changing hands, with a circle.
     */
    SECONDARY("구주 매각", "Secondary sale", 3, 0),
    /**
     * A single investment announced or planned, not paid yet (a new user's government contribution
     * "earmarked in the 2026 budget" was drawn as an investment made): a commitment's colour, money
     * promised, with an investment's circle.
     */
    PLANNED("투자 예정", "Planned investment", 1, 0);

    final String ko;
    final String en;
    private final int colour;
    private final int marker;

    DealKind(String ko, String en, int colour, int marker) {
      this.ko = ko;
      this.en = en;
      this.colour = colour;
      this.marker = marker;
    }

    static DealKind of(MoneyFact fact, Briefing briefing) {
      if (fact instanceof Round r) {
        return r.type().debt() ? DEBT : r.type().newMoney() ? ROUND : SECONDARY;
      }
      if (fact instanceof Investment i) {
        return InvestmentTree.debt(briefing, i) ? DEBT : i.kind() == InvestmentKind.COMMITMENT ? COMMITMENT
            : i.status() == com.moneywar.briefing.model.InvestmentStatus.INVESTED ? INVESTMENT : PLANNED;
      }
      FlowKind kind = ((Flow) fact).flowKind();
      return switch (kind) {
        case COMPUTE_PURCHASE -> COMPUTE;
        case ACQUISITION, ASSET -> ACQUISITION; // one mark for buying a company or its assets, each in its own words
        case SUPPLY -> SUPPLY;
        case LICENSE, LICENSE_HIRE -> LICENSE; // one mark for a licence, with or without the people hired, each in its own words
        case CONTRACT -> CONTRACT;
        default -> STAKE;
      };
    }

    /**
     * What {@code fact} is called, in the table, the CSV and the alt text: its kind's words, but an
     * asset purchase is not an acquisition of the company ("아마존 → 탈렌 에너지 (인수)" read as
     * Amazon buying Talen, for a data-centre campus bought from it).
     */
    static String words(MoneyFact fact, DealKind kind, ChartWording w) {
      return fact instanceof Flow f && f.flowKind() == FlowKind.ASSET ? w.pick("자산 인수", "Asset purchase")
          : fact instanceof Flow f && f.flowKind() == FlowKind.LICENSE_HIRE
              ? w.pick("기술 라이선스·인력 영입", "Licensing and hiring deal")
          // An investment announced, not paid yet, as its key figure and the tables say it ("투자 발표"),
          // with a planned one's mark: a new user's announced grant read "투자 예정" here and "투자 발표" there.
          : kind == PLANNED && fact instanceof Investment i
              && i.status() == com.moneywar.briefing.model.InvestmentStatus.ANNOUNCED
              ? w.pick("투자 발표", "Announced investment")
          : w.pick(kind.ko, kind.en);
    }

    /** Its marker, an index into {@link ChartTheme#MARKERS} ({@link ChartTheme#marker} gives the same one). */
    int marker() {
      return marker;
    }

    /** Its colour, of the palette. */
    Color colour() {
      return ChartTheme.PALETTE[colour];
    }
  }

  private final ChartFrame frame;

  TimelineChart(ChartFrame frame) {
    this.frame = frame;
  }

  /**
   * The deals a timeline draws, in date order (then file order: investments, rounds, flows): only
   * those with an amount above zero.
   */
  static List<MoneyFact> deals(Briefing briefing, ChartSpec spec) {
    ChartSelection.Timeline timeline = ChartSelection.timeline(briefing, spec);
    List<MoneyFact> deals = new ArrayList<>(timeline.investments());
    deals.addAll(timeline.rounds());
    if (spec.rows().isEmpty()) {
      // A stake held is a value, not a deal: it has no place on a line of deals; nor is a deal paid
      // in shares money paid (the note under the chart names it).
      briefing.flows().stream()
          .filter(com.moneywar.briefing.model.Flow::moneyMoved)
          .filter(f -> spec.currency().map(c -> c.equals(f.amount().currency())).orElse(true))
          .forEach(deals::add);
    }
    // In the order the chart draws them, a date known only to its year or month at its middle: a new
    // user's "2024" deal headed the table, above one of February 2024, and stood mid-2024 on the chart.
    return deals.stream().filter(f -> f.reporting().plottable() && f.amount().amount().signum() > 0)
        .sorted(Comparator.comparingDouble((MoneyFact f) -> TimeAxis.x(f.date())).thenComparing(MoneyFact::date))
        .toList();
  }

  /** Who pays: an investor, a flow's buyer; empty for a funding round, whose money comes from its investors together. */
  static String from(MoneyFact fact) {
    return fact instanceof Investment i ? i.investor() : fact instanceof Round ? "" : ((Flow) fact).from();
  }

  /** Who receives: an investee, the company raising a round, a flow's seller. */
  static String to(MoneyFact fact) {
    return fact instanceof Investment i ? i.investee() : fact instanceof Round r ? r.investee() : ((Flow) fact).to();
  }

  @Override
  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartWording w = new ChartWording(briefing, lang);
    List<MoneyFact> deals = deals(briefing, spec);
    Map<Currency, List<MoneyFact>> byCurrency = PanelOrder.map();
    deals.forEach(d -> byCurrency.computeIfAbsent(d.amount().currency(), c -> new ArrayList<>()).add(d));
    boolean log = spec.scale() == ChartSpec.Scale.LOG;
    TimeAxis time = TimeAxis.covering(deals.stream().map(MoneyFact::date).toList());
    List<Panel> panels = new ArrayList<>();
    List<MoneyFact> named = new ArrayList<>();
    // Each deal to name has its number; the drawings (narrow, then wide) say which ones they draw.
    DealNumbers numbers = new DealNumbers();
    Map<DealKind, Marker> shapes = KindShapes.of(DealKind.class,
        deals.stream().map(d -> DealKind.of(d, briefing)).collect(java.util.stream.Collectors.toSet()), DealKind::marker);
    byCurrency.forEach((currency, list) -> {
      List<MoneyFact> largest = list.stream()
          .sorted(Comparator.comparing((MoneyFact f) -> ValuationMarks.topValue(f, log)).reversed()
              .thenComparing(f -> spec.pinned(f.id()) ? 0 : 1))
          .toList();
      List<MoneyFact> toName = new ArrayList<>(list.stream().filter(f -> spec.pinned(f.id())).toList());
      largest.stream().filter(f -> !toName.contains(f)).limit(Math.max(0, NAMED - toName.size())).forEach(toName::add);
      List<List<MoneyFact>> labels = labelled(list, toName);
      labels.forEach(named::addAll);
      labels.forEach(numbers::rank);
      panels.add(panel(currency, list, labels, numbers, shapes, w, byCurrency.size() > 1, time, log));
    });

    ChartDataTable table = new ChartDataTable(
        List.of(w.pick("시점", "Date"), w.pick("주는 쪽", "From"), w.pick("받는 쪽", "To"), w.pick("종류", "Kind"),
            w.pick("통화", "Currency"), w.pick("금액", "Amount"), w.pick("금액 성격", "Bound"),
            w.pick("금액 상한", "Upper end"), w.pick("확인 여부", "Claim")),
        List.of(w.pick("시점", "Date"), w.pick("거래", "Deal"), w.pick("금액", "Amount")));
    for (MoneyFact d : deals) {
      DealKind kind = DealKind.of(d, briefing);
      table.row(List.of(d.date().toString(), from(d).isEmpty() ? "" : w.company(from(d)), w.company(to(d)),
              DealKind.words(d, kind, w) + (d instanceof Round r && kind != DealKind.SECONDARY
                  ? " · " + r.type().label(w.lang()) : ""),
              d.amount().currency().getCurrencyCode(), d.amount().amount().toPlainString(), d.bound().code(),
              d.reporting().high().map(h -> h.amount().toPlainString()).orElse(""), d.reporting().claim().code()),
          List.of(w.date(d.date()), shown(deal(d, w), DealKind.words(d, kind, w)), w.money(d)));
    }
    String alt = alt(deals, named, w);
    byte[] svg = frame.draw(spec.title().in(lang), legend(deals, shapes, w), panels, alt);
    java.util.function.Function<String, String> captioned = key -> new ChartNotes(w)
        .logPoints(log)
        .add(named.size() < deals.size()
            ? w.pick("거래 " + w.count(BigDecimal.valueOf(deals.size())) + "건 가운데 "
                    + (byCurrency.size() > 1 ? "통화별로 " : "") + "큰 거래에만 이름을 붙였다. 모든 거래는 표에 있다.",
                "Of " + w.count(BigDecimal.valueOf(deals.size())) + " deals, only the largest"
                    + (byCurrency.size() > 1 ? " of each currency" : "") + " are named; the table lists them all.")
            : "")
        .add(key)
        .add(UndrawnDeals.sentence(UndrawnDeals.of(briefing, spec), w))
        .add(UndrawnDeals.inside(ChartSelection.timeline(briefing, spec), spec, w))
        .add(UndrawnDeals.overlapping(ChartSelection.timeline(briefing, spec), w))
        .add(twins(deals) ? w.pick("날짜와 금액이 같은 거래는 겹치지 않게 옆으로 조금씩 비켜 그렸다. 날짜는 같다.",
            "Deals of one day and one amount are drawn slightly apart, side by side; their date is the same.") : "")
        .add(TimeNotes.partialDates(deals, w))
        .panels(byCurrency.size(), ChartNotes.Marks.POINTS)
        .leftOut(ChartSelection.leftOut(briefing, spec))
        .after(spec.caption().in(lang));
    // On paper only the wide drawing is printed: its key names only what that drawing numbers.
    return new ChartImage(spec.id(), lang, svg, spec.title().in(lang), alt, captioned.apply(numbers.key(w)),
        SourceLine.of(briefing, deals, w), table.exact(), table.shown())
        .withPrintCaption(captioned.apply(numbers.printKey(w)));
  }

  /** Whether two deals share a day, an amount and a currency: they are drawn side by side. */
  static boolean twins(List<MoneyFact> deals) {
    return deals.stream().map(TimelineChart::twinKey).distinct().count() < deals.size();
  }

  /** What deals drawn side by side share: their day, currency and amount. */
  private static String twinKey(MoneyFact d) {
    return d.date() + " " + d.amount().currency() + " " + d.amount().amount().stripTrailingZeros();
  }

  /**
   * The labels of a panel, each the deals it names, in {@code toName}'s order: a deal alone, or all
   * the deals drawn side by side with it (one day, one amount), named by one label, so that no label
   * beside two such marks names only one of them.
   */
  static List<List<MoneyFact>> labelled(List<MoneyFact> deals, List<MoneyFact> toName) {
    Map<String, List<MoneyFact>> twins = new LinkedHashMap<>();
    deals.forEach(d -> twins.computeIfAbsent(twinKey(d), k -> new ArrayList<>()).add(d));
    Map<String, List<MoneyFact>> labels = new LinkedHashMap<>();
    toName.forEach(d -> labels.putIfAbsent(twinKey(d), List.copyOf(twins.get(twinKey(d)))));
    return List.copyOf(labels.values());
  }

  /**
   * The words of a label, on one line ({@code text}) and as blocks of lines, fewest lines first. A
   * deal alone: "아마존 → 앤스로픽 40억달러" / "Amazon → Anthropic $4 billion". Deals side by side
   * with one amount: "소프트뱅크그룹·오픈AI → 스타게이트 각 190억달러" / "SoftBank Group and OpenAI →
   * Stargate, $19 billion each" (or one giver to several); with different amounts (bounds), each
   * deal with its own.
   */
  /** What the deals are when not confirmed figures, as the tables say it: {@code (추정치)} / {@code  (estimate)}; else empty. */
  static String claims(List<MoneyFact> deals, ChartWording w) {
    List<String> claims = deals.stream().map(f -> com.moneywar.briefing.model.AmountText.claim(f.reporting().claim(),
        w.lang())).filter(c -> !c.isEmpty()).distinct().toList();
    return claims.isEmpty() ? "" : w.pick("(" + String.join("·", claims) + ")", " (" + String.join(", ", claims) + ")");
  }

  record Wording(String text, List<List<String>> blocks) {
    static Wording of(List<MoneyFact> deals, ChartWording w, Font font) {
      MoneyFact d = deals.get(0);
      boolean oneAmount = deals.stream().map(w::label).distinct().count() == 1;
      boolean rounds = deals.stream().anyMatch(f -> f instanceof Round);
      if (deals.size() > 1 && !oneAmount) {
        List<String> each = deals.stream().map(f -> deal(f, w) + " " + w.label(f)).toList();
        return new Wording(String.join(w.pick(", ", "; "), each), List.of(each));
      }
      List<String> givers = deals.stream().map(f -> w.company(from(f))).distinct().toList();
      List<String> takers = deals.stream().map(f -> w.company(to(f))).distinct().toList();
      String fromPart;
      String toPart;
      if (rounds) {
        // A round has no giver: "그로크 · 시리즈D", each deal named whole, then the amount they share.
        fromPart = "";
        toPart = String.join(w.pick(", ", "; "), deals.stream().map(f -> deal(f, w)).toList());
      } else if (takers.size() == 1) {
        fromPart = names(givers, w);
        toPart = takers.get(0);
      } else if (givers.size() == 1) {
        fromPart = givers.get(0);
        toPart = names(takers, w);
      } else {
        // Neither side shared: each pair, then the amount they share.
        fromPart = "";
        toPart = String.join(w.pick(", ", "; "), deals.stream().map(f -> deal(f, w)).toList());
      }
      String names = fromPart.isEmpty() ? toPart : fromPart + " → " + toPart;
      String amount = deals.size() == 1 ? w.label(d) : w.pick("각 " + w.label(d), w.label(d) + " each");
      String text = deals.size() == 1 ? names + " " + amount : names + w.pick(" ", ", ") + amount;
      List<String> wrapped = new ArrayList<>();
      if (!fromPart.isEmpty()) {
        wrapped.addAll(givers.size() > 1 ? wrapNames(givers, " →", w, font) : wrap(fromPart + " →", font, 100));
      }
      wrapped.addAll(takers.size() > 1 && givers.size() == 1 ? wrapNames(takers, "", w, font) : wrap(toPart, font, 100));
      wrapped.add(amount);
      List<List<String>> blocks = new ArrayList<>();
      blocks.add(List.of(names, amount));
      if (!fromPart.isEmpty()) {
        blocks.add(List.of(fromPart + " →", toPart, amount));
      }
      if (deals.size() > 1) {
        // Several names run long ("SoftBank Group and OpenAI → Stargate"): broken where they fit
        // 130 px before each side is broken on its own.
        List<String> names130 = new ArrayList<>(wrap(names, font, 130));
        names130.add(amount);
        if (!blocks.contains(names130)) {
          blocks.add(names130);
        }
      }
      blocks.add(wrapped);
      return new Wording(text, List.copyOf(blocks));
    }

    /**
     * {@link #names} in lines of at most 100 px, broken after a "·" as well as at spaces, then
     * {@code end} ("스라이브캐피털·" / "엔비디아 →").
     */
    private static List<String> wrapNames(List<String> names, String end, ChartWording w, Font font) {
      if (w.lang() != Lang.KO) {
        return wrap(names(names, w) + end, font, 100);
      }
      List<String> lines = new ArrayList<>();
      String line = "";
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i) + (i < names.size() - 1 ? "·" : end);
        if (!line.isEmpty() && GlyphPainter.width(line + name, font) > 100) {
          lines.add(line);
          line = "";
        }
        line += name;
      }
      lines.add(line);
      return lines;
    }

    /** "소프트뱅크그룹·오픈AI" / "SoftBank Group and OpenAI", "A, B and C". */
    private static String names(List<String> names, ChartWording w) {
      if (w.lang() == Lang.KO || names.size() == 1) {
        return String.join(w.pick("·", ", "), names);
      }
      return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
  }

  /**
   * "아마존 → 앤스로픽" / "Amazon → Anthropic"; a funding round as the tables name it, "그로크 · 시리즈D" /
   * "Groq · Series D".
   */
  static String deal(MoneyFact d, ChartWording w) {
    if (d instanceof Round r) {
      return w.company(r.investee()) + " · " + r.type().label(w.lang());
    }
    return w.company(from(d)) + " → " + w.company(to(d));
  }

  private Panel panel(Currency currency, List<MoneyFact> deals, List<List<MoneyFact>> labels, DealNumbers numbers,
      Map<DealKind, Marker> shapes, ChartWording w, boolean headed, TimeAxis time, boolean log) {
    double lowest = deals.stream().mapToDouble(d -> d.amount().amount().doubleValue()).min().orElse(1);
    double highest = deals.stream().mapToDouble(d -> ValuationMarks.topValue(d, log)).max().orElse(1);
    java.util.function.DoubleFunction<String> tick = v -> w.label(new Money(BigDecimal.valueOf(v), currency));
    ValueAxis axis = log ? ValueAxis.log(lowest, highest, tick) : ValueAxis.linear(highest, tick);
    XYChart chart = TimeAxisPainter.plot(frame.theme(), time, axis);
    Font font = frame.theme().regular(11.5f);
    Panel.Overlay overlay = (g, at) -> {
      LabelPlacer placer = new LabelPlacer(new Rectangle2D.Double(at.left(), 0, at.right() - at.left(), at.bottom()));
      // Two names level with each other keep a word's width apart, or they read as one.
      placer.labelGap(LABEL_GAP);
      Map<MoneyFact, Rectangle2D> marks = new java.util.IdentityHashMap<>();
      // Deals that would cover one another (one day, one amount) stand side by side, overlapping a
      // little, TWIN_STEP px apart: near enough not to look like another date (a note says so).
      Map<MoneyFact, Double> shift = new java.util.IdentityHashMap<>();
      ValuationMarks.sideBySide(deals, at, log)
          .forEach((d, dx) -> shift.put(d, dx * TWIN_STEP / (ValuationMarks.SIZE + 2.0)));
      for (MoneyFact d : deals) {
        double dx = shift.getOrDefault(d, 0.0);
        g.translate(dx, 0);
        DealKind kind = DealKind.of(d, w.briefing());
        Rectangle2D mark = ValuationMarks.paint(g, d, shapes.get(kind), kind.colour(), at, log);
        g.translate(-dx, 0);
        mark.setRect(mark.getX() + dx, mark.getY(), mark.getWidth(), mark.getHeight());
        marks.put(d, mark);
        placer.obstacle(mark);
      }
      DealLabels names = new DealLabels(placer, marks, shift, at, w, font, log);
      Map<List<MoneyFact>, DealLabels.Placement> placed = names.placeAll(labels, numbers, frame.theme().bold(11.5f));
      // A deal with neither its name nor a number has no mark of its own; the alt text and table name it.
      for (DealLabels.Placement placement : placed.values()) {
        placement.leader().ifPresent(leader -> {
          g.setColor(ChartTheme.MUTED);
          g.setStroke(new BasicStroke(1f));
          g.draw(leader);
        });
        placement.lines().forEach(line -> GlyphPainter.draw(g, line.text(), line.font(), ChartTheme.INK, line.x(),
            line.baseline(), GlyphPainter.Align.START, true));
      }
      for (MoneyFact d : deals) {
        double dx = shift.getOrDefault(d, 0.0);
        g.translate(dx, 0);
        DealKind kind = DealKind.of(d, w.briefing());
        ValuationMarks.paint(g, d, shapes.get(kind), kind.colour(), at, log); // on top of any label's halo
        g.translate(-dx, 0);
      }
    };
    TimeAxisPainter xAxis = new TimeAxisPainter(time, w.lang(), frame.theme().regular(12f), 0);
    // Stacked with other currencies' panels, it takes height for the names of its deals: a panel
    // of one deal does not take the room of one of many.
    return new Panel(headed ? w.currencyName(currency) : "", chart, axis, List.of(), Math.max(5, deals.size()), 0,
        overlay, Optional.of(xAxis)).needing(60 + 20 * Math.min(deals.size(), NAMED));
  }

  /**
   * Finds a place for the name of each deal (or of deals drawn side by side) of one panel beside
   * its mark, or set off from it with a leader line, among the marks and the names placed before;
   * places can be given back, so that a later label may take one and the earlier find another.
   */
  private static final class DealLabels {
    /** A name placed: its lines, and the leader line to its mark when it is set off from it. */
    record Placement(List<LabelPlacer.Placed> lines, Optional<java.awt.geom.Line2D> leader) {}

    private final LabelPlacer placer;
    private final Map<MoneyFact, Rectangle2D> marks;
    private final Map<MoneyFact, Double> shift;
    private final PanelGeometry at;
    private final ChartWording w;
    private final Font font;
    private final boolean log;

    DealLabels(LabelPlacer placer, Map<MoneyFact, Rectangle2D> marks, Map<MoneyFact, Double> shift, PanelGeometry at,
        ChartWording w, Font font, boolean log) {
      this.placer = placer;
      this.marks = marks;
      this.shift = shift;
      this.at = at;
      this.w = w;
      this.font = font;
      this.log = log;
    }

    /**
     * Places the names of {@code labels} (largest first), each beside its mark or tied to it by a
     * leader line; a deal whose name finds no place at all takes its number in {@code numbers}
     * instead, in {@code numberFont}, by its mark, keyed in the notes. No deal is left unnamed (by
     * its words or a number) for room a smaller one's name or number holds; only one with no room
     * for even a number by its mark, whatever the smaller ones give back, stays unnamed while they
     * keep theirs. Returns the places, in {@code labels}' order.
     *
     * <p>First every name tries the places near its mark, largest first; one that finds none may
     * take a place an earlier (larger) name holds, if that one then finds another. Then each name
     * still without a place, largest first, may take the place of a smaller name (the nearest
     * first), which then looks again, near or further off; else it takes free room further off;
     * else a larger name's place the same way; else all smaller names give back their places, it
     * looks again, and they look again after it (one that then finds none is smaller: it is
     * numbered). So a larger deal is left without its name only
     * when no smaller name's room would give it one.
     */
    Map<List<MoneyFact>, Placement> placeAll(List<List<MoneyFact>> labels, DealNumbers numbers, Font numberFont) {
      Map<List<MoneyFact>, Placement> placed = new java.util.HashMap<>();
      for (List<MoneyFact> group : labels) {
        Optional<Placement> p = place(group, false);
        List<List<MoneyFact>> before = labels.subList(0, labels.indexOf(group)).stream().filter(placed::containsKey)
            .toList();
        for (int k = before.size() - 1; p.isEmpty() && k >= 0; k--) {
          List<MoneyFact> earlier = before.get(k);
          Placement held = placed.get(earlier);
          unplace(held);
          p = place(group, false);
          Optional<Placement> again = p.isPresent() ? place(earlier, false) : Optional.empty();
          if (again.isPresent()) {
            placed.put(earlier, again.get());
          } else {
            // As it was: its own place is free again, and it takes it back.
            p.ifPresent(this::unplace);
            p = Optional.empty();
            place(earlier, false).ifPresentOrElse(back -> placed.put(earlier, back), () -> placed.remove(earlier));
          }
        }
        p.ifPresent(placement -> placed.put(group, placement));
      }
      for (int i = 0; i < labels.size(); i++) {
        List<MoneyFact> group = labels.get(i);
        if (!placed.containsKey(group)) {
          placeLarger(group, labels.subList(0, i), labels.subList(i + 1, labels.size()), placed);
        }
      }
      // Last, a number for each name still without a place, largest first, smaller names and
      // numbers giving way if need be (they look again after it).
      java.util.Set<List<MoneyFact>> numbered = new java.util.HashSet<>();
      java.util.Set<List<MoneyFact>> givenBack = new java.util.HashSet<>();
      for (int i = 0; i < labels.size(); i++) {
        List<MoneyFact> group = labels.get(i);
        if (placed.containsKey(group)) {
          continue;
        }
        Optional<Placement> p = givenBack.contains(group) ? place(group, true) : Optional.empty();
        boolean number = p.isEmpty();
        if (p.isEmpty()) {
          p = placeNumber(group, Integer.toString(numbers.of(group)), numberFont);
        }
        if (p.isEmpty()) {
          List<List<MoneyFact>> after = labels.subList(i + 1, labels.size()).stream().filter(placed::containsKey)
              .toList();
          Map<List<MoneyFact>, Placement> held = new LinkedHashMap<>();
          after.forEach(o -> held.put(o, placed.remove(o)));
          held.values().forEach(this::unplace);
          p = placeNumber(group, Integer.toString(numbers.of(group)), numberFont);
          if (p.isEmpty()) {
            // Not even a number fits by its mark with every smaller one out of the way: the room is
            // not theirs to give, and they keep it.
            held.values().forEach(this::retake);
            placed.putAll(held);
            continue;
          }
          givenBack.addAll(after);
          numbered.removeAll(after);
        }
        placed.put(group, p.get());
        if (number) {
          numbered.add(group);
        }
      }
      // The key says what the mark's hollow says, in words: "5 마이크로소프트 → 엔스케일 최대 140억달러(추정치)".
      labels.stream().filter(numbered::contains).forEach(g -> numbers.drawn(g, Wording.of(g, w, font).text()
          + claims(g, w), at.narrow()));
      labels.stream().filter(g -> !placed.containsKey(g)).forEach(g -> numbers.unnamed(g, Wording.of(g, w, font).text()
          + claims(g, w), at.narrow()));
      Map<List<MoneyFact>, Placement> inOrder = new LinkedHashMap<>();
      labels.stream().filter(placed::containsKey).forEach(g -> inOrder.put(g, placed.get(g)));
      return inOrder;
    }

    /**
     * Finds a place for the name of {@code group}, which found none near its mark, among the names
     * {@code placed} ({@link #placeAll}) of the deals {@code before} and {@code smaller} than it: it may take the place of a smaller name (the nearest
     * first), which then looks again, near or further off; else it takes free room further off;
     * else it may take a larger name's place the same way; else the names of {@code smaller} deals
     * give back their places and look again after it (with one larger name, nearest first, if need
     * be, which must find a place again). Places it in {@code placed} when it finds one.
     */
    private void placeLarger(List<MoneyFact> group, List<List<MoneyFact>> before, List<List<MoneyFact>> smaller,
        Map<List<MoneyFact>, Placement> placed) {
      Rectangle2D mark = marks.get(group.get(0));
      Comparator<List<MoneyFact>> nearest = Comparator.comparingDouble(o -> java.awt.geom.Point2D.distance(
          marks.get(o.get(0)).getCenterX(), marks.get(o.get(0)).getCenterY(), mark.getCenterX(), mark.getCenterY()));
      // In the labels' order before sorting (a stable sort): the same bytes on every run.
      List<List<MoneyFact>> larger = before.stream().filter(placed::containsKey).sorted(nearest).toList();
      List<List<MoneyFact>> named = smaller.stream().filter(placed::containsKey).sorted(nearest).toList();
      // A smaller name gives way before this one goes further off; a larger one only after.
      if (swap(group, named, placed)) {
        return;
      }
      Optional<Placement> far = place(group, true);
      if (far.isPresent()) {
        placed.put(group, far.get());
        return;
      }
      if (swap(group, larger, placed)) {
        return;
      }
      List<List<MoneyFact>> after = smaller.stream().filter(placed::containsKey).toList();
      if (!relayOut(group, List.of(), after, placed)) {
        for (List<MoneyFact> other : larger) {
          if (relayOut(group, List.of(other), after, placed)) {
            return;
          }
        }
      }
    }

    /**
     * Gives back the place of each of {@code others} in turn, places {@code group}'s name near its
     * mark and the other's again, near or further off; keeps the first exchange where both find a
     * place (in {@code placed}), else takes each place back. Whether it kept one.
     */
    private boolean swap(List<MoneyFact> group, List<List<MoneyFact>> others, Map<List<MoneyFact>, Placement> placed) {
      for (List<MoneyFact> other : others) {
        Placement held = placed.get(other);
        unplace(held);
        Optional<Placement> p = place(group, false);
        Optional<Placement> again = p.isPresent() ? place(other, true) : Optional.empty();
        if (again.isPresent()) {
          placed.put(group, p.get());
          placed.put(other, again.get());
          return true;
        }
        p.ifPresent(this::unplace);
        retake(held);
      }
      return false;
    }

    /**
     * Gives back the places of the names of {@code larger} and {@code smaller} deals, then places
     * {@code group}'s, then theirs, larger first, each near its mark or further off. Keeps the new
     * places when {@code group} and every one of {@code larger} find one (a smaller one that finds
     * none stays without); else takes the old ones back. Whether it kept them.
     */
    private boolean relayOut(List<MoneyFact> group, List<List<MoneyFact>> larger, List<List<MoneyFact>> smaller,
        Map<List<MoneyFact>, Placement> placed) {
      Map<List<MoneyFact>, Placement> held = new LinkedHashMap<>();
      java.util.stream.Stream.concat(larger.stream(), smaller.stream()).forEach(o -> held.put(o, placed.remove(o)));
      held.values().forEach(this::unplace);
      Map<List<MoneyFact>, Placement> again = new LinkedHashMap<>();
      Optional<Placement> p = place(group, true);
      p.ifPresent(g -> again.put(group, g));
      for (List<MoneyFact> o : larger) {
        if (again.containsKey(group)) {
          place(o, true).ifPresent(a -> again.put(o, a));
        }
      }
      if (again.size() < 1 + larger.size()) {
        // No room for them all: every one takes back its own place.
        again.values().forEach(this::unplace);
        held.values().forEach(this::retake);
        placed.putAll(held);
        return false;
      }
      placed.putAll(again);
      smaller.forEach(o -> place(o, true).ifPresent(a -> placed.put(o, a)));
      return true;
    }

    /**
     * A place for {@code number} by the marks of {@code group}, taken: touching them on one side or
     * at a corner, where every other mark is clearly further ({@link #NUMBER_MARGIN} px) than its
     * own, so a number fits even in a column of marks no name can leave with its leader line; else
     * wherever a name could go.
     */
    Optional<Placement> placeNumber(List<MoneyFact> group, String number, Font numberFont) {
      Rectangle2D own = (Rectangle2D) marks.get(group.get(0)).clone();
      group.forEach(f -> own.add(marks.get(f)));
      List<Rectangle2D> others = marks.entrySet().stream().filter(e -> !group.contains(e.getKey()))
          .map(Map.Entry::getValue).toList();
      placer.keepAway(others, NUMBER_MARGIN);
      // The ink of the number centred on 0 with its baseline at 0: digits stand on the baseline, and
      // a line's full box (with room for accents and descenders) would not fit where they do.
      double half = GlyphPainter.width(number, numberFont) / 2;
      double ink = GlyphPainter.inkHeight(number, numberFont);
      Rectangle2D box = new Rectangle2D.Double(-half, -ink, 2 * half, ink);
      double gap = LabelPlacer.PAD + 1;
      double level = own.getCenterY() - box.getCenterY();
      double above = own.getMinY() - gap - box.getMaxY();
      double below = own.getMaxY() + gap - box.getMinY();
      double[][] spots = {
          {own.getMaxX() + gap + half, level}, {own.getMinX() - gap - half, level},
          {own.getCenterX(), above}, {own.getCenterX(), below},
          {own.getMaxX() + half, above}, {own.getMinX() - half, above},
          {own.getMaxX() + half, below}, {own.getMinX() - half, below}};
      // Clearly nearer its own mark than any other first; in a knot of three marks a few px apart
      // (a new user's Meta → CoreWeave between two other deals of its month), nearer by a little,
      // rather than no number at all.
      for (double margin : new double[] {NUMBER_MARGIN, NUMBER_MARGIN_TIGHT}) {
        for (double[] spot : spots) {
          Rectangle2D at = new Rectangle2D.Double(spot[0] - half, spot[1] - ink, 2 * half, ink);
          double mine = LabelTies.gap(at, own);
          // Over a mark at the top of the plot, a number may rise above its edge by its own height.
          if (!placer.free(at, ink) || mine > 4
              || !others.stream().allMatch(o -> LabelTies.gap(at, o) >= mine + margin)) {
            continue;
          }
          placer.obstacle(at);
          return Optional.of(new Placement(
              List.of(new LabelPlacer.Placed(number, numberFont, spot[0] - half, spot[1], at, spot[0], spot[1])),
              Optional.empty()));
        }
      }
      return place(group, new Wording(number, List.of(List.of(number))), numberFont, true);
    }

    /** Takes again exactly the room a name held before it gave it back. */
    void retake(Placement placement) {
      placer.retake(placement.lines());
      placement.leader().ifPresent(placer::obstacle);
    }

    /** Gives back the room a name took, and its leader line's. */
    void unplace(Placement placement) {
      placer.release(placement.lines());
      placement.leader().ifPresent(placer::release);
    }

    /**
     * The first free place for the name of {@code group}, taken; empty when there is none. Only
     * {@code far}, free room further off with a longer leader line is tried last.
     */
    Optional<Placement> place(List<MoneyFact> group, boolean far) {
      return place(group, Wording.of(group, w, font), font, far);
    }

    /**
     * The first free place for {@code words} naming {@code group} (its name, or the number a
     * deal's name is keyed by in the notes), in {@code font}, taken; empty when there is none.
     */
    Optional<Placement> place(List<MoneyFact> group, Wording words, Font font, boolean far) {
      double cap = GlyphPainter.capHeight(font);
      // One label for deals drawn side by side: it names them all, beside the marks together.
      MoneyFact d = group.get(0);
      String text = words.text();
      double width = GlyphPainter.width(text, font);
      double x = group.stream().mapToDouble(f -> at.x(TimeAxis.x(f.date())) + shift.getOrDefault(f, 0.0))
          .average().orElseThrow();
      double left = group.stream().mapToDouble(f -> ValuationMarks.left(f, at) + shift.getOrDefault(f, 0.0)).min()
          .orElseThrow();
      double right = group.stream().mapToDouble(f -> ValuationMarks.right(f, at) + shift.getOrDefault(f, 0.0)).max()
          .orElseThrow();
      double y = group.stream().mapToDouble(f -> at.y(ValuationMarks.topValue(f, log))).min().orElseThrow();
      double mid = at.y(d.amount().amount().doubleValue());
      double centreY = (y + mid) / 2 + cap / 2;
      // Beside its mark; no label comes near a mark it does not name (it would seem to name it).
      List<Rectangle2D> others = marks.entrySet().stream().filter(e -> !group.contains(e.getKey()))
          .map(Map.Entry::getValue).toList();
      placer.keepAway(others, 10);
      List<java.util.function.Supplier<Optional<List<LabelPlacer.Placed>>>> tries = new ArrayList<>();
      tries.add(() -> one(placer.placeBeside(text, font, right + 5, true, centreY)));
      tries.add(() -> one(placer.placeBeside(text, font, left - 5, false, centreY)));
      tries.add(() -> one(placer.place(text, font, x, y - 9, y - 9 - cap - 6)));
      tries.add(() -> one(placer.place(text, font, x, mid + cap + 9, mid + 2 * cap + 15)));
      // Diagonally: above or below the mark, starting at it or ending at it.
      for (double baseline : new double[] {y - 9, mid + cap + 9, y - 9 - cap - 6, mid + 2 * cap + 15}) {
        for (double cx : new double[] {x + width / 2, x - width / 2}) {
          tries.add(() -> one(placer.place(text, font, cx, baseline)));
        }
      }
      // In a narrow panel: the deal over its amount on two lines, then on three, beside the mark
      // (level with it, rising from it or hanging from it; a little further out when marks of the
      // same day stand above and below it, so the name keeps clear of them), else above or below it.
      double line = cap + 5;
      // Last, long names ("Brookfield Asset Management", "AI infrastructure in the UK") broken at
      // spaces into lines of at most 100 px.
      List<List<String>> blocks = words.blocks();
      for (List<String> block : blocks) {
        double height = (block.size() - 1) * line;
        for (double away : new double[] {5, 12}) {
          for (double first : new double[] {centreY - height / 2, centreY - height, centreY}) {
            tries.add(() -> placer.placeBlockBeside(block, font, right + away, true, first, line));
            tries.add(() -> placer.placeBlockBeside(block, font, left - away, false, first, line));
          }
        }
        tries.add(() -> placer.placeBlock(block, font, x, y - 9 - height, line));
        tries.add(() -> placer.placeBlock(block, font, x, mid + cap + 9, line));
      }
      // The first place where the name cannot be read as another mark's; else, set off above or
      // below the mark with a leader line to it that crosses nothing.
      Rectangle2D own = (Rectangle2D) marks.get(d).clone();
      group.forEach(f -> own.add(marks.get(f)));
      for (java.util.function.Supplier<Optional<List<LabelPlacer.Placed>>> attempt : tries) {
        Optional<List<LabelPlacer.Placed>> c = attempt.get();
        if (c.isPresent() && LabelTies.unmistakable(box(c.get()), own, others)) {
          return Optional.of(new Placement(c.get(), Optional.empty()));
        }
        c.ifPresent(placer::release);
      }
      // Else set off from the mark, tied to it by a thin leader line that crosses nothing: level
      // with it a little further out, then above or below it.
      List<java.util.function.Supplier<Optional<List<LabelPlacer.Placed>>>> level = new ArrayList<>();
      for (double away : LEADER_TRIES) {
        for (List<String> block : withLine(text, blocks)) {
          double height = (block.size() - 1) * line;
          level.add(() -> placer.placeBlockBeside(block, font, right + away, true, centreY - height / 2, line));
          level.add(() -> placer.placeBlockBeside(block, font, left - away, false, centreY - height / 2, line));
        }
      }
      List<java.util.function.Supplier<Optional<List<LabelPlacer.Placed>>>> offside = new ArrayList<>();
      for (double away : LEADER_TRIES) {
        for (List<String> block : withLine(text, blocks)) {
          double height = (block.size() - 1) * line;
          double widest = block.stream().mapToDouble(l -> GlyphPainter.width(l, font)).max().orElse(0);
          for (double first : new double[] {own.getMinY() - away - height, own.getMaxY() + away + cap}) {
            for (double cx : new double[] {x, x - widest / 2, x + widest / 2}) {
              offside.add(() -> placer.placeBlock(block, font, cx, first, line));
            }
          }
        }
      }
      // A mark in a column of marks (one day, several amounts) takes its name above or below the
      // column first, leaving the room level with each mark to the next one's name.
      boolean column = others.stream().anyMatch(o -> Math.abs(o.getCenterX() - own.getCenterX()) < 20
          && Math.abs(o.getCenterY() - own.getCenterY()) < 40);
      List<java.util.function.Supplier<Optional<List<LabelPlacer.Placed>>>> tied = new ArrayList<>(column ? offside : level);
      tied.addAll(column ? level : offside);
      // A name set off from its mark keeps further from the others: the line alone must not decide.
      placer.keepAway(others, LabelTies.TIED_CLEARANCE);
      for (java.util.function.Supplier<Optional<List<LabelPlacer.Placed>>> attempt : tied) {
        Optional<List<LabelPlacer.Placed>> c = attempt.get();
        if (c.isEmpty()) {
          continue;
        }
        // The leader reaches the line of the name nearest the mark, not a corner of the block
        // beside a shorter line, where it would end in empty space.
        java.awt.geom.Line2D leader = LabelTies.leader(c.get().stream().map(LabelPlacer.Placed::box).toList(), x, mid,
            Math.max(ValuationMarks.SIZE, group.size() > 1 ? own.getWidth() : 0));
        if (leader.getP1().distance(leader.getP2()) >= 4 && placer.clear(leader, 4, own)) {
          placer.obstacle(leader);
          return Optional.of(new Placement(c.get(), Optional.of(leader)));
        }
        placer.release(c.get());
      }
      // Else where there is room further off, as a press graphic sets a name in the free space of
      // the plot and draws a line to its mark: the spots nearest the mark first. The name keeps
      // as far from the other marks as one tied nearer, further from one level with it (which it
      // would seem to name); its line crosses nothing.
      for (FarSpot spot : far ? farSpots(withLine(text, blocks), font, line, x, mid) : List.<FarSpot>of()) {
        // Measured once per block, not per spot: most spots are taken, and a line's box costs a layout.
        if (!spot.lines().stream().allMatch(placer::free)) {
          continue;
        }
        Optional<List<LabelPlacer.Placed>> c = placer.placeBlock(spot.block(), font, spot.x(), spot.baseline(), line);
        if (c.isEmpty()) {
          continue;
        }
        if (!LabelTies.clearAlongItsLines(box(c.get()), others)) {
          placer.release(c.get());
          continue;
        }
        java.awt.geom.Line2D leader = LabelTies.leader(c.get().stream().map(LabelPlacer.Placed::box).toList(), x, mid,
            Math.max(ValuationMarks.SIZE, group.size() > 1 ? own.getWidth() : 0));
        // A long line passing close by a mark would seem to end there: it keeps further off.
        if (placer.clear(leader, FAR_LEADER_CLEARANCE, own)) {
          placer.obstacle(leader);
          return Optional.of(new Placement(c.get(), Optional.of(leader)));
        }
        placer.release(c.get());
      }
      return Optional.empty();
    }

    /**
     * A spot for a block of lines away from its mark: centred on {@code x}, the first baseline at
     * {@code baseline}; {@code lines} the boxes its lines would cover there.
     */
    private record FarSpot(List<String> block, double x, double baseline, double distance, List<Rectangle2D> lines) {}

    /**
     * Spots for each block on a grid over the plot, whose box is further than the leader tries
     * reach and at most {@link #FAR} px from the mark at ({@code x}, {@code y}), nearest first
     * (then fewer lines first).
     */
    private List<FarSpot> farSpots(List<List<String>> blocks, Font font, double line, double x, double y) {
      Rectangle2D bounds = placer.bounds();
      Rectangle2D mark = new Rectangle2D.Double(x, y, 0, 0);
      List<FarSpot> spots = new ArrayList<>();
      for (List<String> block : blocks) {
        // The boxes of the block's lines when centred on 0 with its first baseline at 0, moved to each spot.
        List<Rectangle2D> lines = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
          lines.add(GlyphPainter.box(block.get(i), font, 0, i * line, GlyphPainter.Align.CENTER));
        }
        Rectangle2D shape = (Rectangle2D) lines.get(0).clone();
        lines.forEach(shape::add);
        for (double cx = bounds.getMinX() + shape.getWidth() / 2; cx <= bounds.getMaxX() - shape.getWidth() / 2;
            cx += FAR_STEP) {
          for (double b = bounds.getMinY() - shape.getMinY(); b + shape.getMaxY() <= bounds.getMaxY(); b += FAR_STEP) {
            Rectangle2D box = new Rectangle2D.Double(cx + shape.getX(), b + shape.getY(), shape.getWidth(),
                shape.getHeight());
            double distance = LabelTies.gap(box, mark);
            if (distance > LEADER_TRIES[LEADER_TRIES.length - 1] && distance <= FAR) {
              double dx = cx;
              double dy = b;
              spots.add(new FarSpot(block, cx, b, distance, lines.stream().<Rectangle2D>map(l ->
                  new Rectangle2D.Double(l.getX() + dx, l.getY() + dy, l.getWidth(), l.getHeight())).toList()));
            }
          }
        }
      }
      // A stable sort: for one distance, the block with fewer lines (tried first above) wins.
      spots.sort(Comparator.comparingDouble(FarSpot::distance));
      return spots;
    }
  }

  /**
   * {@code text} in lines of at most {@code width} px, broken only at spaces (a longer word stands
   * alone), never before an arrow or a round's dot, which stay with the name before them ({@code
   * Development Bank →}, {@code Tenstorrent ·}, not {@code →} on a line of its own).
   */
  static List<String> wrap(String text, Font font, double width) {
    List<String> lines = new java.util.ArrayList<>();
    String line = "";
    for (String word : units(text, font, width)) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && !word.equals("→") && !word.equals("·") && GlyphPainter.width(candidate, font) > width) {
        lines.add(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (!line.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /**
   * The words of {@code text}, except that a round's kind after its dot stays one piece where it
   * fits the width ("퍼플렉시티 ·" over "지분 투자", not "퍼플렉시티 · 지분" over "투자").
   */
  private static List<String> units(String text, Font font, double width) {
    String[] words = text.split(" ");
    List<String> units = new java.util.ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      String unit = words[i];
      if (i > 0 && words[i - 1].equals("·")) {
        while (i + 1 < words.length && !words[i + 1].equals("·") && !words[i + 1].equals("→")
            && !unit.endsWith(",") && !unit.endsWith(";") && GlyphPainter.width(unit + " " + words[i + 1], font) <= width) {
          unit = unit + " " + words[++i];
        }
      }
      units.add(unit);
    }
    return units;
  }

  /** How far apart two names level with each other stand at least, in px: more than a space between words. */
  static final double LABEL_GAP = 9;

  /** How far from its mark a name tied by a leader line may stand, nearest first, in px. */
  private static final double[] LEADER_TRIES = {12, 20, 30, 42};

  /**
   * How far from its mark a name set in free space further off may stand, in px: a line much
   * longer than this is hard to follow across a plot.
   */
  static final double FAR = 140;

  /**
   * How much further than its own mark every other mark is from a number drawn beside it, in px: a
   * digit or two against its mark, never nearer another.
   */
  private static final double NUMBER_MARGIN = 5;

  /** The least a number beside its mark may be nearer it than any other mark, where {@link #NUMBER_MARGIN} finds no place. */
  private static final double NUMBER_MARGIN_TIGHT = 2;

  /** How far the leader line of a name further off keeps from the marks it passes, in px. */
  private static final double FAR_LEADER_CLEARANCE = 8;

  /** The grid of spots searched for a name further off, in px. */
  private static final double FAR_STEP = 4;

  /** The box around all lines of a label. */
  private static Rectangle2D box(List<LabelPlacer.Placed> lines) {
    Rectangle2D box = (Rectangle2D) lines.get(0).box().clone();
    lines.forEach(l -> box.add(l.box()));
    return box;
  }

  /** The label on one line, then its blocks of lines. */
  private static List<List<String>> withLine(String text, List<List<String>> blocks) {
    List<List<String>> all = new ArrayList<>();
    all.add(List.of(text));
    all.addAll(blocks);
    return all;
  }

  private static Optional<List<LabelPlacer.Placed>> one(Optional<LabelPlacer.Placed> p) {
    return p.map(List::of);
  }

  /** A key per kind of deal drawn, then hollow and range keys when the chart has them. */
  private static List<ChartFrame.Key> legend(List<MoneyFact> deals,
      Map<DealKind, Marker> shapes, ChartWording w) {
    List<ChartFrame.Key> keys = new ArrayList<>();
    BasicStroke none = new BasicStroke(0f);
    for (DealKind kind : DealKind.values()) {
      // One key per kind, in the words of the deals it marks: "자산 인수" alone, "인수·자산 인수" for both.
      List<String> words = deals.stream().filter(d -> DealKind.of(d, w.briefing()) == kind)
          .map(d -> DealKind.words(d, kind, w)).distinct().sorted(java.util.Comparator.comparing(
              (String x) -> !x.equals(w.pick(kind.ko, kind.en)))).toList();
      if (!words.isEmpty()) {
        String label = words.size() == 1 ? words.get(0)
            : w.pick(String.join(words.stream().anyMatch(x -> x.contains("·")) ? ", " : "·", words),
                words.get(0) + " or " + words.get(1).toLowerCase(java.util.Locale.ROOT));
        keys.add(new ChartFrame.Key(label, kind.colour(), shapes.get(kind), none));
      }
    }
    keys.addAll(ValuationChart.legend(deals, w));
    return keys;
  }

  /** States the span, how many deals, then the largest of each currency in date order. */
  private static String alt(List<MoneyFact> deals, List<MoneyFact> named, ChartWording w) {
    List<String> sentences = new ArrayList<>();
    PartialDate first = deals.get(0).date();
    PartialDate last = deals.get(deals.size() - 1).date();
    String n = w.count(BigDecimal.valueOf(deals.size()));
    // Deals of one day have no span: "2025년 8월 29일 거래 1건", not "… 29일부터 … 29일까지".
    boolean oneDay = first.equals(last);
    boolean one = deals.size() == 1;
    sentences.add(oneDay
        ? w.pick("시간 축 점그래프(로그 눈금). " + w.date(first) + " 거래 " + n + "건.",
            "Timeline (log scale): " + n + (one ? " deal " : " deals ") + ChartWording.whenEnglish(first) + ".")
        : w.pick("시간 축 점그래프(로그 눈금). " + w.date(first) + "부터 " + w.date(last) + "까지 거래 " + n + "건.",
            "Timeline (log scale): " + n + (one ? " deal" : " deals") + " from " + w.date(first) + " to " + w.date(last)
                + "."));
    for (MoneyFact d : deals.stream().filter(named::contains).toList()) {
      DealKind kind = DealKind.of(d, w.briefing());
      // "그로크 · 시리즈D 라운드 7억5000만달러" / "Groq · Series D: $750 million": the round's name
      // already says what it is ("오라클 · 차입 180억달러" for a debt round).
      String koKind = d instanceof Round r ? (r.type().debt() ? "" : " 라운드") : " " + DealKind.words(d, kind, w);
      String enKind = d instanceof Round ? "" : DealKind.words(d, kind, w).toLowerCase(java.util.Locale.ROOT) + " of ";
      sentences.add(w.pick(w.date(d.date()) + " " + deal(d, w) + koKind + " " + w.money(d) + ".",
          ChartWording.whenEnglish(d.date()).substring(0, 1).toUpperCase(java.util.Locale.ROOT)
              + ChartWording.whenEnglish(d.date()).substring(1) + ", " + deal(d, w) + ": " + enKind + w.money(d) + "."));
    }
    List<MoneyFact> rest = deals.stream().filter(d -> !named.contains(d)).toList();
    if (!rest.isEmpty()) {
      List<String> ko = new ArrayList<>();
      List<String> en = new ArrayList<>();
      for (com.moneywar.briefing.model.ClaimStatus status : com.moneywar.briefing.model.ClaimStatus.values()) {
        long count = rest.stream().filter(d -> d.reporting().claim() == status).count();
        String word = com.moneywar.briefing.model.AmountText.claim(status, Lang.KO);
        if (count > 0 && !word.isEmpty()) {
          ko.add(word + " " + w.count(BigDecimal.valueOf(count)) + "건");
          en.add(w.count(BigDecimal.valueOf(count)) + " " + com.moneywar.briefing.model.AmountText.claim(status, Lang.EN));
        }
      }
      String r = w.count(BigDecimal.valueOf(rest.size()));
      sentences.add(w.pick("그 밖의 거래 " + r + "건" + (ko.isEmpty() ? "" : "(" + String.join(", ", ko) + ")") + "은 표에 있다.",
          "The other " + r + " deals are in the table" + (en.isEmpty() ? "" : " (" + String.join(", ", en) + ")") + "."));
    }
    return String.join(" ", sentences);
  }

  /**
   * A deal as the chart's table shows it: its name and, in brackets, the kind of mark it is, unless the
   * name says it already ("xAI · 구주 매각 (구주 매각)", "xAI · Debt financing (Debt)" read twice).
   */
  static String shown(String deal, String kind) {
    return deal.toLowerCase(java.util.Locale.ROOT).contains(kind.toLowerCase(java.util.Locale.ROOT)) ? deal
        : deal + " (" + kind + ")";
  }
}
