package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.InvestmentTree.Total;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sum with a part that is only a floor and a part that is only a ceiling: a new user's Google →
 * Anthropic, "more than $1 billion" invested, $750 million planned and "up to $40 billion" promised,
 * was committed "more than $1.75 billion" on the chart and the company page, the $40 billion gone,
 * while the bar was drawn to $41.75 billion. The rows added here are TEST FIXTURES, not reported figures.
 */
class FloorAndCeilingTotalTest {
  private static final Money LOW = Money.of("1750000000", "USD");
  private static final Money POINT = Money.of("41750000000", "USD");

  @Test
  void aFloorAndACeilingAreWrittenAsTheTwo() {
    Total total = new Total(POINT, LOW, Optional.empty(), false, true, true, java.util.Set.of());
    assertThat(total.floorAndCeiling()).isTrue();
    assertThat(total.text(Lang.KO)).isEqualTo("17억5000만달러 이상 + 최대 400억달러");
    assertThat(total.text(Lang.EN)).isEqualTo("more than $1.75 billion plus up to $40 billion");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    assertThat(TotalWording.label(total, new ChartWording(b, Lang.EN))).contains("+ up to $40");
    // Approximate: the floor is "about … or more" of the floor parts alone, never of the ceiling too.
    Total about = new Total(POINT, LOW, Optional.empty(), true, false, true, java.util.Set.of());
    assertThat(about.text(Lang.EN)).isEqualTo("about $1.75 billion or more plus up to $40 billion");
    // A floor alone, or a ceiling alone, is written as before.
    assertThat(new Total(LOW, LOW, Optional.empty(), false, true, false, java.util.Set.of()).text(Lang.EN))
        .isEqualTo("more than $1.75 billion");
  }

  @Test
  void theMoneyFlowsChartSaysBothAndDrawsTheBarTheLabelSays(@TempDir Path dir) {
    Briefing b = withFloorAndCeiling(dir);
    for (Lang lang : Lang.values()) {
      ChartImage flows = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("money-flows"))
          .findFirst().orElseThrow();
      // The wide chart over the bar, the phone's key after the pair's number: both parts, in each.
      for (byte[] svg : List.of(flows.svg(), flows.narrowSvg())) {
        String texts = String.join(" ", ChartTexts.of(svg).stream().map(ChartTexts.Text::text).toList())
            .replace('\u00a0', ' ');
        assertThat(texts).contains(lang == Lang.KO ? "이상 + 최대 400억" : "billion + up to $40");
      }
    }
  }

  @Test
  void thePhonesKeyMayBreakAFloorAndACeilingAfterThePlus(@TempDir Path dir) {
    // As one unbreakable piece, "about $3.1 billion or more + up to $5 billion (partly reported)" was
    // wider than a phone's key and drawn past its edge: a new user's key read "committed", then a blank line.
    Briefing b = withFloorAndCeiling(dir);
    com.moneywar.briefing.model.MoneyFact floor = b.investment("fixture-fc-floor").orElseThrow();
    com.moneywar.briefing.model.MoneyFact cap = b.investment("fixture-fc-cap").orElseThrow();
    MoneyFlowChart.Flow f = new MoneyFlowChart.Flow("google", "anthropic", java.util.Currency.getInstance("USD"),
        List.of(floor, cap), List.of(floor), true, List.of(floor, cap), 0, Optional.empty());
    assertThat(MoneyFlowChart.keyDetail(f, new ChartWording(b, Lang.EN)))
        .contains("more\u00a0than\u00a0$1\u00a0billion\u00a0+ up\u00a0to\u00a0$40\u00a0billion");
    assertThat(MoneyFlowChart.keyDetail(f, new ChartWording(b, Lang.KO))).contains("이상\u00a0+ 최대\u00a0400억달러");
  }

  /**
   * The shipped briefing with Google → Anthropic "more than $1 billion" invested and "up to $40 billion"
   * promised (test fixtures, not reported figures).
   */
  private static Briefing withFloorAndCeiling(Path dir) {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-fc");
    String tail = ",fixture-fc,none" + ",".repeat(12) + "\n";
    ShippedProject.appendRows(project, "data/investments.csv",
        "fixture-fc-floor,google,anthropic,single,,1000000000,USD,more-than,invested,2025-10-01" + tail
            + "fixture-fc-cap,google,anthropic,commitment,,40000000000,USD,up-to,announced,2025-10-02" + tail);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    return b;
  }
}
