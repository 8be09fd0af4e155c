package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * investments quadratic). Equality is that of the nine parts, as for a record.
 */
public final class Briefing {
  private final BriefingConfig config;
  private final List<Source> sources;
  private final List<Company> companies;
  private final List<ExchangeRate> rates;
  private final List<Investment> investments;
  private final List<Valuation> valuations;
  private final List<TalentOffer> talent;
  private final List<Story> stories;
  private final List<ChartSpec> charts;

  private final Map<String, Source> sourceById;
  private final Map<String, Company> companyById;
  private final Map<String, ExchangeRate> rateById;
  private final Map<String, Investment> investmentById;
  private final Map<String, Valuation> valuationById;
  private final Map<String, TalentOffer> talentById;
  private final Map<String, List<Investment>> tranches;
  private final Map<String, MoneyFact> moneyFacts;

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
    this.config = requireNonNull(config, "config");
    this.sources = List.copyOf(sources);
    this.companies = List.copyOf(companies);
    this.rates = List.copyOf(rates);
    this.investments = List.copyOf(investments);
    this.valuations = List.copyOf(valuations);
    this.talent = List.copyOf(talent);
    this.stories = List.copyOf(stories);
    this.charts = List.copyOf(charts);
    this.sourceById = index(this.sources, Source::id);
    this.companyById = index(this.companies, Company::id);
    this.rateById = index(this.rates, ExchangeRate::id);
    this.investmentById = index(this.investments, Investment::id);
    this.valuationById = index(this.valuations, Valuation::id);
    this.talentById = index(this.talent, TalentOffer::id);
    Map<String, List<Investment>> byCommitment = new HashMap<>();
    for (Investment i : this.investments) {
      i.partOf().ifPresent(c -> byCommitment.computeIfAbsent(c, k -> new ArrayList<>()).add(i));
    }
    byCommitment.replaceAll((k, v) -> List.copyOf(v));
    this.tranches = byCommitment;
    Map<String, MoneyFact> facts = new LinkedHashMap<>();
    this.investments.forEach(i -> facts.put("investment:" + i.id(), i));
    this.valuations.forEach(v -> facts.put("valuation:" + v.id(), v));
    this.talent.forEach(t -> facts.put("talent:" + t.id(), t));
    this.moneyFacts = Collections.unmodifiableMap(facts);
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

  /** Tranches of a commitment, in input order. */
  public List<Investment> tranchesOf(String commitmentId) {
    return tranches.getOrDefault(commitmentId, List.of());
  }

  /**
   * The rate that converts a fact into won: the one it names, else the latest rate for its
   * currency dated on or before the fact. Empty for facts already in won, or when none exists.
   */
  public Optional<ExchangeRate> krwRateFor(MoneyFact fact) {
    if (fact.amount().currency().equals(Money.KRW)) {
      return Optional.empty();
    }
    if (fact.fx().isPresent()) {
      return rate(fact.fx().get());
    }
    return rates.stream()
        .filter(r -> r.base().equals(fact.amount().currency()) && r.quote().equals(Money.KRW))
        .filter(r -> r.date().firstDay().compareTo(fact.date().firstDay()) <= 0)
        .max(Comparator.comparing(ExchangeRate::date));
  }

  /** The fact in won at its rate, rounded as the fact asks; empty for facts already in won. */
  public Optional<Money> approxKrw(MoneyFact fact) {
    return krwRateFor(fact)
        .map(r -> fact.amount().convert(r.rate(), Money.KRW).roundToSignificant(fact.approxDigits()));
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
        && stories.equals(b.stories)
        && charts.equals(b.charts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(config, sources, companies, rates, investments, valuations, talent, stories, charts);
  }

  @Override
  public String toString() {
    return "Briefing[" + sources.size() + " sources, " + companies.size() + " companies, " + investments.size()
        + " investments, " + valuations.size() + " valuations, " + talent.size() + " talent offers, "
        + stories.size() + " stories, " + charts.size() + " charts]";
  }
}
