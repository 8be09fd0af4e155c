package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.Problem;
import java.util.List;

/** Checks that an id one row names exists in the table it points to. */
final class References {
  private final Briefing briefing;
  private final Origins origins;
  private final List<Problem> problems;

  References(Briefing briefing, Origins origins, List<Problem> problems) {
    this.briefing = briefing;
    this.origins = origins;
    this.problems = problems;
  }

  void source(String file, String id, String column, String sourceId) {
    if (briefing.source(sourceId).isEmpty() && !origins.unread(DataFile.SOURCES.path(), sourceId)) {
      problems.add(new Problem(origins.of(file, id, column),
          "expected the id of a source in " + DataFile.SOURCES + ", found '" + sourceId + "'"));
    }
  }

  void company(String file, String id, String column, String companyId) {
    if (briefing.company(companyId).isEmpty() && !origins.unread(DataFile.COMPANIES.path(), companyId)) {
      problems.add(new Problem(origins.of(file, id, column),
          "expected the id of a company in " + DataFile.COMPANIES + ", found '" + companyId + "'"));
    }
  }
}
