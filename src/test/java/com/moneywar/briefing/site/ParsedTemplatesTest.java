package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview and the build daemon keep the templates as parsed between builds: the same files
 * (by their bytes) are parsed once, edited files anew.
 */
class ParsedTemplatesTest {
  @TempDir Path dir;

  @Test
  void theSameFilesAreParsedOnceAndEditedOnesAgain() throws IOException {
    Path folder = dir.resolve("templates");
    Files.createDirectories(folder);
    Files.writeString(folder.resolve("sources.ftlh"), "<h1>one</h1>");
    ParsedTemplates parsed = new ParsedTemplates();

    var first = parsed.configuration(TemplateFiles.read(folder));
    assertThat(parsed.configuration(TemplateFiles.read(folder))).as("read again, unchanged").isSameAs(first);

    Files.writeString(folder.resolve("sources.ftlh"), "<h1>two</h1>");
    var edited = parsed.configuration(TemplateFiles.read(folder));
    assertThat(edited).isNotSameAs(first);
    assertThat(edited.getTemplate("sources.ftlh").toString()).contains("two");
    assertThat(parsed.configuration(TemplateFiles.read(folder))).isSameAs(edited);
  }
}
