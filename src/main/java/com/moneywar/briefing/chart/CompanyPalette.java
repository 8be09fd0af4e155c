package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Valuation;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per company for every chart of a briefing, so a reader who learns that Anthropic is
 * blue in one chart finds it blue in the next. Companies are ranked by how many of the briefing's
 * facts name them (investments on either side, valuations, flows), then by id; the most named take
 * the {@link ChartTheme#PALETTE} colours in turn, so the companies a briefing is about never share a
 * colour. Past the palette's length colours repeat, and within a chart such companies are told
 * apart by their labels, markers and dashes. Deterministic: the same briefing gives the same map.
 *
 * <pre>{@code
 * Color anthropic = CompanyPalette.of(briefing).colour("anthropic");
 * }</pre>
 */
final class CompanyPalette {
  private final Map<String, Integer> rank = new HashMap<>();

  private CompanyPalette(List<String> ranked) {
    for (int i = 0; i < ranked.size(); i++) {
      rank.put(ranked.get(i), i);
    }
  }

  static CompanyPalette of(Briefing briefing) {
    Map<String, Integer> mentions = new HashMap<>();
    for (Company c : briefing.companies()) {
      mentions.put(c.id(), 0);
    }
    for (Investment i : briefing.investments()) {
      mentions.merge(i.investor(), 1, Integer::sum);
      mentions.merge(i.investee(), 1, Integer::sum);
    }
    for (Valuation v : briefing.valuations()) {
      mentions.merge(v.company(), 1, Integer::sum);
    }
    for (Flow f : briefing.flows()) {
      mentions.merge(f.from(), 1, Integer::sum);
      mentions.merge(f.to(), 1, Integer::sum);
    }
    List<String> ranked = mentions.keySet().stream()
        .sorted(Comparator.comparing((String id) -> -mentions.get(id)).thenComparing(Comparator.naturalOrder()))
        .toList();
    return new CompanyPalette(ranked);
  }

  /** The company's colour; a company the briefing does not know gets one by its id's hash, stably. */
  ChartTheme.Themed colour(String companyId) {
    Integer r = rank.get(companyId);
    int index = r != null ? r : Math.floorMod(companyId.hashCode(), ChartTheme.PALETTE.length);
    return ChartTheme.PALETTE[index % ChartTheme.PALETTE.length];
  }
}
