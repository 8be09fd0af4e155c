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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Key figures of one label are told apart in the label: a new user's page showed two "xAI 시리즈E"
 * cards (one denied, one closed) that only the small date line under them told apart.
 */
class KeyFigureLabelsTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  private static List<Headline> headlines(Lang lang, String... ids) {
    List<FigureRef> refs = java.util.Arrays.stream(ids)
        .map(id -> new FigureRef("spending", List.of(id), "", "spending:" + id, SourcePos.startOf("t"))).toList();
    return SiteRenderer.headlines(B, new Figures(B), refs, lang, lang.code() + "/index.html",
        SiteRenderer.RowPlaces.of(B));
  }

  @Test
  void aTrancheSaysItIsOneInstalmentOfACommitment() {
    // A new user's "소프트뱅크그룹 → 오픈AI 225억달러" over one paid instalment read as all it put in.
    for (Lang lang : Lang.values()) {
      List<Headline> cards = SiteRenderer.headlines(B, new Figures(B), List.of(
          new FigureRef("investment", List.of("amazon-anthropic-t2"), "", "t2", SourcePos.startOf("t")),
          new FigureRef("investment", List.of("amazon-anthropic-2024-11-t1"), "", "t1", SourcePos.startOf("t"))),
          lang, lang.code() + "/index.html", SiteRenderer.RowPlaces.of(B));
      assertThat(cards).extracting(Headline::label).containsExactly(
          lang == Lang.KO ? "아마존 → 앤스로픽 · 분할 투자" : "Amazon → Anthropic · tranche",
          lang == Lang.KO ? "아마존 → 앤스로픽 · 분할 투자 예정" : "Amazon → Anthropic · tranche, planned");
    }
  }

  @Test
  void twoCardsOfOneLabelSayTheirDatesInTheLabel() {
    // Meta's capex guidance of January and of October 2025: one company, kind and period.
    List<Headline> ko = headlines(Lang.KO, "meta-capex-2025-01", "meta-capex-2025-10", "amazon-capex-2025-10");
    assertThat(ko).extracting(Headline::label).containsExactly("메타 · 2025년 설비투자 계획 · 2025년 1월 24일",
        "메타 · 2025년 설비투자 계획 · 2025년 10월 29일", "아마존 · 2025년 설비투자 계획");
    List<Headline> en = headlines(Lang.EN, "meta-capex-2025-01", "meta-capex-2025-10");
    assertThat(en.get(0).label()).endsWith(" · " + en.get(0).date());
    assertThat(en.get(0).label()).isNotEqualTo(en.get(1).label());
    // A label of its own is left as it is.
    assertThat(headlines(Lang.KO, "meta-capex-2025-10").get(0).label()).isEqualTo("메타 · 2025년 설비투자 계획");
  }
}
