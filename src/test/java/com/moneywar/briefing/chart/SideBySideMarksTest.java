package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Two deals of one day and one amount were drawn as one mark on the timeline, and a small deal
 * inside a range's bar was hidden by it: such marks now stand side by side. (The deals below are
 * the shipped ones moved for the test, not reported figures.)
 */
class SideBySideMarksTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  private static Investment moved(String id, String date, String amount) {
    Investment i = B.investment(id).orElseThrow();
    return new Investment(i.id(), i.investor(), i.investee(), i.kind(), i.partOf(), Money.of(amount, "USD"), i.bound(),
        i.status(), PartialDate.of(java.time.LocalDate.parse(date)), i.source(), i.fx(), i.approxDigits(), i.note(),
        i.round(), i.role(), i.replaces(), i.reporting());
  }

  private static PanelGeometry geometry(List<MoneyFact> deals) {
    TimeAxis time = TimeAxis.covering(deals.stream().map(MoneyFact::date).toList());
    ValueAxis axis = ValueAxis.log(1e8, 1e11, v -> "");
    org.knowm.xchart.XYChart chart = TimeAxisPainter.plot(ChartTheme.load(), time, axis);
    BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    chart.paint(g, 600, 300);
    g.dispose();
    return new PanelGeometry(chart, axis);
  }

  @Test
  void marksThatWouldCoverOneAnotherStandSideBySideAndOthersStay() {
    MoneyFact first = moved("amazon-anthropic-t1", "2024-03-27", "2000000000");
    MoneyFact twin = moved("amazon-anthropic-t2", "2024-03-27", "2000000000");
    MoneyFact alone = moved("google-anthropic-t1", "2025-06-01", "2000000000");
    List<MoneyFact> deals = List.of(first, twin, alone);
    Map<MoneyFact, Double> shift = ValuationMarks.sideBySide(deals, geometry(deals), true);
    assertThat(shift).containsOnlyKeys(first, twin);
    // A marker and a gap apart, around the day they belong to.
    assertThat(shift.get(twin) - shift.get(first)).isEqualTo(ValuationMarks.SIZE + 2.0);
    assertThat(shift.get(first) + shift.get(twin)).isZero();
  }
}
