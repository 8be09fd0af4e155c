package com.moneywar.briefing.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Advisory;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a check allows but says: likely slips, and figures an edition shows without their won amount. */
class AdvisoriesTest {
  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void copyShippedBriefing() {
    project = ShippedProject.copyTo(dir);
  }

  private List<String> advisories() {
    BriefingBuild build = new BriefingBuild(BuildListener.silent());
    assertThat(build.check(project)).isInstanceOf(Result.Ok.class);
    return build.advisories().stream().map(Advisory::toString).toList();
  }

  private void replace(String file, String from, String to) throws IOException {
    Path path = project.resolve(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    assertThat(text).contains(from);
    Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
  }

  @Test
  void theShippedBriefingHasNone() {
    assertThat(advisories()).isEmpty();
  }

  @Test
  void aValuationThreeZerosShortIsSaidAtItsAmountButNotRefused() throws IOException {
    // A new user's 157000000 for OpenAI's $157 billion passed and read "1910.8 times its value half a
    // year earlier" in the prose. The right $300 billion after it is not questioned for being out of
    // step with the mistyped one.
    replace("data/valuations.csv", "openai-2024-10,openai,157000000000,", "openai-2024-10,openai,157000000,");
    String at = ShippedProject.positionOf(project, "data/valuations.csv", "157000000,");
    assertThat(advisories()).containsExactly(
        at + ": warning: expected a valuation of openai within a hundred times the one before it, 'openai-2024-03'"
            + " (86000000000 USD on 2024-03, line " + lineOf("openai-2024-03,") + "), found 157000000 USD on 2024-10-02,"
            + " 1/548 of it; check the digits of both (an amount is in units of its currency: 157000000000 for $157"
            + " billion)");
  }

  @Test
  void theFirstValuationOutOfStepWithTheRestIsSaidAgainstTheOneAfterIt() throws IOException {
    replace("data/valuations.csv", "openai-2023,openai,29000000000,", "openai-2023,openai,29000000,");
    assertThat(advisories()).containsExactly(ShippedProject.positionOf(project, "data/valuations.csv", "29000000,")
        + ": warning: expected a valuation of openai within a hundred times the one after it, 'openai-2024-03'"
        + " (86000000000 USD on 2024-03, line " + lineOf("openai-2024-03,") + "), found 29000000 USD on 2023,"
        + " 1/2966 of it; check the digits of both (an amount is in units of its currency: 157000000000 for $157"
        + " billion)");
  }

  @Test
  void aFigureAnEditionShowsWithoutTheWonAmountTheSiteGivesItIsSaidOncePerRowAndBrieflyForTheSameRate()
      throws IOException {
    // The rate's report dated a month after the edition (a database page dated only by its month):
    // the edition may not use it, and its figures lose their won amount.
    replace("data/sources.csv", "biz.sbs.co.kr/amp/article/20000273779,2025-11-21,",
        "biz.sbs.co.kr/amp/article/20000273779,2025-12,");
    replace("data/texts/ai-money-war-2025-11-28.en.md", "{{investment:nvidia-anthropic-2025-11:amount}}",
        "{{investment:nvidia-anthropic-2025-11}}");
    String ko = "data/texts/ai-money-war-2025-11-28.ko.md";
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    String full = " without its won amount: the rate the site converts it at, 'usd-krw-2025-11-21' (1475.6 on"
        + " 2025-11-21), is not on the edition's record, as its source 'sbsbiz-2025-11-21' was published 2025-12, after"
        + " the briefing's date. For a won amount here, give a rate of the edition's time whose source is dated on or"
        + " before 2025-11-28 in data/exchange_rates.csv (a rate from a database such as the Bank of Korea's ECOS is"
        + " published on the day it is for: date its row of data/sources.csv so, docs/data-format.md §3.3)";
    // Each language's text is told, in full the first time.
    String koHeadline = ShippedProject.positionOf(project, ko, "flow:anthropic-azure-2025-11");
    String enHeadline = ShippedProject.positionOf(project, en, "flow:anthropic-azure-2025-11");
    assertThat(advisories()).containsExactly(
        koHeadline + ": warning: the briefing of 2025-11-28 shows flow:anthropic-azure-2025-11" + full,
        enHeadline + ": warning: the briefing of 2025-11-28 shows flow:anthropic-azure-2025-11" + full,
        ShippedProject.positionOf(project, en, "{{investment:nvidia-anthropic-2025-11}}") + ": warning: the briefing of"
            + " 2025-11-28 shows {{investment:nvidia-anthropic-2025-11}} without its won amount too: the rate"
            + " 'usd-krw-2025-11-21' is not on the edition's record, as said at " + enHeadline.substring(en.length() + 1));
    // The check passes all the same (advisories() asserts it), and the amount-only figures of the
    // same rows, which show no won amount anywhere, are not named.
  }

  /** The line of the valuations row starting with {@code prefix}. */
  private String lineOf(String prefix) {
    return ShippedProject.positionOf(project, "data/valuations.csv", prefix).split(":")[1];
  }
}
