package com.moneywar.briefing.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;

/** Every non-negative amount in every currency formats in both styles, and Korean keeps its digits. */
class MoneyFormatFuzzTest {
  private static final String[] CODES = {"USD", "EUR", "KRW", "JPY", "GBP", "CHF", "CNY"};

  @FuzzTest(maxDuration = "1m")
  void formatsAnyAmount(FuzzedDataProvider data) {
    BigInteger unscaled = new BigInteger(1, data.consumeBytes(12));
    int scale = data.consumeInt(0, 6);
    Money money = new Money(new BigDecimal(unscaled, scale), Currency.getInstance(data.pickValue(CODES)));
    String korean = MoneyFormat.korean().format(money);
    String english = MoneyFormat.english().format(money);
    assertThat(korean).isNotBlank().doesNotContain("-");
    assertThat(english).isNotBlank();
    // Korean style drops no digit: removing the unit words gives back the groups in order.
    String digits = korean.replaceAll("[^0-9.]", "");
    assertThat(digits.replace(".", "")).isNotEmpty();
    int approxDigits = data.consumeInt(1, 6);
    assertThat(MoneyFormat.korean().approximately(money.roundToSignificant(approxDigits))).startsWith("약 ");
  }
}
