package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Valuation;
import java.util.List;
import java.util.Optional;

/** Checks that each data-bound figure in a text or in the config names rows that exist. */
final class FigureChecker {
  private final Briefing briefing;
  private final List<Problem> problems;

  FigureChecker(Briefing briefing, List<Problem> problems) {
    this.briefing = briefing;
    this.problems = problems;
  }

  void check(FigureRef ref) {
    String id = ref.ids().get(0);
    switch (ref.kind()) {
      case "investment" -> exists(ref, id, briefing.investment(id).isPresent(), DataFile.INVESTMENTS.path());
      case "valuation" -> exists(ref, id, briefing.valuation(id).isPresent(), DataFile.VALUATIONS.path());
      case "talent" -> exists(ref, id, briefing.talentOffer(id).isPresent(), DataFile.TALENT_OFFERS.path());
      case "company" -> {
        var company = briefing.company(id);
        exists(ref, id, company.isPresent(), DataFile.COMPANIES.path());
        if (company.isPresent() && ref.field().equals("founded") && company.get().founded().isEmpty()) {
          problems.add(new Problem(ref.pos(), "expected a 'founded' date for company '" + id
              + "' in " + DataFile.COMPANIES + ", found an empty cell"));
        }
      }
      case "ratio" -> checkRatio(ref);
      default -> throw new IllegalArgumentException("unknown figure kind " + ref.kind());
    }
  }

  private void checkRatio(FigureRef ref) {
    Optional<Valuation> from = briefing.valuation(ref.ids().get(0));
    Optional<Valuation> to = briefing.valuation(ref.ids().get(1));
    exists(ref, ref.ids().get(0), from.isPresent(), DataFile.VALUATIONS.path());
    exists(ref, ref.ids().get(1), to.isPresent(), DataFile.VALUATIONS.path());
    if (from.isPresent() && to.isPresent()) {
      if (!from.get().amount().currency().equals(to.get().amount().currency())) {
        problems.add(new Problem(ref.pos(), "expected two valuations in the same currency for " + ref.text()
            + ", found " + from.get().amount().currency() + " and " + to.get().amount().currency()));
      } else if (from.get().amount().amount().signum() == 0) {
        problems.add(new Problem(ref.pos(), "expected a non-zero valuation to divide by in " + ref.text()
            + ", found 0"));
      }
    }
  }

  private void exists(FigureRef ref, String id, boolean found, String file) {
    if (!found) {
      problems.add(new Problem(ref.pos(), "expected the id of a row in " + file + " in " + ref.text()
          + ", found no row '" + id + "'"));
    }
  }
}
