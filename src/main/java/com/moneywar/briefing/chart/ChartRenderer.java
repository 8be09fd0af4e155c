package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.RowRef;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Valuation;
import java.util.Optional;
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
    kinds.put(ChartKind.TIMELINE, new TimelineChart(frame));
    kinds.put(ChartKind.SPENDING, new SpendingChart(frame));
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

  /**
   * One company's valuations over time, drawn as the valuations chart draws them (log scale, each
   * currency its own panel), for its company page; empty with fewer than two valuations, which make
   * no line. The chart's id, and so its file name, is {@code valuations}.
   */
  public Optional<ChartImage> companyValuations(Briefing briefing, Company company, List<Valuation> valuations,
      Lang lang) {
    if (valuations.size() < 2) {
      return Optional.empty();
    }
    SourcePos from = SourcePos.whole(DataFile.VALUATIONS.path());
    Localized name = company.name();
    ChartSpec spec = new ChartSpec("valuations", ChartKind.VALUATIONS,
        valuations.stream().map(v -> new RowRef("valuation", v.id(), from)).toList(), List.of(), Optional.empty(),
        Optional.empty(), ChartSpec.Scale.LOG, ChartSpec.Period.YEAR,
        new Localized(name.ko() + " 기업가치 추이", "What " + name.en() + " is worth over time"),
        new Localized("출처가 밝힌 시점 순서로 이었다.", "Joined in the order the sources date them."));
    return Optional.of(render(spec, briefing, lang));
  }

  public ChartImage render(ChartSpec spec, Briefing briefing, Lang lang) {
    ChartImage image = kinds.get(spec.kind()).render(spec, briefing, lang);
    byte[] narrow = ChartFrame.takeNarrow();
    return narrow == null ? image : image.withNarrow(narrow);
  }
}
