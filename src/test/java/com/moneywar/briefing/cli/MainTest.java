package com.moneywar.briefing.cli;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static com.moneywar.briefing.testing.ShippedProject.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a user's shell or CI sees it: exit codes and what goes to stderr. */
class MainTest {
  @TempDir Path dir;

  @Test
  void checkPassesOnTheShippedBriefing() {
    CliRun check = CliRun.of("check", "--project", ShippedProject.ROOT.toString());
    assertThat(check.code()).as(check.err()).isEqualTo(0);
    assertThat(check.err()).contains("ok: no problems found");
  }

  @Test
  void checkAndBuildPrintAWarningWithItsLineAndGoOn() {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    replace(project, "data/valuations.csv", "openai-2024-10,openai,157000000000,", "openai-2024-10,openai,157000000,");
    String at = positionOf(project, "data/valuations.csv", "157000000,");
    CliRun check = CliRun.of("check", "--project", project.toString());
    assertThat(check.code()).as(check.err()).isEqualTo(0);
    assertThat(check.err().lines()).contains(
        "ok: no problems found in " + project + " (1 warning above: allowed, but look at them)")
        .anyMatch(line -> line.startsWith(at + ": warning: expected a valuation of openai within a hundred times"))
        .anyMatch(line -> line.startsWith("  openai-2024-10,openai,157000000,"));
    CliRun github = CliRun.of("check", "--format", "github", "--project", project.toString());
    assertThat(github.out().lines()).anyMatch(line -> line.startsWith("::warning file=")
        && line.contains(",line=" + at.split(":")[1] + ",") && line.contains("expected a valuation of openai"));
    CliRun build = CliRun.of("build", "--no-pdf", "--no-cache", "--project", project.toString());
    assertThat(build.code()).as(build.err()).isEqualTo(0);
    assertThat(build.err().lines()).anyMatch(line -> line.startsWith(at + ": warning: expected a valuation of openai"));
  }

  /** A folder has no line or column, and a project that does not exist has no site to leave unchanged. */
  @ParameterizedTest
  @ValueSource(strings = {"check", "build"})
  void aMistypedProjectFolderIsOnePlainErrorNamingIt(String command) {
    Path missing = dir.resolve("my-briefng");
    CliRun run = CliRun.of(command, "--project", missing.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err().lines())
        .contains("briefing: error: project folder " + missing + " does not exist", "1 error")
        .noneMatch(line -> line.contains(":1:1"))
        .noneMatch(line -> line.contains("unchanged"))
        .noneMatch(line -> line.contains("data/companies.csv"));
    assertThat(missing).doesNotExist();
  }

  @Test
  void aProjectPathThatIsAFileIsOnePlainError() throws IOException {
    Path file = Files.writeString(dir.resolve("briefing.properties"), "title.ko=x\n", StandardCharsets.UTF_8);
    CliRun check = CliRun.of("check", "--project", file.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err().lines()).contains("briefing: error: project folder " + file + " is a file, not a folder");
  }

  @Test
  void checkNamesTheFileLineAndColumnOfABrokenCell() {
    Path project = ShippedProject.copyTo(dir);
    replace(project, "data/valuations.csv", ",86000000000,", ",86B,");
    CliRun check = CliRun.of("check", "--project", project.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err())
        .contains(positionOf(project, "data/valuations.csv", "86B") + ": error: expected a plain decimal number")
        .contains("found '86B'")
        .contains("1 error");
  }

  @Test
  void checkNamesBothCellsWhenTwoFilesAreBroken() {
    Path project = ShippedProject.copyTo(dir);
    replace(project, "data/valuations.csv", ",86000000000,", ",86B,");
    replace(project, "data/exchange_rates.csv", ",1445,", ",1,445,");
    CliRun check = CliRun.of("check", "--project", project.toString());
    assertThat(check.code()).isEqualTo(1);
    String report = check.err();
    assertThat(report).contains(positionOf(project, "data/valuations.csv", "86B") + ": error:");
    assertThat(report).contains("data/exchange_rates.csv:").contains("2 errors");
    assertThat(report.indexOf("data/exchange_rates.csv:")).as("sorted by file")
        .isLessThan(report.indexOf("data/valuations.csv:"));
  }

  @Test
  void printsTheSourceLineWithACaretUnderTheColumn() {
    Path project = ShippedProject.copyTo(dir);
    replace(project, "data/companies.csv", ",FR,", ",XX,");
    String[] lines = CliRun.of("check", "--project", project.toString()).err().split("\\R");
    int at = 0;
    while (!lines[at].contains(": error:")) {
      at++;
    }
    int column = Integer.parseInt(lines[at].split(":")[2]);
    assertThat(lines[at + 1]).contains(",XX,");
    assertThat(lines[at + 1].substring(2).substring(column - 1)).startsWith("XX");
    // 미스트랄AI is written before it: four syllables, two terminal cells each.
    assertThat(lines[at + 2]).isEqualTo(" ".repeat(column + 1 + 4) + "^");
  }

  @Test
  void theCaretStandsUnderTheColumnAfterKoreanTextThatTakesTwoCellsASyllable() {
    Path project = ShippedProject.copyTo(dir);
    String text = "data/texts/ai-money-war-2024-03-28.ko.md";
    replace(project, text, "{{investment:amazon-anthropic-t1:amount}}를", "{{investment:amazon-anthropic-t1:amount}}을");
    String[] lines = CliRun.of("check", "--project", project.toString()).err().split("\\R");
    int at = 0;
    while (!lines[at].startsWith(text + ":")) {
      at++;
    }
    int column = Integer.parseInt(lines[at].split(":")[2]);
    String before = lines[at + 1].substring(2, 2 + column - 1);
    assertThat(lines[at + 1].substring(2 + column - 1)).as("the column counts characters").startsWith("을");
    long syllables = before.codePoints().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
    assertThat(syllables).as("Hangul before the particle").isGreaterThan(10);
    assertThat(lines[at + 2]).isEqualTo("  " + " ".repeat((int) (column - 1 + syllables)) + "^");
  }

  @Test
  void buildWritesTheSiteIntoTheOutFolder() {
    Path site = dir.resolve("public");
    CliRun build = CliRun.of("build", "--project", ShippedProject.ROOT.toString(), "--out", site.toString());
    assertThat(build.code()).as(build.err()).isEqualTo(0);
    assertThat(site.resolve("ko/index.html")).isRegularFile();
    assertThat(site.resolve("en/briefing.en.pdf")).isRegularFile();
    int editions = ShippedProject.slugs().size();
    assertThat(build.err()).contains("load ", "pdf ", "publish ", "built " + BuiltSite.pages(site).size() + " pages, "
        + chartFiles(site) + " charts, " + (2 * editions) + " PDFs");
    assertThat(countFiles(site, ".pdf", "/briefings/")).isEqualTo(2 * editions);
  }

  /**
   * The charts a build drew: one per chart, language and page that shows it (the home page, each
   * edition, each company page with a chart), not counting each chart's narrow version for phones.
   * Pages that show the same drawing share its file, so this counts the pages' charts, not files.
   */
  private static long chartFiles(Path site) {
    long shown = 0;
    for (String page : BuiltSite.pages(site)) {
      try {
        shown += org.jsoup.Jsoup.parse(site.resolve(page).toFile(), "UTF-8").select(".chart img").size();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return shown;
  }

  private static long countFiles(Path folder, String ending, String within) {
    try (var walk = Files.walk(folder)) {
      return walk.map(Path::toString).filter(f -> f.endsWith(ending) && f.contains(within)).count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void buildWithNoPdfWritesThePagesAndNoPdf() {
    Path site = dir.resolve("public");
    CliRun build = CliRun.of("build", "--no-pdf", "--project", ShippedProject.ROOT.toString(), "--out", site.toString());
    assertThat(build.code()).as(build.err()).isEqualTo(0);
    assertThat(site.resolve("ko/index.html")).isRegularFile();
    assertThat(site.resolve("en/briefings")).isDirectory();
    assertThat(site.resolve("en/briefing.en.pdf")).doesNotExist();
    assertThat(build.err()).contains("built " + BuiltSite.pages(site).size() + " pages, " + chartFiles(site)
        + " charts, no PDFs (--no-pdf)").doesNotContain("pdf ");
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteUntouched() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path site = dir.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "previous", StandardCharsets.UTF_8);
    replace(project, "data/investments.csv", ",USD,", ",US$,");
    CliRun build = CliRun.of("build", "--project", project.toString(), "--out", site.toString());
    assertThat(build.code()).isEqualTo(1);
    assertThat(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo("previous");
    assertThat(build.err()).contains(site + " is unchanged");
    try (var list = Files.list(dir)) {
      assertThat(list.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("p", "site");
    }
  }

  @Test
  void aBuildOfAProjectWithoutTextsFailsAndLeavesThePreviousSiteUntouched() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    try (var texts = Files.list(project.resolve("data/texts"))) {
      for (Path text : texts.toList()) {
        Files.delete(text);
      }
    }
    Path site = dir.resolve("site");
    Files.createDirectories(site);
    Files.writeString(site.resolve("index.html"), "previous", StandardCharsets.UTF_8);
    CliRun build = CliRun.of("build", "--project", project.toString(), "--out", site.toString());
    assertThat(build.code()).isEqualTo(1);
    assertThat(build.err()).contains("data/texts: error: expected at least one briefing in data/texts")
        .contains(site + " is unchanged");
    assertThat(Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8)).isEqualTo("previous");
  }

  @Test
  void buildRefusesAnOutputPathThatIsAFile() throws IOException {
    Path file = dir.resolve("site");
    Files.writeString(file, "not a folder", StandardCharsets.UTF_8);
    CliRun build = CliRun.of("build", "--project", ShippedProject.ROOT.toString(), "--out", file.toString());
    assertThat(build.code()).isEqualTo(1);
    assertThat(build.err()).contains("expected a writable output folder");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("not a folder");
  }

  @Test
  void buildNeverPublishesOverTheProjectItself() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    for (String out : new String[] {project.toString(), dir.toString()}) {
      CliRun build = CliRun.of("build", "--project", project.toString(), "--out", out);
      assertThat(build.code()).as(out).isEqualTo(1);
      assertThat(build.err()).as(out).contains("the output " + out + " is the project folder or contains it");
    }
    assertThat(project.resolve("briefing.properties")).isRegularFile();
    assertThat(project.resolve("data/investments.csv")).isRegularFile();
  }

  @Test
  void unknownOptionsAreUsageErrors() {
    CliRun unknown = CliRun.of("build", "--colour");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--colour'");
    CliRun none = CliRun.of();
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("expected a command: build, check, init, serve, mail, cache, daemon or help");
  }

  @Test
  void printsHelpAndVersion() {
    CliRun help = CliRun.of("--help");
    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).contains("Usage: briefing", "build", "check", "init", "serve");
    CliRun version = CliRun.of("--version");
    assertThat(version.code()).isEqualTo(0);
    assertThat(version.out().strip()).matches("briefing \\S+").doesNotContain("Usage");
  }

  @Test
  void helpNamesTheCommandsAndHelpBuildItsOptions() {
    CliRun help = CliRun.of("help");
    assertThat(help.code()).isEqualTo(0);
    assertThat(help.out()).contains("Usage: briefing", "build", "check", "init", "serve", "mail", "help");
    CliRun helpBuild = CliRun.of("help", "build");
    assertThat(helpBuild.code()).as(helpBuild.err()).isEqualTo(0);
    assertThat(helpBuild.out()).contains("Usage: briefing build", "--no-pdf", "--quiet", "--verbose");
  }

  @Test
  void aMistypedCommandIsAUsageErrorThatSuggestsTheRightOne() {
    CliRun typo = CliRun.of("biuld", "--project", ".");
    assertThat(typo.code()).isEqualTo(2);
    assertThat(typo.err()).contains("Did you mean: briefing build?")
        .startsWith("briefing: expected a command (build, check, init, serve, mail, cache, daemon or help), found 'biuld'")
        .doesNotContain("Unmatched argument");
    // A mistyped option of a command keeps picocli's words, which name the option.
    CliRun option = CliRun.of("build", "--projet", ".");
    assertThat(option.code()).isEqualTo(2);
    assertThat(option.err()).contains("--projet");
  }

  @Test
  void checkQuietPrintsOnlyErrorsAndVerboseListsWhatWasChecked() {
    CliRun quiet = CliRun.of("check", "--quiet", "--project", ShippedProject.ROOT.toString());
    assertThat(quiet.code()).as(quiet.err()).isEqualTo(0);
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEmpty();

    Path project = ShippedProject.copyTo(dir.resolve("p"));
    replace(project, "data/valuations.csv", ",86000000000,", ",86B,");
    CliRun quietFailing = CliRun.of("check", "-q", "--project", project.toString());
    assertThat(quietFailing.code()).isEqualTo(1);
    assertThat(quietFailing.err().lines().findFirst().orElseThrow())
        .startsWith(positionOf(project, "data/valuations.csv", "86B") + ": error:");
    assertThat(quietFailing.err()).doesNotContain("load ", "validate ");

    CliRun verbose = CliRun.of("check", "--verbose", "--project", ShippedProject.ROOT.toString());
    assertThat(verbose.code()).as(verbose.err()).isEqualTo(0);
    assertThat(verbose.err().lines())
        .contains("checked briefing.properties", "checked data/investments.csv", "checked data/charts.csv",
            "checked data/texts/ai-money-war-2024-03-28.ko.md", "checked data/texts/ai-money-war-2024-03-28.en.md")
        .anyMatch(line -> line.startsWith("ok: no problems found"));

    CliRun both = CliRun.of("check", "--quiet", "--verbose");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--quiet and --verbose cannot be used together");
  }

  @Test
  void baseUrlOnTheCommandLineIsCheckedAsTheOptionItIs() {
    CliRun check = CliRun.of("check", "--base-url", "/preview/", "--project", ShippedProject.ROOT.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.err()).contains("--base-url: error: expected the site's absolute address, an http(s) URL such as"
        + " https://example.org/briefing/, for 'base-url', found '/preview/'");
    assertThat(CliRun.of("check", "--base-url", "https://preview.example.net/", "--project",
        ShippedProject.ROOT.toString()).code()).isZero();
  }

  @Test
  void serveTakesQuietOrVerboseButNotBoth() {
    CliRun help = CliRun.of("serve", "--help");
    assertThat(help.out()).contains("--quiet", "--verbose");
    CliRun both = CliRun.of("serve", "--quiet", "--verbose", "--port", "0");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--quiet and --verbose cannot be used together");
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "check", "init", "serve", "mail"})
  void everyCommandPrintsTheVersion(String command) {
    String expected = CliRun.of("--version").out();
    CliRun version = CliRun.of(command, "--version");
    assertThat(version.code()).as(version.err()).isEqualTo(0);
    assertThat(version.out()).isEqualTo(expected).startsWith("briefing ");
  }
}
