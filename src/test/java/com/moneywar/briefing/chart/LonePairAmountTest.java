package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.FlowKind;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.testing.ChartTexts;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new user's humanoid-robotics money flows: five dollar pairs, and in the won panel beside them
 * one stake bought (Samsung Electronics into Rainbow Robotics, about ₩267 billion). At 360 px the
 * stake said "약 2670억원 · 지분 매입"; at full width its panel, a sixth of the chart, was narrower
 * than that label, and its two bars stood with no amount at all. The only deal of a panel never
 * loses its amount. On the phone, the dollar pairs' "투자 기록 없음" floated over the pairs, one on
 * the top gridline between the second and third: each stands right on its own pair's committed
 * amount. (The new user's figures, given to shipped companies: Amazon for Samsung Electronics,
 * Anthropic for Rainbow Robotics, and so on.)
 */
class LonePairAmountTest {
  private static final Briefing B = PaidInLabelsTest.B;

  private static Reporting reporting(ClaimStatus claim) {
    return new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false);
  }

  private static Investment planned(String id, String investor, String amount) {
    return new Investment(id, investor, "mistral-ai", InvestmentKind.SINGLE, Optional.empty(), Money.of(amount, "USD"),
        Bound.EXACT, InvestmentStatus.PLANNED, PartialDate.parse("2024-02-24").orElseThrow(), B.sources().get(0).id(),
        Optional.empty(), 0, Localized.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        reporting(ClaimStatus.REPORTED));
  }

  static final List<Investment> INVESTMENTS = List.of(
      planned("bezos", "thrive-capital", "100000000"),
      planned("microsoft", "microsoft", "95000000"),
      new Investment("lg", "meta", "scale-ai", InvestmentKind.SINGLE, Optional.empty(), Money.of("60000000", "USD"),
          Bound.EXACT, InvestmentStatus.INVESTED, PartialDate.parse("2024-03-12").orElseThrow(), B.sources().get(0).id(),
          Optional.empty(), 0, Localized.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          reporting(ClaimStatus.CONFIRMED)),
      planned("nvidia", "nvidia", "50000000"),
      planned("amazon", "amazon", "50000000"),
      planned("openai", "openai", "5000000"),
      planned("intel", "amazon", "25000000"));

  /** A stake bought and paid for the day it was agreed (closed that day): drawn as one amount. */
  static final Flow STAKE = new Flow("stake", FlowKind.STAKE, "amazon", "anthropic", Optional.empty(),
      Money.of("267000000000", "KRW"), Bound.ABOUT, PartialDate.parse("2024-12-31").orElseThrow(),
      B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(), reporting(ClaimStatus.CONFIRMED),
      com.moneywar.briefing.model.Payment.UNSTATED, PartialDate.parse("2024-12-31"));

  private static Briefing briefing() {
    return new Briefing(B.config(), B.sources(), B.companies(), B.rates(), INVESTMENTS, List.of(), List.of(),
        B.rounds(), List.of(STAKE), B.stories(), B.charts());
  }

  @Test
  void onAPhoneEachNumberedPairSaysItsAmountsInTheKeyAndNoneFloatsOverTheBars() {
    // A new user's phone chart stacked "투자 기록 없음" over the wrong bars, one right on a neighbour's
    // amount, and left a bar with no amount at all: numbered pairs now say theirs in the key.
    ChartSpec spec = B.charts().stream().filter(c -> c.kind() == ChartKind.MONEY_FLOWS).findFirst().orElseThrow();
    ChartImage image = new ChartRenderer().render(spec, briefing(), Lang.KO);
    List<ChartTexts.Text> texts = ChartTexts.of(image.narrowSvg());
    String all = String.join(" ", texts.stream().map(ChartTexts.Text::text).toList());
    // The pairs with no payment on record, by their committed amounts as the table gives them, with
    // how firm they are ("(보도)"): on the phone only the hatching said so, on a bar too small to see.
    List<List<String>> none = image.shownTable().stream().skip(1).filter(r -> r.get(2).equals("기록 없음")).toList();
    assertThat(none).hasSize(5);
    for (List<String> r : none) {
      assertThat(all).contains(r.get(0) + ": 약속 " + r.get(1) + ", 투자 기록 없음");
    }
    // None over the bars: above the key, whose long lines may wrap before "투자 기록 없음".
    double keyTop = texts.stream().filter(t -> t.text().contains(": 약속 ")).mapToDouble(ChartTexts.Text::minY).min()
        .orElseThrow();
    assertThat(texts.stream().filter(t -> t.minY() < keyTop)).noneSatisfy(t -> assertThat(t.text()).isIn("투자 기록 없음",
        "기록 없음"));
  }

  @Test
  void theOnlyPairOfAPanelSaysItsAmountWideAndNarrow() {
    Briefing b = briefing();
    ChartSpec spec = B.charts().stream().filter(c -> c.kind() == ChartKind.MONEY_FLOWS).findFirst().orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, b, lang);
      ChartWording w = new ChartWording(b, lang);
      String amount = w.label(STAKE);
      for (String width : List.of("wide", "narrow")) {
        List<ChartTexts.Text> texts = ChartTexts.of(width.equals("wide") ? image.svg() : image.narrowSvg());
        // On one line, or on two, one right under the other ("about" over "₩267 billion").
        List<String> said = new java.util.ArrayList<>(texts.stream().map(ChartTexts.Text::text).toList());
        for (int k = 1; k < texts.size(); k++) {
          ChartTexts.Text over = texts.get(k - 1);
          ChartTexts.Text under = texts.get(k);
          if (under.minY() > over.maxY() && under.minY() - over.maxY() < 8 && under.minX() < over.maxX()
              && under.maxX() > over.minX()) {
            said.add(over.text() + " " + under.text());
          }
        }
        assertThat(said).as(lang + " " + width + ": " + amount + " in " + texts).anyMatch(t -> t.contains(amount));
      }
    }
  }
}
