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
 * A running total says what it adds up: money paid in to date, money promised to date, or a total
 * expected once a deal closes. A new user's "SoftBank expects its cumulative investment to reach
 * $64.6 billion" read "SoftBank Group → OpenAI · to date"; another's "has in total committed up to
 * $13 billion" read "· expected total". The rows added here are TEST FIXTURES, not reported figures.
 */
class ExpectedTotalTest {
  @TempDir Path dir;

  @Test
  void aRunningTotalSaysWhatItAddsUp() {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-total");
    String tail = ",fixture-total,none" + ",".repeat(12) + "\n";
    ShippedProject.appendRows(project, "data/investments.csv",
        "fixture-expected,softbank,openai,total,,64600000000,USD,exact,planned,2025-10-01" + tail
            + "fixture-to-date,softbank,openai,total,,30000000000,USD,exact,invested,2025-10-01" + tail
            + "fixture-promised,softbank,openai,total,,40000000000,USD,exact,announced,2025-10-01" + tail);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    List<FigureRef> refs = List.of(new FigureRef("investment", List.of("fixture-expected"), "", "e", SourcePos.startOf("t")),
        new FigureRef("investment", List.of("fixture-to-date"), "", "d", SourcePos.startOf("t")),
        new FigureRef("investment", List.of("fixture-promised"), "", "p", SourcePos.startOf("t")));
    var ko = SiteRenderer.headlines(b, new Figures(b), refs, Lang.KO, "ko/index.html", SiteRenderer.RowPlaces.of(b));
    var en = SiteRenderer.headlines(b, new Figures(b), refs, Lang.EN, "en/index.html", SiteRenderer.RowPlaces.of(b));
    assertThat(ko.get(0).label()).isEqualTo("소프트뱅크그룹 → 오픈AI · 누적(예정)");
    assertThat(en.get(0).label()).isEqualTo("SoftBank Group → OpenAI · expected total");
    assertThat(ko.get(1).label()).isEqualTo("소프트뱅크그룹 → 오픈AI · 누적");
    assertThat(en.get(1).label()).isEqualTo("SoftBank Group → OpenAI · to date");
    assertThat(ko.get(2).label()).isEqualTo("소프트뱅크그룹 → 오픈AI · 누적 약속");
    assertThat(en.get(2).label()).isEqualTo("SoftBank Group → OpenAI · committed to date");
  }
}
