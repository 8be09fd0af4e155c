package com.moneywar.briefing.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized or error-riddled inputs end in a clear message, quickly and within memory. */
class LargeInputTest {
  @TempDir Path dir;

  private List<String> problems(Path project) {
    Result<Briefing> result = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> new BriefingBuild(BuildListener.silent()).check(project));
    assertThat(result).isInstanceOf(Result.Failed.class);
    return result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aFiftyMegabyteTableIsRefusedWithItsSize() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path file = project.resolve("data/investments.csv");
    String header = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(header + "\n");
      for (int i = 0; Files.size(file) < 50L << 20 || i % 10_000 != 0; i++) {
        out.write("synthetic-" + i + ",amazon,anthropic,single,,1000000,USD,exact,invested,2024-03,seed-2024-03-28,"
            + "usd-krw-2024-03-28,,,synthetic row for a size test\n");
        if (i % 10_000 == 0) {
          out.flush();
        }
      }
    }
    String size = String.format(java.util.Locale.ROOT, "%.1f", Files.size(file) / (double) (1 << 20));
    assertThat(Files.size(file)).isGreaterThanOrEqualTo(50L << 20);
    assertThat(problems(project)).containsExactly("data/investments.csv:1:1: error: expected a file of at most 32 MB, found "
        + size + " MB; split the table or the text");
  }

  @Test
  void aTableWithAnErrorInEveryRowReportsTheFirstFiftyAndCountsTheRest() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path file = project.resolve("data/investments.csv");
    StringBuilder rows = new StringBuilder(Files.readAllLines(file, StandardCharsets.UTF_8).get(0)).append('\n');
    for (int i = 0; i < 20_000; i++) {
      rows.append("bad-").append(i).append(",amazon,anthropic,single,,1000000,USX,exact,invested,2024-03,")
          .append("seed-2024-03-28,,,,,,,,,,,,,\n");
    }
    Files.writeString(file, rows, StandardCharsets.UTF_8);
    // The other files are checked too (and name the shipped rows this file no longer has): count this file's.
    List<String> problems = problems(project).stream().filter(p -> p.startsWith("data/investments.csv:")).toList();
    assertThat(problems).hasSize(51);
    assertThat(problems.get(0)).startsWith("data/investments.csv:2:").contains("found 'USX'");
    assertThat(problems.get(50)).startsWith("data/investments.csv:52:")
        .endsWith("error: … and 19950 more problems in this file, not shown; fix the ones above first");
  }
}
