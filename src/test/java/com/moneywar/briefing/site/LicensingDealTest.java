package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.FlowKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A licensing deal ({@code flows.csv}, kind {@code license}): a fee for a company's technology, often
 * with its founders hired. A new user had to enter Google–Windsurf as a "supply deal". The row added
 * here is a TEST FIXTURE, not a reported figure.
 */
class LicensingDealTest {
  @TempDir static Path dir;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-license");
    Files.writeString(project.resolve("data/flows.csv"),
        "fixture-license-2025-11,license,microsoft,mistral-ai,,,,,2420000000,,USD,exact,2025-11,fixture-license,,,,,,none,,,\n"
            + "fixture-hire-2025-12,license-hire,google,scale-ai,,,,,2430000000,,USD,about,2025-12,fixture-license,,,,,,none,,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  @Test
  void itIsNamedAsALicensingDealInTheTableTheKeyFigureAndOnTheTimeline() {
    assertThat(briefing.flows().stream().filter(f -> f.id().equals("fixture-license-2025-11")).findFirst().orElseThrow()
        .flowKind()).isEqualTo(FlowKind.LICENSE);
    Figures figures = new Figures(briefing);
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      FactTable flows = new FactTables(briefing, figures, lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").flows();
      String row = flows.rows().stream().filter(r -> r.id().equals("flow-fixture-license-2025-11")).findFirst().orElseThrow()
          .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
      assertThat(row).contains(ko ? "기술 라이선스 계약" : "Licensing deal").doesNotContain(ko ? "공급 계약" : "Supply deal");
      FigureRef ref = new FigureRef("flow", List.of("fixture-license-2025-11"), "", "flow:fixture-license-2025-11",
          SourcePos.startOf("t"));
      assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(briefing)).get(0).label())
          .isEqualTo(ko ? "마이크로소프트 → 미스트랄AI · 기술 라이선스 계약" : "Microsoft → Mistral AI · licensing deal");
      ChartImage timeline = new ChartRenderer().render(briefing, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(com.moneywar.briefing.testing.ChartTexts.of(timeline.svg()))
          .anySatisfy(t -> assertThat(t.text()).startsWith(ko ? "기술 라이선스 계약" : "Licensing deal"));
      assertThat(timeline.table().toString()).contains("2420000000");
    }
  }

  /**
   * A licensing deal whose amount also pays the people hired (a new user's Google–Windsurf: "$2.4
   * billion in licensing fees and compensation", shown as a licensing deal of $2.4 billion, as if
   * all of it went to Windsurf): kind {@code license-hire} says so wherever the amount is shown.
   */
  @Test
  void aLicenceThatAlsoPaysThePeopleHiredSaysSo() {
    Figures figures = new Figures(briefing);
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      FactTable flows = new FactTables(briefing, figures, lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").flows();
      String row = flows.rows().stream().filter(r -> r.id().equals("flow-fixture-hire-2025-12")).findFirst().orElseThrow()
          .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
      assertThat(row).contains(ko ? "기술 라이선스·인력 영입" : "Licensing and hiring deal");
      // The caption names both kinds, apart: a middle dot would run them together.
      assertThat(flows.caption()).contains(ko ? "기술 라이선스 계약, 기술 라이선스·인력 영입"
          : "licensing deal, licensing and hiring deal");
      FigureRef ref = new FigureRef("flow", List.of("fixture-hire-2025-12"), "", "flow:fixture-hire-2025-12",
          SourcePos.startOf("t"));
      assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(briefing)).get(0).label())
          .isEqualTo(ko ? "구글 → 스케일AI · 기술 라이선스·인력 영입" : "Google → Scale AI · licensing and hiring deal");
      ChartImage timeline = new ChartRenderer().render(briefing, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      // One mark for both licences, its key naming each.
      assertThat(com.moneywar.briefing.testing.ChartTexts.of(timeline.svg())).anySatisfy(t -> assertThat(t.text())
          .isEqualTo(ko ? "기술 라이선스 계약, 기술 라이선스·인력 영입" : "Licensing deal or licensing and hiring deal"));
      assertThat(timeline.table().stream().filter(r -> r.contains("2430000000")).findFirst().orElseThrow())
          .contains(ko ? "기술 라이선스·인력 영입" : "Licensing and hiring deal");
    }
  }

  /**
   * A procurement contract (kind {@code contract}): a new user's US Army enterprise agreement with
   * Palantir, "up to $10 billion over ten years", could only be entered as a licensing deal. The row
   * is a TEST FIXTURE, not a reported figure.
   */
  @Test
  void aProcurementContractIsNamedAsOne(@TempDir Path other) throws IOException {
    Path project = ShippedProject.copyTo(other);
    ShippedProject.addFixtureSource(project, "fixture-contract");
    Files.writeString(project.resolve("data/flows.csv"),
        "fixture-contract-2025-07,contract,microsoft,scale-ai,,,,,10000000000,,USD,up-to,2025-07,fixture-contract,,,,,,none,,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    Figures figures = new Figures(b);
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      FigureRef ref = new FigureRef("flow", List.of("fixture-contract-2025-07"), "", "flow:fixture-contract-2025-07",
          SourcePos.startOf("t"));
      assertThat(SiteRenderer.headlines(b, figures, List.of(ref), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(b)).get(0).label())
          .isEqualTo(ko ? "마이크로소프트 → 스케일AI · 조달 계약" : "Microsoft → Scale AI · procurement contract");
      ChartImage timeline = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow();
      assertThat(com.moneywar.briefing.testing.ChartTexts.of(timeline.svg()))
          .anySatisfy(t -> assertThat(t.text()).isEqualTo(ko ? "조달 계약" : "Procurement contract"));
    }
  }
}
