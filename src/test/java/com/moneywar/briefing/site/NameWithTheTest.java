package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An English name a sentence writes with "the" ({@code companies.csv}, column {@code article_en}): a
 * new user's round "included Abu Dhabi Investment Authority and Alibaba". The company added here is a
 * TEST FIXTURE.
 */
class NameWithTheTest {
  @TempDir Path dir;

  private Path project(String sentence) {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addColumn(project, "data/companies.csv", "article_en");
    ShippedProject.appendRows(project, "data/companies.csv",
        "fixture-fund,시험용 국부펀드,Fixture Investment Authority,public,AE,,,seed-2024-03-28,the\n");
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.en.md",
        "## Amazon doubles its Anthropic commitment\n", "## Amazon doubles its Anthropic commitment\n\n" + sentence + "\n");
    return project;
  }

  @Test
  void aNameThatTakesTheWritesItInProseWithACapitalWhereItOpensASentence() throws Exception {
    Path project = project("{{company:fixture-fund:name}} watched. Amazon, unlike {{company:fixture-fund:name}}, paid.");
    assertThat(new BriefingBuild(BuildListener.silent()).check(project).problems()).isEmpty();
    Path site = dir.resolve("site");
    new BriefingBuild(BuildListener.silent()).build(project, site, false).orElseThrow();
    String page = Files.readString(site.resolve("en/briefings/ai-money-war-2025-11-28.html"), StandardCharsets.UTF_8)
        .replaceAll("<[^>]+>", "");
    assertThat(page).contains("The Fixture Investment Authority watched. Amazon, unlike the Fixture Investment Authority,"
        + " paid.");
    // Tables and headings keep the bare name.
    String companies = Files.readString(site.resolve("en/companies.html"), StandardCharsets.UTF_8);
    assertThat(companies).contains("Fixture Investment Authority").doesNotContain("the Fixture Investment Authority");
    // A country the locale names officially is named as the press names it (walk 49: "홍콩(중국 특별행정구)").
    ShippedProject.replace(project, "data/companies.csv", "Fixture Investment Authority,public,AE,",
        "Fixture Investment Authority,public,HK,");
    new BriefingBuild(BuildListener.silent()).build(project, site, false).orElseThrow();
    assertThat(Files.readString(site.resolve("ko/companies/fixture-fund.html"), StandardCharsets.UTF_8)
        .replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")).contains("국가 홍콩").doesNotContain("특별행정구");
    assertThat(Files.readString(site.resolve("en/companies/fixture-fund.html"), StandardCharsets.UTF_8)
        .replaceAll("<[^>]+>", " ")).contains("Hong Kong").doesNotContain("SAR China");
  }

  @Test
  void aTheWrittenBeforeSuchANameIsReported() {
    Path project = project("Amazon, unlike the {{company:fixture-fund:name}}, paid.");
    assertThat(ShippedProject.checkProblems(project)).singleElement().asString()
        .contains("expected no 'the' before {{company:fixture-fund:name}}, which reads 'the Fixture Investment Authority'");
  }
}
