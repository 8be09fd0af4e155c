package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages never link to a PDF edition the output does not hold. */
class NoPdfBuildTest {
  @TempDir Path dir;

  /** Every link to a PDF on every page, as the file it points to. */
  private static List<String> pdfLinks(Path site) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site)) {
      pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
    List<String> links = new ArrayList<>();
    for (Path page : pages) {
      for (String href : Jsoup.parse(page.toFile(), "UTF-8").select("a[href$=.pdf]").eachAttr("href")) {
        links.add(page.getParent().resolve(href).normalize().toString());
      }
    }
    return links;
  }

  @Test
  void aNoPdfBuildIntoANewFolderLinksNoPdfAndSaysSo() throws IOException {
    Path site = dir.resolve("site");
    BuildSummary summary = new BriefingBuild(BuildListener.silent()).build(ShippedProject.ROOT, site, false)
        .orElseThrow();
    assertThat(site.resolve("ko/briefing.ko.pdf")).doesNotExist();
    assertThat(pdfLinks(site)).isEmpty();
    assertThat(summary.warnings()).hasSize(2).allMatch(w -> w.contains("no PDF edition for")
        && w.contains("until a full build (without --no-pdf)"));
  }

  @Test
  void aNoPdfRebuildKeepsThePdfsOfTheLastFullBuildAndItsLinks() throws IOException {
    Path site = dir.resolve("site");
    BriefingBuild build = new BriefingBuild(BuildListener.silent());
    build.build(ShippedProject.ROOT, site, true).orElseThrow();
    List<String> full = pdfLinks(site);
    assertThat(full).isNotEmpty().allMatch(link -> Files.isRegularFile(Path.of(link)));

    BuildSummary summary = build.build(ShippedProject.ROOT, site, false).orElseThrow();
    assertThat(summary.warnings()).isEmpty();
    assertThat(pdfLinks(site)).containsExactlyElementsOf(full).allMatch(link -> Files.isRegularFile(Path.of(link)));
  }

  @Test
  void aNoPdfRebuildAfterANewEditionKeepsNoOlderPdfAsTheNewestOne() throws IOException {
    // The last full build knew only the 2024 edition; then the 2025 one is written.
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.setNewestEditionAside(project, dir.resolve("aside"));
    Path site = dir.resolve("site");
    BriefingBuild build = new BriefingBuild(BuildListener.silent());
    build.build(project, site, true).orElseThrow();
    assertThat(site.resolve("en/briefing.en.pdf")).exists();
    ShippedProject.bringNewestEditionBack(project, dir.resolve("aside"));

    build.build(project, site, false).orElseThrow();
    assertThat(site.resolve("en/briefing.en.pdf")).as("the 2024 edition's PDF is not the newest edition's")
        .doesNotExist();
    assertThat(site.resolve("ko/briefing.ko.pdf")).doesNotExist();
    assertThat(pdfLinks(site)).isNotEmpty().allMatch(link -> Files.isRegularFile(Path.of(link)));
  }
}
