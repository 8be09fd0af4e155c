package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stake held ({@code holding}) is named "Stake held (value)" when a source values it, and "Stake
 * held" when none does: a new user's Meta stake in the Hyperion venture, 20 % with no value, read
 * "Stake held (value) · no amount given", a value promised that no source gave.
 */
class StakeHeldTest {
  @TempDir Path dir;

  @Test
  void aStakeHeldThatNoSourceValuesIsNotCalledAValue() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    // TEST FIXTURE rows: one stake held with a value, one without; not reported facts.
    Files.writeString(project.resolve("data/flows.csv"),
        "fixture-valued,holding,microsoft,anthropic,5,agreed,,,1000000000,,USD,about,2025-11,wyomingstar-2025-11-19,"
            + ",estimated,,,,none,,,\n"
            + "fixture-unvalued,holding,amazon,openai,20,agreed,,,,,USD,exact,2025-11,wyomingstar-2025-11-19,"
            + ",,,,,none,,,\n"
            // Valued, with no percentage: "the value of our investments … between $4 and $5 billion".
            + "fixture-no-percent,holding,nvidia,anthropic,,agreed,,,4000000000,5000000000,USD,range,2025-11,"
            + "wyomingstar-2025-11-19,,reported,,,,none,,,\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Path site = BuiltSite.build(project, dir.resolve("site"));
    // As a key figure, with no percentage to give: "엔비디아 → 앤스로픽 · 지분 보유", never "지분  보유".
    com.moneywar.briefing.model.Briefing briefing = new com.moneywar.briefing.pipeline.BriefingBuild(
        com.moneywar.briefing.pipeline.BuildListener.silent()).check(project).orElseThrow();
    for (com.moneywar.briefing.model.Lang lang : com.moneywar.briefing.model.Lang.values()) {
      var heads = SiteRenderer.headlines(briefing, new Figures(briefing), java.util.List.of(new com.moneywar.briefing.model
          .FigureRef("flow", java.util.List.of("fixture-no-percent"), "", "{{flow:fixture-no-percent}}",
              com.moneywar.briefing.model.SourcePos.startOf("t"))), lang, lang.code() + "/index.html",
          SiteRenderer.RowPlaces.of(briefing));
      assertThat(heads).singleElement().satisfies(h -> assertThat(h.label())
          .endsWith(lang == com.moneywar.briefing.model.Lang.KO ? " · 지분 보유" : " · stake held"));
    }
    for (String[] words : new String[][] {{"ko", "지분 보유(가치)", "지분 보유"}, {"en", "Stake held (value)", "Stake held"}}) {
      assertThat(kind(site, words[0], "flow-fixture-valued")).isEqualTo(words[1]);
      assertThat(kind(site, words[0], "flow-fixture-unvalued")).isEqualTo(words[2]);
      assertThat(kind(site, words[0], "flow-fixture-no-percent")).isEqualTo(words[1]);
    }
  }

  /** The kind cell of the investments page's row {@code id}. */
  private static String kind(Path site, String lang, String id) throws IOException {
    for (String part : BuiltSite.dataPageParts(site, lang, "investments")) {
      Element row = Jsoup.parse(site.resolve(part).toFile(), "UTF-8").getElementById(id);
      if (row != null) {
        return row.select("td").get(0).text();
      }
    }
    throw new AssertionError("no row " + id + " on the " + lang + " investments page");
  }
}
