package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a build may write, and how much it says while it works. */
class OutputAndProgressTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new Main(new PrintWriter(out), new PrintWriter(err)).run(args);
  }

  @Test
  void anOutputFolderThatCannotBeCreatedIsAnInputError() throws IOException {
    Files.writeString(dir.resolve("a-file"), "x");
    Path out = dir.resolve("a-file/site");
    assertThat(run("build", "--project", ShippedProject.ROOT.toString(), "--out", out.toString())).isEqualTo(1);
    assertThat(err.toString()).contains("expected a writable output folder").contains("the previous site is unchanged");
    assertThat(dir.resolve("a-file")).hasContent("x");
  }

  @Test
  void quietPrintsNothingAndVerboseListsEveryFile() {
    assertThat(run("build", "--quiet", "--project", ShippedProject.ROOT.toString(), "--out", dir.resolve("q").toString()))
        .isEqualTo(0);
    assertThat(err.toString()).isEmpty();
    assertThat(run("build", "--verbose", "--project", ShippedProject.ROOT.toString(), "--out", dir.resolve("v").toString()))
        .isEqualTo(0);
    assertThat(err.toString()).contains("ko/briefing.ko.pdf", "en/investments.html", "assets/fonts/pretendard.css", "built ");
    assertThat(run("build", "--quiet", "--verbose")).isEqualTo(2);
  }
}
