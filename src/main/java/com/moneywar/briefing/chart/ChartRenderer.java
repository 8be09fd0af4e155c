package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import java.util.List;

/**
 * Draws the briefing's charts for one language. Thread-safe; the same briefing gives the same
 * bytes.
 */
public final class ChartRenderer {
  private final ChartTheme theme = ChartTheme.load();

  public List<ChartImage> render(Briefing briefing, Lang lang) {
    return List.of(new MoneyFlowChart(theme).render(briefing, lang));
  }
}
