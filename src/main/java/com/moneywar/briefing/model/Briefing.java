package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole briefing after validation: every table, every text, the declared charts and the config.
 * Lists keep the order of the input files; lookups by id never fail for ids the validator accepted.
 *
 * <p>Immutable and thread-safe. A class rather than a record only so that it can hold its id
 * indexes: lookups by id are hash lookups (they were linear scans, which made a build of 10,000
 * investments quadratic). Equality is that of the twelve parts, as for a record.
 */
public final class Briefing {
  private final BriefingConfig config;
  private final List<Source> sources;
  private final List<Company> companies;
  private final List<ExchangeRate> rates;
  private final List<Investment> investments;
  private final List<Valuation> valuations;
  private final List<TalentOffer> talent;
  private final List<Round> rounds;
  private final List<Flow> flows;
  private final List<Spending> spending;
  private final List<Story> stories;
  private final List<ChartSpec> charts;

  private final Map<String, Source> sourceById;
  private final Map<String, Company> companyById;
  private final Map<String, ExchangeRate> rateById;
  private final Map<String, Investment> investmentById;
  private final Map<String, Valuation> valuationById;
  private final Map<String, TalentOffer> talentById;
  private final Map<String, Round> roundById;
  private final Map<String, Flow> flowById;
  private final Map<String, Spending> spendingById;
  private final Map<String, List<Spending>> spendingRevisedBy;
  private final Map<String, List<Investment>> replacedBy;
  private final Map<String, List<Investment>> tranches;
  private final Map<String, MoneyFact> moneyFacts;
  /** The first day on which every dated row is on the record (see {@link AsOf}). */
  private final LocalDate wholeRecordFrom;
  /**
   * The sources of the whole record, of which an edition's are a part: a rate a fact names comes with
   * the fact ({@link AsOf}), and is judged and credited against the whole record's sources.
   */
  private final Map<String, Source> recordSourceById;

  public Briefing(
      BriefingConfig config,
      List<Source> sources,
      List<Company> companies,
      List<ExchangeRate> rates,
      List<Investment> investments,
      List<Valuation> valuations,
      List<TalentOffer> talent,
      List<Story> stories,
      List<ChartSpec> charts) {
    this(config, sources, companies, rates, investments, valuations, talent, List.of(), List.of(), stories, charts);
  }

  public Briefing(
      BriefingConfig config,
      List<Source> sources,
      List<Company> companies,
      List<ExchangeRate> rates,
      List<Investment> investments,
      List<Valuation> valuations,
      List<TalentOffer> talent,
      List<Round> rounds,
      List<Flow> flows,
      List<Story> stories,
      List<ChartSpec> charts) {
    this(config, sources, companies, rates, investments, valuations, talent, rounds, flows, List.of(), stories, charts);
  }

  public Briefing(
      BriefingConfig config,
      List<Source> sources,
      List<Company> companies,
      List<ExchangeRate> rates,
      List<Investment> investments,
      List<Valuation> valuations,
      List<TalentOffer> talent,
      List<Round> rounds,
      List<Flow> flows,
      List<Spending> spending,
      List<Story> stories,
      List<ChartSpec> charts) {
    this.config = requireNonNull(config, "config");
    this.sources = List.copyOf(sources);
    this.companies = List.copyOf(companies);
    this.rates = List.copyOf(rates);
    this.investments = List.copyOf(investments);
    this.valuations = List.copyOf(valuations);
    this.talent = List.copyOf(talent);
    this.rounds = List.copyOf(rounds);
    this.flows = List.copyOf(flows);
    this.spending = List.copyOf(spending);
    this.stories = List.copyOf(stories);
    this.charts = List.copyOf(charts);
    this.sourceById = index(this.sources, Source::id);
    this.companyById = index(this.companies, Company::id);
    this.rateById = index(this.rates, ExchangeRate::id);
    this.investmentById = index(this.investments, Investment::id);
    this.valuationById = index(this.valuations, Valuation::id);
    this.talentById = index(this.talent, TalentOffer::id);
    this.roundById = index(this.rounds, Round::id);
    this.flowById = index(this.flows, Flow::id);
    this.spendingById = index(this.spending, Spending::id);
    Map<String, List<Spending>> byRevising = new HashMap<>();
    for (Spending s : this.spending) {
      s.replaces().ifPresent(r -> byRevising.computeIfAbsent(r, k -> new ArrayList<>()).add(s));
    }
    byRevising.replaceAll((k, v) -> List.copyOf(v));
    this.spendingRevisedBy = byRevising;
    Map<String, List<Investment>> byCommitment = new HashMap<>();
    Map<String, List<Investment>> byReplacing = new HashMap<>();
    for (Investment i : this.investments) {
      i.partOf().ifPresent(c -> byCommitment.computeIfAbsent(c, k -> new ArrayList<>()).add(i));
      i.replaces().ifPresent(c -> byReplacing.computeIfAbsent(c, k -> new ArrayList<>()).add(i));
    }
    byCommitment.replaceAll((k, v) -> List.copyOf(v));
    byReplacing.replaceAll((k, v) -> List.copyOf(v));
    this.tranches = byCommitment;
    this.replacedBy = byReplacing;
    Map<String, MoneyFact> facts = new LinkedHashMap<>();
    for (FactKind kind : FactKind.values()) {
      facts(kind).forEach(f -> facts.put(kind.code() + ":" + f.id(), f));
    }
    this.moneyFacts = Collections.unmodifiableMap(facts);
    LocalDate from = LocalDate.MIN;
    List<PartialDate> dates = new ArrayList<>();
    facts.values().forEach(f -> dates.add(f.date()));
    this.rates.forEach(r -> dates.add(r.date()));
    // A stake's closing is on the record from its day too: before it, the stake is not paid for (AsOf).
    this.flows.forEach(f -> f.closed().ifPresent(dates::add));
    // So is the day a page was read: an edition before it does not say it was read (AsOf).
    this.sources.forEach(s -> s.accessed().ifPresent(dates::add));
    for (PartialDate date : dates) {
      if (date.firstDay().isAfter(from)) {
        from = date.firstDay();
      }
    }
    // A source counts from the day it surely existed, not the first its date can mean (AsOf#knownFrom).
    for (Source s : this.sources) {
      LocalDate known = AsOf.knownFrom(s, id -> Optional.ofNullable(sourceById.get(id)));
      if (known.isAfter(from)) {
        from = known;
      }
    }
    this.wholeRecordFrom = from;
    this.recordSourceById = this.sourceById;
  }

  /** {@code facts}' rows and their indexes, shared, with other texts and charts. */
  private Briefing(Briefing facts, List<Story> stories, List<ChartSpec> charts) {
    this(facts, stories, charts, facts.recordSourceById);
  }

  /** {@code facts}' rows and their indexes, shared, with other texts and charts and a record's sources. */
  private Briefing(Briefing facts, List<Story> stories, List<ChartSpec> charts, Map<String, Source> recordSources) {
    this.config = facts.config;
    this.sources = facts.sources;
    this.companies = facts.companies;
    this.rates = facts.rates;
    this.investments = facts.investments;
    this.valuations = facts.valuations;
    this.talent = facts.talent;
    this.rounds = facts.rounds;
    this.flows = facts.flows;
    this.spending = facts.spending;
    this.stories = List.copyOf(stories);
    this.charts = List.copyOf(charts);
    this.sourceById = facts.sourceById;
    this.companyById = facts.companyById;
    this.rateById = facts.rateById;
    this.investmentById = facts.investmentById;
    this.valuationById = facts.valuationById;
    this.talentById = facts.talentById;
    this.roundById = facts.roundById;
    this.flowById = facts.flowById;
    this.spendingById = facts.spendingById;
    this.spendingRevisedBy = facts.spendingRevisedBy;
    this.tranches = facts.tranches;
    this.replacedBy = facts.replacedBy;
    this.moneyFacts = facts.moneyFacts;
    this.wholeRecordFrom = facts.wholeRecordFrom;
    this.recordSourceById = recordSources;
  }

  /** This part of {@code record} (an edition as of its date), which judges the rates its facts name against the record's sources. */
  Briefing partOf(Briefing record) {
    return record.recordSourceById == recordSourceById ? this : new Briefing(this, stories, charts, record.recordSourceById);
  }

  /**
   * A source of the whole record, whatever its date: for what comes with a fact into an edition
   * whatever its own date, a rate the fact names in {@code fx} (judged against the publication of
   * the fact's sources) and the outlet that rate is credited to.
   */
  public Optional<Source> recordSource(String id) {
    return Optional.ofNullable(recordSourceById.get(id));
  }

  /**
   * This briefing's rows (and the indexes over them, which are not built again) with other texts and
   * charts: an edition whose record is the whole record costs no more than its texts.
   */
  public Briefing withTexts(List<Story> stories, List<ChartSpec> charts) {
    return new Briefing(this, stories, charts);
  }

  public BriefingConfig config() {
    return config;
  }

  public List<Source> sources() {
    return sources;
  }

  public List<Company> companies() {
    return companies;
  }

  public List<ExchangeRate> rates() {
    return rates;
  }

  public List<Investment> investments() {
    return investments;
  }

  public List<Valuation> valuations() {
    return valuations;
  }

  public List<TalentOffer> talent() {
    return talent;
  }

  public List<Round> rounds() {
    return rounds;
  }

  public List<Flow> flows() {
    return flows;
  }

  /** The rows of {@code data/spending.csv}, in file order. */
  public List<Spending> spending() {
    return spending;
  }

  /** The rows of one kind of fact, in file order. */
  public List<? extends MoneyFact> facts(FactKind kind) {
    return switch (kind) {
      case INVESTMENT -> investments;
      case VALUATION -> valuations;
      case TALENT -> talent;
      case ROUND -> rounds;
      case FLOW -> flows;
      case SPENDING -> spending;
    };
  }

  /** The fact of a kind with an id. */
  public Optional<MoneyFact> fact(FactKind kind, String id) {
    return Optional.ofNullable(moneyFacts.get(kind.code() + ":" + id));
  }

  public Optional<Round> round(String id) {
    return Optional.ofNullable(roundById.get(id));
  }

  public Optional<Flow> flow(String id) {
    return Optional.ofNullable(flowById.get(id));
  }

  public Optional<Spending> spending(String id) {
    return Optional.ofNullable(spendingById.get(id));
  }

  /** The spending rows that revise (replace) the row {@code spendingId}, in input order (one, if valid). */
  public List<Spending> revisionsOf(String spendingId) {
    return spendingRevisedBy.getOrDefault(spendingId, List.of());
  }

  /** The commitments that raise or replace {@code commitmentId}, in input order (one, if valid). */
  public List<Investment> replacementsOf(String commitmentId) {
    return replacedBy.getOrDefault(commitmentId, List.of());
  }

  /** The investments reported as shares of a round, in input order. */
  public List<Investment> sharesOf(String roundId) {
    return investments.stream().filter(i -> i.round().equals(Optional.of(roundId))).toList();
  }

  public List<Story> stories() {
    return stories;
  }

  public List<ChartSpec> charts() {
    return charts;
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sourceById.get(id));
  }

  public Optional<Company> company(String id) {
    return Optional.ofNullable(companyById.get(id));
  }

  public Optional<ExchangeRate> rate(String id) {
    return Optional.ofNullable(rateById.get(id));
  }

  public Optional<Investment> investment(String id) {
    return Optional.ofNullable(investmentById.get(id));
  }

  public Optional<Valuation> valuation(String id) {
    return Optional.ofNullable(valuationById.get(id));
  }

  public Optional<TalentOffer> talentOffer(String id) {
    return Optional.ofNullable(talentById.get(id));
  }

  /** Tranches of a commitment or of a tranche, in input order. */
  public List<Investment> tranchesOf(String commitmentId) {
    return tranches.getOrDefault(commitmentId, List.of());
  }

  /**
   * The rate that converts a fact into won by {@link RateChoice}'s rules; empty for facts in won,
   * facts marked {@code fx=none}, and facts for which no rate may be used (which the check reports).
   */
  public Optional<ExchangeRate> krwRateFor(MoneyFact fact) {
    return RateChoice.of(this, fact).rate();
  }

  /**
   * Whether the fact's amount, in another currency than won, is shown without a won figure: it is
   * marked {@code fx=none}, or (in an edition) the rate it would be converted at is dated after the
   * edition. A fact that states no amount has nothing to convert.
   */
  public boolean unconverted(MoneyFact fact) {
    return fact.reporting().amountStated() && !fact.amount().currency().equals(com.moneywar.briefing.money.Money.KRW)
        && (fact.reporting().noConversion() || krwRateFor(fact).isEmpty());
  }

  /** Why a fact that needs a rate has none that may be used; empty when all is well. */
  public String rateProblem(MoneyFact fact) {
    return RateChoice.of(this, fact).problem();
  }

  /** The fact in won at its rate, rounded as the fact asks; empty for facts already in won. */
  public Optional<Money> approxKrw(MoneyFact fact) {
    if (!fact.reporting().amountStated()) {
      return Optional.empty();
    }
    return krwRateFor(fact)
        .map(r -> fact.amount().convert(r.rate(), Money.KRW).roundToSignificant(fact.approxDigits()));
  }

  /**
   * The other figure the row gives ({@code alt_amount}) in won, at the row's rate and rounded as the
   * row asks; empty when the row has none, is not converted, or gives it in another currency than
   * the row's ({@code alt_currency}), which the row's rate does not convert.
   */
  public Optional<Money> approxKrwOfAlternative(MoneyFact fact) {
    return fact.reporting().alternative().filter(a -> a.amount().currency().equals(fact.amount().currency()))
        .flatMap(a -> krwRateFor(fact)
        .map(r -> a.amount().convert(r.rate(), Money.KRW).roundToSignificant(fact.approxDigits())));
  }

  /** The upper end of a range in won, rounded as the fact asks; empty unless the fact is a converted range. */
  public Optional<Money> approxKrwHigh(MoneyFact fact) {
    return fact.reporting().high().flatMap(high -> krwRateFor(fact)
        .map(r -> high.convert(r.rate(), Money.KRW).roundToSignificant(fact.approxDigits())));
  }

  /**
   * The first day on which every dated row (every fact and a stake's closing, source and the day it
   * was read, and exchange rate) is on the record by {@link AsOf}'s rule; {@link LocalDate#MIN} when there are none.
   */
  public LocalDate wholeRecordFrom() {
    return wholeRecordFrom;
  }

  /** All facts stated in money, keyed by their placeholder kind and id, for figure lookups. */
  public Map<String, MoneyFact> moneyFacts() {
    return moneyFacts;
  }

  /** Index by id; the first row wins, as the linear lookup it replaces did (the validator reports duplicates). */
  private static <T> Map<String, T> index(List<T> list, Function<T, String> id) {
    Map<String, T> map = new HashMap<>(list.size() * 2);
    for (T t : list) {
      map.putIfAbsent(id.apply(t), t);
    }
    return map;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Briefing b
        && config.equals(b.config)
        && sources.equals(b.sources)
        && companies.equals(b.companies)
        && rates.equals(b.rates)
        && investments.equals(b.investments)
        && valuations.equals(b.valuations)
        && talent.equals(b.talent)
        && rounds.equals(b.rounds)
        && flows.equals(b.flows)
        && spending.equals(b.spending)
        && stories.equals(b.stories)
        && charts.equals(b.charts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, sources, companies, rates, investments, valuations, talent, rounds, flows, spending, stories, charts);
  }

  @Override
  public String toString() {
    return "Briefing[" + sources.size() + " sources, " + companies.size() + " companies, " + investments.size()
        + " investments, " + valuations.size() + " valuations, " + talent.size() + " talent offers, " + rounds.size() + " rounds, " + flows.size() + " flows, " + spending.size() + " spending rows, "
        + stories.size() + " stories, " + charts.size() + " charts]";
  }
}
