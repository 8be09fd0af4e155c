package com.moneywar.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A loader that keeps what it read ({@link KeptTexts}, as the preview and the build daemon do)
 * reads a table again only when its bytes change, and gives what a loader reading it afresh gives:
 * the same records, and the same problems, said again in every build until the row is mended.
 */
class KeptTablesTest {
  private static final String INVESTMENTS = "data/investments.csv";

  @TempDir Path dir;

  @Test
  void anUnchangedTableIsTheSameRecordsAndAChangedOneIsReadAgain() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    KeptTexts kept = new KeptTexts();
    ProjectLoader.Partial first = load(project, kept);
    ProjectLoader.Partial second = load(project, kept);
    Investment before = first.project().orElseThrow().briefing().investments().get(0);
    assertThat(second.project().orElseThrow().briefing().investments().get(0)).as("taken as read before")
        .isSameAs(before);
    assertAsAFreshLoad(second, project);

    String row = read(project).lines().skip(1).findFirst().orElseThrow();
    ShippedProject.replace(project, INVESTMENTS, row, row.replaceFirst(",([0-9]+),", ",$11,"));
    ProjectLoader.Partial edited = load(project, kept);
    assertThat(edited.project().orElseThrow().briefing().investments().get(0)).isNotEqualTo(before);
    assertAsAFreshLoad(edited, project);
  }

  @Test
  void aTablesProblemsAreSaidInEveryBuildUntilMended() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    String row = read(project).lines().skip(1).findFirst().orElseThrow();
    ShippedProject.replace(project, INVESTMENTS, row, row.replaceFirst(",([0-9]+),", ",lots,"));
    KeptTexts kept = new KeptTexts();
    ProjectLoader.Partial first = load(project, kept);
    assertThat(first.problems()).anyMatch(p -> p.pos().file().equals(INVESTMENTS));
    ProjectLoader.Partial second = load(project, kept);
    assertThat(second.problems()).isEqualTo(first.problems());
    assertAsAFreshLoad(second, project);
  }

  private static String read(Path project) {
    try {
      return java.nio.file.Files.readString(project.resolve(INVESTMENTS));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ProjectLoader.Partial load(Path project, KeptTexts kept) {
    kept.beginBuild();
    ProjectLoader.Partial loaded = new ProjectLoader().withKeptTexts(kept).loadPartial(project, tables -> {});
    kept.endBuild();
    return loaded;
  }

  private static void assertAsAFreshLoad(ProjectLoader.Partial kept, Path project) {
    ProjectLoader.Partial fresh = new ProjectLoader().loadPartial(project, tables -> {});
    assertThat(kept.problems()).isEqualTo(fresh.problems());
    assertThat(kept.project().map(LoadedProject::briefing)).isEqualTo(fresh.project().map(LoadedProject::briefing));
    assertThat(kept.project().map(LoadedProject::origins)).isEqualTo(fresh.project().map(LoadedProject::origins));
    assertThat(kept.tables().keySet()).isEqualTo(fresh.tables().keySet());
  }
}
