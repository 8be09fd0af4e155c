package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import org.junit.jupiter.api.Test;

/** A figure standing alone (a headline card, a company's latest valuation) never hides its status. */
class AmountTextTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  @Test
  void aFigureStandingAloneSaysWhenItIsNotConfirmed() {
    MoneyFact denied = B.talentOffer("meta-signing-bonus-claim-2025-06").orElseThrow();
    MoneyFact reported = B.investment("microsoft-openai-2024-10").orElseThrow();
    MoneyFact confirmed = B.investment("microsoft-openai-2023").orElseThrow();
    assertThat(AmountText.standingAlone(AmountText.of(denied, Lang.KO), denied, Lang.KO)).isEqualTo("1억달러(당사자 부인)");
    assertThat(AmountText.standingAlone(AmountText.of(denied, Lang.EN), denied, Lang.EN)).isEqualTo("$100 million (denied)");
    // Out of the prose around it, even "reported" is said.
    assertThat(AmountText.standingAlone(AmountText.of(reported, Lang.KO), reported, Lang.KO)).isEqualTo("최대 10억달러(보도)");
    assertThat(AmountText.standingAlone(AmountText.of(reported, Lang.EN), reported, Lang.EN))
        .isEqualTo("up to $1 billion (reported)");
    assertThat(AmountText.standingAlone(AmountText.of(confirmed, Lang.EN), confirmed, Lang.EN)).isEqualTo("$13 billion");
    // A value only implied (basis estimate) says so, with its claim when that says more: a new user's
    // companies index read "(reported)" beside Scale AI's value implied by Meta's stake.
    Valuation estimate = B.valuation("scale-ai-2025-06").orElseThrow();
    assertThat(estimate.basis()).isEqualTo(ValuationBasis.ESTIMATE);
    assertThat(AmountText.standingAlone(AmountText.of(estimate, Lang.KO), estimate, Lang.KO)).contains("(추정치");
    assertThat(AmountText.standingAlone(AmountText.of(estimate, Lang.EN), estimate, Lang.EN)).contains("(estimate");
  }
}
