package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.PdfFile;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.VeraPdf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site is the archive: every briefing has its page and its own PDF edition; the feed carries
 * the twenty newest. ({@code print-stories} no longer chooses what a PDF holds, but is still checked.)
 */
class PrintSelectionTest {
  private static final String SEED = "ai-money-war-2024-03-28";

  @TempDir Path dir;

  /** The shipped project plus {@code extra} later briefings, "Extra briefing 1" to "Extra briefing N". */
  private Path projectWithLaterBriefings(int extra, String printStories) throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    for (String lang : new String[] {"ko", "en"}) {
      String seed = Files.readString(project.resolve("data/texts/" + SEED + "." + lang + ".md"), StandardCharsets.UTF_8);
      for (int i = 1; i <= extra; i++) {
        String text = seed.replaceFirst("(?m)^title: .*$", "title: Extra briefing " + i)
            .replaceFirst("(?m)^date: .*$", "date: " + java.time.LocalDate.of(2024, 4, 1).plusDays(i));
        Files.writeString(project.resolve("data/texts/extra-" + i + "." + lang + ".md"), text, StandardCharsets.UTF_8);
      }
    }
    if (printStories != null) {
      Files.writeString(project.resolve("briefing.properties"), "\nprint-stories=" + printStories + "\n",
          StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }
    return project;
  }

  @Test
  void eachEditionHasItsOwnPdfHoldingItsBriefingAlone() throws IOException {
    Path project = projectWithLaterBriefings(3, null);
    Path site = project.resolve("site");
    Result<BuildSummary> result = new BriefingBuild(BuildListener.silent()).build(project, site);
    assertThat(result).as(result.toString()).isInstanceOf(Result.Ok.class);

    for (int i = 1; i <= 3; i++) {
      Path edition = site.resolve("en/briefings/2024-04-0" + (i + 1) + "-extra-" + i + ".en.pdf");
      try (PdfFile pdf = PdfFile.open(edition)) {
        String text = String.join("\n", pdf.pageTexts()).replaceAll("\\s+", " ");
        assertThat(text).contains("Extra briefing " + i).contains("No. " + (i + 1))
            .doesNotContain("Extra briefing " + (i % 3 + 1)).doesNotContain("Amazon completes its Anthropic bet");
      }
    }
    // The stable "latest" file is the newest edition: the shipped briefing of November 2025, which is
    // dated after the extras (April 2024).
    String newest = ShippedProject.newest();
    assertThat(newest).isEqualTo("ai-money-war-2025-11-28");
    assertThat(Files.readAllBytes(site.resolve("en/briefing.en.pdf")))
        .isEqualTo(Files.readAllBytes(site.resolve("en/briefings/" + newest + ".en.pdf")))
        .isNotEqualTo(Files.readAllBytes(site.resolve("en/briefings/2024-04-04-extra-3.en.pdf")));
    // A later edition stays accessible and archivable, in both languages.
    for (String lang : new String[] {"ko", "en"}) {
      byte[] bytes = Files.readAllBytes(site.resolve(lang + "/briefings/2024-04-04-extra-3." + lang + ".pdf"));
      assertThat(VeraPdf.failures(bytes, "ua1")).as("PDF/UA-1").isEmpty();
      assertThat(VeraPdf.failures(bytes, "3u")).as("PDF/A-3u").isEmpty();
    }
    try (PdfFile pdf = PdfFile.open(site.resolve("ko/briefings/2024-04-03-extra-2.ko.pdf"))) {
      assertThat(String.join("\n", pdf.pageTexts())).contains("제3호 · 2024년 4월 3일");
    }
  }

  @Test
  void theFeedCarriesTheTwentyNewestBriefings() throws Exception {
    Path project = projectWithLaterBriefings(24, null);
    Path site = project.resolve("site");
    Result<BuildSummary> result = new BriefingBuild(BuildListener.silent()).build(project, site, false);
    assertThat(result).as(result.toString()).isInstanceOf(Result.Ok.class);
    var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    xml.setNamespaceAware(true);
    var entries = xml.newDocumentBuilder().parse(site.resolve("en/feed.xml").toFile())
        .getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertThat(entries.getLength()).isEqualTo(20);
    // Newest first: the shipped briefing of November 2025 (after the extras, dated April 2024), then
    // Extra briefing 24 down to Extra briefing 6; the older extras and the seed briefing are left out
    // (twenty entries in all).
    assertThat(entries.item(0).getTextContent()).contains("/en/briefings/" + ShippedProject.newest() + ".html");
    String first = entries.item(1).getTextContent();
    String last = entries.item(19).getTextContent();
    assertThat(first).contains("Extra briefing 24");
    assertThat(last).contains("Extra briefing 6");
    assertThat(site.resolve("en/briefings/extra-1.html")).exists();
  }

  @Test
  void aBadPrintStoriesValueIsReportedWhereItIsSet() throws IOException {
    Path project = projectWithLaterBriefings(0, "all");
    Result<?> result = new BriefingBuild(BuildListener.silent()).check(project);
    assertThat(result).isInstanceOf(Result.Failed.class);
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.pos().file()).isEqualTo("briefing.properties");
      assertThat(p.message()).isEqualTo("expected a whole number from 1 to 200 for 'print-stories', found 'all'");
    });
  }
}
