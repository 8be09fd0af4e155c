package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * {@code companies.ftlh}: every company on the record, grouped by kind, each with its totals as
 * its own page states them.
 *
 * @param intro the page's introduction, from the UI words ({@code companies.intro})
 * @param asOf the date of the newest fact on the record, for "as of"; empty without facts
 * @param columns the headings of each group's table
 * @param groups the kinds that have companies, in the order of {@code CompanyKind}
 */
public record CompaniesIndex(PageFrame frame, String intro, String asOf, List<String> columns, List<KindGroup> groups)
    implements TemplateRoot.Framed {
  public CompaniesIndex {
    columns = List.copyOf(columns);
    groups = List.copyOf(groups);
  }

  /** One kind of company ({@code kind} is its code, {@code heading} its name in words) and its companies. */
  public record KindGroup(String kind, String heading, List<CompanyRow> companies) {
    public KindGroup {
      companies = List.copyOf(companies);
    }
  }

  /**
   * One company: its name and relative link, its country, the money it raised in its rounds, the
   * money paid into it and the money it paid into others (as on its page; empty when none), and its
   * latest valuation with that valuation's date.
   */
  /**
   * @param raised what its rounds raised, the amounts per currency joined by {@code ", "}
   * @param raisedDebt how much of that is debt ({@code 그중 차입 …} / {@code of which debt: …}, {@code 전액 차입}
   *     / {@code all debt}), said under the amounts; empty when none is
   * @param paidInNamed whether what was paid in is only the shares of its rounds the sources give
   *     investor by investor ({@code companies.paidIn.named}, said under the amounts), less than what
   *     its rounds raised where not every share is known
   */
  public record CompanyRow(String name, String href, String country, String raised, String raisedDebt, String paidIn,
      boolean paidInNamed, String paidOut, String valuation, String valuationDate) {}

  @Override
  public String template() {
    return "companies.ftlh";
  }
}
