package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.FactTable.Cell;
import com.moneywar.briefing.site.view.FactTable.Row;
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

  FactTable investments() {
    List<Row> rows = new ArrayList<>();
    for (Investment i : briefing.investments()) {
      if (i.kind() == InvestmentKind.TRANCHE) {
        continue; // listed under its commitment
      }
      rows.add(investmentRow(i, false));
      briefing.tranchesOf(i.id()).forEach(tranche -> rows.add(investmentRow(tranche, true)));
    }
    return new FactTable(t.get("investments.caption"), List.of(t.get("col.flow"), t.get("col.kind"), t.get("col.amount"),
        t.get("col.krw"), t.get("col.status"), t.get("col.date"), t.get("col.source"), t.get("col.note")), rows);
  }

  FactTable valuations() {
    List<Row> rows = new ArrayList<>();
    for (Valuation v : briefing.valuations()) {
      rows.add(new Row(v.id(), false, List.of(Cell.of(name(v.company())), amount(v), krw(v),
          Cell.of(DateStyle.format(v.date(), lang)), source(v), Cell.of(v.note().in(lang)))));
    }
    return new FactTable(t.get("valuations.caption"), List.of(t.get("col.company"), t.get("col.valuation"), t.get("col.krw"),
        t.get("col.date"), t.get("col.source"), t.get("col.note")), rows);
  }

  FactTable talent() {
    List<Row> rows = new ArrayList<>();
    for (TalentOffer o : briefing.talent()) {
      String who = o.employer().map(this::name).orElse(t.get("talent.industry"));
      rows.add(new Row(o.id(), false, List.of(Cell.of(o.role().in(lang)), Cell.of(who), amount(o), krw(o),
          Cell.of(t.get("period." + o.period().code())), Cell.of(DateStyle.format(o.date(), lang)), source(o),
          Cell.of(o.note().in(lang)))));
    }
    return new FactTable(t.get("talent.caption"), List.of(t.get("col.role"), t.get("col.employer"), t.get("col.pay"),
        t.get("col.krw"), t.get("col.period"), t.get("col.date"), t.get("col.source"), t.get("col.note")), rows);
  }

  private Row investmentRow(Investment i, boolean tranche) {
    String flow = name(i.investor()) + " → " + name(i.investee());
    return new Row(i.id(), tranche, List.of(Cell.of(flow), Cell.of(t.get("kind." + i.kind().code())), amount(i), krw(i),
        Cell.of(t.get("status." + i.status().code())), Cell.of(DateStyle.format(i.date(), lang)), source(i),
        Cell.of(i.note().in(lang))));
  }

  private Cell amount(MoneyFact fact) {
    return new Cell(figures.fact(fact, "amount", lang), "", "", true);
  }

  private Cell krw(MoneyFact fact) {
    String rate = briefing.krwRateFor(fact).map(r -> figures.shortRateNote(r, lang)).orElse("");
    String text = briefing.approxKrw(fact).map(k -> Figures.moneyFormat(lang).approximately(k)).orElse("");
    return new Cell(text, "", rate, true);
  }

  private Cell source(MoneyFact fact) {
    String outlet = briefing.source(fact.source()).map(s -> s.outlet().in(lang)).orElse(fact.source());
    return new Cell(outlet, SitePaths.link(page, lang.code() + "/sources.html#source-" + fact.source()), "", false);
  }

  private String name(String companyId) {
    return briefing.company(companyId).map(Company::name).map(n -> n.in(lang)).orElse(companyId);
  }
}
