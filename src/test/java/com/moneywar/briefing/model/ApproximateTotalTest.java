package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.InvestmentTree.Total;
import com.moneywar.briefing.money.Money;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An approximate sum is written no more precisely than its approximate parts allow: a new user's
 * company page added "about 14.27 billion rupees" and an exact 2,467,200,000 rupees into "about
 * 16,737,200,000 rupees" (약 167억3720만루피). The amounts are made up for the test.
 */
class ApproximateTotalTest {
  private static Total part(String amount, boolean about) {
    Money m = Money.of(amount, "INR");
    return new Total(m, m, Optional.of(m), about, false);
  }

  @Test
  void anApproximateSumIsWrittenToFourSignificantDigits() {
    Total sum = part("14270000000", true).plus(part("2467200000", false));
    assertThat(sum.text(Lang.EN)).isEqualTo("about 16.74 billion rupees");
    assertThat(sum.text(Lang.KO)).isEqualTo("약 167억4000만루피");
    // The amount the charts add up is the sum itself.
    assertThat(sum.point().amount()).isEqualByComparingTo("16737200000");
  }

  @Test
  void anExactSumKeepsEveryDigitAndAShortApproximateOneIsLeftAsItIs() {
    Total exact = part("14270000000", false).plus(part("2467200000", false));
    assertThat(exact.text(Lang.EN)).isEqualTo("16,737,200,000 rupees");
    Total shortSum = part("14000000000", true).plus(part("2500000000", false));
    assertThat(shortSum.text(Lang.EN)).isEqualTo("about 16.5 billion rupees");
  }
}
