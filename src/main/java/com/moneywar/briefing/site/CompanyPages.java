package com.moneywar.briefing.site;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.CompanyKind;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentTree;
import com.moneywar.briefing.model.InvestmentTree.Total;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.site.view.ChartView;
import com.moneywar.briefing.site.view.CompaniesIndex;
import com.moneywar.briefing.site.view.CompanyPage;
import com.moneywar.briefing.site.view.CompanyPage.CompanyLink;
import com.moneywar.briefing.site.view.EditionLink;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.SourceView;
import com.moneywar.briefing.site.view.StoryView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The company pages of one language: a page per company in {@code data/companies.csv}
 * ({@code <lang>/companies/<id>.html}), with its facts as CSV and JSON beside it and its
 * valuations chart in its own folder, and the companies index ({@code <lang>/companies.html}).
 * Totals come from {@link CompanyRecord}, the tables from {@link FactTables} over the company's
 * share of the record, so every figure is written as the data pages write it.
 */
final class CompanyPages {
  /** The columns of a company's facts download, in order. */
  static final List<String> DOWNLOAD_COLUMNS = List.of("table", "id", "from", "to", "kind", "amount", "amount_high",
      "currency", "bound", "date", "status", "claim", "sources", "debt");

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Briefing briefing;
  private final PageContext ctx;
  private final Map<String, Map<Lang, ChartImage>> charts;
  private final List<Story> stories;
  private final List<StoryView> storyViews;
  private final Lang lang;
  private final Map<String, String> t;
  private final String asOf;
  /** Company id → the indexes in {@link #stories} of the editions whose text in this language is about it, newest first. */
  private final Map<String, List<Integer>> editionsAbout = new HashMap<>();
  /** The parts made from the tables alone, kept across builds or for this one only. */
  private final KeptRecord kept;
  /** Each company's record, made once for its page and the index. */
  private final Map<String, CompanyRecord> records = new HashMap<>();

  /**
   * @param stories the series, oldest first, and {@code storyViews} the same editions' views in
   *     this language
   */
  CompanyPages(Briefing briefing, PageContext ctx, Map<String, Map<Lang, ChartImage>> charts, List<Story> stories,
      List<StoryView> storyViews, String asOf) {
    this(briefing, ctx, charts, stories, storyViews, asOf, new KeptRecord());
  }

  /**
   * As above, with the parts that the tables alone decide taken from {@code kept} when a build
   * before made them from the same inputs ({@link KeptRecord}), and kept there when made.
   */
  CompanyPages(Briefing briefing, PageContext ctx, Map<String, Map<Lang, ChartImage>> charts, List<Story> stories,
      List<StoryView> storyViews, String asOf, KeptRecord kept) {
    this.kept = kept;
    this.briefing = briefing;
    this.ctx = ctx;
    this.charts = charts;
    this.stories = stories;
    this.storyViews = storyViews;
    this.lang = ctx.lang();
    this.t = ctx.messages();
    this.asOf = asOf;
    for (int i = stories.size() - 1; i >= 0; i--) {
      Article a = stories.get(i).articles().get(lang);
      if (a != null) {
        for (String id : mentioned(briefing, a)) {
          editionsAbout.computeIfAbsent(id, k -> new ArrayList<>()).add(i);
        }
      }
    }
  }

  /**
   * One company's page, and its files (downloads) into {@code files}; its chart, whose drawings go
   * to the language's one chart folder beside every other drawing of the site, into {@code drawings}.
   */
  CompanyPage page(Company c, Map<String, byte[]> files, List<ChartImage> drawings) {
    String code = lang.code();
    String path = SitePaths.company(code, c.id());
    String name = c.name().in(lang);
    String folder = SitePaths.companyFiles(code, c.id());
    List<ChartView> chartViews = new ArrayList<>();
    Optional.ofNullable(charts.get(c.id())).map(m -> m.get(lang)).ifPresent(chart -> {
      drawings.add(chart);
      files.put(folder + chart.name() + ".csv", CsvTableWriter.write(chart.table()));
      chartViews.addAll(SiteRenderer.chartViews(List.of(chart), folder, path, CompanyNames.of(briefing, lang), briefing));
    });
    String csvPath = code + "/companies/" + c.id() + ".csv";
    String jsonPath = code + "/companies/" + c.id() + ".json";
    KeptRecord.CompanyParts parts = kept.company(lang, c.id(), () -> {
      CompanyRecord record = record(c.id());
      return new KeptRecord.CompanyParts(totals(record), totalsNote(record), tables(record, path), sources(record, c),
          csv(record), json(record));
    });
    files.put(csvPath, parts.csv());
    files.put(jsonPath, parts.json());
    CompanyLink parent = c.parent().flatMap(briefing::company).map(p -> link(p, path)).orElse(CompanyLink.NONE);
    List<CompanyLink> units = briefing.companies().stream()
        .filter(u -> u.parent().equals(Optional.of(c.id()))).map(u -> link(u, path)).toList();
    String intro = t.get("company.intro").replace("{name}", name);
    return new CompanyPage(ctx.datasetFrame(path, name, intro, List.of(csvPath)), c.id(), name, c.name().in(lang.other()),
        lang.other().code(), kind(c.kind()), country(c.country()),
        c.founded().map(d -> DateStyle.format(d, lang)).orElse(""), parent, units, asOf, parts.totals(),
        parts.totalsNote(),
        chartViews, parts.tables(), briefings(c.id(), path), parts.sources(), SitePaths.below(path, csvPath),
        SitePaths.below(path, jsonPath), SitePaths.link(path, SitePaths.companies(code)));
  }

  private CompanyRecord record(String id) {
    return records.computeIfAbsent(id, k -> CompanyRecord.of(briefing, k));
  }

  /** The companies index: every company, grouped by kind in the order of {@link CompanyKind}. */
  CompaniesIndex index() {
    String path = SitePaths.companies(lang.code());
    String intro = t.get("companies.intro");
    return new CompaniesIndex(ctx.frame(path, t.get("nav.companies")), intro, asOf,
        List.of(t.get("col.company"), t.get("col.country"), t.get("companies.raised"), t.get("companies.paidIn"),
            t.get("companies.paidOut"), t.get("companies.valuation")), kept.companyIndex(lang, () -> groups(path)));
  }

  /** The index's groups: every company, by kind in the order of {@link CompanyKind}. */
  private List<CompaniesIndex.KindGroup> groups(String path) {
    List<CompaniesIndex.KindGroup> groups = new ArrayList<>();
    for (CompanyKind kind : CompanyKind.values()) {
      List<CompaniesIndex.CompanyRow> rows = new ArrayList<>();
      for (Company c : briefing.companies()) {
        if (c.kind() != kind) {
          continue;
        }
        CompanyRecord r = record(c.id());
        Optional<Valuation> latest = r.latestValuation();
        rows.add(new CompaniesIndex.CompanyRow(c.name().in(lang), SitePaths.link(path, SitePaths.company(lang.code(),
            c.id())), country(c.country()), text(r.raisedInRounds()), raisedDebt(r), text(r.paidInto()),
            sharesOfRounds(r) && !r.paidInto().isEmpty(), text(r.paidBy()),
            latest.map(v -> AmountText.standingAlone(AmountText.of(v, lang), v, lang)).orElse(""),
            // Its date and basis, as on the company's page: walk 72's "5000억달러(보도)" was a
            // secondary-sale price, which only the company's page said.
            latest.map(v -> DateStyle.format(v.date(), lang) + suffix(AmountText.basis(v.basis(), lang))).orElse("")));
      }
      if (!rows.isEmpty()) {
        groups.add(new CompaniesIndex.KindGroup(kind.code(), t.get("companykind." + kind.code()), rows));
      }
    }
    return groups;
  }

  /**
   * How much of what its rounds raised is debt, for the index to say under the amounts: {@code 그중
   * 차입 …} / {@code of which debt: …}, or {@code 전액 차입} / {@code all debt}; empty for none. Said
   * after the amounts in one cell that could not wrap, it ran into the next column.
   */
  private String raisedDebt(CompanyRecord r) {
    Map<Currency, Total> debt = r.debtInRounds();
    if (debt.isEmpty()) {
      return "";
    }
    return text(debt).equals(text(r.raisedInRounds())) ? t.get("companies.raised.allDebt")
        : t.get("companies.raised.debt").replace("{0}", text(debt));
  }

  /**
   * How its totals were added, only what applies to them: per currency when one of them has two;
   * how an "up to" amount, or a "more than" one with an "up to" one, is added, when one is in a
   * total; that denied claims are left out, when it has one. Empty when none applies.
   */
  private String totalsNote(CompanyRecord r) {
    List<Map<Currency, Total>> sums = List.of(r.raisedInRounds(), r.committedTo(), r.paidInto(), r.lentTo(),
        r.committedBy(), r.paidBy(), r.lentBy(), r.stakesBought());
    List<Total> all = sums.stream().flatMap(m -> m.values().stream()).toList();
    List<String> parts = new ArrayList<>();
    if (sums.stream().anyMatch(m -> m.size() > 1)) {
      parts.add(t.get("company.totalsNote.currencies"));
    }
    if (all.stream().anyMatch(x -> x.capped() && !x.floorAndCeiling())) {
      parts.add(t.get("company.totalsNote.upTo"));
    }
    if (all.stream().anyMatch(Total::floorAndCeiling)) {
      parts.add(t.get("company.totalsNote.floorAndCeiling"));
    }
    boolean denied = java.util.stream.Stream.of(r.asInvestee(), r.asInvestor()).anyMatch(b ->
        java.util.stream.Stream.of(b.investments(), b.rounds(), b.flows()).flatMap(List::stream)
            .anyMatch(f -> f.reporting().claim() == com.moneywar.briefing.model.ClaimStatus.DENIED));
    if (denied && !all.isEmpty()) {
      parts.add(t.get("company.totalsNote.denied"));
    }
    // What a reader takes for missing from "committed": letters of intent and talks, never added in
    // (walk 75's Nvidia read "committed: up to $10 billion" under a headline of its $100 billion letter).
    List<String> open = java.util.stream.Stream.of(r.asInvestor(), r.asInvestee())
        .flatMap(b -> b.investments().stream()).distinct()
        .filter(i -> i.status().deal() != com.moneywar.briefing.model.DealStatus.AGREED && i.partOf().isEmpty()
            && i.reporting().claim() != com.moneywar.briefing.model.ClaimStatus.DENIED)
        .map(i -> name(i.investor()) + " → " + name(i.investee()) + (lang == Lang.KO ? " " : ", ")
            + AmountText.standingAlone(AmountText.of(i, lang), i, lang) + (lang == Lang.KO ? " · " : ", ")
            + i.status().deal().words(lang))
        .toList();
    if (!open.isEmpty()) {
      parts.add(t.get("company.totalsNote.notAgreed").replace("{0}", String.join(lang == Lang.KO ? ", " : "; ", open)));
    }
    List<com.moneywar.briefing.model.Investment> running = r.runningTotalsCounted();
    if (!running.isEmpty()) {
      parts.add(t.get("company.totalsNote.runningTotal").replace("{0}", String.join(lang == Lang.KO ? ", " : "; ", running.stream()
          .map(i -> t.get(i.status() == com.moneywar.briefing.model.InvestmentStatus.INVESTED
                  ? "company.totalsNote.runningTotal.paid" : "company.totalsNote.runningTotal.committed")
              .replace("{0}", name(i.investor()) + " → " + name(i.investee()))
              .replace("{1}", DateStyle.format(i.date(), lang))
              .replace("{2}", AmountText.standingAlone(AmountText.of(i, lang), i, lang))).toList())));
    }
    return String.join(" ", parts);
  }

  private String name(String id) {
    return briefing.company(id).map(c -> c.name().in(lang)).orElse(id);
  }

  /** Its totals, as the charts add them, only those it has: each amount per currency, never converted. */
  private List<CompanyPage.Total> totals(CompanyRecord r) {
    List<CompanyPage.Total> totals = new ArrayList<>();
    Map<Currency, Total> debt = r.debtInRounds();
    // A company whose rounds are all debt (a bond issuer) borrowed: "라운드 유치액 … (그중 차입 …)" read as
    // shares sold to a new user.
    boolean allDebt = !debt.isEmpty() && text(debt).equals(text(r.raisedInRounds()));
    add(totals, allDebt ? "total.borrowed" : "total.raised", r.raisedInRounds());
    if (!allDebt && !debt.isEmpty() && !totals.isEmpty()) {
      // Borrowed money is money raised, but not shares sold: the total says how much of it is debt.
      CompanyPage.Total raised = totals.remove(totals.size() - 1);
      totals.add(new CompanyPage.Total(raised.label(), raised.value(),
          raised.note() + t.get("total.raised.debt").replace("{0}", text(debt))));
    }
    // Investors' shares of its rounds are part of what the rounds raised: said so, or a new user's
    // "committed $225 million" beside "raised $2.1 billion" read as all the investors put in.
    boolean sharesOfRounds = sharesOfRounds(r);
    add(totals, sharesOfRounds ? "total.committedTo.named" : "total.committedTo", r.committedTo());
    add(totals, sharesOfRounds ? "total.paidInto.named" : "total.paidInto", r.paidInto());
    // Loans and bonds are money lent, not shares bought: a total of their own, never in the investment ones.
    // Where they are the lenders' shares of its debt rounds, said so: a new user's bond issuer read
    // "Borrowed $27 billion" beside "Borrowed (loans and bonds) $21 billion".
    List<com.moneywar.briefing.model.Investment> lent = r.asInvestee().investments().stream()
        .filter(i -> com.moneywar.briefing.model.InvestmentTree.debt(r.asInvestee(), i)).toList();
    boolean lendersOfRounds = !debt.isEmpty() && !lent.isEmpty() && lent.stream().allMatch(i -> ofARound(r, i));
    add(totals, lendersOfRounds ? "total.lentTo.named" : "total.lentTo", r.lentTo());
    add(totals, "total.committedBy", r.committedBy());
    add(totals, "total.paidBy", r.paidBy());
    add(totals, "total.lentBy", r.lentBy());
    add(totals, "total.stakesBought", r.stakesBought());
    // Rounds it joined with no amount of its own on record are in none of these totals: said, or a
    // total of one commitment read as all it put in (a new user's MGX, named in four such rounds).
    long unknown = r.asInvestor().rounds().stream().filter(x -> x.reporting().made()
        && r.asInvestor().investments().stream().noneMatch(i -> i.round().equals(Optional.of(x.id()))
            && i.investor().equals(r.company().id()))).count();
    if (unknown > 0) {
      // "Not in the totals above" only where there are totals above (a new user's Alibaba had none).
      totals.add(new CompanyPage.Total(t.get("total.roundsUnknown"),
          t.get("total.roundsUnknown.value").replace("{0}", String.valueOf(unknown)),
          t.get(totals.isEmpty() ? "total.roundsUnknown.noteAlone" : "total.roundsUnknown.note")));
    }
    r.latestValuation().ifPresent(v -> totals.add(new CompanyPage.Total(t.get("total.valuation"),
        AmountText.standingAlone(AmountText.of(v, lang), v, lang), DateStyle.format(v.date(), lang) + suffix(AmountText.basis(v.basis(), lang))
            + " · " + outlet(v.source()))));
    return totals;
  }

  /**
   * Whether every investment into the company (its loans and bonds apart, which the investment
   * totals leave out) is an investor's share of one of its rounds.
   */
  private static boolean sharesOfRounds(CompanyRecord r) {
    // A running total a report gives (kind total) is in no total, so it says nothing of what they add up
    // (a new user's Moonshot read "Committed to it $150 million" beside Alibaba's running total).
    List<com.moneywar.briefing.model.Investment> invested = r.asInvestee().investments().stream()
        .filter(i -> i.kind() != com.moneywar.briefing.model.InvestmentKind.TOTAL)
        .filter(i -> !com.moneywar.briefing.model.InvestmentTree.debt(r.asInvestee(), i)).toList();
    return !r.raisedInRounds().isEmpty() && !invested.isEmpty() && invested.stream().allMatch(i -> ofARound(r, i));
  }

  /** Whether an investment into the company is, through its tree, an investor's share of one of its rounds. */
  private static boolean ofARound(CompanyRecord r, com.moneywar.briefing.model.Investment i) {
    return com.moneywar.briefing.model.InvestmentTree.rootOf(r.asInvestee(), i).round().isPresent();
  }

  private void add(List<CompanyPage.Total> totals, String key, Map<Currency, Total> sum) {
    if (!sum.isEmpty()) {
      totals.add(new CompanyPage.Total(t.get(key), text(sum), t.get(key + ".note")));
    }
  }

  /** A total per currency, as the data pages and charts write it, joined: {@code 45억달러, 1500만유로}; empty for none. */
  static String text(Map<Currency, Total> sum, Lang lang) {
    return sum.values().stream().map(x -> x.text(lang) + x.claimWords(lang)).collect(Collectors.joining(", "));
  }

  private String text(Map<Currency, Total> sum) {
    return text(sum, lang);
  }

  private String suffix(String basis) {
    return basis.isEmpty() ? "" : " · " + basis;
  }

  /** Its facts, one table per kind, captioned for the company; only the tables it has rows in. */
  private List<FactTable> tables(CompanyRecord r, String path) {
    List<FactTable> tables = new ArrayList<>();
    FactTables into = new FactTables(r.asInvestee(), new Figures(r.asInvestee()), lang, t, path);
    FactTables by = new FactTables(r.asInvestor(), new Figures(r.asInvestor()), lang, t, path);
    FactTables other = new FactTables(r.other(), new Figures(r.other()), lang, t, path);
    // Loans and bonds are not investments: a table of their own on each side (FactTables#debt).
    // A loan or bond sale among its rounds: the heading says so, as the table's columns do.
    String debt = r.asInvestee().rounds().stream().anyMatch(x -> x.type().debt()) ? ".debt" : "";
    String lent = r.asInvestor().rounds().stream().anyMatch(x -> x.type().debt()) ? ".debt" : "";
    addTable(tables, "company.rounds" + debt, into.rounds());
    addTable(tables, "company.investmentsIn", into.investments());
    addTable(tables, "company.debtIn", into.debt());
    // A round denied, in talks or called off names it as an investor; it took part in none of them
    // (a new user's PIF page listed a denied xAI round under "Rounds it took part in").
    boolean allMade = r.asInvestor().rounds().stream().allMatch(x -> x.reporting().made());
    addTable(tables, (allMade ? "company.roundsJoined" : "company.roundsNamed") + lent, by.rounds());
    addTable(tables, "company.investmentsBy", by.investments());
    addTable(tables, "company.debtBy", by.debt());
    addTable(tables, "company.flows", other.flows());
    addTable(tables, "company.spending", other.spending());
    addTable(tables, "company.valuations", other.valuations());
    addTable(tables, "company.talent", other.talent());
    return tables;
  }

  /** A table of loans and bonds, whose parties are a lender and a borrower ({@code col.flow.debt}). */
  private void addTable(List<FactTable> tables, String caption, FactTable table) {
    if (!table.rows().isEmpty()) {
      tables.add(new FactTable(t.get(caption), table.columns(), table.sorts(), table.rows()));
    }
  }

  /** The editions whose texts, in this language, bind a figure to one of its facts (or name it), newest first. */
  private List<EditionLink> briefings(String id, String page) {
    List<EditionLink> links = new ArrayList<>();
    for (int i : editionsAbout.getOrDefault(id, List.of())) {
      StoryView s = storyViews.get(i);
      links.add(new EditionLink(s.title(), s.date(), SitePaths.link(page, s.path())));
    }
    return links;
  }

  /**
   * The companies a text's data-bound figures are about, in order of first mention, then those of its
   * own key figures ({@code headlines} in its front matter), which its page shows too.
   */
  static Set<String> mentioned(Briefing b, Article a) {
    Set<String> ids = new LinkedHashSet<>();
    a.figures().forEach(ref -> ids.addAll(CompanyRecord.companiesOf(b, ref)));
    a.headlines().forEach(ref -> ids.addAll(CompanyRecord.companiesOf(b, ref)));
    ids.removeIf(id -> b.company(id).isEmpty());
    return ids;
  }

  /** The sources of its facts and of its own row, in the order of {@code data/sources.csv}. */
  private List<SourceView> sources(CompanyRecord r, Company c) {
    Set<String> cited = new LinkedHashSet<>();
    cited.add(c.source());
    facts(r).forEach(f -> cited.addAll(f.sources()));
    return briefing.sources().stream().filter(s -> cited.contains(s.id()))
        .map(s -> new SourceView(s.id(), s.outlet().in(lang), s.title().orElse(""),
            DateStyle.published(s, lang), s.url().orElse(""),
            s.citedBy().flatMap(briefing::source).map(x -> x.outlet().in(lang)).orElse(""), s.citedBy().orElse(""),
            s.language())).toList();
  }

  /** Every fact the company is party to, each once: rounds, investments, flows, its capital spending,
   * valuations, talent offers. */
  private static List<MoneyFact> facts(CompanyRecord r) {
    Set<MoneyFact> all = new LinkedHashSet<>();
    all.addAll(r.asInvestee().rounds());
    all.addAll(r.asInvestor().rounds());
    all.addAll(r.asInvestee().investments());
    all.addAll(r.asInvestor().investments());
    all.addAll(r.other().flows());
    all.addAll(r.other().spending());
    all.addAll(r.other().valuations());
    all.addAll(r.other().talent());
    return List.copyOf(all);
  }

  /** Its facts as CSV, exact amounts and codes (the same in both languages), UTF-8 with a byte-order mark. */
  static byte[] csv(CompanyRecord r) {
    List<List<String>> table = new ArrayList<>();
    table.add(DOWNLOAD_COLUMNS);
    facts(r).forEach(f -> table.add(List.copyOf(row(f, r).values())));
    return CsvTableWriter.write(table); // with its byte-order mark
  }

  /** Its facts as JSON: the company, then its facts with the CSV's columns as keys (amounts as exact decimal text). */
  static byte[] json(CompanyRecord r) {
    Company c = r.company();
    Map<String, Object> company = new LinkedHashMap<>();
    company.put("id", c.id());
    company.put("name_ko", c.name().ko());
    company.put("name_en", c.name().en());
    company.put("kind", c.kind().code());
    company.put("country", c.country());
    company.put("founded", c.founded().map(Object::toString).orElse(""));
    company.put("parent", c.parent().orElse(""));
    company.put("source", c.source());
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("company", company);
    root.put("facts", facts(r).stream().map(f -> row(f, r)).toList());
    String text = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Map<String, String> row(MoneyFact f, CompanyRecord r) {
    Map<String, String> row = new LinkedHashMap<>();
    String[] who = f.accept(new MoneyFact.Visitor<String[]>() {
      @Override
      public String[] investment(Investment i) {
        return new String[] {"investments", i.investor(), i.investee(), i.kind().code(), i.status().code()};
      }

      @Override
      public String[] valuation(Valuation v) {
        return new String[] {"valuations", "", v.company(), v.basis().code(), ""};
      }

      @Override
      public String[] talent(TalentOffer o) {
        return new String[] {"talent_offers", o.employer().orElse(""), "", o.period().code(), ""};
      }

      @Override
      public String[] round(Round r) {
        return new String[] {"rounds", String.join(" ", r.investors()), r.investee(), r.type().code(), ""};
      }

      @Override
      public String[] flow(Flow fl) {
        return new String[] {"flows", fl.from(), fl.to(), fl.flowKind().code(), fl.reporting().deal().code()};
      }

      @Override
      public String[] spending(Spending s) {
        return new String[] {"spending", s.company(), "", s.spendingKind().code(), s.status().code()};
      }
    });
    row.put("table", who[0]);
    row.put("id", f.id());
    row.put("from", who[1]);
    row.put("to", who[2]);
    row.put("kind", who[3]);
    row.put("amount", f.reporting().amountStated() ? f.amount().amount().toPlainString() : "");
    row.put("amount_high", f.reporting().high().map(h -> h.amount().toPlainString()).orElse(""));
    row.put("currency", f.amount().currency().getCurrencyCode());
    row.put("bound", f.bound().code());
    row.put("date", f.date().toString());
    row.put("status", who[4]);
    row.put("claim", f.reporting().claim().code());
    row.put("sources", String.join(" ", f.sources()));
    // Debt (a loan, bonds) is no investment: "true" for a debt round and a lender's or bond buyer's
    // share of one, "false" for the other rounds and investments, empty where it does not apply.
    row.put("debt", f instanceof Round round ? String.valueOf(round.type().debt())
        : f instanceof Investment i ? String.valueOf(InvestmentTree.debt(r.asInvestee(), i) || InvestmentTree.debt(r.asInvestor(), i))
        : "");
    return row;
  }

  private CompanyLink link(Company c, String page) {
    return new CompanyLink(c.name().in(lang), SitePaths.link(page, SitePaths.company(lang.code(), c.id())));
  }

  /** One company's kind, in the singular (the index's groups are plural: {@code companykind.<code>}). */
  private String kind(CompanyKind kind) {
    return t.get("companykind.one." + kind.code());
  }

  /** The country's name in the language ({@code 미국}, {@code United States}), else its code. */
  private String country(String code) {
    if (code.isEmpty()) {
      return "";
    }
    // The press's short names where the locale's are official ones ("홍콩(중국 특별행정구)", "Hong Kong SAR China").
    String shown = switch (code) {
      case "HK" -> lang == Lang.KO ? "홍콩" : "Hong Kong";
      case "MO" -> lang == Lang.KO ? "마카오" : "Macau";
      default -> new Locale("", code).getDisplayCountry(lang.locale());
    };
    return shown.isEmpty() ? code : shown;
  }

  private String outlet(String sourceId) {
    return briefing.source(sourceId).map(s -> s.outlet().in(lang)).orElse(sourceId);
  }
}
