package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** static/ is published as it is, survives every rebuild, and may not replace a generated file. */
class StaticFilesTest {
  @TempDir Path dir;

  @Test
  void aCnameAndAHostsHeadersFileArePublishedAndSurviveRebuilds() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Files.createDirectories(project.resolve("static/.well-known"));
    Files.writeString(project.resolve("static/CNAME"), "briefing.example.org\n", StandardCharsets.UTF_8);
    Files.writeString(project.resolve("static/_headers"), "/assets/*\n  Cache-Control: max-age=31536000\n");
    Files.writeString(project.resolve("static/.well-known/security.txt"), "Contact: mailto:desk@example.org\n");
    Path site = dir.resolve("site");
    BriefingBuild build = new BriefingBuild(BuildListener.silent());
    build.build(project, site, false).orElseThrow();
    build.build(project, site, false).orElseThrow();
    assertThat(site.resolve("CNAME")).hasContent("briefing.example.org");
    assertThat(site.resolve("_headers")).content().contains("Cache-Control");
    assertThat(site.resolve(".well-known/security.txt")).exists();
    assertThat(site.resolve("ko/index.html")).exists();
  }

  @Test
  void aStaticFileThatWouldReplaceAGeneratedOneIsAnErrorNamingBoth() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path site = dir.resolve("site");
    BriefingBuild build = new BriefingBuild(BuildListener.silent());
    build.build(project, site, false).orElseThrow();
    byte[] previous = Files.readAllBytes(site.resolve("ko/index.html"));
    Files.createDirectories(project.resolve("static/ko"));
    Files.writeString(project.resolve("static/ko/index.html"), "<p>mine</p>", StandardCharsets.UTF_8);
    var result = build.build(project, site, false);
    assertThat(result.problems()).extracting(Problem::toString).containsExactly("static/ko/index.html: error: expected"
        + " a file the build does not make itself, found one that would replace the generated ko/index.html;"
        + " rename or remove static/ko/index.html");
    assertThat(site.resolve("ko/index.html")).as("the previous site is untouched").hasBinaryContent(previous);
  }
}
