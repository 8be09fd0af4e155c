package com.moneywar.briefing.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A kept map holds what the last build used, and only that. */
class KeptMapTest {
  @Test
  void whatABuildUsesIsKeptAndWhatItDoesNotIsDropped() {
    KeptMap<String, String> kept = new KeptMap<>();
    AtomicInteger made = new AtomicInteger();
    kept.beginBuild();
    kept.put("a", "A");
    assertThat(kept.get("b", () -> "B" + made.incrementAndGet())).isEqualTo("B1");
    kept.endBuild();
    kept.beginBuild();
    // "b" is found, not made again; "a" is not asked for in this build.
    assertThat(kept.get("b", () -> "B" + made.incrementAndGet())).isEqualTo("B1");
    kept.endBuild();
    kept.beginBuild();
    assertThat(kept.get("a")).isEmpty();
    assertThat(kept.get("b")).contains("B1");
    kept.endBuild();
  }
}
