package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A valuations chart whose companies have one value each draws points and no line, and its alt text
 * says so: walk 71's chart of three companies, one value each, was read out as a "Line chart".
 */
class DotChartWordsTest {
  @Test
  void aValuationsChartWithNoLineIsCalledADotChart() {
    Briefing shipped = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    ChartSpec spec = shipped.charts().stream().filter(c -> c.kind() == ChartKind.VALUATIONS).findFirst().orElseThrow();
    assertThat(alt(shipped, spec, Lang.KO)).startsWith("꺾은선 그래프");
    assertThat(alt(shipped, spec, Lang.EN)).startsWith("Line chart");
    // The shipped record with each company's first value only.
    Map<String, Valuation> first = shipped.valuations().stream()
        .collect(Collectors.toMap(Valuation::company, v -> v, (a, b) -> a, java.util.LinkedHashMap::new));
    Briefing one = new Briefing(shipped.config(), shipped.sources(), shipped.companies(), shipped.rates(),
        shipped.investments(), List.copyOf(first.values()), shipped.talent(), shipped.rounds(), shipped.flows(),
        shipped.spending(), shipped.stories(), shipped.charts());
    assertThat(alt(one, spec, Lang.KO)).startsWith("점그래프").doesNotContain("꺾은선");
    assertThat(alt(one, spec, Lang.EN)).startsWith("Dot chart").doesNotContain("Line chart");
  }

  private static String alt(Briefing b, ChartSpec spec, Lang lang) {
    return new ChartRenderer().render(spec, b, lang).alt();
  }
}
