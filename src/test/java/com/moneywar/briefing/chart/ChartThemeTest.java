package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The palette, dashes and markers that keep lines apart. */
class ChartThemeTest {
  @Test
  void noTwoOfTheFirst25LinesShareColourDashAndMarker() {
    Set<List<Object>> looks = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      assertThat(looks.add(List.of(ChartTheme.series(i), ChartTheme.line(i), ChartTheme.marker(i)))).as("line " + i)
          .isTrue();
    }
  }

  @Test
  void theFirstFiveLinesKeepTheirLook() {
    for (int i = 0; i < 5; i++) {
      assertThat(ChartTheme.line(i)).isSameAs(ChartTheme.LINES[i]);
      assertThat(ChartTheme.marker(i)).isSameAs(ChartTheme.MARKERS[i]);
    }
  }
}
