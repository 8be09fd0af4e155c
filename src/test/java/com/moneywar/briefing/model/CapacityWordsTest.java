package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A deal's size in what it buys, as each language's press writes it. */
class CapacityWordsTest {
  @Test
  void graphicsCardsAreCountedIn장AndAUnitKeepsToItsNumber() {
    // "엔비디아, 한국에 GPU 26만장 공급": a new user's Korean read "GPU 약 6만개", which the press does not write.
    assertThat(new Capacity(new BigDecimal("260000"), CapacityUnit.GPUS, Bound.EXACT).words(Lang.KO)).isEqualTo("GPU 26만장");
    assertThat(new Capacity(new BigDecimal("50000"), CapacityUnit.GPUS, Bound.UP_TO).words(Lang.KO)).isEqualTo("GPU 최대 5만장");
    assertThat(new Capacity(new BigDecimal("1000000"), CapacityUnit.TPUS, Bound.UP_TO).words(Lang.KO)).isEqualTo("TPU 최대 100만개");
    assertThat(new Capacity(new BigDecimal("260000"), CapacityUnit.GPUS, Bound.EXACT).words(Lang.EN)).isEqualTo("260,000 GPUs");
    // A unit abbreviation keeps to its number with a no-break space: "500 / MW" broke across lines.
    assertThat(new Capacity(new BigDecimal("500"), CapacityUnit.MW, Bound.EXACT).words(Lang.EN)).isEqualTo("500\u00a0MW");
  }
}
