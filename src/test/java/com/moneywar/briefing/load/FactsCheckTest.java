package com.moneywar.briefing.load;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static com.moneywar.briefing.testing.ShippedProject.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.pipeline.BuildSummary;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new fact columns and rules, checked on a copy of the shipped briefing as a user would meet them. */
class FactsCheckTest {
  private static final String COMPANIES = "data/companies.csv";
  private static final String VALUATIONS = "data/valuations.csv";
  private static final String INVESTMENTS = "data/investments.csv";
  private static final String ROUNDS = "data/rounds.csv";
  private static final String TEXT_EN = "data/texts/ai-money-war-2024-03-28.en.md";
  private static final String TEXT_KO = "data/texts/ai-money-war-2024-03-28.ko.md";

  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void copyShippedBriefing() {
    project = ShippedProject.copyTo(dir);
  }

  private List<String> problems() {
    return ShippedProject.checkProblems(project);
  }

  @Test
  void errorsInTwoTablesAndATextAreAllReportedInOneCheck() {
    replace(project, COMPANIES, "mistral-ai,미스트랄AI,Mistral AI,ai-lab,FR", "mistral-ai,미스트랄AI,Mistral AI,ai-lab,France");
    replace(project, VALUATIONS, "openai-2023,openai,29000000000,USD,exact", "openai-2023,openai,29000000000,USD,ceiling");
    replace(project, TEXT_EN, "{{investment:amazon-anthropic-t2}}", "{{investment:amazon-anthropic-t9}}");
    String text = positionOf(project, TEXT_EN, "{{investment:amazon-anthropic-t9}}");
    assertThat(problems()).containsExactly(
        positionOf(project, COMPANIES, "France")
            + ": error: expected an ISO 3166-1 two-letter country code such as US or FR in column 'country', found 'France'",
        text + ": error: expected the id of a row in data/investments.csv in {{investment:amazon-anthropic-t9}}, found no row 'amazon-anthropic-t9'",
        positionOf(project, VALUATIONS, "ceiling")
            + ": error: expected one of exact, up-to, about, at-least, more-than, range in column 'bound', found 'ceiling'");
  }

  @Test
  void aRateOlderThanAllowedIsReportedAtTheFactsDate() {
    replace(project, INVESTMENTS, "invested,2024-10-02,wsj-2024-10-03,none", "invested,2024-10-02,wsj-2024-10-03,");
    String row = positionOf(project, INVESTMENTS, "thrive-openai-2024-10,");
    String date = positionOf(project, INVESTMENTS, "2024-10-02,wsj-2024-10-03,,");
    assertThat(date).startsWith(row.substring(0, row.lastIndexOf(':')));
    assertThat(problems()).contains(date + ": error: expected a USD→KRW rate for 'thrive-openai-2024-10' in"
        + " data/exchange_rates.csv dated on or before 2024-10-02 and at most 7 days older, found none; nearest rates:"
        + " 'usd-krw-2024-03-28' (2024-03-28) (add a rate, name one in column 'fx', or write 'none' there)");
  }

  @Test
  void anInvestorOutsideItsRoundAndAnInvestorListedTwiceAreRefused() {
    replace(project, INVESTMENTS, "nvidia-openai-2024-10,nvidia,openai", "nvidia-openai-2024-10,google,openai");
    replace(project, ROUNDS, "openai-2025-03,openai,equity,softbank,", "openai-2025-03,openai,equity,coatue,");
    List<String> problems = problems();
    assertThat(problems).contains(
        positionOf(project, INVESTMENTS, "google,openai,single")
            + ": error: expected an investor named in column 'lead' or 'participants' of round 'openai-2024-10', found google",
        positionOf(project, ROUNDS, "microsoft coatue altimeter-capital thrive-capital,openai-2025-03")
            + ": error: expected each investor once, as lead or participant, found 'coatue' in both");
  }

  @Test
  void placeholdersInTitleAndSummaryAreRenderedOnThePage() throws IOException {
    replace(project, TEXT_EN, "title: Amazon completes its Anthropic bet",
        "title: {{investment:amazon-anthropic-t2:amount}} more: Amazon completes its Anthropic bet");
    // A figure in a text must be on the record at the text's date (docs/series.md): this one is.
    replace(project, TEXT_KO, "summary: ", "summary: 오픈AI 기업가치는 {{valuation:openai-2024-03}}로 평가됐다. ");
    Path out = dir.resolve("out");
    Result<BuildSummary> built = new BriefingBuild(BuildListener.silent()).build(project, out, false);
    assertThat(built.problems()).isEmpty();
    String en = Files.readString(out.resolve("en/briefings/ai-money-war-2024-03-28.html"), StandardCharsets.UTF_8);
    assertThat(en).contains("<title>$2.75 billion more: Amazon completes").doesNotContain("{{");
    // The summary is the seed briefing's, shown on its own page (the home page shows the newest briefing).
    String ko = Files.readString(out.resolve("ko/briefings/ai-money-war-2024-03-28.html"), StandardCharsets.UTF_8);
    assertThat(ko).contains("오픈AI 기업가치는 860억달러(약 116조원)로 평가됐다.").doesNotContain("{{");
  }

  @Test
  void aBadPlaceholderInTheFrontMatterIsReportedAtItsPosition() {
    replace(project, TEXT_EN, "title: Amazon completes", "title: {{investment:nope:amount}} Amazon completes");
    assertThat(problems()).containsExactly(positionOf(project, TEXT_EN, "{{investment:nope")
        + ": error: expected the id of a row in data/investments.csv in {{investment:nope:amount}}, found no row 'nope'");
  }
}
