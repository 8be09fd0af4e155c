package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs are how a new user learns the tool: a link between them that leads nowhere (a file renamed,
 * a section retitled) is a dead end. Every relative link of README.md and docs/*.md must name a file
 * that exists and, with a {@code #fragment}, a heading of it as GitHub anchors headings.
 */
class DocsLinksTest {
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern FENCE = Pattern.compile("(?ms)^```.*?^```");

  @Test
  void everyRelativeLinkOfTheDocsLeadsToAFileAndAHeadingThatExist() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> files = Files.list(Path.of("docs"))) {
      files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("benchmarks-latest.md"))
          .sorted().forEach(docs::add);
    }
    Map<Path, Set<String>> anchors = new HashMap<>();
    List<String> broken = new ArrayList<>();
    int links = 0;
    for (Path doc : docs) {
      String text = FENCE.matcher(Files.readString(doc, StandardCharsets.UTF_8)).replaceAll("");
      Matcher m = LINK.matcher(text);
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("[a-z]+:.*")) {
          continue;
        }
        links++;
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path to = file.isEmpty() ? doc : doc.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(to)) {
          broken.add(doc + ": " + target + " (no file " + to + ")");
          continue;
        }
        if (hash >= 0 && to.toString().endsWith(".md")) {
          String fragment = target.substring(hash + 1);
          Set<String> of = anchors.computeIfAbsent(to, DocsLinksTest::anchors);
          if (!of.contains(fragment)) {
            broken.add(doc + ": " + target + " (no heading with that anchor)");
          }
        }
      }
    }
    assertThat(links).as("links checked").isGreaterThan(50);
    assertThat(broken).isEmpty();
  }

  /** The anchors GitHub gives a Markdown file's headings: lower case, punctuation dropped, spaces as hyphens. */
  static Set<String> anchors(Path doc) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    String text;
    try {
      text = FENCE.matcher(Files.readString(doc, StandardCharsets.UTF_8)).replaceAll("");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    for (String line : text.split("\n")) {
      if (!line.matches("#{1,6} .*")) {
        continue;
      }
      String slug = slug(line.replaceFirst("#{1,6} ", ""));
      int n = seen.merge(slug, 1, Integer::sum) - 1;
      anchors.add(n == 0 ? slug : slug + "-" + n);
    }
    return anchors;
  }

  static String slug(String heading) {
    return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M} _-]", "").replace(' ', '-');
  }

  @Test
  void anchorsAreMadeAsGitHubMakesThem() {
    assertThat(slug("3.7 `data/rounds.csv` (optional)")).isEqualTo("37-dataroundscsv-optional");
    assertThat(slug("2. Dates and as-of")).isEqualTo("2-dates-and-as-of");
    assertThat(slug("`company.ftlh`")).isEqualTo("companyftlh");
  }
}
