package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Talks in {@code flows.csv} that a later row ended ({@code closed_as}): a new user's Intel → SambaNova
 * talks and the row saying they were called off were named both "still in talks" and "called off"
 * under one timeline. The rows added here are TEST FIXTURES, not reported figures.
 */
class FlowTalksEndedTest {
  @TempDir Path dir;

  /** The shipped project with a fixture source of December 2024, a 'closed_as' column and these flows rows. */
  private static Path withFlows(Path dir, String rows) throws java.io.IOException {
    Path project = ShippedProject.copyTo(dir);
    Files.writeString(project.resolve("data/sources.csv"),
        "fixture-early,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2024-12-01,,en\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    ShippedProject.addColumn(project, "data/flows.csv", "closed_as");
    ShippedProject.appendRows(project, "data/flows.csv", rows);
    return project;
  }

  /**
   * A deal of flows.csv left off a timeline says what it is: walk 72's GPT-3 licence, "1 deal of
   * undisclosed value (Microsoft → OpenAI)", read as an investment of undisclosed size.
   */
  @Test
  void anUndrawnDealOfFlowsSaysWhatKindItIs(@TempDir Path other) throws Exception {
    Path project = withFlows(other,
        "fixture-licence,license,microsoft,openai,,agreed,,,,,USD,exact,2024-12,fixture-early,,reported,,,,,,,,\n");
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    java.util.Map<Lang, String> captions = new java.util.EnumMap<>(Lang.class);
    for (Lang lang : Lang.values()) {
      captions.put(lang, new ChartRenderer().render(whole, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow().caption());
    }
    assertThat(captions.get(Lang.EN)).contains("deal of undisclosed value (Microsoft → OpenAI · licensing deal)");
    assertThat(captions.get(Lang.KO)).contains("(마이크로소프트 → 오픈AI · 기술 라이선스 계약)");
  }

  @Test
  void talksALaterRowEndedSayHowOnceThatRowIsOnTheRecord() throws Exception {
    Path project = withFlows(dir,
        "fixture-talks,acquisition,google,mistral-ai,,talks,,,1600000000,,USD,exact,2024-12,fixture-early,,reported,,,,none,,,,"
            + "fixture-off\n"
            + "fixture-off,acquisition,google,mistral-ai,,called-off,,,1600000000,,USD,exact,2025-02,fixture-early,,reported,,,,"
            + "none,,,,\n");
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(whole.flows().stream().filter(f -> f.id().equals("fixture-talks")).findFirst().orElseThrow()
        .reporting().deal()).isEqualTo(DealStatus.ABANDONED);
    FigureRef ref = new FigureRef("flow", List.of("fixture-talks"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(ref, Lang.KO)).isEqualTo("16억달러(이후 무산)");
    ChartImage timeline = new ChartRenderer().render(whole, Lang.EN).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow();
    assertThat(timeline.caption()).contains("1 deal called off").doesNotContain("still in talks");
    // Before the talks ended they were talks.
    Briefing january = AsOf.of(whole, LocalDate.of(2025, 1, 15));
    assertThat(new Figures(january).text(ref, Lang.EN)).isEqualTo("$1.6 billion (in talks)");
  }
  /**
   * Talks reported of one member of a buying group that the group as a whole signed (a new user's "GIP
   * nears a deal for Aligned", then AIP, MGX and GIP's purchase): the talks end with the group's deal,
   * and a deal of another kind or for another company is still refused.
   */
  @Test
  void talksOfOneBuyerMayEndInTheSameKindOfDealByAnother(@TempDir Path other) throws Exception {
    Path project = withFlows(other,
        "fixture-talks,acquisition,google,mistral-ai,,talks,,,1600000000,,USD,exact,2024-12,fixture-early,,reported,,,,none,,,,"
            + "fixture-group\n"
            + "fixture-group,acquisition,microsoft,mistral-ai,,agreed,,,1600000000,,USD,exact,2025-02,fixture-early,,reported,,,,"
            + "none,,,,\n");
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    FigureRef ref = new FigureRef("flow", List.of("fixture-talks"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(ref, Lang.EN)).isEqualTo("$1.6 billion (talks, later agreed)");
    // Another kind of deal by another party is no end of these talks.
    Path flows = project.resolve("data/flows.csv");
    Files.writeString(flows, Files.readString(flows, StandardCharsets.UTF_8)
        .replace("fixture-group,acquisition,microsoft", "fixture-group,stake,microsoft"), StandardCharsets.UTF_8);
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p).contains(
        "expected a deal between google and mistral-ai (or an acquisition of mistral-ai by another party"));
  }

  /**
   * A deal agreed, then called off (a new user's Core Scientific, "signed July 7" and later "the
   * agreement terminated"): entered as one row called off, editions between the two read "무산".
   */
  @Test
  void aDealAgreedThenCalledOffIsAgreedUntilItsEndIsOnTheRecord(@TempDir Path other) throws Exception {
    Path project = withFlows(other,
        "fixture-signed,acquisition,google,mistral-ai,,agreed,,,1600000000,,USD,exact,2024-12,fixture-early,,reported,,,,"
            + "none,,,,fixture-ended\n"
            + "fixture-ended,acquisition,google,mistral-ai,,called-off,,,1600000000,,USD,exact,2025-02,fixture-early,,reported,,,,"
            + "none,,,,\n");
    Briefing whole = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(whole.flow("fixture-signed").orElseThrow().reporting().deal()).isEqualTo(DealStatus.TERMINATED);
    FigureRef ref = new FigureRef("flow", List.of("fixture-signed"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(whole).text(ref, Lang.KO)).isEqualTo("16억달러(합의 후 무산)");
    assertThat(new Figures(whole).text(ref, Lang.EN)).isEqualTo("$1.6 billion (agreed, later called off)");
    ChartImage timeline = new ChartRenderer().render(whole, Lang.EN).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow();
    assertThat(timeline.table().toString()).doesNotContain("1600000000");
    assertThat(timeline.caption()).contains("1 deal called off");
    // Between the signing and the end, the deal was agreed, and drawn.
    Briefing january = AsOf.of(whole, LocalDate.of(2025, 1, 15));
    assertThat(january.flow("fixture-signed").orElseThrow().reporting().deal()).isEqualTo(DealStatus.AGREED);
    assertThat(new Figures(january).text(ref, Lang.EN)).isEqualTo("$1.6 billion");
    assertThat(new ChartRenderer().render(january, Lang.EN).stream().filter(c -> c.name().equals("timeline"))
        .findFirst().orElseThrow().table().toString()).contains("1600000000");
    // A deal agreed names only a row called off.
    ShippedProject.replace(project, "data/flows.csv", "fixture-ended,acquisition,google,mistral-ai,,called-off,",
        "fixture-ended,acquisition,google,mistral-ai,,agreed,");
    assertThat(ShippedProject.checkProblems(project)).anySatisfy(p -> assertThat(p)
        .contains("expected a deal called off in column 'closed_as' (a deal agreed is ended only by the row saying it was"
            + " called off), found 'fixture-ended', whose status is 'agreed'"));
  }
}
