package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BuildListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** serve --quiet prints only errors, the default also the stages, --verbose also what changed. */
class ServeProgressTest {
  private static List<String> heard(boolean quiet, boolean verbose) {
    List<String> lines = new ArrayList<>();
    BuildListener to = new BuildListener() {
      @Override
      public void stageDone(String stage, Duration took, String detail) {
        lines.add(stage + " " + detail);
      }

      @Override
      public void editionDone(Lang lang, int done, int total, Duration took) {
        lines.add("pdf " + lang.code());
      }
    };
    var progress = new ServeCommand.ServeProgress(to, quiet, verbose);
    progress.stageDone("changed", Duration.ZERO, "data/investments.csv");
    progress.stageDone("pages", Duration.ofMillis(30), "14 pages");
    progress.editionDone(Lang.KO, 1, 2, Duration.ofMillis(800));
    progress.stageDone("error", Duration.ZERO, "data/investments.csv:3:7: error: …");
    return lines;
  }

  @Test
  void quietShowsOnlyErrors() {
    assertThat(heard(true, false)).containsExactly("error data/investments.csv:3:7: error: …");
  }

  @Test
  void theDefaultShowsStagesAndErrorsButNotWhatChanged() {
    assertThat(heard(false, false)).containsExactly("pages 14 pages", "pdf ko", "error data/investments.csv:3:7: error: …");
  }

  @Test
  void verboseAlsoShowsWhatChanged() {
    assertThat(heard(false, true)).containsExactly("changed data/investments.csv", "pages 14 pages", "pdf ko",
        "error data/investments.csv:3:7: error: …");
  }
}
