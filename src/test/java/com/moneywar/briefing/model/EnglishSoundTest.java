package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnglishSoundTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', textBlock = """
      $8 billion           | an
      $11 billion          | an
      $18 billion          | an
      $80 billion          | an
      $85.5 billion        | an
      $800 million         | an
      $8,000               | an
      $11,000              | an
      €1.3 billion         | a
      $1.1 billion         | a
      $110 billion         | a
      $1 trillion          | a
      $180 billion         | a
      ₩8 trillion          | an
      8%                   | an
      49%                  | a
      0.5%                 | a
      1.5 billion CHF      | a
      about $4 billion     | an
      up to $10 billion    | an
      at least $1 billion  | an
      more than $8 billion | a
      $40–50 billion       | a
      $80–90 billion       | an
      -$8 billion          | an
      """)
  void aOrAnFollowsTheFirstSound(String figure, String article) {
    assertThat(EnglishSound.startsWithVowel(figure) ? "an" : "a").isEqualTo(article);
  }
}
