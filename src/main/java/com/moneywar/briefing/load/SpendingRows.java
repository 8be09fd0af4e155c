package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Spending;
import com.moneywar.briefing.model.SpendingKind;
import com.moneywar.briefing.model.SpendingPeriod;
import com.moneywar.briefing.model.SpendingStatus;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code data/spending.csv}: capital spending on a company's own account (capex, AI
 * infrastructure, investment pledges), with the period it covers and whether it is planned, spent
 * or estimated; a revised figure names the row it revises in {@code replaces}, and a part of
 * another row's amount names that row in {@code part_of}.
 */
final class SpendingRows implements RowParser<Spending> {
  static final String FILE = DataFile.SPENDING.path();

  /** {@code 2025}, {@code FY2025}, {@code 2025-Q3}, {@code FY2025-Q1}, {@code 2025-2028}. */
  private static final Pattern PERIOD = Pattern.compile("(FY)?([0-9]{4})(?:-Q([0-9]+)|-([0-9]{4}))?");
  private static final String FORMS = "2025 (a calendar year), 2025-Q3 (a quarter), FY2025 (a fiscal year),"
      + " FY2025-Q1 (a quarter of it) or 2025-2028 (calendar years)";

  @Override
  public TableSpec spec() {
    return new TableSpec(FILE, FactColumns.with(List.of(required("id"), required("company"), required("kind"),
        optional("period"), required("status"), optional("replaces"), optional("name_ko"), optional("name_en"), optional("part_of"))));
  }

  @Override
  public Spending parse(CellReader cells) {
    FactColumns.Common c = FactColumns.read(cells);
    String company = cells.ref("company");
    SpendingKind kind = cells.choice("kind", SpendingKind.class, SpendingKind::code);
    Optional<SpendingPeriod> period = period(cells);
    SpendingStatus status = cells.choice("status", SpendingStatus.class, SpendingStatus::code);
    Optional<String> replaces = cells.optionalRef("replaces");
    // A programme's own name ("InvestAI", "Stargate UK"), in both languages or in neither.
    com.moneywar.briefing.model.Localized name = cells.optionalLocalized("name");
    if (name.ko().isEmpty() != name.en().isEmpty()) {
      String missing = name.ko().isEmpty() ? "name_ko" : "name_en";
      cells.reject(missing, "expected the name in both languages (columns 'name_ko' and 'name_en'), found an empty '"
          + missing + "'");
    }
    Optional<String> partOf = cells.optionalRef("part_of");
    return new Spending(c.id(), company, kind, period, status, replaces, c.amount(), c.bound(), c.date(),
        c.source(), c.fx(), c.approxDigits(), c.note(), c.reporting(), name, partOf);
  }

  /**
   * The period cell, empty when no source states one; a bad one is rejected (and the row then
   * dropped), with a stand-in returned.
   */
  private static Optional<SpendingPeriod> period(CellReader cells) {
    Optional<SpendingPeriod> fallback = Optional.empty();
    Optional<String> cell = cells.optionalText("period");
    if (cell.isEmpty()) {
      return Optional.empty();
    }
    String text = cell.get();
    Matcher m = PERIOD.matcher(text);
    if (!m.matches() || m.group(1) != null && m.group(4) != null) {
      cells.reject("period", "expected the period as " + FORMS + " in column 'period', found '" + text + "'");
      return fallback;
    }
    boolean fiscal = m.group(1) != null;
    int year = Integer.parseInt(m.group(2));
    if (m.group(3) != null) {
      int quarter = Integer.parseInt(m.group(3));
      if (quarter < 1 || quarter > 4) {
        cells.reject("period", "expected a quarter Q1, Q2, Q3 or Q4 in column 'period', found 'Q" + m.group(3)
            + "' in '" + text + "'");
        return fallback;
      }
      return Optional.of(new SpendingPeriod(fiscal, year, year, quarter));
    }
    if (m.group(4) != null) {
      int last = Integer.parseInt(m.group(4));
      if (last <= year) {
        cells.reject("period", "expected the first year before the last in column 'period' (2025-2028), found '"
            + text + "'");
        return fallback;
      }
      return Optional.of(new SpendingPeriod(false, year, last, 0));
    }
    return Optional.of(new SpendingPeriod(fiscal, year, year, 0));
  }
}
