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
import com.moneywar.briefing.testing.TableRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal sized by what it buys ({@code flows.csv}, columns {@code capacity}, {@code capacity_unit},
 * {@code capacity_bound}): a compute deal that discloses "at least 10 gigawatts" and no price read
 * only "금액 미상" / "no amount given" everywhere. The rows added here are TEST FIXTURES, not reported
 * figures.
 */
class DealCapacityTest {
  private static final String HEADER_COLUMNS = ",capacity,capacity_unit,capacity_bound";
  private static final String GW = "fixture-gw-2025-09";
  private static final String TPU = "fixture-tpu-2025-10";

  @TempDir Path dir;

  private Path project(String rows) {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-capacity");
    for (String column : HEADER_COLUMNS.substring(1).split(",")) {
      ShippedProject.addColumn(project, "data/flows.csv", column);
    }
    ShippedProject.appendRows(project, "data/flows.csv", rows);
    return project;
  }

  /** A flow row of the fixture source with no amount disclosed, ending in its three capacity cells. */
  private static String undisclosed(String id, String kind, String from, String to, String date, String capacity) {
    return id + "," + kind + "," + from + "," + to + ",,agreed,,,,,USD,exact," + date + ",fixture-capacity,,,,,,,,,,"
        + capacity + "\n";
  }

  @Test
  void aDealSizedByWhatItBuysSaysItsSizeInTablesKeyFiguresAndProse() {
    Briefing briefing = new BriefingBuild(BuildListener.silent()).check(project(
        undisclosed(GW, "compute-purchase", "openai", "nvidia", "2025-09-22", "10,GW,at-least")
            + undisclosed(TPU, "compute-purchase", "anthropic", "google", "2025-10-23", "1000000,tpus,up-to")))
        .orElseThrow();
    Figures figures = new Figures(briefing);
    FigureRef gw = new FigureRef("flow", List.of(GW), "capacity", "flow:" + GW, SourcePos.startOf("t"));
    FigureRef tpu = new FigureRef("flow", List.of(TPU), "capacity", "flow:" + TPU, SourcePos.startOf("t"));
    assertThat(figures.text(gw, Lang.KO)).isEqualTo("최소 10GW");
    assertThat(figures.text(gw, Lang.EN)).isEqualTo("at least 10\u00a0GW");
    assertThat(figures.text(tpu, Lang.KO)).isEqualTo("TPU 최대 100만개");
    assertThat(figures.text(tpu, Lang.EN)).isEqualTo("up to 1 million TPUs");
    FigureRef deal = new FigureRef("flow", List.of(GW), "", "flow:" + GW, SourcePos.startOf("t"));
    var ko = SiteRenderer.headlines(briefing, figures, List.of(deal), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0);
    var en = SiteRenderer.headlines(briefing, figures, List.of(deal), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0);
    assertThat(ko.label() + " " + ko.value()).isEqualTo("오픈AI → 엔비디아 · 컴퓨팅 구매 약정(최소 10GW) 금액 미상");
    assertThat(en.label() + " " + en.value()).isEqualTo("OpenAI → Nvidia · compute purchase (at least 10\u00a0GW) no amount given");
    FactTable koTable = new FactTables(briefing, figures, Lang.KO, ShippedProject.messages("ko"), "ko/investments.html")
        .flows();
    FactTable enTable = new FactTables(briefing, figures, Lang.EN, ShippedProject.messages("en"), "en/investments.html")
        .flows();
    assertThat(koTable.columns()).contains("용량·물량");
    assertThat(TableRows.text(koTable, "flow-" + TPU)).contains("| 금액 미상 |").contains("| TPU 최대 100만개 |");
    assertThat(TableRows.text(enTable, "flow-" + GW)).contains("| at least 10 GW |");
    // A row without a capacity leaves its cell empty, and the columns stay in step with the header.
    assertThat(TableRows.text(enTable, "flow-meta-scale-ai-2025-06")).contains("| 49% |");
    assertThat(enTable.rows()).allSatisfy(r -> assertThat(r.cells()).hasSameSizeAs(enTable.columns()));
    // Not drawn, and named under the timeline with its size.
    for (Lang lang : Lang.values()) {
      String caption = new com.moneywar.briefing.chart.ChartRenderer().render(briefing, lang).stream()
          .filter(c -> c.name().equals("timeline")).findFirst().orElseThrow().caption();
      assertThat(caption).contains(lang == Lang.KO ? "오픈AI → 엔비디아 · 컴퓨팅 구매 약정 · 최소 10GW"
          : "OpenAI → Nvidia · compute purchase commitment · at least 10\u00a0GW");
    }
  }

  /** A new user's "GPU {{flow:ID:capacity}}" read "GPU GPU 약 20만장"; "시리즈 {{round:ID:type}}" likewise. */
  @Test
  void aKoreanWordTheFigureRepeatsIsReportedAtTheWord() {
    Path project = project(undisclosed(TPU, "compute-purchase", "anthropic", "google", "2025-10-23", "1000000,tpus,up-to"));
    String ko = "data/texts/ai-money-war-2025-11-28.ko.md";
    ShippedProject.replace(project, ko, "에 사들였다.", "에 사들였다. 앤스로픽은 구글에서 TPU {{flow:" + TPU
        + ":capacity}}를 쓰기로 했다. 앤스로픽의 시리즈 {{round:anthropic-2025-03:type}}도 있었다.");
    List<String> problems = ShippedProject.checkProblems(project);
    assertThat(problems).anySatisfy(p -> assertThat(p)
        .startsWith(ShippedProject.positionOf(project, ko, "TPU {{flow:"))
        .contains("expected no 'TPU' before {{flow:" + TPU + ":capacity}}, which reads 'TPU 최대 100만개'"));
    assertThat(problems).anySatisfy(p -> assertThat(p)
        .startsWith(ShippedProject.positionOf(project, ko, "시리즈 {{round:"))
        .contains("expected no '시리즈' before {{round:anthropic-2025-03:type}}, which reads '시리즈E'"));
    assertThat(problems).hasSize(2);
  }

  /** Walk 78: "최대 {{flow:ID:capacity}}" read "최대 TPU 최대 100만개" and passed; the amount's bound words were checked only. */
  @Test
  void aBoundWordBesideACapacityThatWritesItsOwnIsReported() {
    Path project = project(undisclosed(TPU, "compute-purchase", "anthropic", "google", "2025-10-23", "1000000,tpus,up-to"));
    String ko = "data/texts/ai-money-war-2025-11-28.ko.md";
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    ShippedProject.replace(project, ko, "에 사들였다.", "에 사들였다. 앤스로픽은 구글에서 최대 {{flow:" + TPU
        + ":capacity}}를 쓰기로 했다.");
    ShippedProject.replace(project, en, "so it is not counted in investment totals.",
        "so it is not counted in investment totals. Anthropic will use as many as {{flow:" + TPU + ":capacity}} of"
            + " Google's chips, at the most {{flow:" + TPU + ":capacity}}.");
    List<String> problems = ShippedProject.checkProblems(project);
    assertThat(problems).anySatisfy(p -> assertThat(p)
        .startsWith(ShippedProject.positionOf(project, ko, "최대 {{flow:"))
        .endsWith("expected no bound word next to {{flow:" + TPU + ":capacity}}, which writes its own bound (it reads"
            + " 'TPU 최대 100만개'), found '최대'"));
    assertThat(problems).anySatisfy(p -> assertThat(p)
        .startsWith(ShippedProject.positionOf(project, en, "at the most {{flow:"))
        .endsWith("found 'at the most'"));
    assertThat(problems).as("'as many as' is no word of the list: left to the writer").hasSize(2);
  }

  @Test
  void aTableWithoutCapacitiesHasNoCapacityColumn() {
    Briefing briefing = new BriefingBuild(BuildListener.silent()).check(ShippedProject.copyTo(dir)).orElseThrow();
    FactTable table = new FactTables(briefing, new Figures(briefing), Lang.EN, ShippedProject.messages("en"),
        "en/investments.html").flows();
    assertThat(table.columns()).doesNotContain("Capacity");
    // The shipped stake has its percentage: the column is there. Without a stake, it is not.
    assertThat(table.columns()).contains(ShippedProject.messages("en").get("col.percent"));
    Briefing noStake = new Briefing(briefing.config(), briefing.sources(), briefing.companies(), briefing.rates(),
        briefing.investments(), briefing.valuations(), briefing.talent(), briefing.rounds(),
        briefing.flows().stream().filter(f -> f.percent().isEmpty()).toList(), briefing.stories(), briefing.charts());
    FactTable without = new FactTables(noStake, new Figures(noStake), Lang.EN, ShippedProject.messages("en"),
        "en/investments.html").flows();
    assertThat(without.columns()).doesNotContain(ShippedProject.messages("en").get("col.percent"));
    assertThat(without.rows()).allSatisfy(r -> assertThat(r.cells()).hasSameSizeAs(without.columns()));
  }

  @Test
  void aTextMayWriteTheCapacityOfADealWhosePriceIsUndisclosedButNotItsAmount() throws Exception {
    Path project = project(undisclosed(GW, "compute-purchase", "openai", "nvidia", "2025-09-22", "10,GW,at-least"));
    String en = "data/texts/ai-money-war-2025-11-28.en.md";
    String ko = "data/texts/ai-money-war-2025-11-28.ko.md";
    ShippedProject.replace(project, en, "so it is not counted in investment totals.",
        "so it is not counted in investment totals. OpenAI will buy {{flow:" + GW + ":capacity}} of Nvidia systems.");
    ShippedProject.replace(project, ko, "에 사들였다.", "에 사들였다. 오픈AI는 엔비디아 시스템을 {{flow:" + GW
        + ":capacity}}를 사들이기로 했다. 금액은 {{flow:" + GW + "}}다.");
    // One error, the amount's: "다" after what would read "금액 미상" is not also refused, as fitting the
    // particle to those words would be advice to keep the placeholder (a new user got both).
    List<String> problems = ShippedProject.checkProblems(project);
    assertThat(problems).singleElement().asString()
        .startsWith(ShippedProject.positionOf(project, ko, "{{flow:" + GW + "}}"))
        .contains("whose amount is not disclosed")
        .endsWith("; its capacity is {{flow:" + GW + ":capacity}} ('최소 10GW')");
    // The capacity itself is accepted, its particle checked against its words ("최소 10GW를").
    ShippedProject.replace(project, ko, " 금액은 {{flow:" + GW + "}}다.", " 금액은 공개되지 않았다.");
    assertThat(new BriefingBuild(BuildListener.silent()).check(project).problems()).isEmpty();
    assertThat(Files.readString(project.resolve(ko))).contains(":capacity}}를");
  }

  @Test
  void capacityCellsAreCheckedWithTheirPositions() {
    String rows = undisclosed("fixture-nounit", "compute-purchase", "openai", "nvidia", "2025-09-22", "10,,")
        + undisclosed("fixture-badunit", "compute-purchase", "openai", "nvidia", "2025-09-22", "10,gigawatts,")
        + undisclosed("fixture-half", "supply", "openai", "nvidia", "2025-09-22", "1.5,gpus,")
        + undisclosed("fixture-range", "supply", "openai", "nvidia", "2025-09-22", "6,GW,range")
        + undisclosed("fixture-bound", "supply", "openai", "nvidia", "2025-09-22", ",,about")
        + "fixture-stake,stake,openai,nvidia,10,agreed,,,1000000000,,USD,exact,2025-09-22,fixture-capacity,,,,,,none,,,,"
        + "6,GW,\n";
    Path project = project(rows);
    java.util.function.BiFunction<String, Integer, String> cell = (id, fromEnd) -> {
      String at = ShippedProject.positionOf(project, "data/flows.csv", id + ",");
      String row = rows.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
      int column = row.length();
      for (int i = 0; i < fromEnd; i++) {
        column = row.lastIndexOf(',', column - 1);
      }
      return at.substring(0, at.lastIndexOf(':')) + ":" + (column + 2);
    };
    assertThat(ShippedProject.checkProblems(project)).containsExactlyInAnyOrder(
        cell.apply("fixture-nounit", 2) + ": error: expected the unit of the capacity 10 in column 'capacity_unit'"
            + " (one of GW, MW, gpus, tpus, chips, wafers-a-month), found an empty cell",
        cell.apply("fixture-badunit", 2) + ": error: expected one of GW, MW, gpus, tpus, chips, wafers-a-month in"
            + " column 'capacity_unit', found 'gigawatts'; did you mean 'GW'?",
        cell.apply("fixture-half", 3) + ": error: expected a whole number of gpus in column 'capacity', found '1.5'",
        cell.apply("fixture-range", 1) + ": error: expected one of exact, about, more-than, at-least, up-to, less-than in column"
            + " 'capacity_bound' (a capacity is one figure), found 'range'",
        cell.apply("fixture-bound", 1) + ": error: expected an empty 'capacity_bound' for a row with no 'capacity',"
            + " found 'about'",
        cell.apply("fixture-stake", 3) + ": error: expected an empty 'capacity' for a stake (a stake is sized by its"
            + " 'percent'; only a compute purchase, supply deal, acquisition, asset purchase or joint investment has a"
            + " capacity), found '6'");
  }

  @Test
  void aKindIsNamedWithItsArticle() {
    // A new user read "expected an empty 'closed' for a acquisition".
    Path project = project("fixture-acq,acquisition,openai,nvidia,10,agreed,,,1000000000,,USD,exact,2025-09-22,"
        + "fixture-capacity,,,,,,none,,,,,,\n");
    assertThat(ShippedProject.checkProblems(project)).singleElement().asString()
        .contains("expected an empty 'percent' for an acquisition (only a stake bought, held or sold, or a warrant, has one)");
  }
}
