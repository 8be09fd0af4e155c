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

  /** The seed briefing, the first edition of the shipped series. */
  public static final String SEED = "ai-money-war-2024-03-28";

  private ShippedProject() {}

  /** The built-in UI words of language {@code lang} ({@code ko}, {@code en}), as the site renders them. */
  public static java.util.Map<String, String> messages(String lang) {
    java.util.Properties p = new java.util.Properties();
    try (java.io.Reader in = Files.newBufferedReader(ROOT.resolve("templates/messages/" + lang + ".properties"),
        StandardCharsets.UTF_8)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.stringPropertyNames().stream().collect(java.util.stream.Collectors.toMap(k -> k, p::getProperty));
  }

  /** What {@code check} reports for {@code project}, sorted by position; fails if it reports nothing. */
  public static java.util.List<String> checkProblems(Path project) {
    var result = new com.moneywar.briefing.pipeline.BriefingBuild(
        com.moneywar.briefing.pipeline.BuildListener.silent()).check(project);
    org.assertj.core.api.Assertions.assertThat(result.problems()).as("problems of " + project).isNotEmpty();
    return result.problems().stream().sorted(com.moneywar.briefing.model.Problem.BY_POSITION)
        .map(com.moneywar.briefing.model.Problem::toString).toList();
  }

  /**
   * The slugs of the shipped briefings, oldest first: one per {@code data/texts/SLUG.ko.md}. A slug
   * ends in its edition's date, so name order is date order.
   */
  public static java.util.List<String> slugs() {
    try (Stream<Path> files = Files.list(ROOT.resolve("data/texts"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ko.md"))
          .map(n -> n.substring(0, n.length() - ".ko.md".length())).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The problems a check of {@code project} would report if a text with an error were left out: the
   * later briefings link to the seed ({@code [our March briefing](briefing:SEED)}), and each such link
   * would then name a briefing that is not there. One problem per link, at the position of
   * {@code briefing:}, in the order of the texts' names.
   */
  public static java.util.List<String> brokenLinksToTheSeed(Path project) {
    java.util.List<String> problems = new java.util.ArrayList<>();
    String link = "](briefing:" + SEED + ")";
    try (Stream<Path> files = Files.list(project.resolve("data/texts"))) {
      for (Path text : files.filter(f -> !f.getFileName().toString().startsWith(SEED + ".")).sorted().toList()) {
        String[] lines = Files.readString(text, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
          for (int at = lines[i].indexOf(link); at >= 0; at = lines[i].indexOf(link, at + 1)) {
            problems.add("data/texts/" + text.getFileName() + ":" + (i + 1) + ":" + (at + 3)
                + ": error: expected the slug of a briefing in data/texts/ after 'briefing:', found '" + SEED + "'");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return problems;
  }

  /**
   * {@code problems} of a check in which the seed text has an error, after asserting that none of them
   * is a follow-on problem of {@link #brokenLinksToTheSeed}: a text with an error is still checked as a
   * briefing, so the links to it are not reported as broken.
   */
  public static java.util.List<String> withNoBrokenLinksToTheSeed(Path project, java.util.List<String> problems) {
    java.util.List<String> links = brokenLinksToTheSeed(project);
    org.assertj.core.api.Assertions.assertThat(links).as("links from later briefings to the seed").isNotEmpty();
    org.assertj.core.api.Assertions.assertThat(problems).as("follow-on problems of the seed text's error")
        .doesNotContainAnyElementsOf(links);
    return problems;
  }

  /** The slug of the newest shipped briefing: the one the home page, briefing.LANG.pdf and the mail default to. */
  public static String newest() {
    java.util.List<String> slugs = slugs();
    return slugs.get(slugs.size() - 1);
  }

  /**
   * Adds a source {@code id} to the project's sources, published 2025-11-01 and marked as a test
   * fixture in its outlet's name, for rows a test adds that are not reported facts.
   */
  public static void addFixtureSource(Path project, String id) {
    try {
      Files.writeString(project.resolve("data/sources.csv"),
          id + ",시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2025-11-01,,en\n",
          java.nio.charset.StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A TEST FIXTURE: the shipped project copied into {@code dir}, with OpenAI's valuation of 2 October
   * 2024 converted at the rate of 29 October 2025, which a second source of the row (Newsway, 30
   * October 2025) converted at: a rate later than an edition of December 2024.
   */
  public static Path withAValuationAtALaterRate(Path dir) {
    Path project = copyTo(dir);
    replace(project, "data/valuations.csv", "openai-2024-10,openai,157000000000,USD,exact,2024-10-02,"
        + "bloomberg-2024-10-02,none,", "openai-2024-10,openai,157000000000,USD,exact,2024-10-02,"
        + "bloomberg-2024-10-02,usd-krw-2025-10-29,");
    replace(project, "data/valuations.csv", ",,wsj-2024-10-03,", ",,wsj-2024-10-03 newsway-2025-10-30,");
    return project;
  }

  /** Appends {@code rows} (whole lines, each ending in a line break) to a project's CSV file. */
  public static void appendRows(Path project, String file, String rows) {
    try {
      Files.writeString(project.resolve(file), rows, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds the column {@code column} at the end of a project CSV file's header, and an empty cell for
   * it at the end of every row, as a user adds an optional column to an existing file.
   */
  public static void addColumn(Path project, String file, String column) {
    try {
      Path path = project.resolve(file);
      java.util.List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      StringBuilder csv = new StringBuilder(lines.get(0)).append(',').append(column).append('\n');
      lines.stream().skip(1).filter(l -> !l.isBlank()).forEach(l -> csv.append(l).append(",\n"));
      Files.writeString(path, csv, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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

  /** Copies the folder {@code from} and all below it to {@code to}, replacing what is there. */
  public static void copyTree(Path from, Path to) throws IOException {
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

  /** Moves the newest edition's texts (both languages) out of {@code project} into {@code aside}. */
  public static void setNewestEditionAside(Path project, Path aside) {
    moveNewest(project.resolve("data/texts"), aside, true);
  }

  /** Puts back what {@link #setNewestEditionAside} moved: the project has its newest edition again. */
  public static void bringNewestEditionBack(Path project, Path aside) {
    moveNewest(project.resolve("data/texts"), aside, false);
  }

  private static void moveNewest(Path texts, Path aside, boolean out) {
    try {
      Files.createDirectories(aside);
      for (String lang : java.util.List.of("en", "ko")) {
        Path inProject = texts.resolve(newest() + "." + lang + ".md");
        Path away = aside.resolve(lang + ".md");
        Files.move(out ? inProject : away, out ? away : inProject);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
