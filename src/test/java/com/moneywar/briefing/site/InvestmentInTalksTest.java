package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.CompanyRecord;
import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.FigureRef;
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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An investment reported as still in talks (investments.csv, {@code status=in-talks}) is no
 * commitment: a new user's Amazon → OpenAI talks were drawn as "Committed about $10 billion". It is
 * never drawn nor added up, and says where it is shown that it is in talks. The row added here is a
 * TEST FIXTURE, not a reported figure.
 */
class InvestmentInTalksTest {
  @TempDir static Path dir;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-talks");
    Path investments = project.resolve("data/investments.csv");
    String header = Files.readAllLines(investments, StandardCharsets.UTF_8).get(0);
    assertThat(header).startsWith("id,investor,investee,kind,part_of,amount,currency,bound,status,date,source,");
    Files.writeString(investments, "fixture-talks-2025-11,amazon,openai,single,,77700000000,USD,about,in-talks,2025-11,"
        + "fixture-talks,none" + ",".repeat(header.split(",", -1).length - 12) + "\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    // Only a letter of intent signed (a new user's "Nvidia intends to invest up to $100 billion" was a
    // commitment on the timeline, in OpenAI's totals and as an unqualified key figure).
    Files.writeString(investments, "fixture-intent-2025-11,nvidia,openai,commitment,,88800000000,USD,up-to,intent,2025-11,"
        + "fixture-talks,none" + ",".repeat(header.split(",", -1).length - 12) + "\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  @Test
  void talksAreNeverDrawnNorAddedUp() {
    assertThat(briefing.investment("fixture-talks-2025-11").orElseThrow().reporting().deal()).isEqualTo(DealStatus.TALKS);
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("77700000000");
        assertThat(chart.alt()).as(chart.name()).doesNotContain("777억", "$77.7 billion");
      }
    }
    // OpenAI's totals are the shipped data's, as if the talks were not there.
    Briefing without = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    assertThat(CompanyRecord.of(briefing, "openai").committedTo()).isEqualTo(CompanyRecord.of(without, "openai").committedTo());
    assertThat(CompanyRecord.of(briefing, "amazon").committedBy()).isEqualTo(CompanyRecord.of(without, "amazon").committedBy());
  }

  @Test
  void aLetterOfIntentIsNeverDrawnNorAddedUpAndSaysSoWhereverItIsShown() {
    assertThat(briefing.investment("fixture-intent-2025-11").orElseThrow().reporting().deal()).isEqualTo(DealStatus.INTENT);
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("88800000000");
      }
    }
    Briefing without = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    assertThat(CompanyRecord.of(briefing, "openai").committedTo()).isEqualTo(CompanyRecord.of(without, "openai").committedTo());
    // The money-flows chart says what it leaves out, as the timeline does.
    assertThat(new ChartRenderer().render(briefing, Lang.EN).stream().filter(c -> c.name().equals("money-flows"))
        .findFirst().orElseThrow().caption())
        .contains("Not drawn: 1 deal still in talks (Amazon → OpenAI) and 1 letter of intent (Nvidia → OpenAI).");
    assertThat(new ChartRenderer().render(briefing, Lang.KO).stream().filter(c -> c.name().equals("money-flows"))
        .findFirst().orElseThrow().caption()).contains("그리지 않았다");
    Figures figures = new Figures(briefing);
    FigureRef full = new FigureRef("investment", List.of("fixture-intent-2025-11"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(full, Lang.KO)).isEqualTo("최대 888억달러(의향서)");
    assertThat(figures.text(full, Lang.EN)).isEqualTo("up to $88.8 billion (letter of intent)");
    FactTable table = new FactTables(briefing, figures, Lang.EN, ShippedProject.messages("en"), "en/investments.html").investments();
    assertThat(table.rows().stream().filter(r -> r.id().equals("fixture-intent-2025-11")).findFirst().orElseThrow()
        .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "))).contains("Letter of intent");
    // As a key figure, its label says what it is: not a commitment.
    List<com.moneywar.briefing.site.view.Headline> heads = SiteRenderer.headlines(briefing, figures, List.of(full), Lang.KO,
        "ko/index.html", SiteRenderer.RowPlaces.of(briefing));
    assertThat(heads.get(0).label()).isEqualTo("엔비디아 → 오픈AI · 의향서");
  }

  @Test
  void everyPlaceThatShowsItSaysTheDealIsInTalks() throws IOException {
    Figures figures = new Figures(briefing);
    FigureRef full = new FigureRef("investment", List.of("fixture-talks-2025-11"), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(full, Lang.KO)).isEqualTo("약 777억달러(협상 중)");
    assertThat(figures.text(full, Lang.EN)).isEqualTo("about $77.7 billion (in talks)");
    FactTable table = new FactTables(briefing, figures, Lang.KO, ShippedProject.messages("ko"), "ko/investments.html").investments();
    String row = table.rows().stream().filter(r -> r.id().equals("fixture-talks-2025-11")).findFirst()
        .orElseThrow().cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
    assertThat(row).contains("협상 중");
  }


  @Test
  void aSumThatTakesInTalksNamesTheStatusAsTheRowWritesIt(@TempDir Path other) throws IOException {
    // A new user's message said "status 'talks'" of a row whose status reads 'in-talks'.
    Path project = ShippedProject.copyTo(other);
    ShippedProject.addFixtureSource(project, "fixture-talks");
    Path investments = project.resolve("data/investments.csv");
    String header = Files.readAllLines(investments, StandardCharsets.UTF_8).get(0);
    Files.writeString(investments, "fixture-talks-2025-11,amazon,openai,single,,77700000000,USD,about,in-talks,2025-11,"
        + "fixture-talks,none" + ",".repeat(header.split(",", -1).length - 12) + "\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    ShippedProject.replace(project, en, "so it is not counted in investment totals.", "so it is not counted in investment"
        + " totals. Together: {{sum:investment:fixture-talks-2025-11+amazon-anthropic-2024-11}}.");
    assertThat(new BriefingBuild(BuildListener.silent()).check(project).problems().stream().map(Object::toString))
        .anySatisfy(p -> assertThat(p).contains("(a deal not made: status 'in-talks')"));
  }
}
