package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's second pass after an edit ({@link BriefingBuild#pdfsOfPagePass}): it lays out the
 * PDFs of the pass before without rendering its pages again, and its output is, byte for byte, that
 * of one full build of the edited project.
 */
class PdfPassTest {
  private static final String NEWEST_EN = "data/texts/ai-money-war-2025-11-28.en.md";

  @TempDir Path dir;

  private final List<String> stages = new ArrayList<>();
  private final BriefingBuild build = new BriefingBuild((stage, took, detail) -> stages.add(stage),
      new ReentrantLock(), Map.of(), CacheSettings.off());

  @Test
  void afterAnEditThePdfPassRendersNoPageAndGivesTheBytesOfAFullBuild() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path site = dir.resolve("site");
    build.build(project, site, true).orElseThrow();
    ShippedProject.replace(project, NEWEST_EN,
        "Amazon had paid in all it had promised Anthropic.", "Amazon had paid Anthropic all it had promised.");
    build.build(project, site, false).orElseThrow();
    stages.clear();

    BuildSummary summary = build.pdfsOfPagePass(project, site).orElseThrow();

    assertThat(stages).as("the stages of the PDF pass").doesNotContain("load", "pages").contains("pdf", "publish");
    assertThat(summary.pdfs()).isEqualTo(4);
    sameAsAFullBuild(project, site);
  }

  @Test
  void afterANewEditionThePdfPassIsAFullBuild() throws IOException {
    // The pages of the pass without PDFs could not link the new edition's: they are made again.
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path texts = project.resolve("data/texts");
    Path aside = Files.createDirectories(dir.resolve("aside"));
    for (String lang : List.of("en", "ko")) {
      Files.move(texts.resolve("ai-money-war-2025-11-28." + lang + ".md"), aside.resolve(lang + ".md"));
    }
    Path site = dir.resolve("site");
    build.build(project, site, true).orElseThrow();
    for (String lang : List.of("en", "ko")) {
      Files.move(aside.resolve(lang + ".md"), texts.resolve("ai-money-war-2025-11-28." + lang + ".md"));
    }
    build.build(project, site, false).orElseThrow();
    stages.clear();

    build.pdfsOfPagePass(project, site).orElseThrow();

    assertThat(stages).contains("load", "pages", "pdf");
    sameAsAFullBuild(project, site);
  }

  @Test
  void withoutAPassBeforeItIsAFullBuild() {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path site = dir.resolve("site");
    build.build(project, site, true).orElseThrow();
    stages.clear();

    build.pdfsOfPagePass(project, site).orElseThrow();

    assertThat(stages).as("a build with PDFs leaves no pass to take the pages from").contains("load", "pages");
    sameAsAFullBuild(project, site);
  }

  private void sameAsAFullBuild(Path project, Path site) {
    Path fresh = dir.resolve("fresh");
    new BriefingBuild(BuildListener.silent()).build(project, fresh, true).orElseThrow();
    Map<String, byte[]> expected = files(fresh);
    Map<String, byte[]> actual = files(site);
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    actual.forEach((path, bytes) -> assertThat(java.util.Arrays.equals(bytes, expected.get(path)))
        .as("%s has the bytes of a full build", path).isTrue());
  }

  private static Map<String, byte[]> files(Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
