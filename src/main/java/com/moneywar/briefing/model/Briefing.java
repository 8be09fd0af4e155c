package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.money.Money;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The whole briefing after validation: every table, every text, the declared charts and the config.
 * Lists keep the order of the input files; lookups by id never fail for ids the validator accepted.
 */
public record Briefing(
    BriefingConfig config,
    List<Source> sources,
    List<Company> companies,
    List<ExchangeRate> rates,
    List<Investment> investments,
    List<Valuation> valuations,
    List<TalentOffer> talent,
    List<Story> stories,
    List<ChartSpec> charts) {

  public Briefing {
    requireNonNull(config, "config");
    sources = List.copyOf(sources);
    companies = List.copyOf(companies);
    rates = List.copyOf(rates);
    investments = List.copyOf(investments);
    valuations = List.copyOf(valuations);
    talent = List.copyOf(talent);
    stories = List.copyOf(stories);
    charts = List.copyOf(charts);
  }

  public Optional<Source> source(String id) {
    return find(sources, Source::id, id);
  }

  public Optional<Company> company(String id) {
    return find(companies, Company::id, id);
  }

  public Optional<ExchangeRate> rate(String id) {
    return find(rates, ExchangeRate::id, id);
  }

  public Optional<Investment> investment(String id) {
    return find(investments, Investment::id, id);
  }

  public Optional<Valuation> valuation(String id) {
    return find(valuations, Valuation::id, id);
  }

  public Optional<TalentOffer> talentOffer(String id) {
    return find(talent, TalentOffer::id, id);
  }

  /** Tranches of a commitment, in input order. */
  public List<Investment> tranchesOf(String commitmentId) {
    return investments.stream()
        .filter(i -> i.partOf().filter(commitmentId::equals).isPresent())
        .toList();
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
    Map<String, MoneyFact> facts = new LinkedHashMap<>();
    investments.forEach(i -> facts.put("investment:" + i.id(), i));
    valuations.forEach(v -> facts.put("valuation:" + v.id(), v));
    talent.forEach(t -> facts.put("talent:" + t.id(), t));
    return facts;
  }

  private static <T> Optional<T> find(List<T> list, Function<T, String> id, String wanted) {
    return list.stream().filter(t -> id.apply(t).equals(wanted)).findFirst();
  }
}
