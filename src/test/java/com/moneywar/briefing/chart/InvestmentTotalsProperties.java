package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.load.LoadedProject;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSelection;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.validate.BriefingValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * For every investor–investee pair, the committed and paid-in totals the charts show (and write to
 * their CSV) follow from the rows: committed is the sum of the commitments nothing replaces and the
 * single investments; paid in is the sum of the invested rows that nothing else is part of. The rows
 * are random trees: commitments raised by later ones, tranches with tranches of their own.
 */
class InvestmentTotalsProperties {
  private static final Briefing SHIPPED = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  private static final Currency USD = Currency.getInstance("USD");
  private static final String[] INVESTORS = {"amazon", "google", "microsoft"};
  private static final String[] LABS = {"anthropic", "openai"};

  @Property(tries = 300)
  void chartTotalsOfEveryPairFollowFromTheRows(@ForAll long seed) {
    Briefing b = randomBriefing(new Random(seed));
    assertThat(new BriefingValidator().validate(new LoadedProject(b, new Origins(Map.of()))).problems())
        .as("the generated rows are valid").isEmpty();

    Map<String, long[]> expected = new HashMap<>();
    for (Investment i : b.investments()) {
      long[] totals = expected.computeIfAbsent(i.investor() + ">" + i.investee(), k -> new long[2]);
      boolean replaced = b.investments().stream().anyMatch(o -> o.replaces().equals(Optional.of(i.id())));
      if (i.partOf().isEmpty() && !replaced) {
        totals[0] += i.amount().amount().longValueExact();
      }
      boolean hasParts = i.replaces().isPresent()
          || b.investments().stream().anyMatch(o -> o.partOf().equals(Optional.of(i.id())));
      if (!hasParts && i.status() == InvestmentStatus.INVESTED) {
        totals[1] += i.amount().amount().longValueExact();
      }
    }

    ChartSpec spec = b.charts().stream().filter(c -> c.kind() == ChartKind.MONEY_FLOWS).findFirst().orElseThrow();
    Map<String, long[]> shown = new HashMap<>();
    for (List<MoneyFlowChart.Flow> flows : MoneyFlowChart.flows(b, ChartSelection.investments(b, spec)).values()) {
      for (MoneyFlowChart.Flow f : flows) {
        assertThat(shown.put(f.investor() + ">" + f.investee(),
            new long[] {f.committed().amount().longValueExact(), f.invested().amount().longValueExact()}))
            .as("each pair once").isNull();
      }
    }
    assertThat(shown.keySet()).isEqualTo(expected.keySet());
    expected.forEach((pair, totals) -> assertThat(shown.get(pair)).as(pair).containsExactly(totals));

    long paidInCumulative = CumulativeChart.totals(b, b.charts().stream()
            .filter(c -> c.kind() == ChartKind.CUMULATIVE).findFirst().orElseThrow()).stream()
        .mapToLong(t -> t.total(t.periods().size() - 1).amount().longValueExact()).sum();
    assertThat(paidInCumulative).isEqualTo(expected.values().stream().mapToLong(t -> t[1]).sum());
  }

  /** Random valid rows in dollars for a few pairs, in place of the shipped investments. */
  private static Briefing randomBriefing(Random r) {
    List<Investment> rows = new ArrayList<>();
    int n = 0;
    for (String investor : INVESTORS) {
      for (String lab : LABS) {
        // At least one row in all: a briefing of no investments has nothing for its charts to plot.
        int roots = r.nextInt(3) + (rows.isEmpty() && investor.equals(INVESTORS[INVESTORS.length - 1])
            && lab.equals(LABS[LABS.length - 1]) ? 1 : 0);
        for (int k = 0; k < roots; k++) {
          String id = investor + "-" + lab + "-" + (n++);
          long amount = (1 + r.nextInt(40)) * 100_000_000L;
          if (r.nextBoolean()) {
            rows.add(row(id, investor, lab, InvestmentKind.SINGLE, null, null, amount, status(r)));
            continue;
          }
          InvestmentStatus status = status(r);
          rows.add(row(id, investor, lab, InvestmentKind.COMMITMENT, null, null, amount, status));
          long used = tranches(r, rows, id, status, investor, lab, amount, 2);
          if (r.nextBoolean()) {
            // A later commitment raises this one: its total covers the earlier one and its new tranches.
            String later = id + "-raised";
            long extra = (1 + r.nextInt(20)) * 100_000_000L;
            InvestmentStatus raised = status(r);
            rows.add(row(later, investor, lab, InvestmentKind.COMMITMENT, null, id, amount + extra, raised));
            tranches(r, rows, later, raised, investor, lab, extra, 2);
          }
          assertThat(used).isLessThanOrEqualTo(amount);
        }
      }
    }
    var shipped = SHIPPED.config();
    var config = new com.moneywar.briefing.model.BriefingConfig(shipped.title(), shipped.tagline(), shipped.publisher(),
        shipped.baseUrl(), shipped.languages(), shipped.paper(), List.of(), shipped.printStories(), shipped.fxMaxAgeDays());
    return new Briefing(config, SHIPPED.sources(), SHIPPED.companies(), SHIPPED.rates(), rows,
        SHIPPED.valuations(), SHIPPED.talent(), List.of(), List.of(), List.of(), SHIPPED.charts().stream()
            .filter(c -> c.kind() == ChartKind.MONEY_FLOWS || c.kind() == ChartKind.CUMULATIVE).toList());
  }

  /**
   * Adds up to three tranches under {@code parent} adding up to at most {@code budget}, some with
   * their own. A tranche of a letter of intent or of talks has its parent's status, as the checks
   * require (a tranche agreed or paid means a signed deal, a commitment of its own).
   */
  private static long tranches(Random r, List<Investment> rows, String parent, InvestmentStatus parentStatus,
      String investor, String lab, long budget, int depth) {
    long used = 0;
    int count = r.nextInt(4);
    for (int t = 0; t < count; t++) {
      long left = budget - used;
      if (left < 100_000_000L) {
        break;
      }
      long part = (1 + r.nextInt((int) (left / 100_000_000L))) * 100_000_000L;
      String id = parent + "-t" + t;
      InvestmentStatus status = parentStatus == InvestmentStatus.INTENT || parentStatus == InvestmentStatus.IN_TALKS
          ? parentStatus : status(r);
      rows.add(row(id, investor, lab, InvestmentKind.TRANCHE, parent, null, part, status));
      if (depth > 0 && r.nextInt(3) == 0) {
        tranches(r, rows, id, status, investor, lab, part, depth - 1);
      }
      used += part;
    }
    return used;
  }

  private static InvestmentStatus status(Random r) {
    return InvestmentStatus.values()[r.nextInt(InvestmentStatus.values().length)];
  }

  private static Investment row(String id, String investor, String lab, InvestmentKind kind, String partOf,
      String replaces, long amount, InvestmentStatus status) {
    return new Investment(id, investor, lab, kind, Optional.ofNullable(partOf), new Money(BigDecimal.valueOf(amount), USD),
        Bound.EXACT, status, new PartialDate(2024, 1 + (int) (amount / 100_000_000L % 12), 1), "seed-2024-03-28",
        Optional.empty(), 3, Localized.empty(), Optional.empty(), Optional.empty(), Optional.ofNullable(replaces),
        new Reporting(Optional.empty(), com.moneywar.briefing.model.ClaimStatus.CONFIRMED, List.of(), Optional.empty(),
            true, true));
  }
}
