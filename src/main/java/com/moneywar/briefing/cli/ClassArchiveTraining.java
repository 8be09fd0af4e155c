package com.moneywar.briefing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The training run behind {@code target/briefing.jsa}, the class-data archive that {@code bin/briefing}
 * hands the JVM so that a build starts with its classes already parsed and verified. The Maven
 * package phase runs it under {@code -XX:ArchiveClassesAtExit}: it creates a starter project (as
 * {@code init} does), checks it and builds it with its charts, pages and PDFs, so every stage's
 * classes are loaded once. It never reads the user's own project, so a broken table there cannot
 * break the jar's build.
 *
 * <pre>{@code
 * java -XX:ArchiveClassesAtExit=target/briefing.jsa -cp target/briefing.jar \
 *     com.moneywar.briefing.cli.ClassArchiveTraining target/class-archive-training
 * }</pre>
 */
public final class ClassArchiveTraining {
  private ClassArchiveTraining() {}

  public static void main(String... args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("expected one argument, a scratch folder; found " + args.length);
    }
    Path scratch = Path.of(args[0]).toAbsolutePath().normalize();
    deleteTree(scratch);
    Path project = scratch.resolve("project");
    run("init", project.toString());
    run("check", "--project", project.toString());
    run("build", "--quiet", "--project", project.toString());
    deleteTree(scratch);
  }

  /** Runs one command quietly; its messages are shown only when it fails. */
  private static void run(String... args) {
    StringWriter messages = new StringWriter();
    PrintWriter out = new PrintWriter(messages, true);
    int code = new Main(out, out).run(args);
    if (code != Main.OK) {
      throw new IllegalStateException("training run 'briefing " + String.join(" ", args) + "' exited with " + code
          + ":\n" + messages);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
