package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.site.view.CompanyPage;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company named among the investors of a round that was denied: a new user's PIF page listed the
 * denied xAI round under "Rounds it took part in". The round added here is a TEST FIXTURE.
 */
class RoundsNamingTest {
  @TempDir Path dir;

  private static String joinedCaption(Briefing b, Lang lang) {
    PageContext ctx = new PageContext(b, lang, new SiteAssets("a.css", "f.css", "s.js", "t.js"), true)
        .withMessages(ShippedProject.messages(lang.code()));
    CompanyPage page = new CompanyPages(b, ctx, Map.of(), List.of(), List.of(), "")
        .page(b.company("mgx").orElseThrow(), new TreeMap<>(), new ArrayList<>());
    return page.tables().stream().filter(t -> t.rows().stream().anyMatch(r -> r.id().startsWith("round-")))
        .map(FactTable::caption).findFirst().orElseThrow();
  }

  @Test
  void aRoundItWasOnlyNamedInIsNotOneItTookPartIn() {
    Briefing shipped = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    assertThat(joinedCaption(shipped, Lang.KO)).isEqualTo("참여한 투자 라운드");
    Path project = ShippedProject.copyTo(dir);
    ShippedProject.addFixtureSource(project, "fixture-denied");
    ShippedProject.appendRows(project, "data/rounds.csv",
        "fixture-denied-2025-09,openai,equity,,mgx,,10000000000,,USD,exact,2025-09,fixture-denied,,denied,none,,,\n");
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    assertThat(joinedCaption(b, Lang.KO)).isEqualTo("투자자로 이름이 오른 라운드");
    assertThat(joinedCaption(b, Lang.EN)).isEqualTo("Rounds naming it as an investor");
  }
  /**
   * Rounds it joined with no amount of its own are in none of its totals, and its page says how
   * many: a new user's MGX read "committed about $7 billion" while named in four such rounds.
   */
  @Test
  void roundsJoinedWithNoAmountOfItsOwnAreCountedBesideTheTotals() {
    Briefing b = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    for (Lang lang : Lang.values()) {
      PageContext ctx = new PageContext(b, lang, new SiteAssets("a.css", "f.css", "s.js", "t.js"), true)
          .withMessages(ShippedProject.messages(lang.code()));
      CompanyPages pages = new CompanyPages(b, ctx, Map.of(), List.of(), List.of(), "");
      // MGX is named in OpenAI's October 2024 round, with no amount of its own.
      assertThat(pages.page(b.company("mgx").orElseThrow(), new TreeMap<>(), new ArrayList<>()).totals())
          .extracting(CompanyPage.Total::label, CompanyPage.Total::value)
          .contains(org.assertj.core.groups.Tuple.tuple(lang == Lang.KO ? "참여액 미상 라운드" : "Rounds joined, own amount unknown",
              lang == Lang.KO ? "1건" : "1"));
      // MGX has no other total: its note points at no "totals above". Thrive Capital has some.
      Map<String, String> t = ShippedProject.messages(lang.code());
      assertThat(pages.page(b.company("mgx").orElseThrow(), new TreeMap<>(), new ArrayList<>()).totals())
          .extracting(CompanyPage.Total::note).containsExactly(t.get("total.roundsUnknown.noteAlone"));
      assertThat(pages.page(b.company("thrive-capital").orElseThrow(), new TreeMap<>(), new ArrayList<>()).totals())
          .extracting(CompanyPage.Total::note).last().isEqualTo(t.get("total.roundsUnknown.note"));
      // Nvidia's share of that round is on record, and it joined no other: nothing to say.
      assertThat(pages.page(b.company("nvidia").orElseThrow(), new TreeMap<>(), new ArrayList<>()).totals())
          .extracting(CompanyPage.Total::label).doesNotContain(lang == Lang.KO ? "참여액 미상 라운드"
              : "Rounds joined, own amount unknown");
    }
  }
}
