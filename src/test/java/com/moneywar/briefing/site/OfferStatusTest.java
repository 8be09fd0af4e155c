package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What became of a pay offer ({@code talent_offers.csv}, column {@code status}): walk 77's declined
 * package read as pay a researcher took, in the table and in the text. The rows added here are TEST
 * FIXTURES, not reported figures.
 */
class OfferStatusTest {
  @TempDir Path dir;

  private Briefing briefing(String status) {
    return new BriefingBuild(BuildListener.silent()).check(project(status)).orElseThrow();
  }

  private Path project(String status) {
    Path project = ShippedProject.copyTo(dir.resolve(status.isEmpty() ? "none" : status));
    ShippedProject.addFixtureSource(project, "fixture-talent");
    ShippedProject.addColumn(project, "data/talent_offers.csv", "status");
    ShippedProject.appendRows(project, "data/talent_offers.csv", "fixture-package,meta,시험용 연구자 보상 패키지,"
        + "Fixture researcher pay package,1500000000,USD,total,up-to,2025-08-15,fixture-talent,none,,시험용.,Fixture.,,,,"
        + status + "\n");
    return project;
  }

  private static String text(Briefing b, String field, Lang lang) {
    return new Figures(b).text(new FigureRef("talent", List.of("fixture-package"), field, "talent:fixture-package",
        SourcePos.startOf("t")), lang);
  }

  private static List<String> cells(FactTable table, String id) {
    return table.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow().cells().stream()
        .map(FactTable.Cell::text).toList();
  }

  @Test
  void aDeclinedOfferSaysSoInItsBracketsItsStatusAndTheTable() {
    Briefing b = briefing("declined");
    assertThat(text(b, "", Lang.KO)).isEqualTo("최대 15억달러(제안 거절)");
    assertThat(text(b, "", Lang.EN)).isEqualTo("up to $1.5 billion (offer declined)");
    assertThat(text(b, "status", Lang.KO)).isEqualTo("제안 거절");
    assertThat(text(b, "amount", Lang.EN)).isEqualTo("up to $1.5 billion");
    FactTable ko = new FactTables(b, new Figures(b), Lang.KO, ShippedProject.messages("ko"), "ko/talent.html").talent();
    assertThat(ko.columns()).contains("제안 결과");
    assertThat(cells(ko, "fixture-package")).contains("거절");
    assertThat(cells(ko, "ai-researcher-pay-2024-03")).as("an offer no source says more of").contains("알려지지 않음");
    FactTable en = new FactTables(b, new Figures(b), Lang.EN, ShippedProject.messages("en"), "en/talent.html").talent();
    assertThat(cells(en, "fixture-package")).contains("Declined");
    assertThat(en.rows()).allSatisfy(r -> assertThat(r.cells()).hasSameSizeAs(en.columns()));
  }

  @Test
  void anOfferWithNoOutcomeOnRecordAddsNoWordNorColumn() {
    Briefing b = briefing("");
    assertThat(text(b, "", Lang.EN)).isEqualTo("up to $1.5 billion");
    FactTable en = new FactTables(b, new Figures(b), Lang.EN, ShippedProject.messages("en"), "en/talent.html").talent();
    assertThat(en.columns()).doesNotContain("Outcome");
    assertThat(en.rows()).allSatisfy(r -> assertThat(r.cells()).hasSameSizeAs(en.columns()));
  }

  @Test
  void aDeclineSaidAgainBesideTheFullFormIsReportedAtTheWord() {
    Path project = project("declined");
    String ko = "data/texts/ai-money-war-2025-11-28.ko.md";
    ShippedProject.replace(project, ko, "에 사들였다.", "에 사들였다. 한 연구자는 메타의 {{talent:fixture-package}} 제안을"
        + " 거절했다.");
    List<String> problems = ShippedProject.checkProblems(project);
    assertThat(problems).singleElement().asString()
        .startsWith(ShippedProject.positionOf(project, ko, "거절했다."))
        .contains("expected the status said once: {{talent:fixture-package}} already says '제안 거절' in its brackets,"
            + " found '거절' after it");
  }
}
