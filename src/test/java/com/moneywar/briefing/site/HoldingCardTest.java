package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.Headline;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key figure of a stake held whose value no source gives shows its percentage: walk 73's card for
 * Google's 14% of Anthropic read "금액 미상(보도)" in large type, the 14% only in its small label. The
 * row added here is a TEST FIXTURE, not a reported figure.
 */
class HoldingCardTest {
  @TempDir Path dir;

  @Test
  void aStakeHeldOfNoStatedValueShowsItsPercentage() {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.appendRows(project, "data/flows.csv", "fixture-held,holding,microsoft,openai,27,agreed,,,,,USD,exact,"
        + "2025-11-19,wyomingstar-2025-11-19,,reported,,,,,,,\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    List<FigureRef> refs = List.of(new FigureRef("flow", List.of("fixture-held"), "", "{{…}}", SourcePos.startOf("t")));
    Headline ko = SiteRenderer.headlines(b, new Figures(b), refs, Lang.KO, "ko/index.html", SiteRenderer.RowPlaces.of(b))
        .get(0);
    Headline en = SiteRenderer.headlines(b, new Figures(b), refs, Lang.EN, "en/index.html", SiteRenderer.RowPlaces.of(b))
        .get(0);
    assertThat(ko.label()).isEqualTo("마이크로소프트 → 오픈AI · 지분 보유");
    assertThat(ko.value()).isEqualTo("지분 27%(보도)");
    assertThat(en.label()).isEqualTo("Microsoft → OpenAI · stake held");
    assertThat(en.value()).isEqualTo("27% stake (reported)");
  }

  @Test
  void theDealsTableNamesStakesHeldOnceInItsCaption() {
    // Walk 72's caption read "투자가 아닌 거래(컴퓨팅 구매 약정·지분 보유·지분 보유(가치)·…)".
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.appendRows(project, "data/flows.csv", "fixture-held,holding,microsoft,openai,27,agreed,,,,,USD,exact,"
        + "2025-11-19,wyomingstar-2025-11-19,,reported,,,,,,,\n"
        + "fixture-valued,holding,amazon,anthropic,,agreed,,,13800000000,,USD,exact,"
        + "2025-11-19,wyomingstar-2025-11-19,,reported,,,,none,,,\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    String ko = new FactTables(b, new Figures(b), Lang.KO, ShippedProject.messages("ko"), "ko/investments.html")
        .flows().caption();
    String en = new FactTables(b, new Figures(b), Lang.EN, ShippedProject.messages("en"), "en/investments.html")
        .flows().caption();
    assertThat(ko).contains("·지분 보유").doesNotContain("(가치)");
    assertThat(en).contains(", stake held").doesNotContain("(value)");
  }

  @Test
  void aDealCompletedSaysSoOnItsCard() {
    // Walk 73: the edition on the closing of Google's Wiz purchase showed only the agreement. The
    // shipped stake of Meta in Scale AI closed on 12 June 2025.
    Briefing b = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    List<FigureRef> refs = List.of(new FigureRef("flow", List.of("meta-scale-ai-2025-06"), "", "{{…}}",
        SourcePos.startOf("t")));
    assertThat(SiteRenderer.headlines(b, new Figures(b), refs, Lang.KO, "ko/index.html", SiteRenderer.RowPlaces.of(b))
        .get(0).label()).isEqualTo("메타 → 스케일AI · 지분 49% 매입 · 2025년 6월 12일 완료");
    assertThat(SiteRenderer.headlines(b, new Figures(b), refs, Lang.EN, "en/index.html", SiteRenderer.RowPlaces.of(b))
        .get(0).label()).isEqualTo("Meta → Scale AI · 49% stake · completed June 12, 2025");
  }
}
