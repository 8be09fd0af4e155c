package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.model.SpendingKind;
import com.moneywar.briefing.model.SpendingPeriod;
import com.moneywar.briefing.model.SpendingStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Capital spending, one horizontal bar per row of {@code data/spending.csv}, largest first, in the
 * company's colour, each named on its left (or above it, when the names need more than a third of
 * the width, as on a phone) and its amount written as the prose writes it at its end. A range
 * reaches its high end with a capped bar over it from end to end; a figure that is an estimate or
 * not confirmed is hatched. What the rows share (the period, the kind, the status) is said once
 * above the bars; what differs is said on each bar ({@code 마이크로소프트 · 2025회계연도}). Each
 * currency has its own panel and scale.
 */
final class SpendingChart implements KindRenderer {
  private final ChartFrame frame;

  SpendingChart(ChartFrame frame) {
    this.frame = frame;
  }

  /** The words that tell the drawn rows apart, and those they share. */
  record Naming(boolean period, boolean kind, boolean status) {
    static Naming of(List<Spending> rows) {
      return new Naming(rows.stream().map(Spending::period).distinct().count() > 1,
          rows.stream().map(Spending::spendingKind).distinct().count() > 1,
          rows.stream().map(Spending::status).distinct().count() > 1);
    }

    /** A bar's name: the company, then what tells it apart: {@code 마이크로소프트 · 2025회계연도}. */
    String bar(Spending s, ChartWording w) {
      String what = what(s, w, period, kind, status);
      // A programme's name tells apart two bars that share the rest (the EU's InvestAI and its fund).
      return (what.isEmpty() ? w.company(s.company()) : w.company(s.company()) + " · " + what) + s.nameAfter(w.lang());
    }

    /** What every bar shares, said once above them: {@code 2025년 설비투자 계획} / {@code 2025 capital expenditure (planned)}. */
    String shared(Spending any, ChartWording w) {
      String what = what(any, w, !period, !kind, !status);
      return w.korean() || what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
  }

  /** A row's period, kind and status, those asked for, as a headline names them. */
  static String what(Spending s, ChartWording w, boolean period, boolean kind, boolean status) {
    List<String> words = new ArrayList<>();
    if (period) {
      s.period().ifPresent(p -> words.add(p.words(w.lang())));
    }
    if (kind) {
      words.add(s.spendingKind().midSentence(w.lang()));
    }
    String text = String.join(" ", words);
    // A pledge is a plan by nature: not called one twice (삼성전자 · 2025~2029년 투자 계획).
    boolean pledged = kind && s.spendingKind() == SpendingKind.PLEDGE && s.status() == SpendingStatus.PLANNED;
    if (status && !pledged) {
      String st = s.status().words(w.lang());
      text = text.isEmpty() ? st : w.korean() ? text + " " + st : text + " (" + st + ")";
    }
    return text;
  }

  /** Whether a bar is hatched: an outside estimate, or a report or claim no party has confirmed. */
  static boolean hatched(Spending s) {
    return s.status() == SpendingStatus.ESTIMATED || s.reporting().claim() != ClaimStatus.CONFIRMED;
  }

  static boolean ranged(Spending s) {
    return s.bound() == Bound.RANGE && s.reporting().high().isPresent();
  }

  /** The end a bar reaches: a range's high end, else the amount. */
  static BigDecimal reach(Spending s) {
    return ranged(s) ? s.reporting().high().get().amount() : s.amount().amount();
  }

  /**
   * The rows by currency, in the order the currencies first come, each largest first (equal ones in
   * file order), or in the order of {@code rows} when {@code named}: a chart that names its rows
   * draws them as named (a company's capex year after year read out of order sorted by size).
   */
  static Map<Currency, List<Spending>> panels(List<Spending> rows, boolean named) {
    Map<Currency, List<Spending>> byCurrency = PanelOrder.map();
    for (Spending s : rows) {
      byCurrency.computeIfAbsent(s.amount().currency(), c -> new ArrayList<>()).add(s);
    }
    if (!named) {
      byCurrency.replaceAll((c, list) -> list.stream().sorted(Comparator.comparing(SpendingChart::reach).reversed()).toList());
    }
    return byCurrency;
  }

  @Override
  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartWording w = new ChartWording(briefing, lang);
    List<Spending> rows = ChartSelection.spending(briefing, spec);
    w.showing(rows.stream().map(Spending::company).toList());
    boolean named = !spec.rows().isEmpty();
    Map<Currency, List<Spending>> panels = panels(rows, named);
    Naming naming = Naming.of(rows);
    List<Spending> drawn = panels.values().stream().flatMap(List::stream).toList();

    List<ChartFrame.Key> legend = new ArrayList<>();
    if (drawn.stream().anyMatch(SpendingChart::hatched)) {
      legend.add(new ChartFrame.Key(
          w.pick("빗금: 추정치이거나 확인되지 않은 보도·주장", "Hatched: an estimate, or a report or claim not confirmed"),
          ChartTheme.MUTED, FlowMarks.hatchKey(ChartTheme.MUTED, ChartTheme.INK), new java.awt.BasicStroke(0f)));
    }
    if (drawn.stream().anyMatch(SpendingChart::ranged)) {
      legend.add(new ChartFrame.Key(w.pick("범위로 밝힌 금액(막대는 높은 쪽 끝까지)",
          "A range (the bar reaches its high end)"), ChartTheme.INK,
          SpendingBars.rangeKey(), new java.awt.BasicStroke(0f)));
    }

    // A programme's own name has its column when a bar has one: two pledges of one body, kind and
    // period are otherwise one line twice in the table, the CSV and the PDF.
    boolean names = drawn.stream().anyMatch(s -> !s.nameAfter(lang).isEmpty());
    List<String> exactHeader = new ArrayList<>(List.of(w.pick("기업·기관", "Company or body")));
    List<String> shownHeader = new ArrayList<>(exactHeader);
    if (names) {
      exactHeader.add(w.pick("이름", "Name"));
      shownHeader.add(w.pick("이름", "Name"));
    }
    exactHeader.addAll(List.of(w.pick("기간", "Period"), w.pick("구분", "Kind"), w.pick("상태", "Status"),
        w.pick("통화", "Currency"), w.pick("금액", "Amount"), w.pick("금액 성격", "Bound"),
        w.pick("금액 상한", "Upper end"), w.pick("확인 여부", "Claim"), w.pick("날짜", "Date")));
    shownHeader.addAll(List.of(w.pick("기간", "Period"), w.pick("구분", "Kind"), w.pick("상태", "Status"),
        w.pick("금액", "Amount"), w.pick("날짜", "Date")));
    ChartDataTable table = new ChartDataTable(exactHeader, shownHeader);
    for (Spending s : drawn) {
      List<String> exact = new ArrayList<>(List.of(w.company(s.company())));
      List<String> shown = new ArrayList<>(exact);
      if (names) {
        exact.add(s.name().in(lang));
        shown.add(s.name().in(lang));
      }
      exact.addAll(List.of(s.period().map(SpendingPeriod::code).orElse(""), s.spendingKind().code(), s.status().code(),
          s.amount().currency().getCurrencyCode(), s.amount().amount().toPlainString(), s.bound().code(),
          s.reporting().high().map(h -> h.amount().toPlainString()).orElse(""), s.reporting().claim().code(),
          s.date().toString()));
      shown.addAll(List.of(s.period().map(p -> p.words(lang)).orElse(w.pick("밝혀지지 않음", "not stated")),
          s.spendingKind().words(lang), s.status().words(lang), w.money(s), w.date(s.date())));
      table.row(exact, shown);
    }

    String alt = alt(panels, named, w);
    String title = spec.title().in(lang);
    SpendingBars bars = new SpendingBars(frame, w, naming, panels);
    byte[] wide = bars.draw(ChartFrame.WIDTH, title, legend, alt);
    byte[] narrow = bars.draw(ChartFrame.NARROW_WIDTH, title, legend, alt);

    ChartNotes notes = new ChartNotes(w).panels(panels.size(), ChartNotes.Marks.BARS)
        .leftOut(ChartSelection.leftOut(briefing, spec))
        .add(undrawn(ChartSelection.spendingLeftOut(briefing, spec), w));
    notes.add(noPeriod(drawn, w));
    notes.add(mixedSpans(drawn, w));
    if (drawn.stream().anyMatch(s -> s.replaces().isPresent())) {
      // A pledge may be a government's: "회사" would not do.
      notes.add(w.pick("수치가 수정된 경우 가장 최근 수치를 그렸다.", "Where a figure was revised, the latest one is drawn."));
    }
    notes.add(datedApart(drawn, naming, w));
    return new ChartImage(spec.id(), lang, wide, title, alt, notes.after(spec.caption().in(lang)),
        SourceLine.of(briefing, drawn, w), table.exact(), table.shown(), narrow);
  }

  /**
   * Bars side by side read as amounts of one span; a figure whose period no source states may not be
   * one ("₩150 trillion over five years" beside "₩3.4 trillion through 2028"): said under the chart,
   * the rows named (up to three): {@code 기간이 밝혀지지 않은 수치 1건(…)은 다른 막대와 같은 기간의 금액이 아닐 수
   * 있다.} Empty for a single bar or when every bar has its period.
   */
  static String noPeriod(List<Spending> drawn, ChartWording w) {
    List<Spending> none = drawn.stream().filter(s -> s.period().isEmpty()).toList();
    if (drawn.size() < 2 || none.isEmpty()) {
      return "";
    }
    if (none.size() == drawn.size()) {
      return w.pick("어느 수치도 기간이 밝혀지지 않아, 막대마다 다른 기간의 금액일 수 있다.",
          "No period is stated for any of these figures: each bar may cover a different span.");
    }
    String list = String.join(w.pick(", ", "; "), none.stream().limit(3).map(s -> w.company(s.company())).toList())
        + (none.size() > 3 ? w.pick(" 등", " and others") : "");
    int n = none.size();
    return w.pick("기간이 밝혀지지 않은 수치 " + n + "건(" + list + ")은 다른 막대와 같은 기간의 금액이 아닐 수 있다.",
        n + (n == 1 ? " figure gives" : " figures give") + " no period (" + list + "): "
            + (n == 1 ? "it" : "they") + " may not cover the same span as the other bars.");
  }

  /**
   * Bars side by side read as amounts of one span; a quarter drawn beside whole years reads as a fall
   * (a new user's 2025 first quarter beside three full years): said under the chart when the drawn
   * periods are not all of one length, {@code 막대마다 기간의 길이가 다르다(분기와 1년). 금액을 그대로 견주지
   * 말 것.} / {@code The bars cover spans of different lengths (a quarter and a year): their amounts do not
   * compare as they stand.} Empty when every stated period is as long as the others.
   */
  static String mixedSpans(List<Spending> drawn, ChartWording w) {
    List<String> lengths = drawn.stream().flatMap(s -> s.period().stream()).map(p -> span(p, w)).distinct().toList();
    if (lengths.size() < 2) {
      return "";
    }
    return w.pick("막대마다 기간의 길이가 다르다(" + String.join("·", lengths) + "). 금액을 그대로 견줄 수 없다.",
        "The bars cover spans of different lengths (" + String.join(", ", lengths)
            + "): their amounts do not compare as they stand.");
  }

  /**
   * Bars side by side read as figures of one moment; a plan given in January beside one revised in
   * October is not (walk 126's Meta guidance of January beside Alphabet's of October, under "the
   * latest one is drawn"): said under the chart, each bar with the day its figure was given, when the
   * drawn figures are not all of one month, {@code 막대마다 수치가 나온 시점이 다르다(알파벳 2025년 10월 29일,
   * 메타 2025년 1월 29일).} Up to six bars are named, then the rest counted. Empty for a single bar.
   */
  static String datedApart(List<Spending> drawn, Naming naming, ChartWording w) {
    if (drawn.size() < 2 || drawn.stream().map(s -> s.date().year() * 13 + s.date().month()).distinct().count() < 2) {
      return "";
    }
    List<String> named = drawn.stream().limit(6)
        .map(s -> w.pick(naming.bar(s, w) + " " + w.date(s.date()), naming.bar(s, w) + ": " + w.date(s.date()))).toList();
    int rest = drawn.size() - named.size();
    String list = String.join(w.pick(", ", "; "), named)
        + (rest > 0 ? w.pick(" 외 " + rest + "건", "; " + rest + " more") : "");
    return w.pick("막대마다 수치가 나온 시점이 다르다(" + list + ").",
        "The figures date from different times (" + list + ").");
  }

  /** How long a period is: {@code 분기} / {@code a quarter}, {@code 1년} / {@code a year}, {@code 4년} / {@code 4 years}. */
  private static String span(SpendingPeriod p, ChartWording w) {
    if (p.quarter() != 0) {
      return w.pick("분기", "a quarter");
    }
    int years = p.last() - p.first() + 1;
    return years == 1 ? w.pick("1년", "a year") : w.pick(years + "년", years + " years");
  }

  /**
   * A row in a sentence: {@code 메타 · 2025년 설비투자 계획 700억~720억달러} / {@code Meta · 2025 capital
   * expenditure, planned: $70–72 billion}.
   */
  static String phrase(Spending s, ChartWording w) {
    if (w.korean()) {
      return w.company(s.company()) + " · " + what(s, w, true, true, true) + s.nameAfter(w.lang()) + " " + w.money(s);
    }
    boolean pledged = s.spendingKind() == SpendingKind.PLEDGE && s.status() == SpendingStatus.PLANNED;
    // Its name too, as in Korean: two pledges of one company read alike without it ("Apple · investment
    // pledge: $10 billion" for its US Advanced Manufacturing Fund).
    return w.company(s.company()) + " · " + what(s, w, true, true, false) + s.nameAfter(w.lang())
        + (pledged ? "" : ", " + s.status().words(w.lang())) + ": " + w.money(s);
  }

  /** Every bar, largest first or as named: what a reader of the picture reads off it. */
  private static String alt(Map<Currency, List<Spending>> panels, boolean named, ChartWording w) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<Currency, List<Spending>> e : panels.entrySet()) {
      String bars = String.join(w.pick(", ", "; "), e.getValue().stream().map(s -> phrase(s, w)).toList());
      parts.add(panels.size() > 1 ? w.currencyName(e.getKey()) + ": " + bars : bars);
    }
    return (named ? w.pick("가로 막대그래프. ", "Horizontal bar chart. ")
        : w.pick("가로 막대그래프, 금액이 큰 순서. ", "Horizontal bar chart, largest first. "))
        + String.join(w.pick(". ", ". "), parts) + ".";
  }

  /**
   * The current figures a chart that names no rows leaves out, with why: {@code 실적·추정치 1건(…),
   * 다른 기간의 계획 2건(…)과 기간이 밝혀지지 않은 계획 1건(…)은 그리지 않았다.}; up to three named per
   * reason, then only counted.
   */
  static String undrawn(Map<ChartSelection.SpendingLeftOut, List<Spending>> left, ChartWording w) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<ChartSelection.SpendingLeftOut, List<Spending>> e : left.entrySet()) {
      int n = e.getValue().size();
      String count = w.count(BigDecimal.valueOf(n));
      List<String> named = e.getValue().stream().limit(3).map(s -> phrase(s, w)).toList();
      String list = String.join(w.pick(", ", "; "), named) + (n > 3 ? w.pick(" 등", "; …") : "");
      parts.add(switch (e.getKey()) {
        case STATUS -> w.pick("실적·추정치 " + count + "건(" + list + ")",
            count + (n == 1 ? " figure" : " figures") + " spent or estimated (" + list + ")");
        case PERIOD -> w.pick("다른 기간의 계획 " + count + "건(" + list + ")",
            count + (n == 1 ? " plan for another period" : " plans for other periods") + " (" + list + ")");
        case NO_PERIOD -> w.pick("기간이 밝혀지지 않은 계획 " + count + "건(" + list + ")",
            count + (n == 1 ? " plan" : " plans") + " with no period stated (" + list + ")");
        case PART -> w.pick("다른 막대의 금액에 이미 들어 있는 계획 " + count + "건(" + list + ")",
            count + (n == 1 ? " plan" : " plans") + " already inside another bar's amount (" + list + ")");
      });
    }
    if (parts.isEmpty()) {
      return "";
    }
    // Listed with commas, the particle only before the last: "A, B과 C은", not "A과 B과 C은".
    return w.pick(UndrawnDeals.join(parts, ", ", "과 ") + "은 그리지 않았다. 모두 사이트의 ‘투자’ 페이지에 있다.",
        "Not drawn: " + UndrawnDeals.join(parts, ", ", " and ") + "; the site's Investments page lists them all.");
  }

  /** For tests: the bar names of a chart's rows. */
  static List<String> barNames(List<Spending> rows, ChartWording w) {
    Naming naming = Naming.of(rows);
    return panels(rows, false).values().stream().flatMap(List::stream).map(s -> naming.bar(s, w)).toList();
  }
}
