package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valuation that is an estimate by its basis and by its claim is called an estimate once in a
 * chart's words too: a new user's valuations chart note read "200억~500억달러(추정치·추정치)" /
 * "$20–50 billion (estimate, estimate)".
 */
class ChartEstimateOnceTest {
  @TempDir Path dir;

  @Test
  void anEstimatedEstimateIsCalledAnEstimateOnceUnderAChart() {
    Path project = ShippedProject.copyTo(dir);
    // Scale AI's value, shipped with basis 'estimate', given the claim 'estimated' too.
    ShippedProject.replace(project, "data/valuations.csv", "estimate,,\n", "estimate,,estimated\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    var v = b.valuation("scale-ai-2025-06").orElseThrow();
    assertThat(new ChartWording(b, Lang.KO).money(v)).isEqualTo("290억달러(추정치)");
    assertThat(new ChartWording(b, Lang.EN).money(v)).isEqualTo("$29 billion (estimate)");
    // A reported estimate of another basis still says both what it is and how it is reported.
    ShippedProject.replace(project, "data/valuations.csv", "estimate,,estimated\n", "estimate,,reported\n");
    Briefing reported = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(new ChartWording(reported, Lang.KO).money(reported.valuation("scale-ai-2025-06").orElseThrow()))
        .isEqualTo("290억달러(추정치·보도)");
  }
}
