package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outside estimate ({@code claim} {@code estimated}: "worth about ₩3 trillion, according to
 * analysts") says so wherever it is shown. A new user had to enter an analyst's estimate of a stake
 * held as {@code claimed}, and the pages called it "일방 주장" / "claimed": a claim by a party to it.
 */
class EstimatedClaimTest {
  @TempDir Path dir;

  @Test
  void anEstimatedStakeReadsAsAnEstimateInTheTextAndTheTable() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    // A TEST FIXTURE row: a stake held, valued by an outside estimate; not a reported fact.
    Files.writeString(project.resolve("data/flows.csv"),
        "fixture-estimate,holding,microsoft,anthropic,5,agreed,,,1000000000,,USD,about,2025-11,wyomingstar-2025-11-19,"
            + ",estimated,,,,none,,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.ko.md", "에 사들였다.",
        "에 사들였다. 마이크로소프트의 앤스로픽 지분 가치는 {{flow:fixture-estimate}}로 추산된다.");
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.en.md",
        "so it is not counted in investment totals.", "so it is not counted in investment totals."
            + " Microsoft's stake in Anthropic is worth {{flow:fixture-estimate}} by one estimate.");
    assertThat(new com.moneywar.briefing.pipeline.BriefingBuild(com.moneywar.briefing.pipeline.BuildListener.silent())
        .check(project).problems()).isEmpty();
    Path site = BuiltSite.build(project, dir.resolve("site"));

    String ko = Files.readString(site.resolve("ko/briefings/ai-money-war-2025-11-28.html"));
    String en = Files.readString(site.resolve("en/briefings/ai-money-war-2025-11-28.html"));
    assertThat(org.jsoup.Jsoup.parse(ko).text()).contains("약 10억달러(추정치)로 추산된다").doesNotContain("일방 주장");
    assertThat(org.jsoup.Jsoup.parse(en).text()).contains("worth about $1 billion (estimate) by one estimate");
    assertThat(BuiltSite.dataPageText(site, "en", "investments")).contains("estimate");
    assertThat(BuiltSite.dataPageText(site, "ko", "investments")).contains("추정치");
  }
}
