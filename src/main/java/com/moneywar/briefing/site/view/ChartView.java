package com.moneywar.briefing.site.view;

import java.util.List;

/**
 * One chart with everything a page shows of it.
 *
 * @param src relative link to the SVG
 * @param csv relative link to the CSV of its numbers
 * @param printSrc its path inside a PDF edition, written as {@code briefing:///${c.printSrc}}
 * @param header the headings of the chart's numbers as a table
 * @param rows the table's rows, each a list of cells (the first is the row's heading)
 * @param cells the same rows as {@link FactTable.Cell}s, each company name linked to its page (none in the PDF)
 * @param width the SVG's width in px (720)
 * @param height the SVG's height in px (420, more when the chart needs it)
 * @param narrowSrc relative link to the narrow version for small screens; empty when there is none
 * @param narrowWidth the narrow version's width in px (360)
 * @param narrowHeight the narrow version's height in px
 * @param printCaption the caption in the PDF, where only the wide drawing is printed: a timeline's
 *     key names no number that only the phone's drawing shows
 * @param newestLast whether the table lists its rows oldest first (a timeline, a cumulative chart):
 *     the PDF, which cuts a long table, then keeps its newest rows, the ones an edition is about
 */
public record ChartView(String id, String title, String alt, String caption, String source, String src, String csv,
    String printSrc, List<String> header, List<List<String>> rows, List<List<FactTable.Cell>> cells, int width,
    int height, String narrowSrc, int narrowWidth, int narrowHeight, boolean newestLast, String printCaption) {
  public ChartView {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    cells = cells.stream().map(List::copyOf).toList();
  }

  /**
   * For each column, whether the table aligns it as numbers (to the right): every cell of it that is
   * not empty holds a digit. The first column heads the rows; a column of names ("소프트뱅크그룹 →
   * 스타게이트") or of statuses stays on the left, as text does.
   */
  public List<Boolean> numeric() {
    return java.util.stream.IntStream.range(0, header.size()).mapToObj(i -> {
      List<String> filled = rows.stream().map(r -> i < r.size() ? r.get(i) : "").filter(t -> !t.isBlank()).toList();
      return i > 0 && filled.stream().anyMatch(ChartView::hasDigit)
          && filled.stream().allMatch(t -> hasDigit(t) || NO_FIGURE.contains(t.strip()));
    }).toList();
  }

  /**
   * What an amount's cell says where it has no figure: a column of amounts with "기록 없음" in one row
   * stays a column of amounts (a new user's "실제 투자한 금액" was set on the left, beside the amounts
   * of "약속한 금액" on the right).
   */
  private static final java.util.Set<String> NO_FIGURE = java.util.Set.of("기록 없음", "none recorded", "금액 미상",
      "no amount given", "환산 안 함", "not converted", "–", "—");

  private static boolean hasDigit(String text) {
    return text.chars().anyMatch(Character::isDigit);
  }
}
