package com.moneywar.briefing.site;

import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.OfferStatus;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.Source;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.model.SpendingRevision;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.FactTable.Cell;
import com.moneywar.briefing.site.view.FactTable.Part;
import com.moneywar.briefing.site.view.FactTable.Row;
import com.moneywar.briefing.site.view.FactTable.Sort;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The data pages' tables in one language: investments (each commitment followed by everything
 * under it: its tranches, their tranches, and the earlier commitment it replaces), funding rounds,
 * flows that are not investments, valuations and talent offers. Every amount is in the language's
 * style with its bound, its claim status and its won equivalent with the rate behind it; every row
 * is linked to its source and names the other sources and figures.
 */
final class FactTables {
  private final Briefing briefing;
  private final Figures figures;
  private final Lang lang;
  private final Map<String, String> t;
  private final String page;
  private final SortValues values;

  FactTables(Briefing briefing, Figures figures, Lang lang, Map<String, String> t, String page) {
    this.briefing = briefing;
    this.figures = figures;
    this.lang = lang;
    this.t = t;
    this.page = page;
    this.values = new SortValues(briefing);
  }

  // How each column sorts, for the data pages' script.
  private static final Sort T = Sort.TEXT;
  private static final Sort N = Sort.NUMBER;
  private static final Sort D = Sort.DATE;

  /**
   * The investments table of a data page: money put into companies. Loans and bonds bought are listed
   * apart ({@link #debt()}): a new user's only investment rows were two bond buyers', under the caption
   * "투자 내역".
   */
  FactTable investments() {
    return investments(i -> !InvestmentTree.debt(briefing, i));
  }

  /** Loans made and bonds bought (rows naming a {@code debt} round, and the rows under them): money lent, not invested. */
  FactTable debt() {
    FactTable lent = investments(i -> InvestmentTree.debt(briefing, i));
    // Lender → borrower, as on company pages: no investor puts money into an investee here.
    List<String> columns = new ArrayList<>(lent.columns());
    columns.set(0, t.get("col.flow.debt"));
    return new FactTable(t.get("debt.caption"), columns, lent.sorts(), lent.rows());
  }

  /**
   * The investments table of the rows whose tree {@code keep} accepts (asked of each row listed
   * first, which brings the rows under it): a company page lists investment and debt apart.
   */
  FactTable investments(java.util.function.Predicate<Investment> keep) {
    List<Row> rows = new ArrayList<>();
    for (Investment i : briefing.investments()) {
      if (!InvestmentTree.isListedFirst(briefing, i) || !keep.test(i)) {
        continue; // listed under its root, or in another table
      }
      for (Investment row : InvestmentTree.subtree(briefing, i)) {
        rows.add(investmentRow(row, row != i));
      }
    }
    return new FactTable(t.get("investments.caption"), List.of(t.get("col.flow"), t.get("col.kind"), t.get("col.amount"),
        t.get("col.krw"), t.get("col.status"), t.get("col.date"), t.get("col.source"), t.get("col.note")),
        List.of(T, T, N, N, T, D, T, T), rows);
  }

  /** The tables shown after the investments: rounds and other flows, each only when the data has some. */
  List<FactTable> more() {
    List<FactTable> more = new ArrayList<>();
    if (!briefing.rounds().isEmpty()) {
      more.add(rounds());
    }
    if (!briefing.flows().isEmpty()) {
      more.add(flows());
    }
    if (!briefing.spending().isEmpty()) {
      more.add(spending());
    }
    return more;
  }

  FactTable rounds() {
    List<Row> rows = new ArrayList<>();
    for (Round r : briefing.rounds()) {
      Optional<Valuation> v = r.valuation().flatMap(briefing::valuation);
      // The round's valuation keeps its basis and status, as the valuations table writes them (투자 후 ·
      // 보도), on a line of their own under the amount, so that a table of many columns fits the page.
      String valuation = v.map(x -> AmountText.of(x, lang)).orElse("");
      // A valuation only sought (the round is not raised) says so here too: 120억달러 / 협상 중 · 보도.
      String basis = v.map(x -> String.join(" · ", java.util.stream.Stream.of(AmountText.basis(x.basis(), lang),
          x.dealWords(lang), AmountText.claim(x.reporting().claim(), lang)).filter(w -> !w.isEmpty()).distinct().toList()))
          .orElse("");
      // A secondary sale under "funding rounds", its amount under "raised": said to bring the company nothing.
      String noNewMoney = r.type().newMoney() ? "" : lang == Lang.KO ? " · 회사 유입 자금 아님" : " · no new money for the company";
      // Where the round stands (협상 중, 추진 중, 무산) is said once, beside its amount under "raised",
      // where the amount would otherwise read as raised (a new user found "휴메인 · 차입 · 추진 중" beside
      // "최대 12억달러 · 추진 중").
      rows.add(new Row("round-" + r.id(), false, List.of(
          Cell.of(List.of(company(r.investee()), new Part(" ·\u00a0" + r.type().label(lang) + noNewMoney, ""))),
          raised(r), krw(r), r.hasLead() ? names(r.lead()) : Cell.of(leadNotNamed()),
          r.investors().isEmpty() ? Cell.of(leadNotNamed()) : names(r.participants()),
          new Cell(valuation, "", basis, true, v.map(values::usd).orElse("")), date(r), source(r), Cell.of(note(r)))));
    }
    // A loan or a bond sale among the rounds: its lead is a lender, not an investor (a new user's
    // government loan read "주도 투자자: 미국 에너지부" under "투자 유치 라운드").
    String debt = briefing.rounds().stream().anyMatch(r -> r.type().debt()) ? ".debt" : "";
    return new FactTable(t.get("rounds.caption" + debt), List.of(t.get("col.round"), t.get("col.raised"), t.get("col.krw"),
        t.get("col.lead" + debt), t.get("col.participants" + debt), t.get("col.valuation"), t.get("col.date"), t.get("col.source"),
        t.get("col.note")), List.of(T, N, N, T, T, N, D, T, T), rows);
  }

  FactTable flows() {
    List<Row> rows = new ArrayList<>();
    // A deal's size in what it buys ("6GW", "GPU 10만장") has its own column when a row gives one.
    boolean sized = briefing.flows().stream().anyMatch(f -> f.capacity().isPresent());
    // A stake's percentage too: a column of empty cells said nothing (a new user's compute deals).
    boolean staked = briefing.flows().stream().anyMatch(f -> f.percent().isPresent());
    for (Flow f : briefing.flows()) {
      List<Cell> cells = new ArrayList<>(List.of(f.flowKind().partners() ? partners(f.from(), f.to())
              : parties(f.from(), f.to()),
          Cell.of(t.getOrDefault(f.kindKey(), f.kindWords(lang)) + f.dealAfterName(lang)
              + f.payment().afterName(lang)
              // The day the deal completed, once it is on the record: 인수 · 2025년 11월 25일 완료.
              + completed(f, lang)),
          amount(f), krw(f)));
      if (sized) {
        // On one line, as an amount is ("GPU 최대 5만장" wrapped onto three in a narrow column).
        cells.add(new Cell(f.capacity().map(c -> c.words(lang)).orElse(""), "", "", true));
      }
      if (staked) {
        cells.add(new Cell(f.percentWords(lang), "", "", true,
            f.percent().map(p -> p.stripTrailingZeros().toPlainString()).orElse("")));
      }
      cells.addAll(List.of(date(f), source(f), Cell.of(note(f))));
      // Partners in a joint investment side by side (KT · 마이크로소프트): no money goes from one to the other.
      rows.add(new Row("flow-" + f.id(), false, cells));
    }
    List<String> headers = new ArrayList<>(List.of(t.get("col.parties"), t.get("col.kind"), t.get("col.amount"),
        t.get("col.krw")));
    List<Sort> types = new ArrayList<>(List.of(T, T, N, N));
    if (sized) {
      headers.add(t.get("col.capacity"));
      types.add(T);
    }
    if (staked) {
      headers.add(t.get("col.percent"));
      types.add(N);
    }
    headers.addAll(List.of(t.get("col.date"), t.get("col.source"), t.get("col.note")));
    types.addAll(List.of(D, T, T));
    // The caption names the kinds of deal the record holds, as the kind column writes them (a new
    // user's licensing deals sat under "컴퓨팅 구매·공급 계약·인수·지분·공동 투자").
    // A stake held, valued or not, is one kind there: walk 72's caption read "지분 보유·지분 보유(가치)".
    List<String> kindWords = briefing.flows().stream().sorted(java.util.Comparator.comparing(Flow::flowKind))
        .map(f -> f.flowKind() == com.moneywar.briefing.model.FlowKind.HOLDING
            ? t.getOrDefault("flowkind.holding.unvalued", lang == Lang.KO ? "지분 보유" : "Stake held")
            : t.getOrDefault(f.kindKey(), f.kindWords(lang))).distinct()
        .map(w -> lang == Lang.KO || w.isEmpty() ? w : Character.toLowerCase(w.charAt(0)) + w.substring(1)).toList();
    // Korean lists kinds with a middle dot, unless a kind holds one itself (기술 라이선스·인력 영입).
    String kinds = String.join(lang == Lang.KO && kindWords.stream().noneMatch(k -> k.contains("·")) ? "·" : ", ",
        kindWords);
    return new FactTable(t.get("flows.caption").replace("{kinds}", kinds), headers, types, rows);
  }

  /**
   * Capital spending, each row as {@code 메타 · 2025년 설비투자} with its status beside the amount
   * ({@code 700억~720억달러 · 계획}); a revision's note says, computed from the two rows, what it
   * revised ({@code 660억~720억달러에서 상향}) and the revised row what became of it ({@code 이후
   * 700억~720억달러로 상향}), when the revision is on this table's record.
   */
  FactTable spending() {
    List<Row> rows = new ArrayList<>();
    for (Spending s : briefing.spending()) {
      Cell who = Cell.of(List.of(company(s.company()), new Part(" ·\u00a0" + s.periodBefore(lang)
          + t.getOrDefault("spendingkind." + s.spendingKind().code(), s.spendingKind().midSentence(lang))
          + s.nameAfter(lang), "")));
      Cell amount = amount(s);
      // A pledge is a plan by nature: "투자 계획 · 계획" would say it twice (the key figures' rule).
      boolean pledged = s.spendingKind() == com.moneywar.briefing.model.SpendingKind.PLEDGE
          && s.status() == com.moneywar.briefing.model.SpendingStatus.PLANNED;
      if (!pledged) {
        String status = t.getOrDefault("spendingstatus." + s.status().code(), s.status().words(lang));
        amount = new Cell(amount.text() + " · " + status, amount.href(), amount.title(), amount.numeric(), amount.sort());
      }
      rows.add(new Row("spending-" + s.id(), false, List.of(who, amount, krw(s), date(s), source(s),
          Cell.of(partOf(s) + revision(s) + note(s)))));
    }
    return new FactTable(t.get("spending.caption"), List.of(t.get("col.spending"), t.get("col.amount"),
        t.get("col.krw"), t.get("col.date"), t.get("col.source"), t.get("col.note")), List.of(T, N, N, D, T, T), rows);
  }

  /**
   * {@code EU 집행위원회 · InvestAI 2000억유로에 포함. } / {@code Part of European Commission · InvestAI, €200
   * billion. }: the row whose amount holds this one ({@code part_of}); else empty.
   */
  private String partOf(Spending s) {
    return s.partOf().flatMap(briefing::spending).map(whole -> {
      String what = name(whole.company()) + " · " + whole.periodBefore(lang)
          + t.getOrDefault("spendingkind." + whole.spendingKind().code(), whole.spendingKind().midSentence(lang))
          + whole.nameAfter(lang);
      return lang == Lang.KO ? what + " " + AmountText.of(whole, lang) + "에 포함. "
          : "Part of " + what + ", " + AmountText.of(whole, lang) + ". ";
    }).orElse("");
  }

  /** {@code 600억~650억달러에서 상향. 이후 700억~720억달러로 상향. }: what a spending row revised and became; else empty. */
  private String revision(Spending s) {
    StringBuilder out = new StringBuilder();
    s.replaces().flatMap(briefing::spending).ifPresent(earlier -> out.append(
        SpendingRevision.of(earlier, s).from(AmountText.of(earlier, lang) + claimAfter(earlier), lang)).append(". "));
    List<Spending> later = briefing.revisionsOf(s.id());
    if (!later.isEmpty()) {
      // How firmly the revision is reported, after it: "이후 약 2000억루피로 상향(보도)".
      out.append(SpendingRevision.of(s, later.get(0)).later(AmountText.of(later.get(0), lang), lang))
          .append(claimAfter(later.get(0))).append(". ");
    }
    return out.toString();
  }

  /**
   * How firmly the other figure of a revision is reported, as its own row says it: {@code (보도)} /
   * {@code  (reported)}, empty when confirmed ("600억달러(보도)에서 상향"; a new user's "이후 약
   * 2000억루피로 상향" stated as done a budget a newspaper said the government "may double").
   */
  private String claimAfter(Spending other) {
    String claim = AmountText.claim(other.reporting().claim(), lang);
    return claim.isEmpty() ? "" : lang == Lang.KO ? "(" + claim + ")" : " (" + claim + ")";
  }

  FactTable valuations() {
    List<Row> rows = new ArrayList<>();
    for (Valuation v : briefing.valuations()) {
      // A valuation sought in a round not raised says so by its basis: 투자 후 기업가치 · 협상 중.
      String basis = String.join(" · ", java.util.stream.Stream.of(AmountText.basis(v.basis(), lang),
          v.dealWords(lang)).filter(w -> !w.isEmpty()).toList());
      rows.add(new Row(v.id(), false, List.of(companyCell(v.company()), amount(v), krw(v),
          Cell.of(basis), date(v), source(v),
          Cell.of(note(v)))));
    }
    return new FactTable(t.get("valuations.caption"), List.of(t.get("col.company"), t.get("col.valuation"), t.get("col.krw"),
        t.get("col.basis"), t.get("col.date"), t.get("col.source"), t.get("col.note")), List.of(T, N, N, T, D, T, T), rows);
  }

  FactTable talent() {
    // What became of the offers, in a column of its own when a source says it of any of them.
    boolean outcomes = briefing.talent().stream().anyMatch(o -> o.status() != OfferStatus.OFFERED);
    List<Row> rows = new ArrayList<>();
    for (TalentOffer o : briefing.talent()) {
      Cell who = o.employer().map(this::companyCell).orElse(Cell.of(t.get("talent.industry")));
      List<Cell> cells = new ArrayList<>(List.of(Cell.of(o.role().in(lang)), who, amount(o), krw(o),
          Cell.of(t.get("period." + o.period().code()))));
      if (outcomes) {
        cells.add(Cell.of(t.get("offer." + o.status().code())));
      }
      cells.addAll(List.of(date(o), source(o), Cell.of(note(o))));
      rows.add(new Row(o.id(), false, cells));
    }
    List<String> columns = new ArrayList<>(List.of(t.get("col.role"), t.get("col.employer"), t.get("col.pay"),
        t.get("col.krw"), t.get("col.period")));
    List<Sort> types = new ArrayList<>(List.of(T, T, N, N, T));
    if (outcomes) {
      columns.add(t.get("col.offerStatus"));
      types.add(T);
    }
    columns.addAll(List.of(t.get("col.date"), t.get("col.source"), t.get("col.note")));
    types.addAll(List.of(D, T, T));
    return new FactTable(t.get("talent.caption"), columns, types, rows);
  }

  private Row investmentRow(Investment i, boolean child) {
    // A loan or bonds bought say so, not "single investment": 대출·채권(참여) / Debt (participant)
    // (kind.single.debt, kind.commitment.debt, kind.tranche.debt).
    boolean debt = InvestmentTree.debt(briefing, i);
    String kind = t.get("kind." + i.kind().code() + (debt ? ".debt" : ""));
    if (child && i.partOf().isEmpty()) {
      kind = "└ " + kind; // an earlier commitment, under the one that replaced it
    }
    // A type whose name ends in brackets takes the role after a dot: "기업공개(IPO) · 참여", never
    // "기업공개(IPO)(참여)" (a new user's table).
    String round = i.round().flatMap(briefing::round)
        .map(r -> {
          String label = r.type().label(lang);
          String role = t.get("role." + i.roleIn(r).code());
          return debt ? (lang == Lang.KO ? "(" : " (") + role + ")"
              : " · " + label + (label.endsWith(")") ? " · " + role : (lang == Lang.KO ? "(" : " (") + role + ")");
        })
        .orElse("");
    return new Row(i.id(), child, List.of(parties(i.investor(), i.investee()), Cell.of((kind + round).strip()), amount(i), krw(i),
        // Talks a later investment agreed say so, not "협상 중" for good.
        Cell.of(i.reporting().deal().concluded() ? i.dealWords(lang) : status(i.status(), debt, t)), date(i), source(i),
        Cell.of(replacement(i) + note(i))));
  }

  /**
   * A row's status in words ({@code status.<code>}), a loan's or bond's in its own where it has
   * them ({@code status.<code>.debt}: money lent is funded, not invested).
   */
  static String status(com.moneywar.briefing.model.InvestmentStatus status, boolean debt, Map<String, String> t) {
    String words = t.get("status." + status.code());
    return debt ? t.getOrDefault("status." + status.code() + ".debt", words) : words;
  }

  /**
   * "Replaces an earlier commitment (2023년 9월, 40억달러). " or "Replaced by a later commitment
   * (…). ", else empty: the other commitment by its date and amount, as readers know it, never by
   * its id.
   */
  private String replacement(Investment i) {
    if (i.replaces().isPresent()) {
      Optional<Investment> earlier = briefing.investment(i.replaces().get());
      // A smaller amount cuts the commitment it replaces, and says so (a new user's $30 billion that
      // replaced a letter of intent for up to $100 billion read "Replaces an earlier commitment").
      String key = earlier.filter(e -> cut(e, i)).isPresent() ? "table.cuts" : "table.replaces";
      return t.get(key) + earlier.map(this::described).orElse("") + ". ";
    }
    List<Investment> later = briefing.replacementsOf(i.id());
    return later.isEmpty() ? ""
        : t.get(cut(i, later.get(0)) ? "table.cutBy" : "table.replacedBy") + described(later.get(0)) + ". ";
  }

  /** Whether {@code later}, replacing {@code earlier}, states less money in the same currency: a cut. */
  private static boolean cut(Investment earlier, Investment later) {
    return earlier.amount().currency().equals(later.amount().currency())
        && later.amount().compareAmount(earlier.amount()) < 0;
  }

  /** {@code  (2023년 9월, 40억달러)} / {@code  (September 2023, $4 billion)}. */
  private String described(Investment other) {
    return " (" + DateStyle.format(other.date(), lang) + ", " + AmountText.of(other, lang) + ")";
  }

  /**
   * A round's amount under "raised": a round not raised (in talks, called off, talks a later round
   * concluded) says so beside the amount too, {@code 최대 60억달러 · 협상 중}, as a new user read "$150–200
   * million" under "Raised" for a round still in talks.
   */
  private Cell raised(Round r) {
    Cell amount = amount(r);
    // A round a later round includes says so, and which (a SAFE that converted into a Series C): the
    // two amounts are not to be added up.
    String deal = r.includedLater(briefing).map(in -> lang == Lang.KO
        ? "이후 " + in.type().phrase(lang) + "(" + DateStyle.format(in.date(), lang) + ")에 포함"
        : "later part of the " + in.type().phrase(lang) + " (" + DateStyle.format(in.date(), lang) + ")")
        .orElse(r.dealWords(lang));
    return deal.isEmpty() ? amount : new Cell(amount.text() + " · " + deal, amount.href(), amount.title(), amount.numeric(),
        amount.sort());
  }

  /** The amount with its bound, and its claim status unless confirmed: {@code 1억달러 · 당사자 부인}. */
  private Cell amount(MoneyFact fact) {
    String claim = AmountText.claim(fact.reporting().claim(), lang);
    return new Cell(AmountText.of(fact, lang) + (claim.isEmpty() ? "" : " · " + claim), "", "", true, values.usd(fact));
  }

  private Cell date(MoneyFact fact) {
    return new Cell(DateStyle.format(fact.date(), lang), "", "", false, SortValues.date(fact.date()));
  }

  private Cell krw(MoneyFact fact) {
    if (fact.reporting().noConversion() || briefing.unconverted(fact)) {
      return new Cell(t.get("table.notConverted"), "", "", true);
    }
    String rate = briefing.krwRateFor(fact).map(r -> figures.shortRateNote(r, lang)).orElse("");
    return new Cell(figures.krw(fact, lang).orElse(""), "", rate, true, values.krw(fact));
  }

  private Cell source(MoneyFact fact) {
    String outlet = outlet(fact.source());
    return new Cell(outlet, SitePaths.link(page, lang.code() + "/sources.html#source-" + fact.source()), "", false);
  }

  /** The row's note, after the other sources and any alternative figure. */
  private String note(MoneyFact fact) {
    List<String> parts = new ArrayList<>();
    Reporting r = fact.reporting();
    // Only what was published by the record's date: an edition's table does not quote a later
    // report (the whole record's pages have every source).
    Optional<Reporting.Alternative> alternative = r.alternative().filter(a -> briefing.source(a.source()).isPresent());
    // Another report of the row's own outlet is told apart by its date: "(ITWeb, 2025년 4월 1일)".
    // A figure in another currency is that report's way of stating the same deal, not a disagreement
    // (a new user's Reuters dollar price of a euro deal read "다른 수치").
    alternative.ifPresent(a -> parts.add(t.get(a.amount().currency().equals(fact.amount().currency())
        ? "table.alternative" : "table.alternative.currency") + ": "
        + AmountText.of(fact, a, lang) + " (" + outlet(a.source())
        + (!a.source().equals(fact.source()) && outlet(a.source()).equals(outlet(fact.source()))
            ? ", " + briefing.source(a.source()).map(s -> DateStyle.published(s, lang)).orElse("") : "")
        + ")"));
    // The other outlets, each once and not the row's own or the alternative's again: the sources
    // page lists every report.
    Set<String> named = new HashSet<>();
    named.add(outlet(fact.source()));
    alternative.ifPresent(a -> named.add(outlet(a.source())));
    List<String> also = r.otherSources().stream().filter(id -> briefing.source(id).isPresent()).map(this::outlet)
        .distinct().filter(o -> !named.contains(o)).toList();
    if (!also.isEmpty()) {
      parts.add(t.get("table.also") + ": " + String.join(", ", also));
    }
    String note = fact.note().in(lang);
    if (!note.isEmpty()) {
      parts.add(note);
    }
    return parts.stream().map(p -> p.endsWith(".") || p == note ? p : p + ".").collect(Collectors.joining(" "));
  }


  private String outlet(String sourceId) {
    return briefing.source(sourceId).map(Source::outlet).map(o -> o.in(lang)).orElse(sourceId);
  }

  /**
   * What the lead column says of a round whose sources name no lead (a secondary sale often has
   * none): {@code 밝혀지지 않음} / {@code not named}, never an empty cell that reads as missing data.
   * A project's own messages file from before this word falls back to it.
   */
  private String leadNotNamed() {
    return t.getOrDefault("table.leadNotNamed", lang == Lang.KO ? "밝혀지지 않음" : "not named");
  }

  /** Companies' names, each linked to its page, separated by commas. */
  private Cell names(List<String> ids) {
    List<Part> parts = new ArrayList<>();
    for (String id : ids) {
      if (!parts.isEmpty()) {
        parts.add(new Part(", ", ""));
      }
      parts.add(company(id));
    }
    return parts.isEmpty() ? Cell.of("") : Cell.of(parts);
  }

  /** {@code Amazon → Anthropic}, each name linked to its company's page. */
  private Cell parties(String from, String to) {
    return Cell.of(List.of(company(from), new Part(" → ", ""), company(to)));
  }

  /**
   * The day a deal completed, after its kind, once it is on the record: {@code · 2025년 11월 25일 완료} /
   * {@code · completed November 25, 2025} (the tables and the key figures); empty before.
   */
  static String completed(Flow f, Lang lang) {
    return f.closed().map(c -> lang == Lang.KO ? " · " + DateStyle.format(c, lang) + " 완료"
        : " · completed " + DateStyle.format(c, lang)).orElse("");
  }

  private Cell partners(String one, String other) {
    return Cell.of(List.of(company(one), new Part(" · ", ""), company(other)));
  }

  /** A company's name linked to its page (the link relative to this table's page). */
  private Cell companyCell(String companyId) {
    Part p = company(companyId);
    return new Cell(p.text(), p.href(), "", false);
  }

  private Part company(String companyId) {
    return new Part(name(companyId), briefing.company(companyId).isPresent()
        ? SitePaths.link(page, SitePaths.company(lang.code(), companyId)) : "");
  }

  private String name(String companyId) {
    return briefing.company(companyId).map(Company::name).map(n -> n.in(lang)).orElse(companyId);
  }
}
