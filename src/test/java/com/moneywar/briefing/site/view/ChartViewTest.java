package com.moneywar.briefing.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a chart's data table aligns its columns, on the site and in the PDF. */
class ChartViewTest {
  @Test
  void onlyColumnsOfFiguresAreAlignedAsNumbers() {
    // A new user's PDF set the timeline's deal names to the right, far from their dates.
    List<List<String>> rows = List.of(List.of("2025년 1월 21일", "소프트뱅크그룹 → 스타게이트", "190억달러", "보도", ""),
        List.of("2025년 1월 21일", "오픈AI → 스타게이트", "190억달러", "", "1"));
    ChartView view = new ChartView("timeline", "", "", "", "", "", "", "", List.of("날짜", "거래", "금액", "확인", "n"), rows,
        List.of(), 720, 420, "", 0, 0, true, "");
    assertThat(view.numeric()).containsExactly(false, false, true, false, true);
  }

  @Test
  void aColumnOfAmountsWithNoneRecordedInARowStaysOnTheRight() {
    // A new user's "실제 투자한 금액" was set on the left, beside the amounts of "약속한 금액" on the right.
    List<List<String>> rows = List.of(List.of("엔비디아 → 엔스케일", "5억파운드", "기록 없음", "보도"),
        List.of("마이크로소프트 → 엔스케일", "약 10억달러", "약 10억달러", "확인"));
    ChartView view = new ChartView("money-flows", "", "", "", "", "", "", "", List.of("쌍", "약속", "집행", "확인"), rows,
        List.of(), 720, 420, "", 0, 0, true, "");
    assertThat(view.numeric()).containsExactly(false, true, true, false);
  }
}
