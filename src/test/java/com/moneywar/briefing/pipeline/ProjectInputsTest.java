package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.cache.Fingerprint;
import com.moneywar.briefing.load.ProjectLoader;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's key of its tables is taken from the bytes the loader read: a table saved while the
 * build goes on does not give its new bytes' key to what the build makes of the old ones.
 */
class ProjectInputsTest {
  private static final String INVESTMENTS = "data/investments.csv";

  @TempDir Path dir;

  @Test
  void aTableSavedAfterItWasReadKeepsTheKeyOfWhatWasRead() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ProjectLoader.Partial loaded = new ProjectLoader().loadPartial(project, tables -> {});
    Briefing briefing = loaded.project().orElseThrow().briefing();
    assertThat(loaded.tables()).containsKey(INVESTMENTS);
    String asRead = ProjectInputs.of(project, briefing, new Fingerprint(), loaded.tables()).orElseThrow().tables();
    assertThat(asRead).isEqualTo(ProjectInputs.of(project, briefing).orElseThrow().tables());
    // Saved with another amount after the loader read it.
    ShippedProject.replace(project, INVESTMENTS, ",8000000000,USD,", ",9000000000,USD,");
    assertThat(ProjectInputs.of(project, briefing, new Fingerprint(), loaded.tables()).orElseThrow().tables())
        .isEqualTo(asRead);
    // Read from the disk, it would be the new bytes' key.
    assertThat(ProjectInputs.of(project, briefing).orElseThrow().tables()).isNotEqualTo(asRead);
  }

  @Test
  void anyFileUnderDataThatIsNoTableIsInTheKeyToo() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ProjectLoader.Partial loaded = new ProjectLoader().loadPartial(project, tables -> {});
    Briefing briefing = loaded.project().orElseThrow().briefing();
    String before = ProjectInputs.of(project, briefing, new Fingerprint(), loaded.tables()).orElseThrow().tables();
    Files.writeString(project.resolve("data/notes.txt"), "a desk's own notes\n");
    assertThat(ProjectInputs.of(project, briefing, new Fingerprint(), loaded.tables()).orElseThrow().tables())
        .isNotEqualTo(before);
  }
}
