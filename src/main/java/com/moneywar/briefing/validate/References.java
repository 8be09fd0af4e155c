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
      problems.add(new Problem(origins.of(file, id, column), notFound(DataFile.SOURCES, sourceId, origins)));
    }
  }

  /**
   * The ids named by rows that were left out for their own errors ({@link Origins#leftOut}), checked
   * as the loaded rows' are, each at its cell.
   */
  void leftOut() {
    for (Origins.LeftOutCell cell : origins.leftOut()) {
      String id = cell.value();
      boolean known = switch (cell.target()) {
        case SOURCES -> briefing.source(id).isPresent();
        case COMPANIES -> briefing.company(id).isPresent();
        case EXCHANGE_RATES -> briefing.rate(id).isPresent();
        case ROUNDS -> briefing.round(id).isPresent();
        case VALUATIONS -> briefing.valuation(id).isPresent();
        default -> true;
      };
      if (!known && !origins.unread(cell.target().path(), id)) {
        problems.add(new Problem(cell.pos(), notFound(cell.target(), id, origins)));
      }
    }
  }

  /**
   * "expected the id of a source in data/sources.csv, found 'x'", with the id it most likely meant:
   * the message for an id that names no row of {@code target}.
   */
  static String notFound(DataFile target, String id, Origins origins) {
    String what = switch (target) {
      case SOURCES -> "the id of a source in " + target;
      case COMPANIES -> "the id of a company in " + target;
      case EXCHANGE_RATES -> "the id of a row in " + target + " or 'none'";
      default -> "the id of a row in " + target;
    };
    return "expected " + what + ", found '" + id + "'" + NearestName.hint(id, origins.ids(target.path()))
        + origins.absentNote(target.path());
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
      problems.add(new Problem(origins.of(file, id, column), notFound(DataFile.COMPANIES, companyId, origins)));
    }
    return false;
  }
}
