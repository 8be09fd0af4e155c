package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.pdf.SourceTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the project's text files for the PDF stage, which searches them to say where a character
 * or a reference it refuses came from. Markdown first, then tables, config and templates, so a
 * character is traced to the text an editor typed before any other file that has it too.
 */
final class ProjectTexts {
  private static final List<String> ORDER = List.of(".md", ".csv", ".properties", ".ftlh");

  private ProjectTexts() {}

  static SourceTexts read(Path project) {
    List<Path> candidates = new ArrayList<>(walk(project.resolve("data")));
    candidates.add(project.resolve("briefing.properties"));
    candidates.addAll(walk(project.resolve("templates")));
    Map<String, String> files = new LinkedHashMap<>();
    for (String ending : ORDER) {
      for (Path file : candidates) {
        if (file.getFileName().toString().endsWith(ending) && Files.isRegularFile(file)) {
          files.put(project.relativize(file).toString().replace('\\', '/'), readUtf8(file));
        }
      }
    }
    return new SourceTexts(files);
  }

  private static List<Path> walk(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String readUtf8(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
