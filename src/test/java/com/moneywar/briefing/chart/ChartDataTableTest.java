package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers behind a chart, as tables: rows that say nothing are left out. */
class ChartDataTableTest {
  @Test
  void leavesOutRowsWhoseAmountsAreAllZero() {
    ChartDataTable table = new ChartDataTable(List.of("Period", "Currency", "Investor", "Paid"),
        List.of("Period", "Investor", "Paid"));
    table.row(List.of("2023", "USD", "Google", "0"), List.of("2023", "Google", "$0"));
    table.row(List.of("2024", "USD", "Google", "500000000"), List.of("2024", "Google", "$500 million"));
    table.row(List.of("2024", "USD", "Amazon", "0.00"), List.of("2024", "Amazon", "$0"));
    assertThat(table.exact()).hasSize(2);
    assertThat(table.shown()).extracting(r -> r.get(1)).containsExactly("Investor", "Google");
  }

  @Test
  void keepsARowWithOneAmountThatIsNotZero() {
    assertThat(ChartDataTable.allZero(List.of("OpenAI", "Microsoft", "USD", "13000000000", "0"))).isFalse();
    assertThat(ChartDataTable.allZero(List.of("2023", "2023-12-31", "USD", "Google", "0"))).isTrue();
    assertThat(ChartDataTable.allZero(List.of("Google", "no amount"))).isFalse();
  }
}
