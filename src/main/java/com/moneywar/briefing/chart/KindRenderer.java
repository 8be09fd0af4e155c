package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;

/** Draws one kind of declared chart ({@code money-flows}, {@code valuations}, …) in one language. */
interface KindRenderer {
  ChartImage render(ChartSpec spec, Briefing briefing, Lang lang);
}
