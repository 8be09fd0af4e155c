package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.site.view.FactTable.Cell;
import com.moneywar.briefing.site.view.FactTable.Part;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Links the company names in a chart's data table to the company pages: a cell that is a company's
 * name in the language ({@code 앤스로픽}), or two joined by an arrow ({@code 아마존 → 앤스로픽}),
 * becomes pieces, each name linked; any other cell stays text. A name two companies share links to
 * neither. {@link #NONE} links nothing (the PDF's tables).
 */
final class CompanyNames {
  static final CompanyNames NONE = new CompanyNames(Map.of(), Lang.KO);
  private static final String ARROW = " → ";

  private final Map<String, String> ids;
  private final Lang lang;

  private CompanyNames(Map<String, String> ids, Lang lang) {
    this.ids = ids;
    this.lang = lang;
  }

  static CompanyNames of(Briefing b, Lang lang) {
    Map<String, String> ids = new HashMap<>();
    for (Company c : b.companies()) {
      String name = c.name().in(lang);
      ids.put(name, ids.containsKey(name) ? "" : c.id());
    }
    return new CompanyNames(Map.copyOf(ids), lang);
  }

  /** The cell of {@code text} on {@code page}, its company names linked. */
  Cell cell(String text, String page) {
    String id = ids.get(text);
    if (id != null && !id.isEmpty()) {
      return Cell.of(List.of(part(text, id, page)));
    }
    int arrow = text.indexOf(ARROW);
    if (arrow > 0) {
      String from = text.substring(0, arrow);
      String to = text.substring(arrow + ARROW.length());
      String fromId = ids.getOrDefault(from, "");
      String toId = ids.getOrDefault(to, "");
      if (!fromId.isEmpty() || !toId.isEmpty()) {
        return Cell.of(List.of(part(from, fromId, page), new Part(ARROW, ""), part(to, toId, page)));
      }
    }
    return Cell.of(text);
  }

  private Part part(String name, String id, String page) {
    return new Part(name, id.isEmpty() ? "" : SitePaths.link(page, SitePaths.company(lang.code(), id)));
  }
}
