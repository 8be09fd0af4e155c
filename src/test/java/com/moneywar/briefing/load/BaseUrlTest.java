package com.moneywar.briefing.load;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static com.moneywar.briefing.testing.ShippedProject.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * base-url is the site's absolute address (feeds, sitemap and robots.txt need absolute URLs), and
 * {@code --base-url} replaces it for one run, as a preview deploy needs.
 */
class BaseUrlTest {
  private static final String EXPECTED = ": error: expected the site's absolute address, an http(s) URL such as"
      + " https://example.org/briefing/, for 'base-url', found ";
  @TempDir Path dir;

  private static List<String> problems(Path project, Map<String, String> overrides) {
    return new BriefingBuild(BuildListener.silent(), new ReentrantLock(), overrides).check(project).problems()
        .stream().map(Problem::toString).toList();
  }

  @Test
  void aPathAloneOrAnotherSchemeIsRefusedAtItsLine() {
    for (String bad : List.of("/", "/ai-money-war/", "ftp://example.org/x/", "https:///no-host/")) {
      Path project = ShippedProject.copyTo(dir.resolve("p" + bad.length()));
      replace(project, "briefing.properties", "base-url=" + currentBaseUrl(project), "base-url=" + bad);
      assertThat(problems(project, Map.of())).as(bad)
          .containsExactly(positionOf(project, "briefing.properties", "base-url") + EXPECTED + "'" + bad + "'");
    }
  }

  @Test
  void aMissingBaseUrlIsNamed() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path config = project.resolve("briefing.properties");
    Files.writeString(config, Files.readString(config, StandardCharsets.UTF_8).replaceAll("(?m)^base-url=.*\\n", ""),
        StandardCharsets.UTF_8);
    assertThat(problems(project, Map.of())).containsExactly("briefing.properties:1:1" + EXPECTED + "no such key");
  }

  @Test
  void theOptionOverridesTheConfigAndABadOneIsNamedAsTheOption() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    assertThat(problems(project, Map.of("base-url", "preview/"))).containsExactly("--base-url" + EXPECTED + "'preview/'");

    Path site = dir.resolve("site");
    new BriefingBuild(BuildListener.silent(), new ReentrantLock(), Map.of("base-url", "https://preview.example.net/pr-7"))
        .build(project, site, false).orElseThrow();
    assertThat(Jsoup.parse(site.resolve("en/index.html").toFile(), "UTF-8").selectFirst("link[rel=canonical]")
        .attr("href")).isEqualTo("https://preview.example.net/pr-7/en/index.html");
    assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("<loc>https://preview.example.net/pr-7/ko/index.html</loc>")
        .doesNotContain("example.org");
    assertThat(Files.readString(site.resolve("robots.txt"))).contains("Sitemap: https://preview.example.net/pr-7/sitemap.xml");
  }

  private static String currentBaseUrl(Path project) {
    try {
      return Files.readString(project.resolve("briefing.properties"), StandardCharsets.UTF_8).lines()
          .filter(l -> l.startsWith("base-url=")).findFirst().orElseThrow().substring("base-url=".length());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
