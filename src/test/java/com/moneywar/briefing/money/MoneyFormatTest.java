package com.moneywar.briefing.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyFormatTest {
  private final MoneyFormat ko = MoneyFormat.korean();
  private final MoneyFormat en = MoneyFormat.english();

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
    "0, KRW, 0원",
    "5000, KRW, 5000원",
    "10000, KRW, 1만원",
    "15000000, EUR, 1500만유로",
    "100000000, USD, 1억달러",
    "2750000000, USD, 27억5000만달러",
    "1250000000, USD, 12억5000만달러",
    "1000000, USD, 100만달러",
    "100050000, KRW, 1억5만원",
    "3710000000000, KRW, 3조7100억원",
    "25000000000000, KRW, 25조원",
    "1346000000, KRW, 13억4600만원",
    "2.5, USD, 2.5달러",
    "1000000000, CNY, 10억위안",
    "500000000000, JPY, 5000억엔",
    "2000000000, GBP, 20억파운드",
    "4350000000, HKD, 43억5000만홍콩달러",
    "2000000000, CHF, 20억스위스프랑",
    "2000000000, SEK, 20억 SEK",
  })
  void writesKoreanPressStyle(String amount, String currency, String expected) {
    assertThat(ko.format(Money.of(amount, currency))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
    "2750000000 | USD | $2.75 billion",
    "15000000 | EUR | €15 million",
    "3710000000000 | KRW | ₩3.71 trillion",
    "1040000000000000 | KRW | ₩1,040 trillion",
    "1234500000000000 | KRW | ₩1,234.5 trillion",
    // A trillion keeps four decimals, a Korean figure's 억 (2조1087억원, walk 74); a fifth is written out.
    "2108700000000 | KRW | ₩2.1087 trillion",
    "2108750000000 | KRW | ₩2,108,750,000,000",
    "1000000 | USD | $1 million",
    "13000000000 | USD | $13 billion",
    "950000 | USD | $950,000",
    "0 | USD | $0",
    "2000000000 | CHF | 2 billion Swiss francs",
    "4350000000 | HKD | HK$4.35 billion",
    "2000000000 | SEK | 2 billion SEK",
    "1000000000 | CNY | 1 billion yuan",
    "950000 | CNY | 950,000 yuan",
    "500000000000 | JPY | 500 billion yen",
    "2000000000 | GBP | £2 billion",
    // Exact to the unit, as a filing gives it: no "₩23.729201772 billion" (a new user's convertible bonds).
    "23729201772 | KRW | ₩23,729,201,772",
    "1346000 | USD | $1.346 million",
    "23729201772 | CNY | 23,729,201,772 yuan",
  })
  void writesEnglishPressStyle(String amount, String currency, String expected) {
    assertThat(en.format(Money.of(amount, currency))).isEqualTo(expected);
  }

  @Test
  void approximatesWithTheLanguagesWord() {
    Money krw = Money.of("3710000000000", "KRW");
    assertThat(ko.approximately(krw)).isEqualTo("약 3조7100억원");
    assertThat(en.approximately(krw)).isEqualTo("about ₩3.71 trillion");
    // A sign of several characters is left out of the high end of a range, as "$" is.
    assertThat(en.range(Money.of("4350000000", "HKD"), Money.of("4800000000", "HKD"))).isEqualTo("HK$4.35–4.8 billion");
    assertThat(ko.range(Money.of("4350000000", "HKD"), Money.of("4800000000", "HKD"))).isEqualTo("43억5000만~48억홍콩달러");
  }

  @Test
  void roundsToSignificantDigitsHalfUp() {
    Money exact = Money.of("2750000000", "USD").convert(new java.math.BigDecimal("1349"), Money.KRW);
    assertThat(exact.amount().toPlainString()).isEqualTo("3709750000000");
    assertThat(ko.format(exact.roundToSignificant(3))).isEqualTo("3조7100억원");
    assertThat(ko.format(Money.of("24821600000000", "KRW").roundToSignificant(2))).isEqualTo("25조원");
    assertThat(ko.format(Money.of("17550000000000", "KRW").roundToSignificant(3))).isEqualTo("17조6000억원");
  }

  @ParameterizedTest(name = "{0} KRW to {1} digits -> {2}")
  @CsvSource({
    "12345, 2, 1만2000원",
    "15499, 2, 1만5000원",
    "123456789, 3, 1억2300만원",
    "99950000, 3, 1억원",
    "1234500000000, 2, 1조2000억원",
    "1999999999999, 3, 2조원",
    "5396000000000, 3, 5조4000억원",
    "17537000000000, 3, 17조5000억원",
  })
  void roundsAtEachUnit(String amount, int digits, String expected) {
    assertThat(ko.format(Money.of(amount, "KRW").roundToSignificant(digits))).isEqualTo(expected);
  }

  @Test
  void writesEnglishApproximationsOfRoundedWon() {
    assertThat(en.approximately(Money.of("1346000000", "KRW"))).isEqualTo("about ₩1.346 billion");
    assertThat(en.approximately(Money.of("25000000000000", "KRW"))).isEqualTo("about ₩25 trillion");
    assertThat(en.format(Money.of("1500000", "EUR"))).isEqualTo("€1.5 million");
  }

  @Test
  void labelsAxesShortly() {
    assertThat(ko.axisLabel(Money.of("4000000000", "USD"))).isEqualTo("40억 달러");
    assertThat(en.axisLabel(Money.of("4000000000", "USD"))).isEqualTo("$4B");
    assertThat(en.axisLabel(Money.of("500000000", "USD"))).isEqualTo("$500M");
    assertThat(en.axisLabel(Money.of("500000000000", "JPY"))).isEqualTo("¥500B");
  }

  @Test
  void writesTheYuanAndTheYenByNameAsTheWireServicesDo() {
    assertThat(en.range(Money.of("1000000000", "CNY"), Money.of("2000000000", "CNY"))).isEqualTo("1–2 billion yuan");
    assertThat(en.approximately(Money.of("1000000000", "CNY"))).isEqualTo("about 1 billion yuan");
    assertThat(ko.range(Money.of("1000000000", "CNY"), Money.of("2000000000", "CNY"))).isEqualTo("10억~20억위안");
  }
}
