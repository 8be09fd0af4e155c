package com.moneywar.briefing.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company's latest valuation, of values of one day: what it is worth after the money came in. A
 * new user's Thinking Machines Lab page gave its $10 billion pre-money value as the latest, over the
 * $12 billion post-money value of the same round, which came before it in the file. The rows added
 * here are TEST FIXTURES, not reported figures.
 */
class LatestValuationTest {
  @TempDir Path dir;

  @Test
  void ofValuesOfOneDayThePostMoneyValueIsTheLatestWhateverTheFileOrder() throws IOException {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-values");
    Files.writeString(project.resolve("data/valuations.csv"),
        "fixture-post,anthropic,123000000000,USD,exact,2025-11-20,fixture-values,none,,,,post-money,,\n"
            + "fixture-pre,anthropic,100000000000,USD,exact,2025-11-20,fixture-values,none,,,,pre-money,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(CompanyRecord.of(b, "anthropic").latestValuation().orElseThrow().id()).isEqualTo("fixture-post");
    // A later day still wins, whatever its basis.
    Files.writeString(project.resolve("data/valuations.csv"),
        "fixture-later,anthropic,110000000000,USD,exact,2025-11-21,fixture-values,none,,,,pre-money,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Briefing later = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(CompanyRecord.of(later, "anthropic").latestValuation().orElseThrow().id()).isEqualTo("fixture-later");
  }
}
