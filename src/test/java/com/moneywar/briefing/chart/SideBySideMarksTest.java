package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.ShippedProject;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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

  /**
   * A new user saw "소프트뱅크그룹 → 스타게이트 190억달러" beside two squares of one day and one amount:
   * the second (오픈AI → 스타게이트) had no name, so both read as SoftBank's. Marks side by side are
   * named by one label that names them all, wide and narrow, in both languages. (SoftBank's and
   * Nvidia's shipped investments in OpenAI, of one day, given one made-up amount.)
   */
  @Test
  void dealsSideBySideAreNamedTogetherNeverOneForBoth() {
    List<Investment> investments = new ArrayList<>(B.investments());
    investments.replaceAll(i -> i.id().equals("softbank-openai-2024-10") || i.id().equals("nvidia-openai-2024-10")
        ? moved(i.id(), "2024-10-02", "23000000000") : i);
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), investments, B.valuations(),
        B.talent(), B.rounds(), B.flows(), B.stories(), B.charts());
    // That day's deals and one later, as a chart naming its rows draws them.
    com.moneywar.briefing.model.SourcePos from =
        com.moneywar.briefing.model.SourcePos.whole(com.moneywar.briefing.model.DataFile.CHARTS.path());
    ChartSpec spec = new ChartSpec("deals", ChartKind.TIMELINE,
        List.of("thrive-openai-2024-10", "softbank-openai-2024-10", "nvidia-openai-2024-10", "microsoft-openai-2024-10",
                "amazon-anthropic-2024-11").stream()
            .map(id -> new com.moneywar.briefing.model.RowRef("investment", id, from)).toList(),
        List.of(), java.util.Optional.empty(), java.util.Optional.empty(), ChartSpec.Scale.LOG, ChartSpec.Period.YEAR,
        new com.moneywar.briefing.model.Localized("거래", "Deals"), new com.moneywar.briefing.model.Localized("", ""));
    Map<Lang, List<String>> each = Map.of(
        Lang.KO, List.of("소프트뱅크그룹·엔비디아 →", "각 약 230억달러"),
        Lang.EN, List.of("SoftBank Group and Nvidia →", "about $23 billion each"));
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, b, lang);
      for (byte[] svg : List.of(image.wide().bytes(), image.narrow().bytes())) {
        List<String> texts = ChartTexts.of(svg).stream().map(ChartTexts.Text::text).toList();
        String amount = lang == Lang.KO ? "230억달러" : "$23 billion";
        // Named, and named together: no name of one of the two stands by their amount alone, and no
        // line starts with one of them alone ("엔비디아 →" after "소프트뱅크그룹·" is the same label).
        assertThat(texts).as(lang + " " + texts).anyMatch(t -> t.contains(amount));
        assertThat(texts).filteredOn(t -> t.contains(amount)).as(lang + " " + texts)
            .allMatch(t -> t.contains(each.get(lang).get(1)));
        String drawn = String.join("\n", texts).replace("·\n", "·").replace("\nand ", " and ");
        assertThat(drawn).as(lang + " " + texts).contains(each.get(lang).get(0))
            .doesNotContainPattern("(^|\n)(소프트뱅크그룹|엔비디아|SoftBank Group|Nvidia) →");
      }
    }
  }
}
