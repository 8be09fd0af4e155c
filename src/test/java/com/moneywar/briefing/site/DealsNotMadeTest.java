package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.DealStatus;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An offer turned down (flows.csv, {@code status=rejected}) is a figure that never changed hands: it
 * is never drawn, and wherever it is shown it says so. The row added here is a TEST FIXTURE, not a
 * reported figure.
 */
class DealsNotMadeTest {
  @TempDir static Path dir;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    Path project = ShippedProject.copyTo(dir);
    Files.writeString(project.resolve("data/sources.csv"),
        "fixture-offer,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2025-10-01,,en\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Path flows = project.resolve("data/flows.csv");
    assertThat(Files.readAllLines(flows, StandardCharsets.UTF_8).get(0)).startsWith("id,kind,from,to,percent,status,amount,");
    Files.writeString(flows, "fixture-offer-2025-10,acquisition,meta,openai,,rejected,500000000000,,USD,exact,2025-10,"
        + "fixture-offer,,reported,,,,none,,시험용 값,Test value\n"
        // A compute deal stated in gigawatts alone: its price was not disclosed.
        + "fixture-gigawatts-2025-10,compute-purchase,openai,nvidia,,,,,USD,exact,2025-10,fixture-offer,,confirmed,"
        + ",,,none,,시험용 값: 6GW,Test value: 6 GW\n"
        // A stake held, with the value reported for it: no money changing hands.
        + "fixture-holding-2025-10,holding,microsoft,openai,27,,135000000000,,USD,about,2025-10,fixture-offer,,reported,"
        + ",,,none,,시험용 값,Test value\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  @Test
  void anOfferTurnedDownIsReadAsOneAndNeverDrawn() {
    assertThat(briefing.flow("fixture-offer-2025-10").orElseThrow().reporting().deal()).isEqualTo(DealStatus.REJECTED);
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("500000000000");
        assertThat(chart.alt()).as(chart.name()).doesNotContain("5000억", "$500 billion");
      }
    }
  }

  @Test
  void aDealWhosePriceWasNotDisclosedIsARowWithNoAmountAndNeverDrawn() {
    var deal = briefing.flow("fixture-gigawatts-2025-10").orElseThrow();
    assertThat(deal.reporting().amountStated()).isFalse();
    assertThat(deal.reporting().plottable()).isFalse();
    FigureRef ref = new FigureRef("flow", List.of(deal.id()), "", "{{…}}", SourcePos.startOf("t"));
    assertThat(new Figures(briefing).text(ref, Lang.KO)).isEqualTo("금액 미상");
    assertThat(new Figures(briefing).text(ref, Lang.EN)).isEqualTo("no amount given");
    for (ChartImage chart : new ChartRenderer().render(briefing, Lang.EN)) {
      assertThat(chart.alt()).as(chart.name()).doesNotContain("no amount given");
    }
  }

  @Test
  void aStakeHeldIsShownAsAHoldingAndNeverDrawnAsMoneyPaid() throws IOException {
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("135000000000");
      }
    }
    FigureRef ref = new FigureRef("flow", List.of("fixture-holding-2025-10"), "", "{{…}}", SourcePos.startOf("t"));
    Figures figures = new Figures(briefing);
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("마이크로소프트 → 오픈AI · 지분 27% 보유");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("Microsoft → OpenAI · 27% stake held");
    FactTable table = new FactTables(briefing, figures, Lang.KO, messages("ko"), "ko/investments.html").flows();
    assertThat(table.rows().stream().filter(r -> r.id().equals("flow-fixture-holding-2025-10")).findFirst().orElseThrow()
        .cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "))).contains("지분 보유(가치)", "27%");
  }

  @Test
  void everyPlaceThatShowsItSaysTheOfferWasTurnedDown() throws IOException {
    Figures figures = new Figures(briefing);
    FigureRef full = new FigureRef("flow", List.of("fixture-offer-2025-10"), "", "{{…}}", SourcePos.startOf("t"));
    FigureRef status = new FigureRef("flow", List.of("fixture-offer-2025-10"), "status", "{{…}}", SourcePos.startOf("t"));
    assertThat(figures.text(full, Lang.KO)).isEqualTo("5000억달러(제안 거절)");
    assertThat(figures.text(full, Lang.EN)).isEqualTo("$500 billion (offer rejected)");
    assertThat(figures.text(status, Lang.KO)).isEqualTo("제안 거절");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(full), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("메타 → 오픈AI · 인수 제안 거절");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(full), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("Meta → OpenAI · acquisition offer rejected");
    FactTable table = new FactTables(briefing, figures, Lang.KO, messages("ko"), "ko/investments.html").flows();
    String row = table.rows().stream().filter(r -> r.id().equals("flow-fixture-offer-2025-10")).findFirst()
        .orElseThrow().cells().stream().map(FactTable.Cell::text).collect(Collectors.joining(" | "));
    assertThat(row).contains("인수 · 제안 거절");
  }

  private static Map<String, String> messages(String lang) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of("templates/messages/" + lang + ".properties"), StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p.stringPropertyNames().stream().collect(Collectors.toMap(k -> k, p::getProperty));
  }
}
