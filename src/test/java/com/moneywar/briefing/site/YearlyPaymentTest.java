package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.TableRows;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payment made each year ({@code flows.csv}, column {@code per}): a new user's "Apple will pay Google
 * about $1 billion a year" read "about $1 billion" in key figures and tables, as if it were the deal's
 * whole price. The row added here is a TEST FIXTURE, not a reported figure.
 */
class YearlyPaymentTest {
  private static final String YEARLY = "fixture-yearly";
  private static final String ROW = YEARLY + ",license,microsoft,openai,,agreed,,,1000000000,,USD,about,2025-11-05,"
      + "fixture-yearly-source,,reported,,,,none,,시험용 값.,Test value.,";

  @TempDir Path dir;

  private Path project(String per) {
    return project(ROW, per);
  }

  private Path project(String row, String per) {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-yearly-source");
    ShippedProject.addColumn(project, "data/flows.csv", "per");
    ShippedProject.appendRows(project, "data/flows.csv", row + per + "\n");
    return project;
  }

  @Test
  void anotherReportsFigureOfAYearlyAmountIsYearlyToo() {
    // Walk 74: "연간 4500억엔" had its dollar figure from another report read "약 30억달러", a total.
    Briefing briefing = new BriefingBuild(BuildListener.silent()).check(project(ROW.replace(",reported,,,,none,",
        ",reported,1400000000,about,fixture-yearly-source,none,"), "year")).orElseThrow();
    Figures figures = new Figures(briefing);
    FigureRef alt = new FigureRef("flow", List.of(YEARLY), "alt", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(alt, Lang.KO)).isEqualTo("연간 약 14억달러");
    assertThat(figures.text(alt, Lang.EN)).isEqualTo("about $1.4 billion a year");
    assertThat(TableRows.text(new FactTables(briefing, figures, Lang.EN, ShippedProject.messages("en"),
        "en/investments.html").flows(), "flow-" + YEARLY)).contains("about $1.4 billion a year (");
  }

  @Test
  void aYearlyAmountSaysSoWhereverItIsWrittenAndIsNeverDrawnNorAddedUp() {
    Briefing briefing = new BriefingBuild(BuildListener.silent()).check(project("year")).orElseThrow();
    Figures figures = new Figures(briefing);
    FigureRef ref = new FigureRef("flow", List.of(YEARLY), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(ref, Lang.KO)).startsWith("연간 약 10억달러");
    assertThat(figures.text(ref, Lang.EN)).startsWith("about $1 billion a year");
    assertThat(TableRows.text(new FactTables(briefing, figures, Lang.EN, ShippedProject.messages("en"),
        "en/investments.html").flows(), "flow-" + YEARLY)).contains("about $1 billion a year");
    for (Lang lang : Lang.values()) {
      ChartImage timeline = new ChartRenderer().render(briefing, lang).stream()
          .filter(c -> c.name().equals("timeline")).findFirst().orElseThrow();
      assertThat(timeline.table().toString()).doesNotContain("USD, 1000000000,");
      assertThat(timeline.caption()).contains(lang == Lang.KO ? "연간 금액만 밝혀진 거래 1건(마이크로소프트 → 오픈AI · 기술 라이선스 계약)"
          : "1 deal stated only as a yearly amount (Microsoft → OpenAI · licensing deal)");
    }
  }

  @Test
  void aSumOfAYearlyAmountAndAKoreanWordItRepeatsAreRefused() {
    Path project = project("year");
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    String ko = "data/texts/ai-money-war-2025-11-28.ko.md";
    ShippedProject.replace(project, en, "Its announcement of {{investment:amazon-anthropic-2024-11:date}}",
        "Together {{sum:flow:" + YEARLY + "+anthropic-azure-2025-11}}. Its announcement of"
            + " {{investment:amazon-anthropic-2024-11:date}}");
    ShippedProject.replace(project, ko, "에 사들였다.", "에 사들였다. 사용료는 연간 {{flow:" + YEARLY + "}}다.");
    List<String> problems = ShippedProject.checkProblems(project);
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("found '" + YEARLY + "' (a yearly amount, column 'per'"));
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(ShippedProject.positionOf(project, ko, "연간 {{flow:"))
        .contains("expected no '연간' before {{flow:" + YEARLY + "}}, which reads '연간 약 10억달러'"));
  }

  @Test
  void aPerOtherThanYearOrOnAStakeIsRefusedAtItsCell() {
    assertThat(ShippedProject.checkProblems(project("annual"))).anySatisfy(p -> assertThat(p)
        .contains("expected 'year' in column 'per'").contains("did you mean 'year'?"));
  }
}
