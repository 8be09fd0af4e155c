package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.ContentHashedName;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stylesheets, scripts, fonts and images are named by their content: a new name exactly when the content changes. */
class HashedAssetsTest {
  @TempDir Path dir;

  @Test
  void aNameCarriesTheContentsHash() {
    assertThat(ContentHashedName.of("assets/style.css", "a".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("assets/style.ca978112ca.css");
    assertThat(ContentHashedName.of("assets/style.css", "b".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("assets/style.3e23e81600.css");
    assertThat(ContentHashedName.of("fonts/LICENSE", new byte[0])).isEqualTo("fonts/LICENSE.e3b0c44298");
  }

  @Test
  void editingTheStylesheetRenamesItAndEveryPageFollowsWhileTheFontsKeepTheirNames() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path before = BuiltSite.build(project, dir.resolve("before"));
    Path css = project.resolve("templates/assets/style.css");
    Files.writeString(css, Files.readString(css, StandardCharsets.UTF_8) + "\n.figure { font-weight: 700; }\n",
        StandardCharsets.UTF_8);
    Path after = BuiltSite.build(project, dir.resolve("after"));

    assertThat(stylesheets(after)).hasSize(1).doesNotContainAnyElementsOf(stylesheets(before));
    assertThat(fonts(after)).isEqualTo(fonts(before)).isNotEmpty();
    // Chart images are named by their drawing too, and an unchanged drawing keeps its name.
    assertThat(charts(after)).isEqualTo(charts(before)).allMatch(n -> n.matches("[a-z-]+(\\.narrow)?\\.[0-9a-f]{10}\\.svg"))
        // Each drawing once, whichever pages show it: the six charts of the whole record (the newest
        // edition's too), those of the first edition but talent pay (the same drawing in both; it has
        // no capital spending to draw), and two companies' valuations: 12, each also in its narrow version.
        .hasSize(24);
    for (Path site : List.of(before, after)) {
      String name = stylesheets(site).get(0);
      for (String page : BuiltSite.pages(site)) {
        List<String> links = Jsoup.parse(site.resolve(page).toFile(), "UTF-8").select("link[rel=stylesheet]")
            .eachAttr("href");
        assertThat(links).as(page).anyMatch(href -> href.endsWith(name));
      }
    }
  }

  private static List<String> stylesheets(Path site) throws IOException {
    try (Stream<Path> files = Files.list(site.resolve("assets"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".css")).sorted().toList();
    }
  }

  private static List<String> charts(Path site) throws IOException {
    try (Stream<Path> files = Files.list(site.resolve("ko/charts"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().toList();
    }
  }

  private static List<String> fonts(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site.resolve("assets/fonts"))) {
      return files.map(f -> site.relativize(f).toString()).sorted().toList();
    }
  }
}
