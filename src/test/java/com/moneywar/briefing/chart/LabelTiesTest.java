package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A new user's timeline put "와이드벤처스 → 리벨리온 1500만달러" left of its mark, its first line level with
 * the hollow $20 million mark just beyond, and "한국산업은행 → 리벨리온 300억원" over another deal's mark:
 * readers paired each name with the wrong deal. A name without a leader line must touch its own mark
 * and stand clearly further from every other.
 */
class LabelTiesTest {
  private static Rectangle2D mark(double x, double y) {
    return new Rectangle2D.Double(x - 5, y - 5, 10, 10);
  }

  @Test
  void aNameLevelWithAnotherMarkNearByNeedsALeader() {
    Rectangle2D own = mark(300, 200);
    Rectangle2D label = new Rectangle2D.Double(150, 180, 145, 30); // ends 5 px left of its mark, lines from 180 to 210
    assertThat(LabelTies.unmistakable(label, own, List.of(mark(320, 185)))).isFalse();
    // The same mark far off is no rival.
    assertThat(LabelTies.unmistakable(label, own, List.of(mark(360, 185)))).isTrue();
  }

  @Test
  void aTwinBeyondItsOwnMarkOnTheSameRowIsNoRivalButOneOnTheNameSideIs() {
    Rectangle2D own = mark(300, 200);
    Rectangle2D left = new Rectangle2D.Double(150, 192, 145, 14);
    assertThat(LabelTies.unmistakable(left, own, List.of(mark(307, 200)))).isTrue();
    assertThat(LabelTies.unmistakable(left, own, List.of(mark(293, 200)))).isFalse();
  }

  @Test
  void aNameAwayFromItsMarkIsNeverTakenForItWithoutALeader() {
    Rectangle2D own = mark(300, 200);
    assertThat(LabelTies.unmistakable(new Rectangle2D.Double(200, 160, 145, 14), own, List.of())).isFalse();
  }
}
