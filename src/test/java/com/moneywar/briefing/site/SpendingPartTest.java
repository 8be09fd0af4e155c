package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spending row whose amount another row holds ({@code part_of}): a new user's EU pledges, InvestAI's
 * €200 billion "including a dedicated €20 billion fund", were drawn as two bars a reader would add up.
 * The part is drawn inside its whole, said under the chart, named in the tables and never added to
 * it. The rows added here are TEST FIXTURES, not reported figures.
 */
class SpendingPartTest {
  @TempDir Path dir;

  /** The shipped project with a 'part_of' column in spending.csv and {@code row}'s cells added. */
  private Path project(Path at, String id, String amount, String partOf) {
    Path project = ShippedProject.copyTo(at);
    ShippedProject.addFixtureSource(project, "fixture-part");
    ShippedProject.addColumn(project, "data/spending.csv", "part_of");
    ShippedProject.appendRows(project, "data/spending.csv", String.join(",", id, "amazon", "ai-infrastructure", "2025",
        "planned", "", amount, "", "USD", "exact", "2025-11", "fixture-part", "", "", "", "", "", "none", "", "", "",
        partOf) + "\n");
    return project;
  }

  @Test
  void aPartIsDrawnInsideItsWholeNamedInTheTablesAndNeverAddedToIt() {
    Path project = project(dir.resolve("p"), "fixture-part", "50000000000", "amazon-capex-2025-10");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage capex = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("capex"))
          .findFirst().orElseThrow();
      String bars = capex.table().toString();
      assertThat(bars).contains(lang == Lang.KO ? "아마존" : "Amazon").doesNotContain("50000000000");
      assertThat(capex.caption()).contains(lang == Lang.KO
          ? "다른 막대의 금액에 이미 들어 있는 계획 1건(아마존 · 2025년 AI 인프라 투자 계획 500억달러)"
          : "1 plan already inside another bar's amount (Amazon · 2025 AI infrastructure spending, planned: $50 billion)");
    }
    Path site = BuiltSite.build(project, dir.resolve("site"));
    assertThat(BuiltSite.dataPageText(site, "ko", "investments")).contains("아마존 · 2025년 설비투자 약 1250억달러에 포함.");
    assertThat(BuiltSite.dataPageText(site, "en", "investments"))
        .contains("Part of Amazon · 2025 capital expenditure, about $125 billion.");
  }

  @Test
  void aSumOfAPartAndItsWholeAndAWholeSmallerThanItsPartAreRefused() {
    Path project = project(dir.resolve("sum"), "fixture-part", "50000000000", "amazon-capex-2025-10");
    ShippedProject.replace(project, "data/texts/ai-money-war-2025-11-28.en.md",
        "{{sum:spending:meta-capex-2025-10+amazon-capex-2025-10:amount}}",
        "{{sum:spending:amazon-capex-2025-10+fixture-part:amount}}");
    assertThat(ShippedProject.checkProblems(project)).singleElement().asString()
        .contains("expected rows that hold no money of one another in {{sum:spending:amazon-capex-2025-10+fixture-part:amount}},"
            + " found 'fixture-part', which is part of 'amazon-capex-2025-10'");
    List<String> larger = ShippedProject.checkProblems(project(dir.resolve("large"), "fixture-part", "150000000000",
        "amazon-capex-2025-10"));
    assertThat(larger).singleElement().asString().contains("expected a whole at least as large as its part ($150"
        + " billion) in column 'part_of', found 'amazon-capex-2025-10' (about $125 billion)");
    List<String> missing = ShippedProject.checkProblems(project(dir.resolve("missing"), "fixture-part", "50000000000",
        "amazon-capex-2025"));
    assertThat(missing).singleElement().asString().contains("in column 'part_of', found 'amazon-capex-2025'")
        .contains("did you mean 'amazon-capex-2025-10'?");
    // Two rows each part of the other: a circle, named once from each side.
    Path circle = project(dir.resolve("circle"), "fixture-a", "50000000000", "fixture-b");
    ShippedProject.appendRows(circle, "data/spending.csv", String.join(",", "fixture-b", "amazon", "ai-infrastructure",
        "2025", "planned", "", "50000000000", "", "USD", "exact", "2025-11", "fixture-part", "", "", "", "", "", "none",
        "", "", "", "fixture-a") + "\n");
    assertThat(ShippedProject.checkProblems(circle)).anySatisfy(p -> assertThat(p)
        .contains("found a circle: 'fixture-a' → 'fixture-b' → 'fixture-a'"));
  }
}
