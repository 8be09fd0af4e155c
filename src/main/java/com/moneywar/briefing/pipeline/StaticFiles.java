package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The project's {@code static/} folder: files published as they are, at the same path under the
 * output ({@code static/CNAME} → {@code site/CNAME}), for a custom domain, a host's {@code _headers}
 * or {@code _redirects}, a logo. A file the build also makes is an error naming both.
 */
final class StaticFiles {
  static final String FOLDER = "static";

  private StaticFiles() {}

  /**
   * The project's static files by their path under the output, or a problem for each that cannot be
   * published; {@code made} tells which paths the build makes itself.
   */
  static Map<String, byte[]> read(Path project, Predicate<String> made, List<Problem> problems) {
    Map<String, byte[]> files = new TreeMap<>();
    Path root = project.resolve(FOLDER);
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return files;
    }
    Map<String, Path> found = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
          .forEach(p -> found.put(root.relativize(p).toString().replace('\\', '/'), p));
    } catch (IOException e) {
      problems.add(new Problem(SourcePos.whole(FOLDER), "expected a readable folder, found " + e.getMessage()));
      return files;
    }
    found.forEach((path, file) -> {
      String name = FOLDER + "/" + path;
      if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(new Problem(SourcePos.whole(name),
            "expected a plain file to publish, found a symbolic link or special file (it is not followed)"));
      } else if (made.test(path)) {
        problems.add(new Problem(SourcePos.whole(name), "expected a file the build does not make itself, found "
            + "one that would replace the generated " + path + "; rename or remove " + name));
      } else {
        try {
          files.put(path, Files.readAllBytes(file));
        } catch (IOException e) {
          problems.add(new Problem(SourcePos.whole(name), "expected a readable file, found " + e.getMessage()));
        }
      }
    });
    return files;
  }
}
