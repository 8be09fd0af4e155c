package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.site.RenderedSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build says when it changed an earlier edition's PDF: a new user's third briefing, with facts of
 * September dated as they happened, changed the second edition's page and PDFs without a word.
 */
class ChangedEditionsTest {
  @TempDir Path dir;

  private static List<String> changed(BuildSummary s) {
    return s.warnings().stream().filter(w -> w.contains("earlier edition")).toList();
  }

  @Test
  void aCorrectedFactOnAnEarlierEditionsRecordIsNamedAndTheNewestEditionIsNot() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path site = dir.resolve("site");
    BriefingBuild build = new BriefingBuild(BuildListener.silent());
    assertThat(changed(build.build(project, site, true).orElseThrow())).isEmpty();
    // The same inputs again: nothing changed.
    assertThat(changed(build.build(project, site, true).orElseThrow())).isEmpty();

    // An edit of the newest briefing's text changes only the newest edition.
    ShippedProject.replace(project, "data/texts/" + ShippedProject.newest() + ".en.md", "## ", "## Now: ");
    assertThat(changed(build.build(project, site, true).orElseThrow())).isEmpty();

    // A fact of March 2024 corrected: the first edition's figures change.
    ShippedProject.replace(project, "data/investments.csv", "amazon-anthropic-t1,amazon,anthropic,tranche,amazon-anthropic-2023,1250000000,",
        "amazon-anthropic-t1,amazon,anthropic,tranche,amazon-anthropic-2023,1200000000,");
    List<String> warnings = changed(build.build(project, site, true).orElseThrow());
    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).startsWith("the PDF of an earlier edition changed since the last build: "
        + ShippedProject.SEED + " (ko, en). A fact on its record was added or corrected").contains("docs/series.md")
        .doesNotContain(ShippedProject.newest());
  }

  @Test
  void manyChangedEditionsAreCountedAfterTheFirstFive() {
    List<RenderedSite.PrintEdition> editions = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      LocalDate date = LocalDate.of(2024, i, 1);
      String slug = "b-" + i;
      editions.add(RenderedSite.PrintEdition.of(Lang.EN, slug, date, "", "en/briefings/" + slug + ".en.pdf", ""));
    }
    Set<String> all = Set.copyOf(editions.stream().map(RenderedSite.PrintEdition::pdfPath).toList());
    assertThat(BriefingBuild.changedEditions(editions, all).orElseThrow())
        .startsWith("the PDFs of 7 earlier editions changed since the last build: b-1 (en), b-2 (en), b-3 (en), b-4 (en),"
            + " b-5 (en) and 2 more. A fact on their record");
    assertThat(BriefingBuild.changedEditions(editions, Set.of("en/briefings/b-8.en.pdf"))).isEmpty();
  }
}
