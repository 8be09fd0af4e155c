package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A valuation that is an estimate (its basis) and whose claim is an estimate says so once: a new
 * user's prose read "약 8000억원(추정치, 추정치)" / "about ₩800 billion (estimate; estimate)".
 */
class EstimateSaidOnceTest {
  @TempDir Path dir;

  @Test
  void anEstimatedEstimateIsCalledAnEstimateOnce() {
    Path project = ShippedProject.copyTo(dir);
    // Scale AI's value, shipped with basis 'estimate', given the claim 'estimated' too.
    ShippedProject.replace(project, "data/valuations.csv", "estimate,,\n", "estimate,,estimated\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(b.valuation("scale-ai-2025-06").orElseThrow().reporting().claim().code()).isEqualTo("estimated");
    FigureRef ref = new FigureRef("valuation", List.of("scale-ai-2025-06"), "", "v", SourcePos.startOf("t"));
    assertThat(new Figures(b).text(ref, Lang.KO)).isEqualTo("290억달러(추정치)");
    assertThat(new Figures(b).text(ref, Lang.EN)).isEqualTo("$29 billion (estimate)");
  }
}
