package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.PartialDate;
import java.awt.Font;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * A true time scale for the horizontal axis: dates are placed by the days between them, and the
 * ticks fall on the starts of months, quarters, years or several years, the finest step whose
 * labels fit the panel's width without touching one another. A tick is labelled with its month
 * ({@code 4월} / {@code Apr}) and, under it, its year where the year begins or the axis starts;
 * with yearly steps, with the year alone.
 *
 * <p>Positions are days since 1970-01-01, which is what the panel's XY chart plots as x.
 *
 * @param from the first day the axis shows
 * @param to the last day the axis shows
 * @param first the first day a date on the axis may mean (after {@code from}, which leaves room)
 * @param last the last day a date on the axis may mean (before {@code to})
 */
record TimeAxis(LocalDate from, LocalDate to, LocalDate first, LocalDate last) {
  TimeAxis(LocalDate from, LocalDate to) {
    this(from, to, from, to);
  }

  /** The least free space between two tick labels, in px. */
  static final double GAP = 10;

  /** The least free space between two labels that are years alone (short numbers, one line), in px. */
  static final double YEAR_GAP = 6;

  /** The steps a tick may take, finest first, in months. */
  enum Step {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12),
    TWO_YEARS(24),
    FIVE_YEARS(60),
    DECADE(120);

    final int months;

    Step(int months) {
      this.months = months;
    }

    boolean yearly() {
      return months >= 12;
    }
  }

  /** One tick: where it is, and its label's lines (one or two: month, then year). */
  record Tick(LocalDate date, List<String> lines) {
    Tick {
      lines = List.copyOf(lines);
    }
  }

  TimeAxis {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("axis ends before it starts: " + from + " to " + to);
    }
  }

  /**
   * An axis that covers every day the dates may mean (a date known to the year covers the whole
   * year), with a little room at both ends so no mark sits on the edge; a span of less than a year
   * starts before its first month, so that month has a tick.
   */
  static TimeAxis covering(Collection<PartialDate> dates) {
    LocalDate first = dates.stream().map(PartialDate::firstDay).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = dates.stream().map(PartialDate::lastDay).max(LocalDate::compareTo).orElseThrow();
    long days = ChronoUnit.DAYS.between(first, last);
    long pad = Math.max(10, days / 25) + Math.max(0, 60 - days) / 2; // a short span still shows a month or two
    // A span of months starts its axis before its first month's first day, so that month has a tick:
    // a new user's 18 September deal sat left of the first tick, "10월", with no September on the axis.
    LocalDate start = days < 366 ? first.withDayOfMonth(1).minusDays(pad) : first.minusDays(pad);
    return new TimeAxis(start.isBefore(first.minusDays(pad)) ? start : first.minusDays(pad), last.plusDays(pad), first,
        last);
  }

  /** The x of a day, as the panel's chart plots it. */
  static double x(LocalDate day) {
    return day.toEpochDay();
  }

  /** The x a partial date's mark is drawn at: the middle of the period it covers. */
  static double x(PartialDate date) {
    return x(date.midpoint());
  }

  double min() {
    return x(from);
  }

  double max() {
    return x(to);
  }

  /**
   * The ticks of the finest step whose labels, centred on their ticks in {@code font}, keep apart
   * ({@link #GAP}, {@link #YEAR_GAP} between years alone) at {@code screen} (days to px). A tick whose
   * label would stick out of {@code [low, high]} is left out (the next one then carries the year).
   * Yearly labels that do not fit as {@code 2024년} are tried as bare years ({@code 2024}); steps of
   * several years start at whichever year gives the most ticks (2023 and 2025 when 2022 and 2024
   * would stick out). When no step fits, the coarsest step that still has a tick, every second
   * (fourth, …) tick labelled.
   */
  List<Tick> ticks(Lang lang, Font font, DoubleUnaryOperator screen, double low, double high) {
    return ticks(lang, font, screen, low, high, false);
  }

  /**
   * As {@link #ticks(Lang, Font, DoubleUnaryOperator, double, double)}, with every year written bare
   * ({@code 2024}, also under months) when {@code bareYears}: so that the panels of one chart, one of
   * which is too narrow for {@code 2024년}, write their years alike.
   */
  List<Tick> ticks(Lang lang, Font font, DoubleUnaryOperator screen, double low, double high, boolean bareYears) {
    Ticking ticking = ticking(lang, font, screen, low, high, bareYears);
    List<Tick> ticks = ticks(ticking, lang, font, screen, low, high);
    // Still crowded when no coarser step has a tick left: every second tick, then every fourth, …
    while (ticks.size() > 1 && !apart(ticks, font, screen, ticking.gap())) {
      List<Tick> thinned = new ArrayList<>();
      for (int i = 0; i < ticks.size(); i += 2) {
        LocalDate day = ticks.get(i).date();
        thinned.add(new Tick(day, label(day, ticking, lang, i == 0)));
      }
      ticks = thinned;
    }
    if (!ticks.isEmpty()) {
      return ticks;
    }
    // Too narrow for any label to fit whole: the month nearest the middle, with its month only.
    LocalDate middle = from.plusDays(java.time.temporal.ChronoUnit.DAYS.between(from, to) / 2).withDayOfMonth(1);
    return List.of(new Tick(middle.isBefore(from) ? middle.plusMonths(1) : middle,
        label(middle, new Ticking(Step.MONTH, 0, false), lang, false)));
  }

  /**
   * The finest step whose ticks (those whose labels fit between {@code low} and {@code high}) keep
   * their labels apart; else the coarsest step that still has a tick.
   */
  Step step(Lang lang, Font font, DoubleUnaryOperator screen, double low, double high) {
    return ticking(lang, font, screen, low, high, false).step();
  }

  /** Whether the ticks at {@code screen} write their years bare, for want of room for {@code 2024년}. */
  boolean bareYears(Lang lang, Font font, DoubleUnaryOperator screen, double low, double high) {
    return ticking(lang, font, screen, low, high, false).bareYears();
  }

  /** How an axis is ticked: the step, the year a step of several years starts on (mod the step), bare years. */
  private record Ticking(Step step, int phase, boolean bareYears) {
    /** The least free space between two labels: {@link #YEAR_GAP} between years alone, else {@link #GAP}. */
    double gap() {
      return step.yearly() ? YEAR_GAP : GAP;
    }
  }

  private Ticking ticking(Lang lang, Font font, DoubleUnaryOperator screen, double low, double high, boolean bareOnly) {
    Ticking coarsest = new Ticking(Step.MONTH, 0, bareOnly);
    for (Step step : Step.values()) {
      List<Boolean> styles = bareOnly ? List.of(true) : step.yearly() && lang == Lang.KO ? List.of(false, true) : List.of(false);
      Ticking best = null;
      for (boolean bare : styles) {
        Ticking ticking = phased(step, bare, lang, font, screen, low, high);
        List<Tick> ticks = ticks(ticking, lang, font, screen, low, high);
        if (ticks.isEmpty()) {
          continue;
        }
        best = best == null ? ticking : best;
        if (apart(ticks, font, screen, ticking.gap())) {
          return ticking;
        }
      }
      if (best == null) {
        break;
      }
      coarsest = best;
    }
    return coarsest;
  }

  /** A step of several years, started on the year that gives the most ticks (the round one on a tie). */
  private Ticking phased(Step step, boolean bare, Lang lang, Font font, DoubleUnaryOperator screen, double low, double high) {
    Ticking best = new Ticking(step, 0, bare);
    int most = ticks(best, lang, font, screen, low, high).size();
    for (int phase = 1; phase < step.months / 12; phase++) {
      Ticking ticking = new Ticking(step, phase, bare);
      int n = ticks(ticking, lang, font, screen, low, high).size();
      if (n > most) {
        best = ticking;
        most = n;
      }
    }
    return best;
  }

  /** The ticks of one step inside the axis, on the first days of months that are multiples of the step. */
  List<Tick> ticks(Step step, Lang lang) {
    return ticks(new Ticking(step, 0, false), lang, null, d -> 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  }

  private List<Tick> ticks(Ticking ticking, Lang lang, Font font, DoubleUnaryOperator screen, double low, double high) {
    List<Tick> ticks = new ArrayList<>();
    LocalDate day = from.withDayOfMonth(1);
    if (day.isBefore(from)) {
      day = day.plusMonths(1);
    }
    for (; !day.isAfter(to); day = day.plusMonths(1)) {
      long index = day.getYear() * 12L + day.getMonthValue() - 1 - ticking.phase() * 12L;
      if (Math.floorMod(index, ticking.step().months) != 0) {
        continue;
      }
      List<String> lines = label(day, ticking, lang, ticks.isEmpty());
      if (font != null) {
        double centre = screen.applyAsDouble(x(day));
        double half = lines.stream().mapToDouble(l -> GlyphPainter.width(l, font)).max().orElse(0) / 2;
        if (centre - half < low || centre + half > high) {
          continue;
        }
      }
      ticks.add(new Tick(day, lines));
    }
    return ticks;
  }

  private static List<String> label(LocalDate day, Ticking ticking, Lang lang, boolean first) {
    String year = lang == Lang.KO && !ticking.bareYears() ? day.getYear() + "년" : Integer.toString(day.getYear());
    if (ticking.step().yearly()) {
      return List.of(year);
    }
    String month = lang == Lang.KO
        ? day.getMonthValue() + "월"
        : Month.of(day.getMonthValue()).getDisplayName(TextStyle.SHORT, Locale.US);
    return first || day.getMonthValue() == 1 ? List.of(month, year) : List.of(month);
  }

  /**
   * Whether each line of every label keeps {@code gap} from the same line of its neighbours.
   */
  static boolean apart(List<Tick> ticks, Font font, DoubleUnaryOperator screen, double gap) {
    int lines = ticks.stream().mapToInt(t -> t.lines().size()).max().orElse(0);
    for (int line = 0; line < lines; line++) {
      double right = Double.NEGATIVE_INFINITY;
      for (Tick tick : ticks) {
        if (tick.lines().size() <= line) {
          continue;
        }
        double w = GlyphPainter.width(tick.lines().get(line), font);
        double centre = screen.applyAsDouble(x(tick.date()));
        if (centre - w / 2 < right + gap) {
          return false;
        }
        right = centre + w / 2;
      }
    }
    return true;
  }
}
