package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.chart.ChartRenderer;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.Headline;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.TableRows;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A warrant (a right to buy a company's shares, granted by it: AMD's to OpenAI for about 10 % of its
 * shares) is its own kind of deal: walk 126 had to enter it as a stake, and every page said OpenAI
 * had bought about 10 % of AMD. The row added is a TEST FIXTURE, not a reported fact.
 */
class WarrantTest {
  @TempDir Path dir;

  private Briefing withWarrant(String amount) throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project-" + amount));
    Files.writeString(project.resolve("data/flows.csv"),
        "fixture-warrant,warrant,openai,microsoft,10,agreed,,," + amount + ",,USD,exact,2025-11,wyomingstar-2025-11-19,"
            + ",confirmed,,,,none,,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    return new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
  }

  @Test
  void aWarrantIsNamedAsOneAndNeverAsAStakeBought() throws IOException {
    Briefing b = withWarrant("");
    FigureRef ref = new FigureRef("flow", List.of("fixture-warrant"), "", "{{flow:fixture-warrant}}", SourcePos.startOf("t"));
    for (Lang lang : Lang.values()) {
      boolean ko = lang == Lang.KO;
      Headline head = SiteRenderer.headlines(b, new Figures(b), List.of(ref), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(b)).get(0);
      // No value stated: the card's figure is the part of the shares it may buy.
      assertThat(head.label()).isEqualTo(ko ? "오픈AI → 마이크로소프트 · 신주인수권" : "OpenAI → Microsoft · warrant");
      assertThat(head.value()).isEqualTo(ko ? "지분 10%" : "10% of shares");
      FactTable table = new FactTables(b, new Figures(b), lang, ShippedProject.messages(lang.code()),
          lang.code() + "/investments.html").flows();
      assertThat(TableRows.text(table, "flow-fixture-warrant")).contains(ko ? "신주인수권" : "Warrant")
          .doesNotContain(ko ? "지분 매입" : "Stake");
      // Never drawn, and said so under the timeline as what it is.
      String caption = new ChartRenderer().render(b, lang).stream().filter(c -> c.name().equals("timeline"))
          .findFirst().orElseThrow().caption();
      assertThat(caption).contains(ko ? "신주인수권 1건(오픈AI → 마이크로소프트 · 지분 10%)"
          : "1 warrant (OpenAI → Microsoft · 10% of shares)");
    }
  }

  @Test
  void aValuedWarrantNamesItsSharesBesideItsValue() throws IOException {
    Briefing b = withWarrant("1000000000");
    FigureRef ref = new FigureRef("flow", List.of("fixture-warrant"), "", "{{flow:fixture-warrant}}", SourcePos.startOf("t"));
    Headline head = SiteRenderer.headlines(b, new Figures(b), List.of(ref), Lang.EN, "en/index.html",
        SiteRenderer.RowPlaces.of(b)).get(0);
    assertThat(head.label()).isEqualTo("OpenAI → Microsoft · warrant for 10% of shares");
    assertThat(head.value()).isEqualTo("$1 billion");
  }
}
