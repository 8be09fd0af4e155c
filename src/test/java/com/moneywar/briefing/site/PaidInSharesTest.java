package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.FigureSum;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Payment;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.TableRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A deal paid in shares ({@code flows.csv}, column {@code paid}): OpenAI buying io "in an all-stock
 * deal valued at nearly $6.5 billion" (shipped, sourced). Entered as an acquisition with nothing
 * more, it read as $6.5 billion paid and would have been drawn as money. The two stakes added here
 * are TEST FIXTURES, not reported figures.
 */
class PaidInSharesTest {
  private static final String IO = "openai-io-2025-05";
  @TempDir static Path dir;
  private static Briefing briefing;

  @BeforeAll
  static void load() throws IOException {
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-paid");
    ShippedProject.appendRows(project, "data/flows.csv",
        "fixture-mixed-2025-10,stake,microsoft,mistral-ai,10,agreed,cash-and-stock,,777000000,,USD,exact,2025-10,"
            + "fixture-paid,,,,,,none,,,\n"
            + "fixture-cash-2025-10,stake,google,mistral-ai,,agreed,cash,,88800000000,,USD,exact,2025-10,"
            + "fixture-paid,,,,,,none,,,\n");
    briefing = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  private static FigureRef ref(String field) {
    return new FigureRef("flow", List.of(IO), field, "flow:" + IO, SourcePos.startOf("t"));
  }

  private static String row(String id, Lang lang) {
    return TableRows.text(new FactTables(briefing, new Figures(briefing), lang, ShippedProject.messages(lang.code()),
        lang.code() + "/investments.html").flows(), "flow-" + id);
  }

  @Test
  void theTableAndTheKeyFigureSayHowTheDealWasPaid() {
    assertThat(briefing.flow(IO).orElseThrow().payment()).isEqualTo(Payment.STOCK);
    assertThat(row(IO, Lang.KO)).startsWith("오픈AI → io | 인수 · 주식 교환 방식 | 약 65억달러");
    assertThat(row(IO, Lang.EN)).startsWith("OpenAI → io | Acquisition · all-stock | about $6.5 billion");
    assertThat(row("fixture-mixed-2025-10", Lang.KO)).contains("지분 매입 · 현금·주식 혼합");
    assertThat(row("fixture-cash-2025-10", Lang.EN)).contains("Stake · cash");
    // Where the sources say nothing, nothing is said.
    assertThat(row("meta-scale-ai-2025-06", Lang.EN)).contains("| Stake · completed June 12, 2025 |");
    Figures figures = new Figures(briefing);
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref("")), Lang.KO, "ko/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("오픈AI → io · 인수(주식 교환 방식)");
    assertThat(SiteRenderer.headlines(briefing, figures, List.of(ref("")), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(briefing)).get(0).label()).isEqualTo("OpenAI → io · all-stock acquisition");
  }

  @Test
  void theFigureInATextSaysItToo() {
    Figures figures = new Figures(briefing);
    assertThat(figures.text(ref(""), Lang.KO)).isEqualTo("약 65억달러(주식 교환 방식)");
    assertThat(figures.text(ref(""), Lang.EN)).isEqualTo("about $6.5 billion (all-stock)");
    assertThat(figures.text(ref("paid"), Lang.KO)).isEqualTo("주식 교환 방식");
    assertThat(figures.text(ref("paid"), Lang.EN)).isEqualTo("all-stock");
    assertThat(figures.text(ref("amount"), Lang.EN)).isEqualTo("about $6.5 billion");
    FigureRef mixed = new FigureRef("flow", List.of("fixture-mixed-2025-10"), "", "flow:x", SourcePos.startOf("t"));
    assertThat(figures.text(mixed, Lang.KO)).isEqualTo("7억7700만달러(현금·주식 혼합)");
    assertThat(figures.text(mixed, Lang.EN)).isEqualTo("$777 million (cash and stock)");
  }

  @Test
  void aDealPaidInSharesIsNeverDrawnAsMoneyNorAddedUpAndTheChartsSaySo() {
    for (Lang lang : Lang.values()) {
      for (ChartImage chart : new ChartRenderer().render(briefing, lang)) {
        assertThat(chart.table().toString()).as(chart.name()).doesNotContain("6500000000", "777000000");
      }
    }
    ChartImage timeline = chart("timeline", Lang.KO);
    assertThat(timeline.caption()).contains("주식 교환 방식의 거래 1건(오픈AI → io · 인수)", "현금·주식 혼합 거래 1건(마이크로소프트 → 미스트랄AI · 지분 매입 10%)");
    assertThat(chart("timeline", Lang.EN).caption())
        .contains("1 all-stock deal (OpenAI → io · acquisition)",
            "1 deal paid in cash and stock (Microsoft → Mistral AI · 10% stake)");
    // The money-flows chart, which draws stakes bought, names the stake paid partly in shares, and
    // draws the one paid in cash.
    assertThat(chart("money-flows", Lang.EN).caption())
        .contains("1 deal paid in cash and stock (Microsoft → Mistral AI · 10% stake)");
    assertThat(chart("money-flows", Lang.EN).table().toString()).contains("88800000000");
    assertThat(FigureSum.addsUp(briefing, List.of("flow:" + IO, "flow:meta-scale-ai-2025-06"))).isFalse();
    assertThat(FigureSum.addsUp(briefing, List.of("flow:fixture-cash-2025-10", "flow:meta-scale-ai-2025-06"))).isTrue();
  }

  private static ChartImage chart(String name, Lang lang) {
    return new ChartRenderer().render(briefing, lang).stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow();
  }
}
