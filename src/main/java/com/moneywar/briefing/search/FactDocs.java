package com.moneywar.briefing.search;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.Source;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The searchable rows of the data tables: companies (under both their names, so that SoftBank and
 * 소프트뱅크 find each other on either language's page), investments, valuations, funding rounds
 * (with their investors), deals that are not investments (compute purchases, supply deals, acquisitions, stakes, joint investments),
 * capital spending (capex, AI infrastructure, pledges), talent offers and sources. The
 * only class of the index that reads the fact tables, through {@link Briefing}'s accessors: when the
 * fact model changes, this is the one to adapt.
 */
final class FactDocs {
  private FactDocs() {}

  static List<SearchDoc> read(Briefing b, Lang lang, SearchWording wording) {
    Map<String, String> t = wording.words(lang);
    List<SearchDoc> docs = new ArrayList<>();
    for (Company c : b.companies()) {
      docs.add(new SearchDoc(SearchDoc.Kind.COMPANY, c.name().in(lang), "", "", "companies/" + c.id() + ".html",
          both(c.name(), lang), true));
    }
    for (Investment i : b.investments()) {
      String title = name(b, i.investor(), lang) + " → " + name(b, i.investee(), lang);
      // A loan or bonds bought are debt, and say so (대출·채권 / Debt), as the table does.
      String debt = InvestmentTree.debt(b, i) ? ".debt" : "";
      String text = both(b, i.investor(), lang) + " → " + both(b, i.investee(), lang) + " · "
          + wording.standing("investment", i.id(), lang) + " · "
          + t.getOrDefault("kind." + i.kind().code() + debt, "").replaceFirst("^└\\s*", "")
          // Talks and a letter of intent say so in the figure's brackets already: not twice (walk 126's
          // "(약 140조원, 의향서) · 투자 약정 · 의향서").
          + (i.status().deal() != com.moneywar.briefing.model.DealStatus.AGREED ? ""
              : words(t, t.containsKey("status." + i.status().code() + debt) ? "status." + i.status().code() + debt
                  : "status." + i.status().code())) + note(i.note(), lang);
      docs.add(new SearchDoc(SearchDoc.Kind.DEAL, title, i.date().in(lang), i.date().firstDay().toString(),
          wording.row("investments", i.id()), text, true));
    }
    for (Valuation v : b.valuations()) {
      String title = name(b, v.company(), lang) + " · " + t.getOrDefault("col.valuation", "");
      String text = both(b, v.company(), lang) + " · " + t.getOrDefault("col.valuation", "") + " "
          + wording.standing("valuation", v.id(), lang) + note(v.note(), lang);
      docs.add(new SearchDoc(SearchDoc.Kind.DEAL, title, v.date().in(lang), v.date().firstDay().toString(),
          wording.row("valuations", v.id()), text, true));
    }
    for (Round r : b.rounds()) {
      String type = r.type().label(lang);
      String text = both(b, r.investee(), lang) + " · " + type + " · " + wording.standing("round", r.id(), lang)
          + investors(b, label(t, "lead", r.lead().size()), r.lead(), lang)
          + investors(b, label(t, "participants", r.participants().size()), r.participants(), lang)
          + note(r.note(), lang);
      docs.add(new SearchDoc(SearchDoc.Kind.DEAL, name(b, r.investee(), lang) + " · " + type, r.date().in(lang),
          r.date().firstDay().toString(), wording.row("investments", "round-" + r.id()), text, true));
    }
    for (Flow f : b.flows()) {
      // Partners in a joint investment side by side: no money goes from one to the other.
      String between = f.flowKind().partners() ? " · " : " → ";
      String title = name(b, f.from(), lang) + between + name(b, f.to(), lang);
      String percent = f.percent().map(p -> " · " + t.getOrDefault("col.percent", "") + " "
          + figure(wording, "flow", f.id(), "percent", lang)).orElse("");
      String text = both(b, f.from(), lang) + between + both(b, f.to(), lang) + " · "
          + t.getOrDefault(f.kindKey(), f.kindWords(lang)) + f.payment().afterName(lang)
          + " · " + wording.standing("flow", f.id(), lang)
          + percent + f.capacity().map(c -> " · " + c.words(lang)).orElse("") + note(f.note(), lang);
      docs.add(new SearchDoc(SearchDoc.Kind.DEAL, title, f.date().in(lang), f.date().firstDay().toString(),
          wording.row("investments", "flow-" + f.id()), text, true));
    }
    for (Spending s : b.spending()) {
      // 메타 · 2025년 설비투자: whose, for when, what; the amount with its status (계획) in brackets.
      String what = s.periodBefore(lang)
          + t.getOrDefault("spendingkind." + s.spendingKind().code(), s.spendingKind().midSentence(lang))
          + s.nameAfter(lang);
      String text = both(b, s.company(), lang) + " · " + what + " · " + wording.standing("spending", s.id(), lang)
          + note(s.note(), lang);
      docs.add(new SearchDoc(SearchDoc.Kind.SPENDING, name(b, s.company(), lang) + " · " + what, s.date().in(lang),
          s.date().firstDay().toString(), wording.row("investments", "spending-" + s.id()), text, true));
    }
    for (TalentOffer o : b.talent()) {
      String who = o.employer().map(e -> both(b, e, lang)).orElse(t.getOrDefault("talent.industry", ""));
      String text = o.role().in(lang) + " · " + who + " · " + wording.standing("talent", o.id(), lang)
          + " · " + t.getOrDefault("period." + o.period().code(), "") + note(o.note(), lang);
      docs.add(new SearchDoc(SearchDoc.Kind.TALENT, o.role().in(lang), o.date().in(lang),
          o.date().firstDay().toString(), wording.row("talent", o.id()), text, true));
    }
    for (Source s : b.sources()) {
      String text = both(s.outlet(), lang) + s.title().map(x -> " · " + x).orElse("");
      docs.add(new SearchDoc(SearchDoc.Kind.SOURCE, s.outlet().in(lang), s.published().in(lang),
          s.published().firstDay().toString(), "sources.html#source-" + s.id(), text, true));
    }
    return docs;
  }

  /** {@code  · 발표} for the UI words under {@code key}; empty when the messages have none. */
  private static String words(Map<String, String> t, String key) {
    String words = t.getOrDefault(key, "");
    return words.isBlank() ? "" : " · " + words;
  }

  /** The figure {@code {{kind:id:field}}} (the whole record for an empty field) as the data pages write it. */
  private static String figure(SearchWording wording, String kind, String id, String field, Lang lang) {
    String text = "{{" + kind + ":" + id + (field.isEmpty() ? "" : ":" + field) + "}}";
    return wording.figure(new FigureRef(kind, List.of(id), field, text, SourcePos.whole("data")), lang);
  }

  /** {@code  · 주도 투자자 스라이브캐피털(Thrive Capital), …}; empty without investors. */
  /**
   * The word before a round's {@code count} lead investors or participants ({@code role} {@code lead}
   * or {@code participants}): the table's column heading ({@code col.lead}, "Lead investors") for
   * several, and for one its singular ({@code search.lead.one}, "Lead investor"; the same words in
   * Korean, which has no plural).
   */
  private static String label(Map<String, String> t, String role, int count) {
    String heading = t.getOrDefault("col." + role, "");
    return count == 1 ? t.getOrDefault("search." + role + ".one", heading) : heading;
  }

  private static String investors(Briefing b, String label, List<String> ids, Lang lang) {
    return ids.isEmpty() ? "" : " · " + label + " " + String.join(", ", ids.stream().map(id -> both(b, id, lang)).toList());
  }

  private static String note(Localized note, Lang lang) {
    return note.in(lang).isBlank() ? "" : " · " + note.in(lang);
  }

  private static String name(Briefing b, String companyId, Lang lang) {
    return b.company(companyId).map(c -> c.name().in(lang)).orElse(companyId);
  }

  private static String both(Briefing b, String companyId, Lang lang) {
    return b.company(companyId).map(c -> both(c.name(), lang)).orElse(companyId);
  }

  /**
   * The name in {@code lang}, and in brackets the other language's when it adds something: 앤스로픽
   * (Anthropic). A name that already holds the other ({@code 싱가포르투자청(GIC)} and {@code GIC}) is
   * not given it twice, and the other loses what it repeats: {@code GIC (싱가포르투자청)}.
   */
  static String both(Localized name, Lang lang) {
    String own = name.in(lang);
    String other = name.in(lang.other());
    if (other.isBlank() || own.contains(other)) {
      return own;
    }
    String rest = other.replace("(" + own + ")", " ").replace(own, " ").replaceAll("\\s+", " ").strip();
    return rest.isEmpty() ? own : own + " (" + rest + ")";
  }
}
