package com.moneywar.briefing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the briefing this repository ships, for tests that change a file and look at the result. */
public final class ShippedProject {
  /** The repository root: Maven runs the tests from there. */
  public static final Path ROOT = Path.of("").toAbsolutePath();

  private ShippedProject() {}

  /** Copies briefing.properties, data/ and templates/ into {@code dir} and returns it. */
  public static Path copyTo(Path dir) {
    try {
      Files.createDirectories(dir);
      Files.copy(ROOT.resolve("briefing.properties"), dir.resolve("briefing.properties"));
      copyTree(ROOT.resolve("data"), dir.resolve("data"));
      copyTree(ROOT.resolve("templates"), dir.resolve("templates"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the first occurrence of {@code from} in a project file; fails if it is not there. */
  public static void replace(Path project, String file, String from, String to) {
    try {
      Path path = project.resolve(file);
      String text = Files.readString(path, StandardCharsets.UTF_8);
      if (!text.contains(from)) {
        throw new AssertionError(file + " does not contain " + from);
      }
      Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
          java.util.regex.Matcher.quoteReplacement(to)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The 1-based line and column at which {@code needle} first starts in a project file. */
  public static String positionOf(Path project, String file, String needle) {
    try {
      String[] lines = Files.readString(project.resolve(file), StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        int at = lines[i].indexOf(needle);
        if (at >= 0) {
          return file + ":" + (i + 1) + ":" + (at + 1);
        }
      }
      throw new AssertionError(file + " does not contain " + needle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
