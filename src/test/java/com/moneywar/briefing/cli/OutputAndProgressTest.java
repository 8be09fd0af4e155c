package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a build may write, and how much it says while it works. */
class OutputAndProgressTest {
  @TempDir Path dir;

  @Test
  void anOutputFolderThatCannotBeCreatedIsAnInputError() throws IOException {
    Files.writeString(dir.resolve("a-file"), "x");
    Path out = dir.resolve("a-file/site");
    CliRun build = CliRun.of("build", "--project", ShippedProject.ROOT.toString(), "--out", out.toString());
    assertThat(build.code()).isEqualTo(1);
    assertThat(build.err()).contains(out + ": error: expected a writable output folder")
        .contains("build failed; nothing written")
        .doesNotContain(":1:1")
        .as("there is no previous site to leave unchanged").doesNotContain("unchanged");
    assertThat(dir.resolve("a-file")).hasContent("x");
  }

  @Test
  void quietPrintsNothingAndVerboseListsEveryFile() {
    CliRun quiet = CliRun.of("build", "--quiet", "--project", ShippedProject.ROOT.toString(),
        "--out", dir.resolve("q").toString());
    assertThat(quiet.code()).isEqualTo(0);
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEmpty();
    CliRun verbose = CliRun.of("build", "--verbose", "--project", ShippedProject.ROOT.toString(),
        "--out", dir.resolve("v").toString());
    assertThat(verbose.code()).isEqualTo(0);
    assertThat(verbose.err()).contains("ko/briefing.ko.pdf", "en/investments.html", "assets/fonts/pretendard.css", "built ");
    CliRun both = CliRun.of("build", "--quiet", "--verbose");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--quiet and --verbose cannot be used together");
  }
}
