package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code init} starts a project that builds; {@code check --format github} annotates pull requests. */
class InitAndGithubTest {
  @TempDir Path dir;

  @Test
  void initCreatesAProjectThatPassesCheckAndBuilds() {
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
    assertThat(project.resolve("site/en/briefings/first-briefing.html")).content()
        .contains("$2.75 billion (about ₩3.71 trillion)");
    // The starter declares two charts, so a new project shows how charts are made.
    assertThat(project.resolve("site/en/charts/money-flows.svg")).content().contains("<svg");
    assertThat(project.resolve("site/ko/charts/valuations.svg")).content().contains("기업가치 추이");
  }

  @Test
  void initCopiesEveryDefaultTemplate() throws IOException {
    try (Stream<Path> walk = Files.walk(ShippedProject.ROOT.resolve("templates"))) {
      List<String> shipped = walk.filter(Files::isRegularFile)
          .map(p -> ShippedProject.ROOT.resolve("templates").relativize(p).toString()).sorted().toList();
      assertThat(InitCommand.TEMPLATES.stream().sorted().toList()).isEqualTo(shipped);
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
        + " in column 'amount', found '86B'");
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
