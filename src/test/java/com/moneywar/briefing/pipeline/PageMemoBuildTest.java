package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's build keeps what the templates made and renders again only the outputs whose model
 * changed: after each kind of edit its output is, byte for byte, the output of a fresh build of
 * the edited project, and it did reuse what the edit left alone.
 */
class PageMemoBuildTest {
  private static final String NEWEST_EN = "data/texts/ai-money-war-2025-11-28.en.md";
  private static final Pattern REUSED = Pattern.compile("(\\d+) template outputs as in the build before");

  @TempDir Path dir;

  /** A build that keeps its pages, and what it said of each pages stage. */
  private static final class Remembering {
    final List<String> pagesDetails = new ArrayList<>();
    final BriefingBuild build = new BriefingBuild((stage, took, detail) -> {
      if (stage.equals("pages")) {
        pagesDetails.add(detail);
      }
    }, new ReentrantLock(), Map.of(), CacheSettings.off()).rememberingPages();

    /** How many template outputs the last build took from the one before. */
    int reused() {
      Matcher m = REUSED.matcher(pagesDetails.get(pagesDetails.size() - 1));
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
  }

  @Test
  void editingOneSentenceRendersThatEditionAgainAndGivesTheBytesOfAFreshBuild() {
    Built after = editedAndCompared(project -> ShippedProject.replace(project, NEWEST_EN,
        "Amazon had paid in all it had promised Anthropic.", "Amazon had paid Anthropic all it had promised."));
    assertThat(after.files().get("en/briefings/ai-money-war-2025-11-28.html"))
        .asString().contains("Amazon had paid Anthropic all it had promised.");
    assertThat(after.reused()).as("outputs the edit left alone").isGreaterThan(20);
  }

  @Test
  void changingARowGivesTheBytesOfAFreshBuild() {
    Built after = editedAndCompared(project -> ShippedProject.replace(project, "data/valuations.csv",
        "scale-ai-2025-06,scale-ai,29000000000,", "scale-ai-2025-06,scale-ai,29100000000,"));
    assertThat(after.reused()).as("the 2024 edition's pages, which do not show the row").isPositive();
  }

  @Test
  void changingAMessageGivesTheBytesOfAFreshBuild() {
    Built after = editedAndCompared(project -> {
      ShippedProject.replace(project, "templates/messages/en.properties", "nav.search=Search", "nav.search=Find");
    });
    assertThat(after.files().get("en/index.html")).asString().contains(">Find<");
  }

  @Test
  void changingATemplateRendersEverythingAgain() {
    Built after = editedAndCompared(project -> ShippedProject.replace(project, "templates/print.ftlh",
        "font-size: 10.5pt", "font-size: 10.4pt"));
    assertThat(after.reused()).as("nothing is taken over a changed template").isZero();
  }

  @Test
  void aTemplateEditedBetweenBuildsIsParsedAgain() {
    // The build keeps the parsed templates too (ParsedTemplates): an edited page template must not
    // be taken as it was parsed before.
    Built after = editedAndCompared(project -> ShippedProject.replace(project, "templates/sources.ftlh",
        "</h1>", "</h1><p class=\"edited-template\">Edited</p>"));
    assertThat(after.files().get("en/sources.html")).asString().contains("class=\"edited-template\"");
    assertThat(after.reused()).isZero();
  }

  @Test
  void templatesThatReadTheClockAreRenderedEveryTime() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path sources = project.resolve("templates/sources.ftlh");
    Files.writeString(sources, read(sources) + "<!-- built ${.now?iso_utc} -->\n");
    Remembering remembering = new Remembering();
    remembering.build.build(project, dir.resolve("site"), false).orElseThrow();
    remembering.build.build(project, dir.resolve("site"), false).orElseThrow();
    assertThat(remembering.reused()).isZero();
  }

  private record Built(Map<String, byte[]> files, int reused) {}

  /**
   * Builds a copy of the shipped project with a remembering build, edits it, builds again with the
   * same instance, and checks that output against a fresh build of the edited project.
   */
  private Built editedAndCompared(Consumer<Path> edit) {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Remembering remembering = new Remembering();
    Path site = dir.resolve("site");
    remembering.build.build(project, site, true).orElseThrow();
    edit.accept(project);
    remembering.build.build(project, site, true).orElseThrow();
    Map<String, byte[]> incremental = BuiltSite.files(site);
    Path fresh = dir.resolve("fresh");
    new BriefingBuild(BuildListener.silent()).build(project, fresh, true).orElseThrow();
    BuiltSite.assertSameFiles(incremental, BuiltSite.files(fresh), "a fresh build");
    return new Built(incremental, remembering.reused());
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
