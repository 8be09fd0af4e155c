package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The config's key figures as they stand: a new user's home page, "as of November 19, 2025", led with
 * Amazon's USD 4 billion commitment of 2023, raised to USD 8 billion a year before.
 */
class StandingFiguresTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  private static List<FigureRef> refs(String... keys) {
    return Arrays.stream(keys).map(k -> new FigureRef(k.substring(0, k.indexOf(':')),
        List.of(k.substring(k.indexOf(':') + 1)), "", k, SourcePos.startOf("briefing.properties"))).toList();
  }

  private static List<String> keys(List<FigureRef> refs) {
    return refs.stream().map(r -> r.kind() + ":" + r.ids().get(0)).toList();
  }

  @Test
  void aReplacedRowGivesWayToTheRowThatStandsOnTheRecord() {
    assertThat(keys(StandingFigures.of(B, refs("investment:amazon-anthropic-2023", "valuation:openai-2024-03",
        "spending:meta-capex-2025-01"))))
        .containsExactly("investment:amazon-anthropic-2024-11", "valuation:openai-2024-03", "spending:meta-capex-2025-10");
  }

  @Test
  void anEditionDatedBeforeTheReplacementShowsTheRowThatStoodThen() {
    Story first = B.stories().stream().filter(s -> s.slug().equals("ai-money-war-2024-03-28")).findFirst().orElseThrow();
    Briefing then = AsOf.edition(B, first);
    assertThat(keys(StandingFigures.of(then, refs("investment:amazon-anthropic-2023"))))
        .containsExactly("investment:amazon-anthropic-2023");
  }

  @Test
  void aRowListedBesideItsReplacementStaysAsWrittenAndNoFigureComesTwice() {
    // Meta's January guidance beside its October revision: the editor compares them.
    assertThat(keys(StandingFigures.of(B, refs("spending:meta-capex-2025-01", "spending:meta-capex-2025-10"))))
        .containsExactly("spending:meta-capex-2025-01", "spending:meta-capex-2025-10");
    // Two superseded steps of one chain become its standing row once.
    assertThat(keys(StandingFigures.of(B, refs("spending:meta-capex-2025-01", "spending:meta-capex-2025-04"))))
        .containsExactly("spending:meta-capex-2025-10");
  }

  @Test
  void theShippedHomePageShowsAmazonsRaisedCommitmentAndItsFirstEditionTheOneOf2023() throws IOException {
    Document home = Jsoup.parse(Files.readString(BuiltSite.shipped().resolve("ko/index.html")));
    String cards = home.select("section.headlines li").text();
    assertThat(cards).contains("아마존 → 앤스로픽 · 투자 약정 80억달러").doesNotContain("40억달러");
    Document first = Jsoup.parse(Files.readString(BuiltSite.shipped().resolve("ko/briefings/ai-money-war-2024-03-28.html")));
    assertThat(first.select("div.headlines li").text()).contains("아마존 → 앤스로픽 · 투자 약정 40억달러");
  }
}
