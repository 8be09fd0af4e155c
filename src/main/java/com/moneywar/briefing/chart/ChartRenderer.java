package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the charts declared in {@code data/charts.csv} for one language, in the order declared.
 * Each chart kind has its renderer; the briefing's data says what they draw. The same briefing
 * gives the same bytes. Not thread-safe: XChart's charts are painted one at a time.
 *
 * <pre>{@code
 * List<ChartImage> charts = new ChartRenderer().render(briefing, Lang.KO);
 * }</pre>
 */
public final class ChartRenderer {
  private final Map<ChartKind, KindRenderer> kinds = new EnumMap<>(ChartKind.class);

  public ChartRenderer() {
    ChartFrame frame = new ChartFrame(ChartTheme.load());
    kinds.put(ChartKind.MONEY_FLOWS, new MoneyFlowChart(frame));
    kinds.put(ChartKind.VALUATIONS, new ValuationChart(frame));
    kinds.put(ChartKind.CUMULATIVE, new CumulativeChart(frame));
    kinds.put(ChartKind.TALENT, new TalentChart(frame));
  }

  /**
   * Reads the chart fonts now rather than at the first chart. They take a few hundred
   * milliseconds (Java copies each font to a temporary file and parses it), which a build spends
   * on another thread while the project's files are being read. Safe to call more than once.
   */
  public static void prepare() {
    ChartTheme theme = ChartTheme.load();
    GlyphPainter.width("가 A", theme.regular(12f));
  }

  public List<ChartImage> render(Briefing briefing, Lang lang) {
    return briefing.charts().stream().map(s -> render(s, briefing, lang)).toList();
  }

  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartImage image = kinds.get(spec.kind()).render(spec, briefing, lang);
    byte[] narrow = ChartFrame.takeNarrow();
    return narrow == null ? image : image.withNarrow(narrow);
  }
}
