package com.moneywar.briefing.cli;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static com.moneywar.briefing.testing.ShippedProject.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user's shell or CI sees it: exit codes and what goes to stderr. */
class MainTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
  }

  @Test
  void checkPassesOnTheShippedBriefing() {
    assertThat(run("check", "--project", ShippedProject.ROOT.toString())).isEqualTo(0);
    assertThat(err.toString()).contains("ok: no problems found");
  }

  @Test
  void aMistypedProjectFolderIsOneProblemNamingIt() {
    Path missing = dir.resolve("my-briefng");
    assertThat(run("check", "--project", missing.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains("error: expected a briefing project folder (briefing.properties, data/, templates/), found nothing at "
            + missing)
        .contains("1 error")
        .doesNotContain("data/companies.csv");
  }

  @Test
  void checkNamesTheFileLineAndColumnOfABrokenCell() {
    Path project = ShippedProject.copyTo(dir);
    replace(project, "data/valuations.csv", ",86000000000,", ",86B,");
    assertThat(run("check", "--project", project.toString())).isEqualTo(1);
    assertThat(err.toString())
        .contains(positionOf(project, "data/valuations.csv", "86B") + ": error: expected a plain decimal number")
        .contains("found '86B'")
        .contains("1 error");
  }

  @Test
  void checkNamesBothCellsWhenTwoFilesAreBroken() {
    Path project = ShippedProject.copyTo(dir);
    replace(project, "data/valuations.csv", ",86000000000,", ",86B,");
    replace(project, "data/exchange_rates.csv", ",1445,", ",1,445,");
    assertThat(run("check", "--project", project.toString())).isEqualTo(1);
    String report = err.toString();
    assertThat(report).contains(positionOf(project, "data/valuations.csv", "86B") + ": error:");
    assertThat(report).contains("data/exchange_rates.csv:").contains("2 errors");
    assertThat(report.indexOf("data/exchange_rates.csv:")).as("sorted by file")
        .isLessThan(report.indexOf("data/valuations.csv:"));
  }

  @Test
  void printsTheSourceLineWithACaretUnderTheColumn() {
    Path project = ShippedProject.copyTo(dir);
    replace(project, "data/companies.csv", ",FR,", ",XX,");
    run("check", "--project", project.toString());
    String[] lines = err.toString().split("\\R");
    int at = 0;
    while (!lines[at].contains(": error:")) {
      at++;
    }
    int column = Integer.parseInt(lines[at].split(":")[2]);
    assertThat(lines[at + 1]).contains(",XX,");
    assertThat(lines[at + 2]).isEqualTo(" ".repeat(column + 1) + "^");
    assertThat(lines[at + 1].substring(2).substring(column - 1)).startsWith("XX");
  }

  @Test
  void buildWritesTheSiteIntoTheOutFolder() {
    Path site = dir.resolve("public");
    assertThat(run("build", "--project", ShippedProject.ROOT.toString(), "--out", site.toString())).isEqualTo(0);
    assertThat(site.resolve("ko/index.html")).isRegularFile();
    assertThat(site.resolve("en/briefing.en.pdf")).isRegularFile();
    assertThat(err.toString()).contains("load ", "pdf ", "publish ", "built 14 pages, 8 charts, 2 PDFs");
  }

  @Test
  void buildWithNoPdfWritesThePagesAndNoPdf() {
    Path site = dir.resolve("public");
    assertThat(run("build", "--no-pdf", "--project", ShippedProject.ROOT.toString(), "--out", site.toString()))
        .isEqualTo(0);
    assertThat(site.resolve("ko/index.html")).isRegularFile();
    assertThat(site.resolve("en/briefings")).isDirectory();
    assertThat(site.resolve("en/briefing.en.pdf")).doesNotExist();
    assertThat(err.toString()).contains("built 14 pages, 8 charts, no PDFs (--no-pdf)").doesNotContain("pdf ");
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path site = dir.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "previous", StandardCharsets.UTF_8);
    replace(project, "data/investments.csv", ",USD,", ",US$,");
    assertThat(run("build", "--project", project.toString(), "--out", site.toString())).isEqualTo(1);
    assertThat(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo("previous");
    assertThat(err.toString()).contains("is unchanged");
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("p", "site");
    }
  }

  @Test
  void buildRefusesAnOutputPathThatIsAFile() throws IOException {
    Path file = dir.resolve("site");
    Files.writeString(file, "not a folder", StandardCharsets.UTF_8);
    assertThat(run("build", "--project", ShippedProject.ROOT.toString(), "--out", file.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("expected a writable output folder");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("not a folder");
  }

  @Test
  void buildNeverPublishesOverTheProjectItself() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    for (String out : new String[] {project.toString(), dir.toString()}) {
      assertThat(run("build", "--project", project.toString(), "--out", out)).isEqualTo(1);
      assertThat(err.toString()).contains("is the project folder or contains it");
    }
    assertThat(project.resolve("briefing.properties")).isRegularFile();
    assertThat(project.resolve("data/investments.csv")).isRegularFile();
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    assertThat(run("build", "--colour")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown option: '--colour'");
    assertThat(run()).isEqualTo(2);
  }

  @Test
  void printsHelpAndVersion() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out.toString()).contains("build", "check");
    assertThat(run("--version")).isEqualTo(0);
    assertThat(out.toString()).contains("briefing ");
  }
}
