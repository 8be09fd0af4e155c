package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per company, the same in every chart of a site and in every edition of a series, so a
 * reader who learns that Anthropic is blue in one chart finds it blue in the next. The order is that
 * of {@code data/companies.csv}, which every edition shares whole (an edition leaves out later facts,
 * never a company): the first company takes the first {@link ChartTheme#PALETTE} colour, the second
 * the second, and so on; past the palette's length the colours repeat. Facts added later recolour
 * nothing, and neither does a company added at the end of the file.
 *
 * <p>Within one chart no two companies share a colour while the palette has one free: the chart's
 * companies take their colours in file order, and one whose colour an earlier company of the chart
 * already has takes the first colour still free there ({@link #assign}). Deterministic: the same
 * briefing and the same companies give the same colours, whatever order a chart draws them in.
 *
 * <pre>{@code
 * Color anthropic = CompanyPalette.of(briefing).colour("anthropic");
 * }</pre>
 */
final class CompanyPalette {
  private final Map<String, Integer> place = new HashMap<>();

  private CompanyPalette(List<String> ordered) {
    for (int i = 0; i < ordered.size(); i++) {
      place.put(ordered.get(i), i);
    }
  }

  static CompanyPalette of(Briefing briefing) {
    return new CompanyPalette(briefing.companies().stream().map(Company::id).toList());
  }

  /** The company's own colour; a company the briefing does not know gets one by its id's hash, stably. */
  ChartTheme.Themed colour(String companyId) {
    return ChartTheme.PALETTE[slot(companyId)];
  }

  private int slot(String companyId) {
    Integer p = place.get(companyId);
    return Math.floorMod(p != null ? p : companyId.hashCode(), ChartTheme.PALETTE.length);
  }

  /**
   * The colours of the companies one chart shows: each its own colour, unless a company before it
   * in file order already has that colour in this chart; then the first palette colour no company of
   * the chart has. Only a chart of more companies than colours repeats one.
   */
  Map<String, ChartTheme.Themed> assign(java.util.Collection<String> companies) {
    List<String> ordered = new ArrayList<>(new java.util.LinkedHashSet<>(companies));
    ordered.sort(Comparator.comparingInt((String id) -> place.getOrDefault(id, Integer.MAX_VALUE))
        .thenComparing(Comparator.naturalOrder()));
    Map<String, ChartTheme.Themed> colours = new LinkedHashMap<>();
    // Every company whose own colour is free in this chart keeps it; the others take what is left.
    List<String> displaced = new ArrayList<>();
    for (String id : ordered) {
      ChartTheme.Themed own = colour(id);
      if (colours.containsValue(own)) {
        displaced.add(id);
      } else {
        colours.put(id, own);
      }
    }
    for (String id : displaced) {
      ChartTheme.Themed colour = colour(id);
      for (ChartTheme.Themed free : ChartTheme.PALETTE) {
        if (!colours.containsValue(free)) {
          colour = free;
          break;
        }
      }
      colours.put(id, colour);
    }
    return colours;
  }
}
