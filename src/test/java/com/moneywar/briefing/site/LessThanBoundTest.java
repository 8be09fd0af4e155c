package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.AmountText;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.InvestmentTree.Total;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Less than" ({@code bound} = {@code less-than}): walk 72's "a little less than a billion" (WSJ)
 * and an earlier user's "well under $10 billion" had only "up to" to be entered as. The shipped
 * Microsoft share of OpenAI's October 2024 round, "up to" in the shipped data, is made "less than"
 * here as a TEST FIXTURE.
 */
class LessThanBoundTest {
  @TempDir Path dir;

  @Test
  void lessThanIsWrittenAsTheSourceSaysItAndAddedUpAsACeiling() {
    Money billion = new Money(new BigDecimal("1000000000"), Currency.getInstance("USD"));
    assertThat(AmountText.of(Bound.LESS_THAN, billion, Optional.empty(), Lang.KO)).isEqualTo("10억달러 미만");
    assertThat(AmountText.of(Bound.LESS_THAN, billion, Optional.empty(), Lang.EN)).isEqualTo("less than $1 billion");
    Money won = new Money(new BigDecimal("1400000000000"), Currency.getInstance("KRW"));
    assertThat(AmountText.approximately(Bound.LESS_THAN, won, Optional.empty(), Lang.KO)).isEqualTo("약 1조4000억원 미만");
    assertThat(AmountText.approximately(Bound.LESS_THAN, won, Optional.empty(), Lang.EN))
        .isEqualTo("less than about ₩1.4 trillion");
  }

  @Test
  void aRowLessThanAnAmountIsCheckedWrittenAndTotalledAsACeiling() {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.replace(project, "data/investments.csv", "microsoft-openai-2024-10,microsoft,openai,single,,1000000000,USD,up-to,",
        "microsoft-openai-2024-10,microsoft,openai,single,,1000000000,USD,less-than,");
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.ko.md", "## 오픈AI,",
        "마이크로소프트는 이 라운드에 {{investment:microsoft-openai-2024-10}}를 넣었다.\n\n## 오픈AI,");
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.en.md", "## OpenAI:",
        "Microsoft put under {{investment:microsoft-openai-2024-10}} into that round.\n\n## OpenAI:");
    // The particle follows "미만", and the bound is not said twice.
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p).contains(
            "expected the particle '을' after {{investment:microsoft-openai-2024-10}}, which reads '10억달러 미만'"))
        .anySatisfy(p -> assertThat(p).contains("it reads 'less than $1 billion'), found 'under'"));
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.ko.md", "}}를 넣었다.", "}}을 넣었다.");
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.en.md", "put under {{", "put {{");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    FigureRef ref = new FigureRef("investment", List.of("microsoft-openai-2024-10"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(b).text(ref, Lang.KO)).isEqualTo("10억달러 미만");
    assertThat(new Figures(b).text(ref, Lang.EN)).isEqualTo("less than $1 billion");
    // Added up as an "up to" is: Microsoft's $13 billion and less than $1 billion are up to $14 billion.
    Total paid = CompanyRecord.of(b, "microsoft").paidBy().get(Currency.getInstance("USD"));
    assertThat(paid.bound()).isEqualTo(Bound.UP_TO);
    assertThat(paid.stated().amount()).isEqualByComparingTo("14000000000");
  }
}
