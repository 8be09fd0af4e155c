package com.moneywar.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "did you mean" for dates and amounts written as people write them. */
class WrittenAsTest {
  @Test
  void aDateWrittenAnotherWayIsReadOnlyWhenItCanBeReadOneWay() {
    assertThat(WrittenAs.dateHint("23/07/2025")).isEqualTo("; did you mean '2025-07-23'?");
    assertThat(WrittenAs.dateHint("20.06.2025")).isEqualTo("; did you mean '2025-06-20'?");
    assertThat(WrittenAs.dateHint("07/23/2025")).isEqualTo("; did you mean '2025-07-23'?");
    assertThat(WrittenAs.dateHint("2025/7/3")).isEqualTo("; did you mean '2025-07-03'?");
    assertThat(WrittenAs.dateHint("2025.07")).isEqualTo("; did you mean '2025-07'?");
    assertThat(WrittenAs.dateHint("20250723")).isEqualTo("; did you mean '2025-07-23'?");
    assertThat(WrittenAs.dateHint("2025년 7월 23일")).isEqualTo("; did you mean '2025-07-23'?");
    assertThat(WrittenAs.dateHint("2025년 7월")).isEqualTo("; did you mean '2025-07'?");
    assertThat(WrittenAs.dateHint("July 23, 2025")).isEqualTo("; did you mean '2025-07-23'?");
    assertThat(WrittenAs.dateHint("23 Jul 2025")).isEqualTo("; did you mean '2025-07-23'?");
    assertThat(WrittenAs.dateHint("Sept. 2025")).isEqualTo("; did you mean '2025-09'?");
    // The table's own form without its zeros.
    assertThat(WrittenAs.dateHint("2026-5-4")).isEqualTo("; did you mean '2026-05-04'?");
    assertThat(WrittenAs.dateHint("2026-05-4")).isEqualTo("; did you mean '2026-05-04'?");
    assertThat(WrittenAs.dateHint("2026-5")).isEqualTo("; did you mean '2026-05'?");
    // Day first or month first? Either could be meant: no guess.
    assertThat(WrittenAs.dateHint("07/08/2025")).isEmpty();
    // No day of the calendar, nothing like a date.
    assertThat(WrittenAs.dateHint("31/02/2025")).isEmpty();
    assertThat(WrittenAs.dateHint("soon")).isEmpty();
    assertThat(WrittenAs.dateHint("2026-5-32")).isEmpty();
    // Separators are not mixed; a date already in the form is nothing to suggest.
    assertThat(WrittenAs.dateHint("2026-5/4")).isEmpty();
    assertThat(WrittenAs.dateHint("2026-05")).isEmpty();
  }

  @Test
  void aDateThatMustBeADayIsOfferedOnlyAsADay() {
    assertThat(WrittenAs.dayHint("2026-5-4")).isEqualTo("; did you mean '2026-05-04'?");
    assertThat(WrittenAs.dayHint("2026/05/04")).isEqualTo("; did you mean '2026-05-04'?");
    // A month is no answer where the day is asked for.
    assertThat(WrittenAs.dayHint("2026/5")).isEmpty();
    assertThat(WrittenAs.dayHint("2026년 5월")).isEmpty();
  }

  @Test
  void anAmountWrittenWithUnitsOrGroupingIsReadAsTheWholeNumber() {
    assertThat(WrittenAs.amountHint("450조")).isEqualTo("; did you mean '450000000000000'?");
    assertThat(WrittenAs.amountHint("1조2000억원")).isEqualTo("; did you mean '1200000000000'?");
    assertThat(WrittenAs.amountHint("약 125.2조원")).isEqualTo("; did you mean '125200000000000'?");
    assertThat(WrittenAs.amountHint("40억달러")).isEqualTo("; did you mean '4000000000'?");
    assertThat(WrittenAs.amountHint("125 billion")).isEqualTo("; did you mean '125000000000'?");
    assertThat(WrittenAs.amountHint("$4.5bn")).isEqualTo("; did you mean '4500000000'?");
    assertThat(WrittenAs.amountHint("US$1.2 trillion")).isEqualTo("; did you mean '1200000000000'?");
    assertThat(WrittenAs.amountHint("500,000,000,000")).isEqualTo("; did you mean '500000000000'?");
    assertThat(WrittenAs.amountHint("$2,750,000,000")).isEqualTo("; did you mean '2750000000'?");
    assertThat(WrittenAs.amountHint("1,250 billion")).isEqualTo("; did you mean '1250000000000'?");
    // With the signs the currency column refuses (HK$ for HKD and the like), as an article writes them.
    assertThat(WrittenAs.amountHint("HK$4.8 billion")).isEqualTo("; did you mean '4800000000'?");
    assertThat(WrittenAs.amountHint("about HK$4.8bn")).isEqualTo("; did you mean '4800000000'?");
    assertThat(WrittenAs.amountHint("NT$300 million")).isEqualTo("; did you mean '300000000'?");
    assertThat(WrittenAs.amountHint("€1.2bn")).isEqualTo("; did you mean '1200000000'?");
    assertThat(WrittenAs.amountHint("£2 billion")).isEqualTo("; did you mean '2000000000'?");
    assertThat(WrittenAs.amountHint("¥500 billion")).isEqualTo("; did you mean '500000000000'?");
    assertThat(WrittenAs.amountHint("HK$1,000,000")).isEqualTo("; did you mean '1000000'?");
    assertThat(WrittenAs.amountHint("lots")).isEmpty();
    assertThat(WrittenAs.amountHint("12x5")).isEmpty();
  }
}
