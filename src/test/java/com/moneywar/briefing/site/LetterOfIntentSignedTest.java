package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter of intent that the binding deal followed names that deal in {@code closed_as}: from the
 * deal's date it reads "의향서, 이후 계약" / "letter of intent, later signed", before it still "의향서",
 * and a timeline says it is inside the deal it draws rather than a deal still on paper. The rows are
 * TEST FIXTURES, not reported figures.
 */
class LetterOfIntentSignedTest {
  @TempDir Path dir;

  /** A copy of the shipped project with a letter of intent of September and the rows named in its {@code closed_as}. */
  private Path project(String intentStatus, String laterStatus) throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve(intentStatus + "-" + laterStatus));
    ShippedProject.addFixtureSource(project, "fixture-loi");
    Path flows = project.resolve("data/flows.csv");
    List<String> lines = Files.readAllLines(flows, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).endsWith(",note_ko,note_en");
    // The shipped table has no closed_as column: add it, empty in every shipped row.
    Files.writeString(flows, lines.stream().filter(l -> !l.isBlank()).map(l -> l + (l == lines.get(0) ? ",closed_as" : ","))
        .collect(Collectors.joining("\n", "", "\n"))
        + "fixture-loi-2025-09,supply,openai,nvidia,," + intentStatus + ",,,4440000000,,USD,exact,2025-09-22,fixture-loi,,"
        + "confirmed,,,,none,,시험용 값,Test value,fixture-deal-2025-11\n"
        + "fixture-deal-2025-11,supply,openai,nvidia,," + laterStatus + ",,,4440000000,,USD,exact,2025-11-10,fixture-loi,,"
        + "confirmed,,,,none,,시험용 값,Test value,\n", StandardCharsets.UTF_8);
    return project;
  }

  /**
   * Asserts that the row {@code kind:id} of {@code b} reads as a letter of intent later signed, its figure
   * {@code koAmount(의향서, 이후 계약)} and {@code en}, and as a letter of intent alone on 5 November 2025, before
   * the contract is on the record; returns the figure's reference.
   */
  private static FigureRef signedThenIntent(Briefing b, String kind, String id, String koAmount, String en) {
    FigureRef ref = new FigureRef(kind, List.of(id), "", "{{…}}", SourcePos.startOf("t"));
    Briefing before = AsOf.of(b, LocalDate.of(2025, 11, 5));
    assertThat(b.moneyFacts().get(kind + ":" + id).reporting().deal()).isEqualTo(DealStatus.INTENT_SIGNED);
    assertThat(before.moneyFacts().get(kind + ":" + id).reporting().deal()).isEqualTo(DealStatus.INTENT);
    assertThat(new Figures(b).text(ref, Lang.KO)).isEqualTo(koAmount + "(의향서, 이후 계약)");
    assertThat(new Figures(b).text(ref, Lang.EN)).isEqualTo(en);
    assertThat(new Figures(before).text(ref, Lang.KO)).isEqualTo(koAmount + "(의향서)");
    return ref;
  }

  @Test
  void aLetterOfIntentTheContractFollowedSaysSoFromTheContractsDate() throws IOException {
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project("intent", "agreed")).orElseThrow();
    FigureRef loi = signedThenIntent(b, "flow", "fixture-loi-2025-09", "44억4000만달러",
        "$4.44 billion (letter of intent, later signed)");
    Figures figures = new Figures(b);
    FigureRef status = new FigureRef("flow", List.of("fixture-loi-2025-09"), "status", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(status, Lang.KO)).isEqualTo("의향서, 이후 계약");
    assertThat(figures.text(status, Lang.EN)).isEqualTo("letter of intent, later signed");
    assertThat(SiteRenderer.headlines(b, figures, List.of(loi), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(b)).get(0).label()).isEqualTo("오픈AI → 엔비디아 · 공급 의향서, 이후 계약");

    // Drawn once, as the contract; the letter is named as inside it, not as a deal still on paper.
    String ko = new ChartRenderer().render(b, Lang.KO).stream().filter(c -> c.name().equals("timeline")).findFirst()
        .orElseThrow().caption();
    assertThat(ko).doesNotContain("의향서 단계인 거래").contains("이후 본계약으로 이어진 의향서·양해각서 1건(오픈AI → 엔비디아");
    String en = new ChartRenderer().render(b, Lang.EN).stream().filter(c -> c.name().equals("timeline")).findFirst()
        .orElseThrow().caption();
    assertThat(en).doesNotContain("1 letter of intent (").contains("1 letter of intent or memorandum a later contract"
        + " followed (OpenAI → Nvidia");
  }

  @Test
  void aLetterOfIntentNamesOnlyAContractAgreedAsWhatFollowed() throws IOException {
    Path project = project("intent", "called-off");
    // The letter's closed_as cell: just after the comma before the id it names.
    String comma = ShippedProject.positionOf(project, "data/flows.csv", ",fixture-deal-2025-11");
    int column = Integer.parseInt(comma.substring(comma.lastIndexOf(':') + 1));
    String cell = comma.substring(0, comma.lastIndexOf(':') + 1) + (column + 1);
    assertThat(ShippedProject.checkProblems(project)).contains(cell + ": error: expected the binding deal agreed after"
        + " this letter of intent in column 'closed_as' (leave it empty if none followed), found 'fixture-deal-2025-11',"
        + " whose status is 'called-off'");
  }

  /** A copy of the shipped project with an investor's letter of intent and the commitment signed after it, of {@code signedAmount}. */
  private Path investmentsProject(String signedAmount) throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("investments-" + signedAmount));
    ShippedProject.addFixtureSource(project, "fixture-loi");
    Path investments = project.resolve("data/investments.csv");
    List<String> lines = Files.readAllLines(investments, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).endsWith(",alt_source");
    // "Nvidia intends to invest up to $100 billion", then the commitment signed.
    Files.writeString(investments, lines.stream().filter(l -> !l.isBlank())
        .map(l -> l + (l == lines.get(0) ? ",closed_as" : ",")).collect(Collectors.joining("\n", "", "\n"))
        + "fixture-loi-inv,nvidia,openai,commitment,,100000000000,USD,up-to,intent,2025-09-22,fixture-loi,none,,,,,,,,,,,,,"
        + "fixture-signed-inv\n"
        + "fixture-signed-inv,nvidia,openai,commitment,," + signedAmount + ",USD,up-to,announced,2025-11-10,fixture-loi,none,,,,,,,,,,"
        + ",,,\n", StandardCharsets.UTF_8);
    return project;
  }

  @Test
  void anInvestorsLetterOfIntentTheSignedCommitmentFollowedSaysSoToo() throws IOException {
    Path project = investmentsProject("100000000000");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    FigureRef loi = signedThenIntent(b, "investment", "fixture-loi-inv", "최대 1000억달러",
        "up to $100 billion (letter of intent, later signed)");
    assertThat(SiteRenderer.headlines(b, new Figures(b), List.of(loi), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(b)).get(0).label()).isEqualTo("엔비디아 → 오픈AI · 의향서, 이후 계약");
    // The commitment signed is drawn; the letter is named as inside it.
    String ko = new ChartRenderer().render(b, Lang.KO).stream().filter(c -> c.name().equals("timeline")).findFirst()
        .orElseThrow().caption();
    assertThat(ko).contains("이후 본계약으로 이어진 의향서·양해각서 1건(엔비디아 → 오픈AI)은 따로 그리지 않았다");
  }

  @Test
  void aTrancheOfTheLetterReadsAsItsLetterDoes() throws IOException {
    // "$10 billion when the first gigawatt is deployed", an instalment of the letter, then the commitment signed.
    Path project = investmentsProject("100000000000");
    Files.writeString(project.resolve("data/investments.csv"), "fixture-loi-t1,nvidia,openai,tranche,fixture-loi-inv,"
        + "10000000000,USD,exact,intent,2025-09-22,fixture-loi,none,,,,,,,,,,,,,\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    signedThenIntent(b, "investment", "fixture-loi-t1", "100억달러", "$10 billion (letter of intent, later signed)");
  }

  @Test
  void aLetterOfIntentSaidAgainAFewWordsBeforeItsFullFormIsReported() throws IOException {
    // Walk 126: "signed a letter of intent on {{…:date}} to invest {{investment:…}}" published "…to invest up to
    // $100 billion (about ₩140 trillion; letter of intent)": the date between them hid the phrase.
    Path project = investmentsProject("100000000000");
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    ShippedProject.replace(project, en, "so it is not counted in investment totals.", "so it is not counted in"
        + " investment totals. Nvidia signed a letter of intent on {{investment:fixture-loi-inv:date}} to invest"
        + " {{investment:fixture-loi-inv}} in OpenAI.");
    assertThat(ShippedProject.checkProblems(project)).containsExactly(ShippedProject.positionOf(project, en,
        "{{investment:fixture-loi-inv}}") + ": error: expected the status said once: {{investment:fixture-loi-inv}}"
        + " already says 'letter of intent, later signed' in its brackets, found 'letter of intent' before it ('letter of"
        + " intent on {{investment:fixture-loi-inv:date}} to invest {{investment:fixture-loi-inv}}'); write"
        + " {{investment:fixture-loi-inv:amount}} (or :krw) and keep your words, or drop them");
  }

  @Test
  void aLetterWhoseContractIsNotDrawnIsNotSaidToBeInsideIt() throws IOException {
    // The contract signed, its price not disclosed: the timeline draws no point for it.
    Path project = project("intent", "agreed");
    ShippedProject.replace(project, "data/flows.csv", "agreed,,,4440000000,", "agreed,,,,");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(b.flow("fixture-loi-2025-09").orElseThrow().reporting().deal()).isEqualTo(DealStatus.INTENT_SIGNED);
    String ko = new ChartRenderer().render(b, Lang.KO).stream().filter(c -> c.name().equals("timeline")).findFirst()
        .orElseThrow().caption();
    assertThat(ko).doesNotContain("이후 본계약으로 이어진").contains("의향서 단계인 거래 1건(오픈AI → 엔비디아");
  }
}
