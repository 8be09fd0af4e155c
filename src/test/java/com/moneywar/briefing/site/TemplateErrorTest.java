package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.pipeline.BuildSummary;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's template mistake is reported at its line and column and publishes nothing. */
class TemplateErrorTest {
  @TempDir Path dir;

  private List<String> buildProblems(Path project) {
    Result<BuildSummary> result = new BriefingBuild(BuildListener.silent()).build(project, dir.resolve("site"));
    assertThat(result).isInstanceOf(Result.Failed.class);
    assertThat(dir.resolve("site")).doesNotExist();
    // Pages rendered before the mistake were already being written next to the output: gone too.
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("p");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ((Result.Failed<BuildSummary>) result).problems().stream().map(Problem::toString).toList();
  }

  @Test
  void reportsASyntaxErrorAtItsPosition() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Files.writeString(project.resolve("templates/sources.ftlh"), "<h1>${title}</h1>\n<#list sources as s>\n",
        StandardCharsets.UTF_8);
    // The end of the file: line 2, one past the 20 characters of the unclosed <#list>.
    assertThat(buildProblems(project)).containsExactly("templates/sources.ftlh:2:21: error: expected valid"
        + " FreeMarker syntax, found Unexpected end of file reached. You have an unclosed #list. Check if the"
        + " FreeMarker end-tags are present, and aren't malformed. (Note that FreeMarker end-tags must have # or @"
        + " after the / character.)");
  }

  @Test
  void reportsAnUndefinedVariableAtItsPosition() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Files.writeString(project.resolve("templates/sources.ftlh"), "<h1>${title}</h1>\n<p>${nosuch.thing}</p>\n",
        StandardCharsets.UTF_8);
    assertThat(buildProblems(project)).containsExactly("templates/sources.ftlh:2:6: error: expected a value for"
        + " ${nosuch}, found it undefined or null; sources.ftlh has alternates, canonical, css, feed, fontsCss,"
        + " home, lang, nav, path, pdf, preview, root, site, sources, t, title, twin, xDefault (docs/templates.md)");
  }

  @Test
  void refusesToInstantiateJavaClasses() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Files.writeString(project.resolve("templates/sources.ftlh"),
        "<h1>${title}</h1>\n<p>x</p> <#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n",
        StandardCharsets.UTF_8);
    // At the #assign (line 2, column 10), not at 1:1, where a problem without a position would land.
    assertThat(buildProblems(project)).containsExactly("templates/sources.ftlh:2:10: error: template failed:"
        + " Instantiating freemarker.template.utility.Execute is not allowed in the template for security reasons.");
  }
}
