package com.moneywar.briefing.site;

import static com.moneywar.briefing.site.FactTableModel.cell;
import static com.moneywar.briefing.site.FactTableModel.row;
import static com.moneywar.briefing.site.FactTableModel.table;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The data pages' tables in one language: investments (each commitment followed by its tranches),
 * valuations and talent offers, every amount in the language's style with its won equivalent and
 * the rate behind it, every row linked to its source.
 */
final class FactTables {
  private final Briefing briefing;
  private final Figures figures;
  private final Lang lang;
  private final Map<String, String> t;
  private final String page;

  FactTables(Briefing briefing, Figures figures, Lang lang, Map<String, String> t, String page) {
    this.briefing = briefing;
    this.figures = figures;
    this.lang = lang;
    this.t = t;
    this.page = page;
  }

  Map<String, Object> investments() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Investment i : briefing.investments()) {
      if (i.kind() == InvestmentKind.TRANCHE) {
        continue; // listed under its commitment
      }
      rows.add(investmentRow(i, false));
      briefing.tranchesOf(i.id()).forEach(tranche -> rows.add(investmentRow(tranche, true)));
    }
    return table(t.get("investments.caption"), List.of(t.get("col.flow"), t.get("col.kind"), t.get("col.amount"),
        t.get("col.krw"), t.get("col.status"), t.get("col.date"), t.get("col.source"), t.get("col.note")), rows);
  }

  Map<String, Object> valuations() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Valuation v : briefing.valuations()) {
      rows.add(row(v.id(), false, List.of(cell(name(v.company())), amount(v), krw(v),
          cell(DateStyle.format(v.date(), lang)), source(v), cell(v.note().in(lang)))));
    }
    return table(t.get("valuations.caption"), List.of(t.get("col.company"), t.get("col.valuation"), t.get("col.krw"),
        t.get("col.date"), t.get("col.source"), t.get("col.note")), rows);
  }

  Map<String, Object> talent() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (TalentOffer o : briefing.talent()) {
      String who = o.employer().map(this::name).orElse(t.get("talent.industry"));
      rows.add(row(o.id(), false, List.of(cell(o.role().in(lang)), cell(who), amount(o), krw(o),
          cell(t.get("period." + o.period().code())), cell(DateStyle.format(o.date(), lang)), source(o),
          cell(o.note().in(lang)))));
    }
    return table(t.get("talent.caption"), List.of(t.get("col.role"), t.get("col.employer"), t.get("col.pay"),
        t.get("col.krw"), t.get("col.period"), t.get("col.date"), t.get("col.source"), t.get("col.note")), rows);
  }

  private Map<String, Object> investmentRow(Investment i, boolean tranche) {
    String flow = name(i.investor()) + " → " + name(i.investee());
    return row(i.id(), tranche, List.of(cell(flow), cell(t.get("kind." + i.kind().code())), amount(i), krw(i),
        cell(t.get("status." + i.status().code())), cell(DateStyle.format(i.date(), lang)), source(i),
        cell(i.note().in(lang))));
  }

  private Map<String, Object> amount(MoneyFact fact) {
    return cell(figures.fact(fact, "amount", lang), "", "", true);
  }

  private Map<String, Object> krw(MoneyFact fact) {
    String rate = briefing.krwRateFor(fact).map(r -> figures.shortRateNote(r, lang)).orElse("");
    String text = briefing.approxKrw(fact).map(k -> Figures.moneyFormat(lang).approximately(k)).orElse("");
    return cell(text, "", rate, true);
  }

  private Map<String, Object> source(MoneyFact fact) {
    String outlet = briefing.source(fact.source()).map(s -> s.outlet().in(lang)).orElse(fact.source());
    return cell(outlet, SitePaths.link(page, lang.code() + "/sources.html#source-" + fact.source()), "", false);
  }

  private String name(String companyId) {
    return briefing.company(companyId).map(Company::name).map(n -> n.in(lang)).orElse(companyId);
  }
}
