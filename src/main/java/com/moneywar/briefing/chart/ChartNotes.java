package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences a chart adds after the editor's caption, generated from the data and the way the
 * chart is drawn, so that what a reader needs to read it right is always there: how currencies
 * are handled, what was left out, what a log scale means.
 */
final class ChartNotes {
  /** What may close a sentence after its stop, and the stops. */
  private static final String CLOSERS = "\"'”’)]」』〉》";
  private static final String STOPS = ".!?…。";
  private final ChartWording w;
  private final List<String> sentences = new ArrayList<>();

  ChartNotes(ChartWording w) {
    this.w = w;
  }

  /** Adds a sentence; an empty one adds nothing. */
  ChartNotes add(String sentence) {
    if (!sentence.isEmpty()) {
      sentences.add(sentence);
    }
    return this;
  }

  /** What a chart draws its amounts as, for the note that panels cannot be compared. */
  enum Marks {
    BARS("막대 길이를", "bar lengths"),
    POINTS("점의 높이를", "the heights of points"),
    LINES("선의 높이를", "the heights of lines");

    private final String ko;
    private final String en;

    Marks(String ko, String en) {
      this.ko = ko;
      this.en = en;
    }
  }

  /**
   * Says that panels are per currency, when there is more than one, naming what the chart draws (a
   * timeline's note spoke of bars it did not have).
   */
  ChartNotes panels(int count, Marks marks) {
    if (count > 1) {
      // Each panel has its own scale: a new user's €109 billion and £5 billion were bars of one length.
      add(w.pick("통화가 다른 금액은 환산하지 않고 통화별로 나눠 그렸다. 눈금도 통화마다 달라, 패널끼리는 " + marks.ko
              + " 비교할 수 없다.",
          "Amounts in different currencies are not converted: each currency has its own panel and its own scale,"
              + " so " + marks.en + " cannot be compared across panels."));
    }
    return this;
  }

  /** Names the rows a chart currency kept out, with their amounts. */
  ChartNotes leftOut(List<MoneyFact> facts) {
    if (!facts.isEmpty()) {
      List<String> names = facts.stream().map(this::describe).toList();
      add(w.pick("통화가 달라 그래프에서 뺀 금액: " + String.join(", ", names) + ".",
          "Left out as they are in another currency: " + String.join(", ", names) + "."));
    }
    return this;
  }

  /**
   * Names the loans and bonds bought that a chart of investment leaves out, as debt is money lent,
   * not invested ({@code ChartSelection.debtLeftOut}): "대출·채권 1건(핌코 → 비녜인베스터 약 180억달러)은
   * 투자가 아니어서 그리지 않았다." / "Loans and bonds bought are debt, not investment, and are not drawn:
   * Pimco → Beignet about $18 billion." The first {@value #DEBT_NAMED}, then how many more.
   */
  ChartNotes debt(List<? extends MoneyFact> rows) {
    if (!rows.isEmpty()) {
      List<String> names = rows.stream().limit(DEBT_NAMED).map(this::describe).toList();
      int more = rows.size() - names.size();
      // The names in brackets, as the other notes list what they leave out: a colon in the middle of a
      // Korean sentence read as English.
      add(w.pick("대출·채권 " + n(w, rows.size()) + "건(" + String.join(", ", names) + (more > 0 ? " 등" : "")
              + ")은 투자가 아니어서 그리지 않았다.",
          "Loans and bonds bought are debt, not investment, and are not drawn: " + String.join(", ", names)
              + (more > 0 ? " and " + n(w, more) + " more" : "") + "."));
    }
    return this;
  }

  /** Loans and bonds named under a chart of investment, at most; the others are counted. */
  static final int DEBT_NAMED = 3;

  /**
   * Says that a money-flows chart draws only the largest pairs: "Shown are the 10 largest of 206
   * investor–investee pairs by amount committed; the site's Investments page lists them all."
   */
  static String largestFlows(ChartWording w, int shown, int of, boolean perCurrency) {
    return w.pick(
        "투자자–투자 대상 " + n(w, of) + "쌍 가운데 " + (perCurrency ? "통화별로 " : "") + "약속한 금액이 큰 "
            + n(w, shown) + "쌍만 그렸다. 전체 목록은 사이트의 ‘투자’ 페이지에 있다.",
        "Shown are the " + n(w, shown) + " largest of " + n(w, of) + " investor–investee pairs by amount committed"
            + (perCurrency ? ", currency by currency" : "") + "; the site's Investments page lists them all.");
  }

  /**
   * Says that a valuations chart draws only the companies worth the most: "Shown are the 6 of 33
   * companies with the highest latest valuation; the site's Valuations page lists them all."
   */
  static String largestCompanies(ChartWording w, int shown, int of, boolean perCurrency) {
    return w.pick(
        "기업 " + n(w, of) + "곳 가운데 " + (perCurrency ? "통화별로 " : "") + "최근 기업가치가 높은 " + n(w, shown)
            + "곳만 그렸다. 전체 목록은 사이트의 ‘기업가치’ 페이지에 있다.",
        "Shown are the " + n(w, shown) + " of " + n(w, of) + " companies with the highest latest valuation"
            + (perCurrency ? ", currency by currency" : "") + "; the site's Valuations page lists them all.");
  }

  /**
   * Says that a cumulative chart names only its largest series and adds up the rest: "Of 8
   * investors, the 5 that paid in the most are shown one by one; the other 3 are added up as “3
   * others”, so the totals include every investor."
   */
  static String largestSeries(ChartWording w, int shown, int of, boolean investors) {
    int rest = of - shown;
    String who = investors ? w.pick("투자자", "investors") : w.pick("투자 대상", "investees");
    String whoOne = investors ? "investor" : "investee";
    return w.pick(
        who + " " + n(w, of) + "곳 가운데 실제 투자액이 큰 " + n(w, shown) + "곳만 따로 표시하고 나머지 " + n(w, rest)
            + "곳은 " + ChartWording.ro("‘" + others(w, rest) + "’") + " 묶었다. 합계에는 모두 들어 있다.",
        "Of " + n(w, of) + " " + who + ", the " + n(w, shown) + (investors ? " that paid in" : " that received")
            + " the most are shown one by one; the other " + n(w, rest) + " are added up as “" + others(w, rest)
            + "”, so the totals include every " + whoOne + ".");
  }

  /** The series that stands for the rest: "기타 3곳" / "3 others". */
  static String others(ChartWording w, int count) {
    return w.pick("기타 " + n(w, count) + "곳", n(w, count) + " others");
  }

  private static String n(ChartWording w, int count) {
    return w.count(java.math.BigDecimal.valueOf(count));
  }

  /** The note under a chart of lines on a log scale, where a line's slope is its growth rate. */
  ChartNotes log(boolean log) {
    if (log) {
      add(w.pick("세로축은 로그 눈금이라 같은 기울기는 같은 증가율을 뜻한다.",
          "The value axis is logarithmic: equal slopes mean equal growth rates."));
    }
    return this;
  }

  /**
   * The note under a chart of points on a log scale (the timeline): nothing joins them, so there is
   * no slope to read; what the scale means is that a step up is a multiple, not an amount.
   */
  ChartNotes logPoints(boolean log) {
    if (log) {
      add(w.pick("세로축은 로그 눈금이라 같은 높이 차이는 같은 금액 차이가 아니라 같은 배수를 뜻한다.",
          "The value axis is logarithmic: the same difference in height means the same multiple, not the same amount."));
    }
    return this;
  }

  /** The caption followed by the notes, each a sentence. */
  String after(String caption) {
    List<String> all = new ArrayList<>();
    if (!caption.isBlank()) {
      all.add(sentence(caption.strip()));
    }
    all.addAll(sentences);
    return String.join(" ", all);
  }

  private String describe(MoneyFact fact) {
    if (fact instanceof com.moneywar.briefing.model.Round || fact instanceof com.moneywar.briefing.model.Flow) {
      return TimelineChart.deal(fact, w) + " " + w.money(fact);
    }
    if (fact instanceof Investment i) {
      return w.company(i.investor()) + " → " + w.company(i.investee()) + " " + w.money(fact);
    }
    if (fact instanceof Valuation v) {
      return w.company(v.company()) + " " + w.money(fact) + " (" + w.date(v.date()) + ")";
    }
    if (fact instanceof com.moneywar.briefing.model.Spending s) {
      return SpendingChart.phrase(s, w);
    }
    return ((TalentOffer) fact).role().in(w.lang()) + " " + w.money(fact);
  }

  /**
   * The user's caption as a sentence: with a full stop where it ends without one (the notes and the
   * source line follow it). A stop, a question or exclamation mark or an ellipsis is kept, also before
   * closing quotes or brackets: "… (not real)" becomes "… (not real).", "“Up to $10 billion.”" stays.
   */
  static String sentence(String caption) {
    int end = caption.length();
    while (end > 0 && CLOSERS.indexOf(caption.charAt(end - 1)) >= 0) {
      end--;
    }
    return end > 0 && STOPS.indexOf(caption.charAt(end - 1)) >= 0 ? caption : caption + ".";
  }
}
