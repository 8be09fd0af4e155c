package com.moneywar.briefing.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Texts shaped to exhaust a parser finish or fail cleanly, in bounded time. */
class HostileMarkdownTest {
  @TempDir Path dir;

  @Test
  void longRunsOfEmphasisOrBracketsAreRefusedAtTheirColumn() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path text = project.resolve("data/texts/ai-money-war-2024-03-28.ko.md");
    Files.writeString(text, Files.readString(text, StandardCharsets.UTF_8) + "\nabc " + "[".repeat(40_000) + "x\n",
        StandardCharsets.UTF_8);
    Result<Briefing> result = new BriefingBuild(BuildListener.silent()).check(project);
    int line = Files.readAllLines(text, StandardCharsets.UTF_8).size();
    // Exactly this problem: the links to the seed text are not reported (ShippedProject.brokenLinksToTheSeed).
    assertThat(ShippedProject.withNoBrokenLinksToTheSeed(project,
        result.problems().stream().map(Object::toString).toList()))
        .containsExactly("data/texts/ai-money-war-2024-03-28.ko.md:" + line + ":5: error: expected at most 32 '[' in a row,"
            + " found 40000");
  }

  @Test
  void deeplyNestedMarkdownIsCheckedWithoutCrashing() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path text = project.resolve("data/texts/ai-money-war-2024-03-28.en.md");
    String nested = ">".repeat(50_000) + " deep\n\n" + "[".repeat(50_000) + "x" + "]".repeat(50_000) + "\n\n"
        + "*".repeat(50_000) + "a" + "*".repeat(50_000) + "\n";
    Files.writeString(text, Files.readString(text, StandardCharsets.UTF_8) + "\n" + nested, StandardCharsets.UTF_8);
    Result<Briefing> result = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> new BriefingBuild(BuildListener.silent()).check(project));
    assertThat(result).isInstanceOf(Result.Failed.class);
    assertThat(result.problems()).extracting(Object::toString).first().asString()
        .matches("data/texts/ai-money-war-2024-03-28.en.md:\\d+:1: error: expected at most 32 levels of nested"
            + " quotes or lists, found 50000");
  }
}
