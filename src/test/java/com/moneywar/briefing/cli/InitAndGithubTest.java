package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} starts a project that builds; {@code check --format github} annotates pull requests. */
class InitAndGithubTest {
  @TempDir Path dir;

  @Test
  void theNextStepNamesALauncherThatRunsFromAnyFolder() throws IOException {
    // A new user ran init in /tmp and was told "bin/briefing", which is only in the tool's checkout.
    Path jar = Files.createDirectories(dir.resolve("tool/target")).resolve("briefing.jar");
    Files.writeString(jar, "jar");
    assertThat(InitCommand.launcher(Optional.of(jar))).isEqualTo("java -jar " + jar);
    Path script = Files.createDirectories(dir.resolve("tool/bin")).resolve("briefing");
    Files.writeString(script, "#!/bin/sh\n");
    assertThat(InitCommand.launcher(Optional.of(jar))).isEqualTo(script.toString());
    assertThat(InitCommand.launcher(Optional.empty())).isEqualTo("java -jar briefing.jar");
  }

  @Test
  void initCreatesAProjectThatPassesCheckAndBuilds() throws IOException {
    Path project = dir.resolve("new-briefing");
    CliRun init = CliRun.of("init", project.toString());
    assertThat(init.code()).as(init.err()).isEqualTo(0);
    CliRun check = CliRun.of("check", "--project", project.toString());
    assertThat(check.code()).as(check.err()).isEqualTo(0);
    CliRun build = CliRun.of("build", "--project", project.toString());
    assertThat(build.code()).as(build.err()).isEqualTo(0);
    assertThat(project.resolve("site/ko/index.html")).content().contains("27억5000만달러");
    // What the build writes into the project, site and marker, is ignored by git; the marker is not published.
    assertThat(project.resolve("site/.briefing-site")).doesNotExist();
    assertThat(project.resolve(".site.briefing-site")).isRegularFile();
    assertThat(project.resolve(".gitignore")).content().contains("/site/\n", "/.site.briefing-site\n");
    // As a reader sees it (each amount of a figure is kept on one line by its own element).
    assertThat(org.jsoup.Jsoup.parse(project.resolve("site/en/briefings/first-briefing.html").toFile()).text())
        .contains("$2.75 billion (about ₩3.71 trillion)");
    // The starter declares two charts, so a new project shows how charts are made.
    assertThat(BuiltSite.chartSvg(project.resolve("site/en/charts"), "money-flows")).content().contains("<svg");
    assertThat(BuiltSite.chartSvg(project.resolve("site/ko/charts"), "valuations")).content().contains("기업가치 추이");
    // The starter's data folder has the optional capital spending table, with one sourced row shown on the data page.
    assertThat(project.resolve("data/spending.csv")).content().startsWith("id,company,kind,period,status,replaces,");
    assertThat(org.jsoup.Jsoup.parse(project.resolve("site/ko/investments.html").toFile()).text())
        .contains("설비투자·투자 계획", "마이크로소프트 · 2025회계연도 AI 인프라 투자", "800억달러 · 계획");
  }

  /**
   * A new user ran {@code mail} and was told 'mail.from' is not set, with no such key in the
   * project {@code init} wrote: the starter lists the e-mail keys, commented out, and with them
   * removed of their "#" the e-mails are sent from the address they give.
   */
  @Test
  void theStarterListsTheEmailKeysReadyToFillIn() throws IOException {
    Path project = dir.resolve("new-briefing");
    assertThat(CliRun.of("init", project.toString()).code()).isZero();
    Path config = project.resolve("briefing.properties");
    String text = Files.readString(config, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("\n#mail.from=", "\n#mail.from-name.ko=", "\n#mail.subject.en=", "\n#mail.unsubscribe=");
    Files.writeString(config, text.replace("\n#mail.", "\nmail."), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(CliRun.of("build", "--project", project.toString()).code()).isZero();
    Path out = dir.resolve("mail");
    CliRun mail = CliRun.of("mail", "--project", project.toString(), "--out", out.toString());
    assertThat(mail.code()).as(mail.err()).isZero();
    assertThat(mail.err()).doesNotContain("mail.from");
    try (Stream<Path> files = Files.list(out)) {
      Path ko = files.filter(f -> f.toString().endsWith(".ko.eml")).findFirst().orElseThrow();
      assertThat(Files.readString(ko, java.nio.charset.StandardCharsets.UTF_8)).containsPattern("(?m)^From: .*<briefing@example\\.org>\r?$");
    }
  }

  /**
   * A briefing without talent offers is normal: a new user deleted data/talent_offers.csv and was
   * told "expected the file data/talent_offers.csv, found none", where flows.csv and spending.csv may
   * simply be left out. Without it the talent page, its link and its downloads are left out; a
   * reference to a talent offer says the file is missing.
   */
  @Test
  void aProjectWithoutTalentOffersChecksAndBuildsWithoutATalentPage() throws IOException {
    Path project = dir.resolve("no-talent");
    assertThat(CliRun.of("init", project.toString()).code()).isZero();
    Files.delete(project.resolve("data/talent_offers.csv"));
    Path charts = project.resolve("data/charts.csv");
    Files.writeString(charts, Files.readString(charts) + "pay,talent,ai-researcher-pay-2024-03,,"
        + "investment:amazon-anthropic-2024-03,,,,,연봉,Pay,연봉 비교,Pay compared\n");
    CliRun check = CliRun.of("check", "--project", project.toString());
    assertThat(check.code()).as(check.err()).isEqualTo(1);
    assertThat(check.err()).contains(
        "data/charts.csv:4:12: error: expected the id of a row in data/talent_offers.csv, found no row"
            + " 'ai-researcher-pay-2024-03' (the project has no data/talent_offers.csv)",
        "briefing.properties:26:75: error: expected the id of a row in data/talent_offers.csv in talent:ai-researcher-pay-2024-03, found no row"
            + " 'ai-researcher-pay-2024-03' (the project has no data/talent_offers.csv)",
        "2 errors").doesNotContain("expected the file");
    // Without the talent chart and headline figure, the project checks and builds.
    Files.writeString(charts, Files.readString(charts).lines().filter(l -> !l.startsWith("pay,"))
        .map(l -> l + "\n").reduce("", String::concat));
    Path config = project.resolve("briefing.properties");
    Files.writeString(config, Files.readString(config).replace(",talent:ai-researcher-pay-2024-03", ""));
    CliRun recheck = CliRun.of("check", "--project", project.toString());
    assertThat(recheck.code()).as(recheck.err()).isEqualTo(0);
    CliRun build = CliRun.of("build", "--project", project.toString());
    assertThat(build.code()).as(build.err()).isEqualTo(0);
    Path site = project.resolve("site");
    for (String lang : List.of("ko", "en")) {
      assertThat(site.resolve(lang + "/talent.html")).doesNotExist();
      assertThat(site.resolve(lang + "/investments.html")).isRegularFile();
      assertThat(site.resolve(lang + "/briefing." + lang + ".pdf")).isRegularFile();
    }
    assertThat(site.resolve("data/talent_offers.csv")).doesNotExist();
    assertThat(site.resolve("data/datapackage.json")).content().doesNotContain("talent");
    try (Stream<Path> pages = Files.walk(site)) {
      List<Path> linking = pages.filter(p -> p.toString().endsWith(".html"))
          .filter(p -> read(p).contains("talent.html")).toList();
      assertThat(linking).isEmpty();
    }
  }

  @Test
  void initCopiesEveryDefaultTemplateOnlyWhenAsked() throws IOException {
    try (Stream<Path> walk = Files.walk(ShippedProject.ROOT.resolve("templates"))) {
      List<String> shipped = walk.filter(Files::isRegularFile)
          .map(p -> ShippedProject.ROOT.resolve("templates").relativize(p).toString()).sorted().toList();
      assertThat(InitCommand.TEMPLATES.stream().sorted().toList()).isEqualTo(shipped);
    }
    // Without --templates the project uses the built-in ones, and so every later fix of the tool's.
    Path plain = dir.resolve("plain");
    assertThat(CliRun.of("init", plain.toString()).code()).isZero();
    assertThat(plain.resolve("templates")).doesNotExist();
    Path styled = dir.resolve("styled");
    assertThat(CliRun.of("init", "--templates", styled.toString()).code()).isZero();
    for (String file : InitCommand.TEMPLATES) {
      assertThat(styled.resolve("templates").resolve(file)).hasSameBinaryContentAs(
          ShippedProject.ROOT.resolve("templates").resolve(file));
    }
  }

  @Test
  void initWritesAWorkflowWithAMarkedPlaceholderAndAWarningWhenNoToolRepositoryIsKnown() {
    // The tests run from target/classes, built without -Dbriefing.repository: no repository is known.
    assertThat(ReleaseInfo.ofThisBuild().repository()).isEmpty();
    Path project = dir.resolve("p");
    CliRun init = CliRun.of("init", project.toString());
    assertThat(init.code()).as(init.err()).isEqualTo(0);
    assertThat(init.err()).contains("warning: .github/workflows/briefing.yml downloads briefing.jar from OWNER/NAME,"
        + " a placeholder: set BRIEFING_REPOSITORY there to the GitHub repository whose releases carry briefing.jar"
        + " (or run init again with --tool-repository OWNER/NAME); until then the workflow fails");
    assertThat(project.resolve(".github/workflows/briefing.yml")).content().contains(
        "  BRIEFING_REPOSITORY: OWNER/NAME\n", "  BRIEFING_VERSION: " + pomVersion() + "\n", "  BRIEFING_SHA256: ''\n",
        "if [ \"$BRIEFING_REPOSITORY\" = OWNER/NAME ]; then");
    assertThat(project.resolve("briefing.properties")).content()
        .contains("(it is not part\n# of this project): docs/data-format.md in the tool's repository\n")
        .doesNotContainPattern("@[A-Z_]+@");
  }

  @Test
  void initWritesTheToolRepositoryItIsGivenPinnedByTag() {
    Path project = dir.resolve("p");
    CliRun init = CliRun.of("init", "--tool-repository", "moneywar/briefing", project.toString());
    assertThat(init.code()).as(init.err()).isEqualTo(0);
    assertThat(init.err()).doesNotContain("warning").contains("note: .github/workflows/briefing.yml pins briefing.jar"
        + " by its release tag v" + pomVersion() + " only; set BRIEFING_SHA256 there to the contents of that"
        + " release's briefing.jar.sha256 to pin its bytes");
    String workflow = read(project.resolve(".github/workflows/briefing.yml"));
    assertThat(workflow).contains("  BRIEFING_REPOSITORY: moneywar/briefing\n", "  BRIEFING_SHA256: ''\n",
        "gh release download \"v$BRIEFING_VERSION\" --repo \"$BRIEFING_REPOSITORY\"",
        "build --base-url \"${{ steps.pages.outputs.base_url }}/\"", "check --format github");
    assertThat(workflow).doesNotContain("@REPOSITORY@", "@VERSION@", "@SHA256@");
    assertThat(project.resolve("briefing.properties")).content()
        .contains("https://github.com/moneywar/briefing/blob/v" + pomVersion() + "/docs/data-format.md\n");
  }

  @Test
  void aReleasedJarWritesItsOwnRepositoryAndPinsItsOwnBytes() {
    ReleaseInfo release = new ReleaseInfo("0.1.0", Optional.of("moneywar/briefing"));
    String sha = "ab".repeat(32);
    StarterWorkflow own = StarterWorkflow.of(release, Optional.empty(), Optional.of(sha));
    assertThat(own.warnings()).isEmpty();
    assertThat(own.text()).contains("  BRIEFING_REPOSITORY: moneywar/briefing\n", "  BRIEFING_VERSION: 0.1.0\n",
        "  BRIEFING_SHA256: '" + sha + "'\n");
    // Told to fetch from another repository, the running jar's bytes say nothing about that release's jar.
    StarterWorkflow fork = StarterWorkflow.of(release, Optional.of("someone/fork"), Optional.of(sha));
    assertThat(fork.text()).contains("  BRIEFING_REPOSITORY: someone/fork\n", "  BRIEFING_SHA256: ''\n");
    assertThat(fork.warnings()).singleElement().asString().startsWith("note: ");
  }

  @Test
  void deploysAreNeverCancelledButPullRequestChecksAre() {
    String starter = StarterWorkflow.of(new ReleaseInfo("0.1.0", Optional.empty()), Optional.empty(), Optional.empty())
        .text();
    assertThat(starter).contains("""
          check:
            if: github.event_name == 'pull_request'
        """, """
            concurrency:
              group: briefing-check-${{ github.ref }}
              cancel-in-progress: true
        """, """
          deploy:
            if: github.event_name != 'pull_request' && github.ref == 'refs/heads/main'
        """, """
            concurrency:
              group: briefing-pages
              cancel-in-progress: false
        """);
    String own = read(ShippedProject.ROOT.resolve(".github/workflows/briefing.yml"));
    assertThat(own).contains("""
        concurrency:
          group: briefing-${{ github.ref }}
          cancel-in-progress: ${{ github.event_name == 'pull_request' }}
        """, """
            concurrency:
              group: briefing-pages
              cancel-in-progress: false
        """, "bin/briefing build --base-url \"${{ steps.pages.outputs.base_url }}/\"",
        "-Dbriefing.repository=\"${{ github.repository }}\"",
        "gh release create \"$GITHUB_REF_NAME\" briefing.jar briefing.jar.sha256");
    assertThat(own).doesNotContain("cancel-in-progress: true");
  }

  @Test
  void theReleaseInfoCarriesThePomVersion() {
    assertThat(ReleaseInfo.ofThisBuild().version()).isEqualTo(pomVersion());
  }

  @Test
  void initRefusesAToolRepositoryThatIsNotOwnerSlashName() {
    Path project = dir.resolve("p");
    CliRun init = CliRun.of("init", "--tool-repository", "https://github.com/moneywar/briefing", project.toString());
    assertThat(init.code()).isEqualTo(2);
    assertThat(init.err()).isEqualTo("briefing: expected --tool-repository as OWNER/NAME of a GitHub repository,"
        + " found 'https://github.com/moneywar/briefing'; nothing written" + System.lineSeparator());
    assertThat(project).doesNotExist();
  }

  @Test
  void sha256IsWhatSha256sumPrints() throws IOException {
    Path file = Files.writeString(dir.resolve("abc"), "abc");
    assertThat(InitCommand.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  /** The project's version, from pom.xml. */
  static String pomVersion() {
    Matcher m = Pattern.compile("<artifactId>briefing</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(read(ShippedProject.ROOT.resolve("pom.xml")));
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void initRefusesAFolderWithFiles() throws IOException {
    Files.writeString(dir.resolve("keep.txt"), "mine");
    CliRun init = CliRun.of("init", dir.toString());
    assertThat(init.code()).isEqualTo(1);
    assertThat(init.err()).contains("expected an empty or new folder");
    try (Stream<Path> list = Files.list(dir)) {
      assertThat(list).hasSize(1);
    }
  }

  @Test
  void checkPrintsGithubAnnotationsWithFileLineAndColumn() {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    ShippedProject.replace(project, "data/valuations.csv", ",86000000000,", ",86B,");
    CliRun check = CliRun.of("check", "--format", "github", "--project", project.toString());
    assertThat(check.code()).isEqualTo(1);
    String position = ShippedProject.positionOf(project, "data/valuations.csv", "86B");
    String[] parts = position.split(":");
    String file = project.resolve(parts[0]).toString(); // outside the working directory: absolute
    assertThat(check.out().strip()).isEqualTo("::error file=" + file + ",line=" + parts[1] + ",col=" + parts[2]
        + ",title=briefing check::expected a plain decimal number such as 2750000000 or 1.5 (no grouping, no currency sign)"
        + " in column 'amount', found '86B'; did you mean '86000000000'?");
  }

  @Test
  void aMissingProjectIsAnAnnotationWithoutFileOrLine() {
    Path missing = dir.resolve("no-such-project");
    CliRun check = CliRun.of("check", "--format", "github", "--project", missing.toString());
    assertThat(check.code()).isEqualTo(1);
    assertThat(check.out().strip())
        .isEqualTo("::error title=briefing check::project folder " + missing + " does not exist");
  }

  @Test
  void githubAnnotationsNameFilesRelativeToTheRepositoryRoot() {
    Path repo = dir.resolve("repo");
    var problem = new com.moneywar.briefing.model.Problem(
        new com.moneywar.briefing.model.SourcePos("data/investments.csv", 4, 65), "expected USD, found 'usd'");
    StringWriter annotations = new StringWriter();
    new GithubAnnotations(repo.resolve("briefing"), repo).print(List.of(problem), new PrintWriter(annotations, true));
    assertThat(annotations.toString().strip())
        .isEqualTo("::error file=briefing/data/investments.csv,line=4,col=65,title=briefing check::expected USD, found 'usd'");
  }

  @Test
  void githubAnnotationsEscapeWhatWouldBreakTheCommand() {
    assertThat(GithubAnnotations.data("50% off\nnext")).isEqualTo("50%25 off%0Anext");
    assertThat(GithubAnnotations.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }
}
