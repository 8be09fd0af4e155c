package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
    assertThat(verbose.err()).contains("ko/briefing.ko.pdf", "en/investments.html", "assets/fonts/pretendard.", "built ");
    CliRun both = CliRun.of("build", "--quiet", "--verbose");
    assertThat(both.code()).isEqualTo(2);
    assertThat(both.err()).contains("--quiet and --verbose cannot be used together");
  }

  /** Progress goes to a log or a CI page as much as to a terminal: no line ends in spaces. */
  @Test
  void progressIsOneLinePerStageAndOnePerPdfEditionWithNoTrailingSpaces() {
    // Without the build cache, so that every edition is laid out (and reported) here.
    CliRun build = CliRun.of("build", "--project", ShippedProject.ROOT.toString(), "--out", dir.resolve("site").toString(),
        "--no-cache");
    assertThat(build.code()).as(build.err()).isEqualTo(0);
    List<String> lines = build.err().lines().toList();
    assertThat(lines).noneMatch(line -> line.endsWith(" ")).noneMatch(line -> line.contains("\r"));
    assertThat(lines).anyMatch(line -> line.matches("load +\\d+ ms"));
    // Not on a terminal (the tests' stdin is no console): each edition is a plain line of its own, one PDF
    // per language and shipped briefing.
    int briefings = ShippedProject.slugs().size();
    int total = 2 * briefings;
    List<String> editions = lines.stream().filter(line -> line.startsWith("pdf ") && line.contains("/" + total + " PDFs")).toList();
    assertThat(editions).hasSize(total);
    assertThat(editions).allMatch(line -> line.matches("pdf (ko|en) +\\d+ ms  \\d+/" + total + " PDFs"));
    assertThat(editions.stream().filter(line -> line.startsWith("pdf ko "))).hasSize(briefings);
    assertThat(editions.stream().filter(line -> line.startsWith("pdf en "))).hasSize(briefings);
    for (int i = 1; i <= total; i++) {
      String done = "  " + i + "/" + total + " PDFs";
      assertThat(editions).as(done).filteredOn(line -> line.endsWith(done)).hasSize(1);
    }
    assertThat(lines.indexOf(editions.get(total - 1))).as("editions before the stage's own line")
        .isLessThan(lines.indexOf(lines.stream().filter(line -> line.matches("pdf +\\d+ ms  " + total + " PDFs(, .+)?")).findFirst().orElseThrow()));
  }

  /** On a terminal the editions update one line in place, which the stage's line then replaces. */
  @Test
  void onATerminalPdfProgressUpdatesOneLine() {
    StringWriter err = new StringWriter();
    ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), true);
    printer.stageDone("pages", Duration.ofMillis(120), "14 pages");
    printer.editionDone(Lang.KO, 1, 2, Duration.ofMillis(800));
    printer.editionDone(Lang.EN, 2, 2, Duration.ofMillis(900));
    printer.stageDone("pdf", Duration.ofMillis(950), "2 PDFs");
    printer.stageDone("load", Duration.ofMillis(3), "");
    assertThat(err.toString()).isEqualTo("pages        120 ms  14 pages\n"
        + "\r\u001b[Kpdf ko       800 ms  1/2 PDFs"
        + "\r\u001b[Kpdf en       900 ms  2/2 PDFs"
        + "\r\u001b[Kpdf          950 ms  2 PDFs\n"
        + "load           3 ms\n");
  }

  /**
   * In a log, the editions taken from the cache go unsaid (the stage's line counts them): a series'
   * rebuild says the one it laid out, not 500 lines. On a terminal they move the line along.
   */
  @Test
  void inALogOnlyTheEditionsLaidOutHaveALine() {
    StringWriter log = new StringWriter();
    ProgressPrinter logged = new ProgressPrinter(new PrintWriter(log), false);
    StringWriter term = new StringWriter();
    ProgressPrinter onTerminal = new ProgressPrinter(new PrintWriter(term), true);
    for (ProgressPrinter printer : List.of(logged, onTerminal)) {
      printer.editionReused(Lang.KO, 1, 3);
      printer.editionDone(Lang.EN, 2, 3, Duration.ofMillis(450));
      printer.editionReused(Lang.EN, 3, 3);
      printer.stageDone("pdf", Duration.ofMillis(470), "3 PDFs, 2 from the cache");
    }
    assertThat(log.toString()).isEqualTo("pdf en       450 ms  2/3 PDFs\n"
        + "pdf          470 ms  3 PDFs, 2 from the cache\n");
    assertThat(term.toString()).isEqualTo("\r\u001b[Kpdf ko         0 ms  1/3 PDFs"
        + "\r\u001b[Kpdf en       450 ms  2/3 PDFs"
        + "\r\u001b[Kpdf en         0 ms  3/3 PDFs"
        + "\r\u001b[Kpdf          470 ms  3 PDFs, 2 from the cache\n");
  }
}
