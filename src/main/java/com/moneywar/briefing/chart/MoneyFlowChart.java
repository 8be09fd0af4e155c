package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.InvestmentTree.Total;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.money.Money;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;
import java.util.Optional;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;

/**
 * Big Tech → AI lab money: for each investor → investee pair, what was committed next to what has
 * been paid in so far, as two bars of one blue, light and dark. Each currency gets its own panel:
 * amounts are never converted to be compared. With no rows named and more pairs than fit, only the
 * largest commitments are drawn, and the caption and alt text say so ({@link Shortlist}).
 */
final class MoneyFlowChart implements KindRenderer {
  /**
   * One investor → investee pair in one currency, or the pairs a panel adds up as "others" ({@code
   * others} of them), or a stake bought ({@code stake} percent, a {@code flows.csv} row).
   */
  record Flow(String investor, String investee, Currency currency, List<MoneyFact> committedRows,
      List<MoneyFact> paidRows, boolean promised, List<MoneyFact> rows, int others, Optional<BigDecimal> stake) {
    Flow {
      committedRows = List.copyOf(committedRows);
      paidRows = List.copyOf(paidRows);
      rows = List.copyOf(rows);
    }

    /**
     * What the pair committed, never less than what it has paid in (an "up to" commitment counts from
     * what was paid under it; a running total paid in above every deal is what was committed too).
     */
    Total committedTotal() {
      return Total.of(committedRows, currency).committedBeside(paidTotal());
    }

    Total paidTotal() {
      return Total.of(paidRows, currency);
    }

    Money committed() {
      return committedTotal().point();
    }

    Money invested() {
      return paidTotal().point();
    }

    /** Whether what the pair committed and what it paid in are one amount, said once ("50억달러 · 지분 4%"). */
    boolean oneAmount() {
      return committedTotal().point().compareAmount(paidTotal().point()) == 0
          && committedTotal().bound() == paidTotal().bound();
    }

    boolean isOthers() {
      return others > 0;
    }

    /** The pairs of {@code flows} added up as one: "기타 12쌍" / "12 others". */
    static Flow others(List<Flow> flows) {
      List<MoneyFact> committed = new ArrayList<>();
      List<MoneyFact> paid = new ArrayList<>();
      List<MoneyFact> rows = new ArrayList<>();
      flows.forEach(f -> {
        committed.addAll(f.committedRows());
        paid.addAll(f.paidRows());
        rows.addAll(f.rows());
      });
      return new Flow("", "", flows.get(0).currency(), committed, paid,
          flows.stream().anyMatch(Flow::promised), rows, flows.size(), Optional.empty());
    }
  }

  private final ChartFrame frame;

  MoneyFlowChart(ChartFrame frame) {
    this.frame = frame;
  }

  @Override
  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartWording w = new ChartWording(briefing, lang);
    String committed = committed(w);
    String invested = invested(w);
    Map<Currency, List<Flow>> every = flows(briefing, ChartSelection.investments(briefing, spec));
    if (spec.rows().isEmpty()) {
      stakes(briefing, spec).forEach(f -> every.computeIfAbsent(f.currency(), c -> new ArrayList<>()).add(f));
      totalsAlone(briefing, spec, every).forEach(f -> every.computeIfAbsent(f.currency(), c -> new ArrayList<>()).add(f));
    }
    // The largest pairs per panel only when there are more than fit, by count or by the room their names need.
    Map<Currency, List<Flow>> byCurrency = Shortlist.applies(spec)
        && (count(every) > Shortlist.FLOWS || !fitsInEveryLanguage(every, briefing))
        ? largest(every, briefing, spec)
        : every;
    List<Panel> panels = panels(byCurrency, w);
    int shown = (int) byCurrency.values().stream().flatMap(List::stream).filter(f -> !f.isOthers()).count();
    String cut = shown < count(every) ? ChartNotes.largestFlows(w, shown, count(every), every.size() > 1) : "";

    ChartDataTable table = new ChartDataTable(
        List.of(w.pick("투자자", "Investor"), w.pick("투자 대상", "Investee"), w.pick("통화", "Currency"),
            committed, w.pick("약속한 금액 성격", "Committed: bound"), w.pick("약속한 금액 하한", "Committed: at least"),
            w.pick("약속한 금액 상한", "Committed: at most"),
            invested, w.pick("실제 투자한 금액 성격", "Paid in: bound"), w.pick("실제 투자한 금액 하한", "Paid in: at least"),
            w.pick("실제 투자한 금액 상한", "Paid in: at most"),
            w.pick("약속한 금액 확인 여부", "Committed: claim"), w.pick("실제 투자한 금액 확인 여부", "Paid in: claim")),
        List.of(w.pick("투자자 → 투자 대상", "Investor → investee"), committed, invested));
    List<MoneyFact> plotted = new ArrayList<>();
    for (Map.Entry<Currency, List<Flow>> e : byCurrency.entrySet()) {
      for (Flow f : e.getValue()) {
        plotted.addAll(f.rows());
        String pair = f.isOthers() ? othersName(f, w) : w.company(f.investor()) + " → " + w.company(f.investee());
        List<String> exact = new ArrayList<>(List.of(f.isOthers() ? othersName(f, w) : w.company(f.investor()),
            f.isOthers() ? "" : w.company(f.investee()), e.getKey().getCurrencyCode()));
        exact.addAll(exactCells(f.committedTotal()));
        // No payment on record: empty paid-in cells, not 0, which would say nothing was paid.
        exact.addAll(f.paidRows().isEmpty() ? List.of("", "", "", "") : exactCells(f.paidTotal()));
        exact.add(claimCodes(f.committedTotal()));
        exact.add(f.paidRows().isEmpty() ? "" : claimCodes(f.paidTotal()));
        table.row(exact,
            List.of(pair + stakeNote(f, w), w.money(f.committedTotal()) + claims(f, w),
                f.paidRows().isEmpty() ? noneRecorded(w) : w.money(f.paidTotal()) + paidClaims(f, w)));
      }
    }
    List<Flow> all = byCurrency.values().stream().flatMap(List::stream).toList();
    List<Flow> pairs = every.values().stream().flatMap(List::stream).toList();
    String alt = alt(all, cut, w);
    List<ChartFrame.Key> legend = new ArrayList<>(List.of(
        ChartFrame.Key.bar(committed, ChartTheme.PROMISED), ChartFrame.Key.bar(invested, ChartTheme.PAID)));
    if (all.stream().anyMatch(MoneyFlowChart::unconfirmed)) {
      legend.add(new ChartFrame.Key(w.pick("빗금: 추정치이거나 확인되지 않은 보도·주장", "Hatched: an estimate, or a report or claim not confirmed"),
          ChartTheme.MUTED, FlowMarks.hatchKey(), new java.awt.BasicStroke(0f)));
    }
    if (all.stream().anyMatch(MoneyFlowChart::ranged)) {
      legend.add(new ChartFrame.Key(w.pick("세로 막대: 범위로 보도된 금액(막대는 높은 쪽 끝까지)",
          "Bar: an amount reported as a range (the bar reaches its high end)"), ChartTheme.INK,
          ValuationMarks.rangeKey(), new java.awt.BasicStroke(0f)));
    }
    byte[] svg = frame.draw(spec.title().in(lang), legend, panels, alt);
    ChartNotes notes = new ChartNotes(w)
        .add(w.pick("‘약속한 금액’은 발표되거나 계획된 투자 총액이고, 한 번에 투자한 건은 투자액 그 자체다.",
            "“Committed” is the announced or planned total; for a one-off investment it is the investment itself."))
        // Of every pair, those added up as "others" too: a new user's open Nokia stake, inside the
        // others pair, left the note saying every stake was drawn as paid in.
        .add(pairs.stream().noneMatch(f -> f.stake().isPresent()) ? ""
            // A stake agreed is paid for when its deal closes (flows.csv, column 'closed').
            : pairs.stream().anyMatch(f -> f.stake().isPresent() && f.paidRows().isEmpty())
            ? w.pick("지분 매입은 거래가 종결된 것만 그 값을 실제 투자한 금액으로도 그렸고(종결 전에는 약속한 금액만),"
                + " 투자 합계에는 넣지 않는다.", "A stake bought is drawn as paid in only once its deal has closed (before"
                + " that, as committed only); it is not added to investment totals.")
            : w.pick("지분 매입은 약속한 금액과 실제 투자한 금액을 같은 값으로 그렸고, 투자 합계에는 넣지 않는다.",
                "A stake bought is drawn with the price as both committed and paid in; it is not added to investment totals."))
        .add(all.stream().anyMatch(f -> f.paidRows().isEmpty())
            // By the bar's name in the legend, not its shade: dark mode draws it light.
            ? w.pick("‘실제 투자한 금액’ 막대가 없는 쌍은 실제 투자액이 기록되지 않은 경우다(투자하지 않았다는 뜻은 아니다).",
                "A pair without a “Paid in so far” bar has no payment on record (which does not mean nothing was paid).")
            : "")
        .add(runningTotals(pairs, w))
        .add(cut)
        .add(all.stream().anyMatch(Flow::isOthers)
            ? w.pick("나머지 쌍은 " + (byCurrency.size() > 1 ? "통화별로 " : "") + "‘기타’ 막대 하나로 합쳐 그렸다.",
                "The rest are added up as one “others” pair" + (byCurrency.size() > 1 ? " per currency." : "."))
            : "")
        .panels(byCurrency.size(), ChartNotes.Marks.BARS)
        .add(UndrawnDeals.sentence(UndrawnDeals.investmentsOf(briefing, spec), w))
        .add(UndrawnDeals.roundsSentence(UndrawnDeals.roundsOf(briefing, spec), w))
        .leftOut(ChartSelection.leftOut(briefing, spec))
        .debt(Stream.concat(ChartSelection.debtLeftOut(briefing, spec).stream(),
            UndrawnDeals.debtRoundsOf(briefing, spec).stream()).toList());
    return new ChartImage(spec.id(), lang, svg, spec.title().in(lang), alt,
        notes.after(spec.caption().in(lang)), SourceLine.of(briefing, plotted, w), table.exact(), table.shown());
  }

  /** Whether a pair's committed or paid total is reported as a range with a low end above zero. */
  static boolean ranged(Flow f) {
    return ranged(f.committedTotal()) || ranged(f.paidTotal());
  }

  /**
   * Whether a total is a range: a low end above zero and a high end above it, none of its parts only
   * a ceiling (such a total is stated as its ceiling, {@link InvestmentTree.Total#bound}).
   */
  static boolean ranged(InvestmentTree.Total t) {
    return t.low().amount().signum() > 0 && !t.capped()
        && t.high().filter(h -> h.amount().compareTo(t.low().amount()) > 0).isPresent();
  }

  /**
   * The pairs a running total a report gives is all the chart knows of (kind {@code total}, no deal of
   * the pair drawn): drawn at that total, as a pair with deals is (walk 78's Amazon → Anthropic, "$8
   * billion so far" beside talks of more, was missing from the chart without a word). What it
   * committed is its promised running total, or, with none, what it has paid in, as a one-off
   * investment is both.
   */
  private static List<Flow> totalsAlone(Briefing briefing, ChartSpec spec, Map<Currency, List<Flow>> drawn) {
    Map<String, Investment> pairs = new LinkedHashMap<>();
    briefing.investments().stream()
        .filter(i -> i.kind() == InvestmentKind.TOTAL && i.reporting().plottable() && i.reporting().amountStated())
        .filter(i -> spec.currency().map(c -> c.equals(i.amount().currency())).orElse(true))
        .filter(i -> drawn.getOrDefault(i.amount().currency(), List.of()).stream()
            .noneMatch(f -> f.investor().equals(i.investor()) && f.investee().equals(i.investee())))
        .forEach(i -> pairs.putIfAbsent(i.investor() + ">" + i.investee() + ">" + i.amount().currency(), i));
    List<Flow> flows = new ArrayList<>();
    for (Investment i : pairs.values()) {
      Currency currency = i.amount().currency();
      List<MoneyFact> paid = InvestmentTree.paidOfPair(briefing, List.of(), i.investor(), i.investee(), currency);
      List<MoneyFact> promised = InvestmentTree.committedOfPair(briefing, List.of(), i.investor(), i.investee(), currency);
      List<MoneyFact> committed = promised.isEmpty() ? paid : promised;
      if (committed.isEmpty()) {
        continue;
      }
      List<MoneyFact> rows = new ArrayList<>(committed);
      paid.stream().filter(r -> !rows.contains(r)).forEach(rows::add);
      flows.add(new Flow(i.investor(), i.investee(), currency, committed, paid, !promised.isEmpty(), rows, 0,
          Optional.empty()));
    }
    return flows;
  }

  /** The stakes bought (rows of {@code flows.csv} of kind {@code stake}) in the chart's currency. */
  private static List<Flow> stakes(Briefing briefing, ChartSpec spec) {
    return briefing.flows().stream()
        .filter(f -> f.flowKind() == com.moneywar.briefing.model.FlowKind.STAKE && f.moneyMoved()
            && f.reporting().plottable())
        .filter(f -> spec.currency().map(c -> c.equals(f.amount().currency())).orElse(true))
        .map(f -> new Flow(f.from(), f.to(), f.amount().currency(), List.of(f),
            f.closed().isPresent() ? List.of(f) : List.of(), false, List.of(f), 0,
            Optional.of(f.percent().orElse(BigDecimal.ZERO))))
        .toList();
  }

  /** Whether any row of a pair, committed or paid in, is a report or claim no party has confirmed. */
  static boolean unconfirmed(Flow f) {
    return f.committedRows().stream().anyMatch(ValuationMarks::hollow)
        || f.paidRows().stream().anyMatch(ValuationMarks::hollow);
  }

  /**
   * The claim status of an unconfirmed pair, for the table and the alt text: " (보도)" / " (reported)"
   * when every row of its committed total is reported, " (일부 보도)" / " (partly reported)" when
   * some of it is confirmed: a total is never called firmer, nor weaker, than its parts.
   */
  static String claims(Flow f, ChartWording w) {
    return f.committedTotal().claimWords(w.lang());
  }

  /**
   * How firm a pair's sentence is: the committed total's words ({@code (보도)}), then, where the
   * payments are less firm than that, theirs: {@code (실제 투자액은 보도)} / {@code  (payments
   * reported)}, so that "has paid in all of it" never reads as confirmed when only reported.
   */
  static String sentenceClaims(Flow f, ChartWording w) {
    String claim = claims(f, w);
    String paid = f.paidRows().isEmpty() || f.stake().isPresent() ? "" : paidClaims(f, w);
    if (paid.isEmpty() || paid.equals(claim)) {
      return claim;
    }
    String inner = paid.trim().substring(1, paid.trim().length() - 1);
    if (claim.isEmpty()) {
      return w.pick("(실제 투자액은 " + inner + ")", " (payments " + inner + ")");
    }
    // One pair of brackets: "(일부 보도, 실제 투자액은 보도)" / " (partly reported; payments reported)".
    return claim.substring(0, claim.length() - 1) + w.pick(", 실제 투자액은 " + inner + ")", "; payments " + inner + ")");
  }

  /**
   * A total as the CSV writes it: the amount its words state with their bound (the ceiling of an "up
   * to", the floor of a "more than": never a figure the bound would misstate; {@code up-to-about}
   * for a ceiling with an approximate part, as the words say), its low and high ends.
   */
  private static List<String> exactCells(Total total) {
    // "Up to about $30.5 billion" is a ceiling first: "about" alone read as a figure near $30.5 billion.
    String bound = total.approximateCeiling() ? "up-to-about" : total.bound().code();
    return List.of(total.stated().amount().toPlainString(), bound, total.low().amount().toPlainString(),
        total.high().map(h -> h.amount().toPlainString()).orElse(""));
  }

  /**
   * How firm a total is, for the CSV: the claim statuses of its rows, in the order they came, space
   * separated ({@code confirmed reported} for a total partly reported), as the valuations CSV gives
   * each row's.
   */
  static String claimCodes(Total total) {
    return total.claims().stream().map(com.moneywar.briefing.model.ClaimStatus::code)
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /** How firm what was paid in is: {@code (보도)} when the payments are only reported, as the table writes it. */
  static String paidClaims(Flow f, ChartWording w) {
    return f.paidTotal().claimWords(w.lang());
  }


  /**
   * The part of a bar's total that is not confirmed: the rows of {@code rows} no party has
   * confirmed, added up; zero when all are confirmed.
   */
  static Total unconfirmedPart(List<MoneyFact> rows, Currency currency) {
    List<MoneyFact> hollow = rows.stream().filter(ValuationMarks::hollow).toList();
    return hollow.isEmpty() ? Total.zero(currency) : Total.of(hollow, currency);
  }

  private static String stakeNote(Flow f, ChartWording w) {
    // The percentage with its bound as the stake's row states it ("지분 약 4%" / "about 4% stake").
    String percent = f.rows().stream().filter(com.moneywar.briefing.model.Flow.class::isInstance).findFirst()
        .map(r -> ((com.moneywar.briefing.model.Flow) r).percentWords(w.lang())).orElse("");
    return f.stake().filter(p -> p.signum() > 0)
        .map(p -> w.pick(" (지분 " + percent + ")", " (" + percent + " stake)"))
        .orElse(f.stake().isPresent() ? w.pick(" (지분 매입)", " (stake)") : "");
  }

  /**
   * What a stake whose deal has not closed is, after its committed amount, as when its two amounts are
   * one ({@code " · 지분 4% 이상"} / {@code " · more than 4% stake"}); empty for any other pair.
   */
  static String stakeSuffix(Flow f, ChartWording w) {
    return stakeNote(f, w).replace(" (", " · ").replace(")", "");
  }

  private static String othersName(Flow f, ChartWording w) {
    return w.pick("기타 " + w.count(BigDecimal.valueOf(f.others())) + "쌍", w.count(BigDecimal.valueOf(f.others()))
        + " other pairs");
  }

  /**
   * The largest pairs of each panel by amount committed and the editor's pinned ones, the rest of
   * a panel added up as "others", as many as can be named under their bars in every language, so
   * that both editions show the same pairs: {@link Shortlist#FLOWS} bars down to {@link
   * Shortlist#FEWEST_FLOWS}, shared out between the panels.
   */
  private Map<Currency, List<Flow>> largest(Map<Currency, List<Flow>> every, Briefing briefing, ChartSpec spec) {
    Map<Currency, List<Flow>> choice = every;
    for (int n = Shortlist.FLOWS; n >= Shortlist.FEWEST_FLOWS; n--) {
      choice = shortlist(every, spec, n);
      if (fitsInEveryLanguage(choice, briefing)) {
        return choice;
      }
    }
    return choice;
  }

  static Map<Currency, List<Flow>> shortlist(Map<Currency, List<Flow>> every, ChartSpec spec, int room) {
    Map<Currency, Integer> needs = new LinkedHashMap<>();
    every.forEach((c, flows) -> needs.put(c, flows.size()));
    Map<Currency, Integer> shares = Shortlist.shares(needs, room);
    Map<Currency, Integer> limits = new LinkedHashMap<>();
    // A panel that cannot show all its pairs keeps one of its bars for the "others".
    shares.forEach((c, share) -> limits.put(c, share < needs.get(c) ? Math.max(1, share - 1) : share));
    Map<Currency, Shortlist.Kept<Flow>> kept = Shortlist.perPanel(every, f -> f.committed().amount(),
        f -> f.rows().stream().anyMatch(r -> spec.pinned(r.id())), limits);
    Map<Currency, List<Flow>> result = new LinkedHashMap<>();
    kept.forEach((c, k) -> {
      List<Flow> flows = new ArrayList<>(k.shown());
      if (!k.rest().isEmpty() && shares.get(c) > 1) {
        flows.add(Flow.others(k.rest()));
      }
      result.put(c, flows);
    });
    return result;
  }

  private boolean fitsInEveryLanguage(Map<Currency, List<Flow>> byCurrency, Briefing briefing) {
    for (Lang lang : Lang.values()) {
      if (!frame.categoriesFit(panels(byCurrency, new ChartWording(briefing, lang)))) {
        return false;
      }
    }
    return true;
  }

  private static String committed(ChartWording w) {
    return w.pick("약속한 금액", "Committed");
  }

  private static String invested(ChartWording w) {
    return w.pick("실제 투자한 금액", "Paid in so far");
  }

  private List<Panel> panels(Map<Currency, List<Flow>> byCurrency, ChartWording w) {
    List<Panel> panels = new ArrayList<>();
    byCurrency.forEach((currency, flows) ->
        panels.add(panel(currency, flows, w, byCurrency.size() > 1, committed(w), invested(w))));
    return panels;
  }

  private Panel panel(Currency currency, List<Flow> flows, ChartWording w, boolean headed, String committed,
      String invested) {
    List<String> keys = new ArrayList<>();
    List<Double> promised = new ArrayList<>();
    List<Double> paid = new ArrayList<>();
    List<List<String>> categories = new ArrayList<>();
    for (int i = 0; i < flows.size(); i++) {
      Flow f = flows.get(i);
      keys.add(i + ":" + f.investor() + ">" + f.investee());
      promised.add(top(f.committedTotal())); // display only: XChart plots doubles
      paid.add(top(f.paidTotal()));
      categories.add(f.isOthers() ? List.of(othersName(f, w))
          : List.of(w.company(f.investor()) + " →", w.company(f.investee())));
    }
    double highest = Math.max(promised.stream().mapToDouble(Double::doubleValue).max().orElse(1),
        paid.stream().mapToDouble(Double::doubleValue).max().orElse(1));
    ValueAxis axis = ValueAxis.linear(highest, v -> w.label(new Money(BigDecimal.valueOf(v), currency)));
    CategoryChart chart = new CategoryChartBuilder().width(400).height(250).build();
    frame.theme().applyToPanel(chart.getStyler());
    chart.getStyler().setAvailableSpaceFill(0.72);
    chart.getStyler().setYAxisMin(axis.plot(axis.min()));
    chart.getStyler().setYAxisMax(axis.plot(axis.max()));
    chart.addSeries(committed, keys, promised).setFillColor(ChartTheme.PROMISED);
    chart.addSeries(invested, keys, paid).setFillColor(ChartTheme.PAID);
    Panel.Overlay labels = (g, at) -> {
      FlowMarks.hatchUnconfirmed(g, flows, at, promised, paid);
      FlowMarks.ranges(g, flows, at, axis);
      // Numbered pairs (a phone-width chart, or too many names for their slots) have their amounts
      // in the key under the plot: over bars a third of a name wide, they stacked up far from their
      // bars, one reading as its neighbour's, and some found no room at all.
      if (!at.keyed()) {
        FlowMarks.draw(g, FlowMarks.labels(flows, w, at, promised, paid, frame.theme()));
      }
    };
    return new Panel(headed ? w.currencyName(currency) : "", chart, axis, categories, flows.size(), 0, labels)
        .namingEvery(flows.stream().map(f -> keyDetail(f, w)).toList());
  }

  /**
   * A pair's amounts as the key of numbered pairs says them after its name, each with how firm it is:
   * {@code 약속 최대 100억달러(보도), 투자 기록 없음} / {@code committed up to $10 billion (reported), paid in:
   * none recorded}; a pair whose two
   * amounts are one says it once ({@code 143억달러 · 지분 49%} / {@code $14.3B · 49% stake}).
   */
  static String keyDetail(Flow f, ChartWording w) {
    // How firm each amount is, as the wide chart's table says it: on the phone only the hatching
    // said "reported", on a bar too small to see (a new user's Nvidia → xAI).
    if (f.oneAmount()) {
      return whole(label(f.committedTotal(), w)) + equalLabel(f, w).substring(label(f.committedTotal(), w).length())
          + claims(f, w);
    }
    // Each part on one line, so that a long key wraps between them, never leaving "기록 없음" alone.
    String paidIn = f.paidRows().isEmpty() ? whole(w.pick("투자 기록 없음", "paid in: none recorded"))
        : w.pick("투자 ", "paid in ") + whole(label(f.paidTotal(), w) + paidClaims(f, w));
    String stake = stakeSuffix(f, w);
    return w.pick("약속 ", "committed ") + whole(label(f.committedTotal(), w) + claims(f, w)) + stake + ", " + paidIn;
  }

  /**
   * An amount kept on one line where the key wraps ("최대 100억달러", "about $89.84 billion"): its spaces
   * no-break, but after the plus of a floor and a ceiling ("about $3.1 billion or more + up to $5
   * billion"), whose two parts together are wider than a phone's key: as one piece it was drawn
   * past the chart's edge, a blank line where the committed amount should be.
   */
  private static String whole(String amount) {
    return amount.replace(' ', '\u00a0').replace("\u00a0+\u00a0", "\u00a0+ ");
  }

  /** The height a bar is drawn to: a sum's upper end where it has one, so a ceiling is drawn in full. */
  static double top(Total total) {
    // A floor and a ceiling together are written as the two ("1조1800억엔 이상 + 최대 1조7225억엔"), and
    // drawn to the two added, as a ceiling alone is drawn in full.
    if (total.floorAndCeiling()) {
      return total.point().amount().doubleValue();
    }
    // A floor ("more than") ends where its words do.
    if (total.high().isEmpty() && !total.about()) {
      return total.low().amount().doubleValue();
    }
    return total.high().orElse(total.point()).amount().max(total.point().amount()).doubleValue();
  }

  static String equalLabel(Flow f, ChartWording w) {
    String what = equalWhat(f, w);
    return label(f.committedTotal(), w) + (what.isEmpty() ? "" : f.stake().isPresent() ? " · " + what : ", " + what);
  }

  /**
   * The label of a pair whose committed and paid-in amounts are one, on two lines where one is too
   * wide for the room over its pair: the amount, then what it is ("지분 매입" / "stake", "전액 투자"
   * / "all paid in"); the amount alone when there is nothing to add.
   */
  static List<String> equalLines(Flow f, ChartWording w) {
    String what = equalWhat(f, w);
    return what.isEmpty() ? List.of(label(f.committedTotal(), w)) : List.of(label(f.committedTotal(), w), what);
  }

  /** What an equal pair's amount is, beyond the amount: a stake bought, or a commitment all paid in; else empty. */
  private static String equalWhat(Flow f, ChartWording w) {
    return f.stake().isPresent() ? stakeNote(f, w).replace(" (", "").replace(")", "")
        : f.promised() ? w.pick("전액 투자", "all paid in") : "";
  }

  static String label(Total total, ChartWording w) {
    return TotalWording.label(total, w);
  }

  /**
   * What a pair has paid in, as its label and table cell say it: with no {@code invested} row on
   * record, "none recorded" rather than {@code $0}, which would state that nothing was paid (the
   * record may simply not have the payment yet).
   */
  static String paidLabel(Flow f, ChartWording w) {
    return f.paidRows().isEmpty() ? noneRecorded(w) : label(f.paidTotal(), w);
  }

  static String noneRecorded(ChartWording w) {
    return w.pick("기록 없음", "none recorded");
  }

  /**
   * Committed and paid-in money per pair (in order of first appearance), per currency (in {@link PanelOrder}), added up by
   * {@link InvestmentTree}: committed is the sum of the roots (a commitment that raises an earlier
   * one replaces it), paid in the sum of the invested rows without tranches under them.
   */
  static Map<Currency, List<Flow>> flows(Briefing briefing, List<Investment> tops) {
    Map<Currency, Map<String, List<Investment>>> roots = PanelOrder.map();
    for (Investment top : tops) {
      roots.computeIfAbsent(top.amount().currency(), c -> new LinkedHashMap<>())
          .computeIfAbsent(top.investor() + ">" + top.investee(), k -> new ArrayList<>()).add(top);
    }
    Map<Currency, List<Flow>> lists = PanelOrder.map();
    roots.forEach((currency, pairs) -> {
      List<Flow> flows = new ArrayList<>();
      pairs.forEach((pair, pairRoots) -> {
        List<MoneyFact> rows = new ArrayList<>();
        List<MoneyFact> paid = new ArrayList<>();
        for (Investment root : pairRoots) {
          rows.addAll(InvestmentTree.subtree(briefing, root));
          paid.addAll(InvestmentTree.paidRows(briefing, root));
        }
        Investment first = pairRoots.get(0);
        // A running total a report gives stands for the rows up to its date, paid in or promised.
        List<MoneyFact> paidIn = InvestmentTree.paidOfPair(briefing, paid, first.investor(), first.investee(), currency);
        List<MoneyFact> committed = InvestmentTree.committedWithPlanned(InvestmentTree.committedOfPair(briefing,
            pairRoots, first.investor(), first.investee(), currency), paidIn, rows, currency);
        if (!paidIn.equals(paid)) {
          rows.add(paidIn.get(0));
        }
        if (!committed.equals(pairRoots) && !rows.contains(committed.get(0))) {
          rows.add(committed.get(0));
        }
        flows.add(new Flow(first.investor(), first.investee(), currency, committed, paidIn,
            pairRoots.stream().anyMatch(i -> i.kind() == InvestmentKind.COMMITMENT), rows, 0, Optional.empty()));
      });
      lists.put(currency, new ArrayList<>(flows));
    });
    return lists;
  }

  /**
   * Names the pairs whose bars a running total stands in ({@link InvestmentTree#paidOfPair}): their
   * bars are not the sum of the deals the table lists.
   */
  private static String runningTotals(List<Flow> pairs, ChartWording w) {
    List<String> names = pairs.stream().filter(f -> Stream.concat(f.paidRows().stream(), f.committedRows().stream())
            .anyMatch(r -> r instanceof Investment i && i.kind() == InvestmentKind.TOTAL))
        .map(f -> w.company(f.investor()) + " → " + w.company(f.investee())).distinct().toList();
    return names.isEmpty() ? ""
        : w.pick(String.join(", ", names) + "의 막대는 보도된 누적 합계가 그 날짜까지의 개별 거래를 대신하고, 그 뒤의 거래와"
                + " 그때 아직 계획 단계였던 분할 투자만 더했다.",
            "For " + String.join(", ", names) + ", a running total a report gives stands for the deals up to its date;"
                + " only later deals, and payments still planned on that date, are added to it.");
  }

  private static int count(Map<Currency, List<Flow>> flows) {
    return flows.values().stream().mapToInt(List::size).sum();
  }

  /** States the finding: the biggest flow first, then what each pair committed and paid in. */
  private static String alt(List<Flow> flows, String cut, ChartWording w) {
    List<String> sentences = new ArrayList<>();
    sentences.add(w.pick("막대그래프.", "Bar chart."));
    if (!cut.isEmpty()) {
      sentences.add(cut);
    }
    // Amounts are compared only within one currency: the first panel's.
    Currency main = flows.get(0).currency();
    List<Flow> comparable = flows.stream().filter(f -> f.currency().equals(main) && !f.isOthers()).toList();
    // The largest amount paid in, said so only when it is one: more than nothing, and no less than
    // what the pairs added up as "others" paid together (one of them may have paid more). A new
    // user's alt text called a planned ₩370 billion "the largest amount paid in" when nothing was.
    java.math.BigDecimal othersPaid = flows.stream().filter(f -> f.currency().equals(main) && f.isOthers())
        .map(f -> f.invested().amount()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    Flow biggest = comparable.stream().max(Comparator.comparing(f -> f.invested().amount()))
        .filter(f -> f.invested().amount().signum() > 0 && f.invested().amount().compareTo(othersPaid) >= 0)
        .orElse(null);
    List<Flow> ordered = new ArrayList<>();
    if (biggest != null) {
      ordered.add(biggest);
    }
    flows.stream().filter(f -> f != biggest).forEach(ordered::add);
    for (Flow f : ordered) {
      String committed = w.money(f.committedTotal());
      String paid = w.money(f.paidTotal());
      String ko;
      String en;
      if (f.isOthers()) {
        String name = othersName(f, w);
        if (f.paidRows().isEmpty()) {
          ko = ChartWording.josa(name, "은", "는") + " 합쳐 " + ChartWording.josa(committed, "을", "를")
              + " 약속했고, 실제 투자액은 기록되지 않았다.";
          en = "The " + name + " together committed " + committed + "; no payment is on record.";
        } else {
          ko = ChartWording.josa(name, "은", "는") + " 합쳐 " + ChartWording.josa(committed, "을", "를") + " 약속했고 "
              + ChartWording.josa(paid, "을", "를") + " 투자했다.";
          en = "The " + name + " together committed " + committed + " and paid in " + paid + ".";
        }
        String claim = sentenceClaims(f, w);
        sentences.add(w.pick(ko.substring(0, ko.length() - 1) + claim + ".", en.substring(0, en.length() - 1) + claim + "."));
        continue;
      }
      String who = w.company(f.investor());
      String whom = w.company(f.investee());
      boolean all = committed.equals(paid);
      if (f.stake().isPresent()) {
        String pct = f.stake().get().signum() > 0 ? f.stake().get().stripTrailingZeros().toPlainString() + "%" : "";
        ko = ChartWording.josa(who, "은", "는") + " " + whom + " 지분" + (pct.isEmpty() ? "" : " " + pct) + "를 "
            + committed + "에 사들였다.";
        en = who + " bought " + (pct.isEmpty() ? "a stake" : "a " + pct + " stake") + " in " + whom + " for " + committed + ".";
      } else if (!f.promised() && f.invested().amount().signum() == 0) {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 " + ChartWording.josa(committed, "을", "를") + " 투자할 예정이다.";
        en = who + " is to invest " + committed + " in " + whom + ".";
      } else if (!f.promised() && all) {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 " + ChartWording.josa(paid, "을", "를") + " 투자했다.";
        en = who + " invested " + paid + " in " + whom + ".";
      } else if (all) {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 약속한 " + ChartWording.josa(committed, "을", "를") + " 모두 투자했다.";
        en = who + " has paid in all of the " + committed + " it committed to " + whom + ".";
      } else if (f.paidRows().isEmpty()) {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 " + ChartWording.josa(committed, "을", "를")
            + " 약속했고, 실제 투자액은 아직 기록되지 않았다.";
        en = who + " has committed " + committed + " to " + whom + "; no payment is on record yet.";
      } else {
        ko = ChartWording.josa(who, "은", "는") + " " + whom + "에 약속한 " + committed + " 가운데 "
            + ChartWording.josa(paid, "을", "를") + " 투자했다.";
        en = who + " has paid in " + paid + " of the " + committed + " it committed to " + whom + ".";
      }
      String claim = sentenceClaims(f, w);
      if (!claim.isEmpty()) {
        ko = ko.substring(0, ko.length() - 1) + claim + ".";
        en = en.substring(0, en.length() - 1) + claim + ".";
      }
      if (f == biggest && comparable.size() > 1) {
        // The largest paid-in flow comes first and says so: the largest amount paid in, which a
        // larger promise not yet paid (up to $100 billion) does not contradict.
        ko = ko.endsWith(").") ? ko.substring(0, ko.length() - 2) + ", 실제로 들어간 돈으로는 가장 큰 금액)."
            : ko.substring(0, ko.length() - 1) + "(실제로 들어간 돈으로는 가장 큰 금액).";
        en = en.substring(0, en.length() - 1) + ", the largest amount paid in.";
      }
      sentences.add(w.pick(ko, en));
    }
    return String.join(" ", sentences);
  }
}
