package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.InvestmentKind;
import com.moneywar.briefing.model.InvestmentStatus;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A new user's four pairs into Anthropic on a phone: Amazon's $4 billion paid in, Google's $1.5
 * billion and Microsoft's "none recorded" had no label (each bar narrower than its amount, between
 * two taller bars), so those bars read as nothing paid. Every paid-in bar says its amount, wide and
 * narrow: by its bar where there is room, else over its pair saying "투자 …" / "paid …". (The new
 * user's figures, as in the record they cited.)
 */
class PaidInLabelsTest {
  static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  private static Investment row(String id, String investor, InvestmentKind kind, String partOf, String amount,
      Bound bound, InvestmentStatus status, String date, ClaimStatus claim) {
    return new Investment(id, investor, "anthropic", kind, Optional.ofNullable(partOf), Money.of(amount, "USD"), bound,
        status, PartialDate.parse(date).orElseThrow(), B.sources().get(0).id(), Optional.empty(), 0, Localized.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(),
        new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false));
  }

  static final List<Investment> ROWS = List.of(
      row("amazon", "amazon", InvestmentKind.COMMITMENT, null, "8000000000", Bound.EXACT, InvestmentStatus.ANNOUNCED,
          "2024-11-22", ClaimStatus.CONFIRMED),
      row("amazon-t1", "amazon", InvestmentKind.TRANCHE, "amazon", "4000000000", Bound.EXACT, InvestmentStatus.INVESTED,
          "2024", ClaimStatus.CONFIRMED),
      row("google", "google", InvestmentKind.COMMITMENT, null, "2000000000", Bound.UP_TO, InvestmentStatus.ANNOUNCED,
          "2023-10", ClaimStatus.CONFIRMED),
      row("google-t1", "google", InvestmentKind.TRANCHE, "google", "500000000", Bound.EXACT, InvestmentStatus.INVESTED,
          "2023-10", ClaimStatus.CONFIRMED),
      row("google-2025", "google", InvestmentKind.SINGLE, null, "1000000000", Bound.EXACT, InvestmentStatus.INVESTED,
          "2025-01-22", ClaimStatus.REPORTED),
      row("microsoft", "microsoft", InvestmentKind.COMMITMENT, null, "5000000000", Bound.UP_TO,
          InvestmentStatus.ANNOUNCED, "2025-11-18", ClaimStatus.CONFIRMED),
      row("nvidia", "nvidia", InvestmentKind.COMMITMENT, null, "10000000000", Bound.UP_TO, InvestmentStatus.ANNOUNCED,
          "2025-11-18", ClaimStatus.CONFIRMED));

  @Test
  void everyPaidInBarSaysItsAmountOnAPhoneAndAtFullWidth() {
    Briefing b = new Briefing(B.config(), B.sources(), B.companies(), B.rates(), ROWS, List.of(), List.of(), B.rounds(),
        List.of(), B.stories(), B.charts());
    ChartSpec spec = B.charts().stream().filter(c -> c.kind() == ChartKind.MONEY_FLOWS).findFirst().orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, b, lang);
      // The amounts paid in, as the table under the chart gives them.
      List<String> paid = image.shownTable().stream().skip(1).map(r -> r.get(2)).toList();
      assertThat(paid).hasSize(4);
      for (byte[] svg : List.of(image.svg(), image.narrowSvg())) {
        List<String> texts = ChartTexts.of(svg).stream().map(ChartTexts.Text::text).toList();
        for (String amount : paid) {
          String bare = amount.replaceAll(" ?\\([^)]*\\)$", ""); // the claim is said by the hatching
          // By its bar, or over its pair saying which bar it is: "실제 15억달러", "투자 기록 없음".
          List<String> said = lang == Lang.KO ? List.of(bare, "실제 " + bare) : List.of(bare, "paid " + bare,
              "paid in: " + bare);
          // Or, where the pairs are numbered (on a phone), in the key: "…: 약속 80억달러, 투자 40억달러".
          String key = (lang == Lang.KO ? ", 투자 " : ", paid in ") + bare;
          assertThat(texts.stream().anyMatch(said::contains) || String.join(" ", texts).contains(key))
              .as(lang + " " + (svg == image.svg() ? "wide" : "narrow") + ": " + amount + " in " + texts).isTrue();
        }
      }
    }
  }
}
