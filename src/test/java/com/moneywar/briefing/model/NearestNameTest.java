package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The "did you mean" of a mistyped name or id. */
class NearestNameTest {
  private static final List<String> VALUATIONS = List.of("openai-2023-01", "openai-2023-04", "openai-2023-11");

  @Test
  void aDatePartWithoutItsZeroMeansTheIdWithItThoughAnotherIdIsAsNear() {
    // openai-2023-1 is one letter from both openai-2023-01 and openai-2023-11.
    assertThat(NearestName.of("openai-2023-1", VALUATIONS)).contains("openai-2023-01");
    assertThat(NearestName.of("seed-2024-3-28", List.of("seed-2024-03-28", "seed-2024-03-27"))).contains("seed-2024-03-28");
  }

  @Test
  void anIdOfAnotherDateIsNotOfferedForOneThatIsNotInTheTable() {
    assertThat(NearestName.of("openai-2026-01", VALUATIONS)).isEmpty();
    assertThat(NearestName.of("openai-2023-02", VALUATIONS)).isEmpty();
    assertThat(NearestName.of("openai-2023-12", VALUATIONS)).isEmpty();
    assertThat(NearestName.of("anthropic-2026-03", List.of("anthropic-2023", "anthropic-2025-03"))).isEmpty();
  }

  @Test
  void aDigitDroppedOrADatePartThatIsNoDateIsASlipAndGetsItsSuggestion() {
    assertThat(NearestName.of("usd-krw-2024-03-2", List.of("usd-krw-2024-03-28"))).contains("usd-krw-2024-03-28");
    assertThat(NearestName.of("seed-2024-03-82", List.of("seed-2024-03-28"))).contains("seed-2024-03-28");
    assertThat(NearestName.of("openai-202-01", VALUATIONS)).contains("openai-2023-01");
    // A month after a year is 1 to 12: a new user's 'aifun-2025-13' got no suggestion.
    assertThat(NearestName.of("aifun-2025-13", List.of("aifun-2025-11", "techcrunch-2025-11"))).contains("aifun-2025-11");
    // As a day, 13 is a date: another day's row is not offered.
    assertThat(NearestName.of("seed-2024-03-13", List.of("seed-2024-03-28", "seed-2024-03-18"))).isEmpty();
  }

  @Test
  void lettersAreComparedAsBefore() {
    assertThat(NearestName.of("amazon-antropic-t2", List.of("amazon-anthropic-t1", "amazon-anthropic-t2")))
        .contains("amazon-anthropic-t2");
    assertThat(NearestName.of("amazon-anthropic-t3", List.of("amazon-anthropic-t1", "amazon-anthropic-t2"))).isEmpty();
    assertThat(NearestName.of("amuont", List.of("amount", "currency"))).contains("amount");
  }
}
