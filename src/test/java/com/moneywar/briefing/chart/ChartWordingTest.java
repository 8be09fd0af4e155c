package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Korean particles agree with the sound of the word before them, as an editor writes them. */
class ChartWordingTest {
  @Test
  void englishDatesTakeOnForADayAndInForAMonthOrYear() {
    assertThat(ChartWording.whenEnglish(new com.moneywar.briefing.model.PartialDate(2016, 11, 13))).isEqualTo("on November 13, 2016");
    assertThat(ChartWording.whenEnglish(new com.moneywar.briefing.model.PartialDate(2024, 3, 0))).isEqualTo("in March 2024");
    assertThat(ChartWording.whenEnglish(new com.moneywar.briefing.model.PartialDate(2023, 0, 0))).isEqualTo("in 2023");
  }

  @Test
  void topicParticleFollowsTheFinalSound() {
    assertThat(ChartWording.josa("앤스로픽", "은", "는")).isEqualTo("앤스로픽은");
    assertThat(ChartWording.josa("아마존", "은", "는")).isEqualTo("아마존은");
    assertThat(ChartWording.josa("마이크로소프트", "은", "는")).isEqualTo("마이크로소프트는");
    assertThat(ChartWording.josa("구글", "은", "는")).isEqualTo("구글은");
  }

  @Test
  void aClosingParentheticalIsNotReadWithTheWordBeforeIt() {
    assertThat(ChartWording.josa("씽킹머신스 기업가치 120억달러(2025년 7월 15일)", "은", "는"))
        .isEqualTo("씽킹머신스 기업가치 120억달러(2025년 7월 15일)는");
    assertThat(ChartWording.josa("1억달러(당사자 부인)", "을", "를")).isEqualTo("1억달러(당사자 부인)를");
    assertThat(ChartWording.josa("앤스로픽(Anthropic)", "은", "는")).isEqualTo("앤스로픽(Anthropic)은");
  }

  @Test
  void latinLettersAndDigitsAreReadByTheirKoreanNames() {
    assertThat(ChartWording.josa("오픈AI", "은", "는")).isEqualTo("오픈AI는"); // 에이아이
    assertThat(ChartWording.josa("미스트랄AI", "을", "를")).isEqualTo("미스트랄AI를");
    assertThat(ChartWording.josa("XL", "은", "는")).isEqualTo("XL은"); // 엑스엘
    assertThat(ChartWording.josa("GPT-3", "은", "는")).isEqualTo("GPT-3은"); // 삼
    assertThat(ChartWording.josa("GPT-4", "은", "는")).isEqualTo("GPT-4는"); // 사
  }

  @Test
  void objectParticleAfterAmounts() {
    assertThat(ChartWording.josa("130억달러", "을", "를")).isEqualTo("130억달러를");
    assertThat(ChartWording.josa("3조7100억원", "을", "를")).isEqualTo("3조7100억원을");
  }

  @Test
  void roIsUsedAfterAVowelOrRieulAndEuroAfterOtherConsonants() {
    assertThat(ChartWording.ro("130억달러")).isEqualTo("130억달러로");
    assertThat(ChartWording.ro("25조원")).isEqualTo("25조원으로");
    assertThat(ChartWording.ro("서울")).isEqualTo("서울로");
    assertThat(ChartWording.ro("1500만유로")).isEqualTo("1500만유로로");
  }
}
