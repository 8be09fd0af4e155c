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
    // Hangul sets about twice as wide as Latin: "이후 차입(2025년 11월 11일)에 포함" may wrap.
    assertThat(FactTable.Cell.of("135억달러 · 이후 차입(2025년 11월 11일)에 포함").pieces()).extracting(FactTable.Piece::whole)
        .containsExactly(true, false);
  }

  @Test
  void aRoundsNameAfterItsCompanyBreaksBetweenItsPiecesToo() {
    // A new user's "오픈AI · 구주 매각 · 회사 유입 자금 아님" took seven lines in a narrow first column.
    // The separator that glues the dot to the round's name starts a piece too: "오픈AI · 전략적 / 투자"
    // wrapped inside the name (walk 72). The empty first piece is written as nothing.
    assertThat(new FactTable.Part(" ·\u00a0구주 매각 · 회사 유입 자금 아님", "").pieces()).containsExactly(
        new FactTable.Piece("", true), new FactTable.Piece("구주 매각", true), new FactTable.Piece("회사 유입 자금 아님", true));
    assertThat(new FactTable.Part("오픈AI", "../companies/openai.html").pieces()).isEmpty();
    // The dot between two partners' names is written as it is: walk 74's "오픈AI SK텔레콤" had lost it.
    assertThat(new FactTable.Part(" · ", "").pieces()).isEmpty();
  }
}
