package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {
  @Test
  void acceptsYearMonthAndDayPrecision() {
    assertThat(PartialDate.parse("2023")).contains(new PartialDate(2023, 0, 0));
    assertThat(PartialDate.parse("2023-09")).contains(new PartialDate(2023, 9, 0));
    assertThat(PartialDate.parse("2024-03-27")).contains(new PartialDate(2024, 3, 27));
    assertThat(PartialDate.parse("2023-09").orElseThrow().toString()).isEqualTo("2023-09");
  }

  /** The ISO form the tables, the CSV downloads and the sort keys use: written as it was read, zeros kept. */
  @ParameterizedTest
  @ValueSource(strings = {"2023", "2023-09", "2024-03-27", "2024-11-05", "0999-01-01", "1999-12"})
  void writesItselfAsItWasRead(String text) {
    assertThat(PartialDate.parse(text).orElseThrow()).hasToString(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "23", "2023-9", "2023-13", "2023-00", "2023-02-30", "2024-03-27T00:00", "March 2024"})
  void rejectsWhatIsNotAnIsoPartialDate(String text) {
    assertThat(PartialDate.parse(text)).isEmpty();
  }

  @Test
  void isWrittenAsPreciselyAsItIsKnownInEachLanguage() {
    assertThat(PartialDate.parse("2023").orElseThrow().in(Lang.KO)).isEqualTo("2023년");
    assertThat(PartialDate.parse("2023-09").orElseThrow().in(Lang.KO)).isEqualTo("2023년 9월");
    assertThat(PartialDate.parse("2024-03-27").orElseThrow().in(Lang.KO)).isEqualTo("2024년 3월 27일");
    assertThat(PartialDate.parse("2023").orElseThrow().in(Lang.EN)).isEqualTo("2023");
    assertThat(PartialDate.parse("2023-09").orElseThrow().in(Lang.EN)).isEqualTo("September 2023");
    assertThat(PartialDate.parse("2024-03-27").orElseThrow().in(Lang.EN)).isEqualTo("March 27, 2024");
  }

  @Test
  void ordersCoarserDatesBeforeFinerOnesOfTheSamePeriod() {
    assertThat(PartialDate.parse("2023").orElseThrow()).isLessThan(PartialDate.parse("2023-01").orElseThrow());
    assertThat(PartialDate.parse("2023-09").orElseThrow()).isLessThan(PartialDate.parse("2023-09-01").orElseThrow());
  }
}
