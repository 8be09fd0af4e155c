package com.moneywar.briefing.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a table cell may break: between its " · " pieces, each short one kept on one line. */
class FactTableCellTest {
  @Test
  void aCellBreaksBetweenItsShortPiecesAndLetsALongOneWrap() {
    // A new user's rounds table ran past the page at 1280 px on "최대 400억달러 · 보도 · 이후 완료" kept on
    // one line, and "투자 약정 · 지분 투자(참여)" took five lines in a narrow column.
    assertThat(FactTable.Cell.of("최대 400억달러 · 보도 · 이후 완료").pieces()).containsExactly(
        new FactTable.Piece("최대 400억달러", true), new FactTable.Piece("보도", true), new FactTable.Piece("이후 완료", true));
    assertThat(FactTable.Cell.of("최대 400억달러 · 이후 지분 투자(2025년 12월 26일)에 포함").pieces()).containsExactly(
        new FactTable.Piece("최대 400억달러", true), new FactTable.Piece("이후 지분 투자(2025년 12월 26일)에 포함", false));
    assertThat(FactTable.Cell.of("40억달러").pieces()).isEmpty();
  }
}
