package com.moneywar.briefing.validate;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.NearestName;
import com.moneywar.briefing.model.Origins;
import com.moneywar.briefing.model.Problem;
import java.util.List;

/**
 * Checks that an id one row names exists in the table it points to; a near miss gets a "did you
 * mean" with the id it most likely meant.
 */
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
      problems.add(new Problem(origins.of(file, id, column), "expected the id of a source in " + DataFile.SOURCES
          + ", found '" + sourceId + "'" + NearestName.hint(sourceId, origins.ids(DataFile.SOURCES.path()))));
    }
  }

  /**
   * Whether {@code companyId} names a company that was read; when not, the problem has been reported
   * (or the company's row was left out for its own), and checks of what that company is are skipped.
   */
  boolean company(String file, String id, String column, String companyId) {
    if (briefing.company(companyId).isPresent()) {
      return true;
    }
    if (!origins.unread(DataFile.COMPANIES.path(), companyId)) {
      problems.add(new Problem(origins.of(file, id, column), "expected the id of a company in " + DataFile.COMPANIES
          + ", found '" + companyId + "'" + NearestName.hint(companyId, origins.ids(DataFile.COMPANIES.path()))));
    }
    return false;
  }
}
