package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ResultTest {
  private static final Problem BAD = new Problem(new SourcePos("data/x.csv", 2, 3), "expected a number, found 'x'");

  @Test
  void mapAndFlatMapCarryTheValueOfAnOkResult() {
    Result<Integer> ok = Result.ok(20);
    assertThat(ok.map(n -> n + 1)).isEqualTo(Result.ok(21));
    assertThat(ok.flatMap(n -> Result.ok("n=" + n))).isEqualTo(Result.ok("n=20"));
    assertThat(ok.flatMap(n -> Result.<String>failed(List.of(BAD))).problems()).containsExactly(BAD);
    assertThat(ok.problems()).isEmpty();
    assertThat(ok.orElseThrow()).isEqualTo(20);
  }

  @Test
  void aFailedResultKeepsItsProblemsAndRunsNoLaterStage() {
    Result<Integer> failed = Result.failed(List.of(BAD));
    AtomicBoolean ran = new AtomicBoolean();
    Result<String> next = failed.flatMap(n -> {
      ran.set(true);
      return Result.ok("never");
    });
    assertThat(ran).isFalse();
    assertThat(next.problems()).containsExactly(BAD);
    assertThat(failed.map(n -> n + 1).problems()).containsExactly(BAD);
    assertThatThrownBy(failed::orElseThrow).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("data/x.csv:2:3");
  }
}
