package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.site.SiteRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code briefing init DIR}: a new briefing project with one row in each table and texts in each
 * language, which {@code build} turns into a valid site with the built-in templates (copied into the
 * project only with {@code --templates}: a copy no longer gets the tool's fixes), and a
 * GitHub Actions workflow ({@link StarterWorkflow}) that checks pull requests and deploys main to
 * GitHub Pages with this version of the tool.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Create a new briefing project in DIR: config, one row of each table, texts in each language and a CI workflow.")
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

  @Option(names = "--tool-repository", paramLabel = "OWNER/NAME",
      description = "GitHub repository whose releases carry briefing.jar, for the workflow (default: the one this jar was released from).")
  String toolRepository;

  @Option(names = "--templates",
      description = "Also copy the built-in templates into DIR/templates, to restyle them (a file you keep there"
          + " replaces the built-in one, and no longer gets the tool's fixes: keep only the files you change).")
  boolean templates;

  InitCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException {
    if (toolRepository != null && !ReleaseInfo.REPOSITORY.matcher(toolRepository).matches()) {
      main.err().println("briefing: expected --tool-repository as OWNER/NAME of a GitHub repository, found '"
          + toolRepository + "'; nothing written");
      return Main.USAGE;
    }
    Path target = dir.toAbsolutePath().normalize();
    if (Files.exists(target) && (!Files.isDirectory(target) || !isEmpty(target))) {
      main.err().println("briefing: expected an empty or new folder for init, found " + target
          + (Files.isDirectory(target) ? " with files in it" : ", which is a file") + "; nothing written");
      return Main.INPUT_ERRORS;
    }
    for (String file : STARTER) {
      copy("/com/moneywar/briefing/starter/" + file, target.resolve(file));
    }
    if (templates) {
      for (String file : TEMPLATES) {
        copy("/com/moneywar/briefing/templates/" + file, target.resolve("templates").resolve(file));
      }
    }
    ReleaseInfo release = ReleaseInfo.ofThisBuild();
    StarterWorkflow workflow = StarterWorkflow.of(release, Optional.ofNullable(toolRepository), runningJarSha256());
    Path workflowFile = target.resolve(StarterWorkflow.PATH);
    Files.createDirectories(workflowFile.getParent());
    Files.writeString(workflowFile, workflow.text(), StandardCharsets.UTF_8);
    // The config names the guide to its keys, which is in the tool's repository, not in the project.
    Path config = target.resolve("briefing.properties");
    String guide = Optional.ofNullable(toolRepository).or(release::repository)
        .map(r -> "https://github.com/" + r + "/blob/v" + release.version() + "/docs/data-format.md")
        .orElse("docs/data-format.md in the tool's repository");
    Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8).replace("@DATA_FORMAT_GUIDE@", guide),
        StandardCharsets.UTF_8);
    // The built site, the marker beside it that lets the next build replace it, and the build cache.
    Files.writeString(target.resolve(".gitignore"), "/site/\n/.site.briefing-site\n/.briefing-cache/\n");
    main.err().println("created a new briefing in " + target);
    workflow.warnings().forEach(main.err()::println);
    main.err().println("next: " + launcher(runningJar()) + " build --project " + dir);
    main.err().println("in a GitHub repository, " + StarterWorkflow.PATH + " checks pull requests and deploys main"
        + " to GitHub Pages (Settings > Pages > Source: GitHub Actions)");
    return Main.OK;
  }

  /**
   * The SHA-256 of the jar this class runs from, as lowercase hex; empty when it runs from a folder
   * of classes (in the tests, or from an IDE) or the jar cannot be read.
   */
  static Optional<String> runningJarSha256() {
    try {
      return runningJar().isEmpty() ? Optional.empty() : Optional.of(sha256(runningJar().get()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The jar this class runs from, absolute; empty when it runs from a folder of classes. */
  static Optional<Path> runningJar() {
    CodeSource source = InitCommand.class.getProtectionDomain().getCodeSource();
    try {
      Path jar = source == null ? null : Path.of(source.getLocation().toURI()).toAbsolutePath();
      return jar == null || !Files.isRegularFile(jar) ? Optional.empty() : Optional.of(jar);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * How to run the tool from anywhere, as the "next:" line says it: the checkout's {@code bin/briefing}
   * when the jar is its {@code target/briefing.jar}, else {@code java -jar} and the jar's absolute
   * path. A new user who ran {@code init} from /tmp was told "bin/briefing", which is only there in
   * the tool's own checkout.
   */
  static String launcher(Optional<Path> jar) {
    if (jar.isEmpty()) {
      return "java -jar briefing.jar";
    }
    Path script = jar.get().getParent().resolveSibling("bin").resolve("briefing");
    return Files.isRegularFile(script) ? script.toString() : "java -jar " + jar.get();
  }

  /** The SHA-256 of a file, as lowercase hex (what sha256sum prints). */
  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
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
