package com.moneywar.briefing.validate;

import com.moneywar.briefing.load.LoadedProject;
import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ExchangeRate;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks what no single row can: that every id a row or a text names exists, that tranches fit
 * their commitment, that every amount can be converted to won. Reports all problems at once.
 * Thread-safe.
 */
public final class BriefingValidator {
  private static final String SOURCES = DataFile.SOURCES.path();
  private static final String COMPANIES = DataFile.COMPANIES.path();
  private static final String RATES = DataFile.EXCHANGE_RATES.path();
  private static final String INVESTMENTS = DataFile.INVESTMENTS.path();
  private static final String VALUATIONS = DataFile.VALUATIONS.path();
  private static final String TALENT = DataFile.TALENT_OFFERS.path();

  public Result<Briefing> validate(LoadedProject loaded) {
    Briefing b = loaded.briefing();
    Origins at = loaded.origins();
    List<Problem> problems = new ArrayList<>();
    References refs = new References(b, at, problems);

    b.sources().forEach(s -> s.citedBy().ifPresent(c -> refs.source(SOURCES, s.id(), "cited_by", c)));
    b.companies().forEach(c -> {
      refs.source(COMPANIES, c.id(), "source", c.source());
      c.parent().ifPresent(p -> refs.company(COMPANIES, c.id(), "parent", p));
    });
    b.rates().forEach(r -> {
      refs.source(RATES, r.id(), "source", r.source());
      if (r.base().equals(r.quote())) {
        problems.add(new Problem(at.of(RATES, r.id(), "quote"),
            "expected a quote currency other than the base, found " + r.quote() + " for both"));
      }
    });
    for (Investment i : b.investments()) {
      refs.company(INVESTMENTS, i.id(), "investor", i.investor());
      refs.company(INVESTMENTS, i.id(), "investee", i.investee());
      refs.source(INVESTMENTS, i.id(), "source", i.source());
      checkConversion(b, at, INVESTMENTS, i, problems);
      i.partOf().ifPresent(p -> checkTranche(b, at, i, p, problems));
    }
    for (Investment commitment : b.investments()) {
      if (commitment.kind() == InvestmentKind.COMMITMENT) {
        checkTrancheSum(b, at, commitment, problems);
      }
    }
    for (Valuation v : b.valuations()) {
      refs.company(VALUATIONS, v.id(), "company", v.company());
      refs.source(VALUATIONS, v.id(), "source", v.source());
      checkConversion(b, at, VALUATIONS, v, problems);
    }
    b.talent().forEach(t -> {
      t.employer().ifPresent(e -> refs.company(TALENT, t.id(), "employer", e));
      refs.source(TALENT, t.id(), "source", t.source());
      checkConversion(b, at, TALENT, t, problems);
    });
    ChartChecker charts = new ChartChecker(b, at, problems);
    b.charts().forEach(charts::check);
    FigureChecker figures = new FigureChecker(b, problems);
    b.config().headlines().forEach(figures::check);
    for (Story story : b.stories()) {
      for (Article article : story.articles().values()) {
        article.figures().forEach(figures::check);
      }
    }
    EditionChecker editions = new EditionChecker(b, figures, problems);
    b.stories().forEach(editions::check);
    return Result.of(b, problems);
  }

  private static void checkConversion(Briefing b, Origins at, String file, MoneyFact fact, List<Problem> problems) {
    if (fact.amount().currency().equals(Money.KRW)) {
      return;
    }
    String currency = fact.amount().currency().getCurrencyCode();
    if (fact.fx().isPresent()) {
      Optional<ExchangeRate> rate = b.rate(fact.fx().get());
      if (rate.isEmpty()) {
        problems.add(new Problem(at.of(file, fact.id(), "fx"),
            "expected the id of a row in " + RATES + ", found '" + fact.fx().get() + "'"));
      } else if (!rate.get().base().equals(fact.amount().currency()) || !rate.get().quote().equals(Money.KRW)) {
        problems.add(new Problem(at.of(file, fact.id(), "fx"),
            "expected a " + currency + "→KRW rate for an amount in " + currency + ", found '" + rate.get().id()
                + "' (" + rate.get().base() + "→" + rate.get().quote() + ")"));
      }
    } else if (b.krwRateFor(fact).isEmpty()) {
      problems.add(new Problem(at.of(file, fact.id(), "date"),
          "expected a " + currency + "→KRW rate in " + RATES + " dated on or before " + fact.date()
              + " (or a rate id in column 'fx'), found none"));
    }
  }

  private static void checkTranche(Briefing b, Origins at, Investment tranche, String partOf, List<Problem> problems) {
    Optional<Investment> commitment = b.investment(partOf);
    if (commitment.isEmpty() || commitment.get().kind() != InvestmentKind.COMMITMENT) {
      problems.add(new Problem(at.of(INVESTMENTS, tranche.id(), "part_of"),
          "expected the id of a commitment in " + INVESTMENTS + ", found '" + partOf + "'"
              + (commitment.isPresent() ? " (a " + commitment.get().kind().code() + ")" : "")));
      return;
    }
    Investment c = commitment.get();
    if (!c.investor().equals(tranche.investor()) || !c.investee().equals(tranche.investee())) {
      problems.add(new Problem(at.of(INVESTMENTS, tranche.id(), "part_of"),
          "expected a commitment from " + tranche.investor() + " to " + tranche.investee() + ", found '" + partOf
              + "' from " + c.investor() + " to " + c.investee()));
    } else if (!c.amount().currency().equals(tranche.amount().currency())) {
      problems.add(new Problem(at.of(INVESTMENTS, tranche.id(), "currency"),
          "expected the commitment's currency " + c.amount().currency() + ", found " + tranche.amount().currency()));
    }
  }

  private static void checkTrancheSum(Briefing b, Origins at, Investment commitment, List<Problem> problems) {
    Money sum = new Money(java.math.BigDecimal.ZERO, commitment.amount().currency());
    for (Investment t : b.tranchesOf(commitment.id())) {
      if (!t.amount().currency().equals(sum.currency())) {
        return; // reported as a currency mismatch
      }
      sum = sum.plus(t.amount());
    }
    if (sum.compareAmount(commitment.amount()) > 0) {
      problems.add(new Problem(at.of(INVESTMENTS, commitment.id(), "amount"),
          "expected the tranches of '" + commitment.id() + "' to add up to at most " + commitment.amount()
              + ", found " + sum));
    }
  }
}
