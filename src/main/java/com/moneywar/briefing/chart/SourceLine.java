package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The source line under a chart, made from the sources of the rows it plots, so it can never
 * name less than the data does. A report known second-hand names the one that cited it. Each
 * outlet is named once, however many of its reports the rows cite.
 */
final class SourceLine {
  private SourceLine() {}

  static String of(Briefing briefing, List<? extends MoneyFact> facts, ChartWording words) {
    Set<String> ids = new LinkedHashSet<>();
    facts.forEach(f -> ids.add(f.source()));
    // Each outlet once, as first named: a line that cites three Amazon announcements says "Amazon
    // (company announcement)" once; the sources page lists every report in full.
    Set<String> parts = new LinkedHashSet<>();
    for (String id : ids) {
      Optional<Source> source = briefing.source(id);
      if (source.isEmpty()) {
        continue;
      }
      String outlet = source.get().outlet().in(words.lang());
      Optional<Source> citer = source.get().citedBy().filter(c -> !ids.contains(c)).flatMap(briefing::source);
      parts.add(citer.map(c -> words.pick(outlet + " – " + c.outlet().in(words.lang()) + " 재인용",
          outlet + ", via " + c.outlet().in(words.lang()))).orElse(outlet));
    }
    String label = words.pick("출처: ", parts.size() > 1 ? "Sources: " : "Source: ");
    return label + String.join(words.pick(", ", "; "), parts);
  }
}
