package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.site.SiteRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code briefing init DIR}: a new briefing project with one row in each table, one text per
 * language and a copy of the default templates, which {@code build} turns into a valid site.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Create a new briefing project in DIR: config, one row of each table, a text per language and the templates.")
final class InitCommand implements Callable<Integer> {
  /** The starter project's files, under com/moneywar/briefing/starter/ in the jar. */
  static final List<String> STARTER = Stream.of(
      Stream.of("briefing.properties"),
      Arrays.stream(DataFile.values()).map(DataFile::path),
      Stream.of("data/texts/first-briefing.ko.md", "data/texts/first-briefing.en.md",
          "data/texts/next-briefing.ko.md", "data/texts/next-briefing.en.md")).flatMap(s -> s).toList();

  /** The default templates, under com/moneywar/briefing/templates/ in the jar. */
  static final List<String> TEMPLATES = SiteRenderer.TEMPLATE_FILES;

  private final Main main;

  @Parameters(paramLabel = "DIR", description = "Folder for the new project; must not exist or be empty.")
  Path dir;

  InitCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException {
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
      main.err().println("briefing: expected an empty or new folder for init, found " + target
          + (Files.isDirectory(target) ? " with files in it" : ", which is a file") + "; nothing written");
      return Main.INPUT_ERRORS;
    }
    for (String file : STARTER) {
      copy("/com/moneywar/briefing/starter/" + file, target.resolve(file));
    }
    for (String file : TEMPLATES) {
      copy("/com/moneywar/briefing/templates/" + file, target.resolve("templates").resolve(file));
    }
    // The built site, and the marker beside it that lets the next build replace it.
    Files.writeString(target.resolve(".gitignore"), "/site/\n/.site.briefing-site\n");
    main.err().println("created a new briefing in " + target);
    main.err().println("next: bin/briefing build --project " + dir + "   (or: java -jar briefing.jar build --project " + dir + ")");
    return Main.OK;
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.findAny().isEmpty();
    }
  }

  private static void copy(String resource, Path to) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing from the jar");
      }
      Files.createDirectories(to.getParent());
      Files.copy(in, to);
    }
  }
}
