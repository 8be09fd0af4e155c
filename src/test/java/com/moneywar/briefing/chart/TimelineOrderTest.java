package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A timeline's deals, and so its table, come in the order its drawing places them: a date known only
 * to its year or month at its middle. Walk 76's "2024" Helsing round headed the table, above a deal of
 * February 2024, and stood mid-2024 on the chart.
 */
class TimelineOrderTest {
  @Test
  void aDealKnownOnlyToItsYearComesWhereTheChartDrawsIt(@TempDir Path dir) {
    Path project = ShippedProject.copyTo(dir);
    // A TEST FIXTURE: Microsoft's euro investment in Mistral AI moved to January 2023, before its
    // "2023" in OpenAI (drawn mid-2023).
    ShippedProject.replace(project, "data/investments.csv",
        "microsoft-mistral-2024,microsoft,mistral-ai,single,,15000000,EUR,exact,invested,2024-02,",
        "microsoft-mistral-2024,microsoft,mistral-ai,single,,15000000,EUR,exact,invested,2023-01,");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    var spec = b.charts().stream().filter(c -> c.kind() == ChartKind.TIMELINE).findFirst().orElseThrow();
    List<String> ids = TimelineChart.deals(b, spec).stream().map(MoneyFact::id).toList();
    assertThat(ids).containsSubsequence("microsoft-mistral-2024", "microsoft-openai-2023");
    List<Double> xs = TimelineChart.deals(b, spec).stream().map(f -> TimeAxis.x(f.date())).toList();
    assertThat(xs).isSorted();
  }
}
