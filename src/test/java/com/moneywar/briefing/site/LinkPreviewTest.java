package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A link to any page shows a preview: Open Graph, a Twitter card, JSON-LD, a 1200×630 image. */
class LinkPreviewTest {
  private static final String BASE = "https://example.org/ai-money-war/";
  @TempDir Path dir;

  private static String meta(Document doc, String key) {
    return doc.select("meta[property=" + key + "], meta[name=" + key + "]").attr("content");
  }

  @Test
  void everyPageHasPreviewTagsWithAbsoluteAddressesAndJsonLd() throws IOException {
    Path site = BuiltSite.shipped();
    JsonMapper json = JsonMapper.builder().build();
    for (String page : BuiltSite.pages(site)) {
      if (page.equals("index.html") || page.equals("404.html")) {
        continue; // the entrance and the 404 page are not shared
      }
      Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
      assertThat(meta(doc, "og:url")).as(page).isEqualTo(BASE + page);
      assertThat(meta(doc, "og:title")).as(page).isNotBlank();
      assertThat(meta(doc, "og:description")).as(page).isNotBlank().doesNotContain("{{");
      assertThat(meta(doc, "twitter:card")).as(page).isEqualTo("summary_large_image");
      assertThat(meta(doc, "og:locale")).as(page).isEqualTo(page.startsWith("ko/") ? "ko_KR" : "en_US");
      String image = meta(doc, "og:image");
      assertThat(image).as(page).startsWith(BASE).endsWith(".png");
      BufferedImage png = ImageIO.read(site.resolve(image.substring(BASE.length())).toFile());
      assertThat(png.getWidth()).isEqualTo(1200);
      assertThat(png.getHeight()).isEqualTo(630);

      JsonNode ld = json.readTree(doc.selectFirst("script[type=application/ld+json]").data());
      assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
      assertThat(ld.get("url").asString()).as(page).isEqualTo(BASE + page);
      assertThat(ld.get("inLanguage").asString()).isEqualTo(page.substring(0, 2));
      String expectedType = page.contains("/briefings/") ? "NewsArticle"
          : page.matches("../(investments|valuations|talent)(/\\d{4}(-\\d+)?)?\\.html|../companies/[^/]*\\.html") ? "Dataset"
          : page.endsWith("/index.html") ? "WebSite" : "WebPage";
      assertThat(ld.get("@type").asString()).as(page).isEqualTo(expectedType);
    }
  }

  @Test
  void aBriefingsPreviewIsItsOwnImageWithItsDateAndDek() throws IOException {
    Path site = BuiltSite.shipped();
    Document ko = Jsoup.parse(site.resolve("ko/briefings/ai-money-war-2024-03-28.html").toFile(), "UTF-8");
    assertThat(meta(ko, "og:type")).isEqualTo("article");
    assertThat(meta(ko, "og:image")).matches(java.util.regex.Pattern.quote(BASE + "ko/briefings/ai-money-war-2024-03-28.")
        + "[0-9a-f]{10}\\.png");
    assertThat(meta(ko, "og:description")).isEqualTo(ko.selectFirst("p.summary").text());
    JsonNode ld = JsonMapper.builder().build().readTree(ko.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.get("datePublished").asString()).isEqualTo("2024-03-28");
    assertThat(ld.get("headline").asString()).isEqualTo(ko.selectFirst("h1").text());
  }

  @Test
  void previewImagesAndIconsHaveTheSameBytesInTwoBuildsAndAnUnchangedOneIsNotDrawnAgain() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Path first = BuiltSite.build(project, dir.resolve("first"));
    Path again = BuiltSite.build(project, dir.resolve("again"));
    List<String> images = images(first);
    // One per language for the other pages, and one per language and briefing.
    int count = 2 * (1 + ShippedProject.slugs().size());
    assertThat(images).hasSize(count).isEqualTo(images(again));
    for (String file : concat(images, List.of("favicon.svg", "apple-touch-icon.png"))) {
      assertThat(Files.readAllBytes(again.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
    }
    // An image the build cache holds under its name (named by what it shows) is taken from there:
    // a second build with the cache draws and stores nothing, and gives the same bytes.
    var cache = com.moneywar.briefing.pipeline.CacheSettings.at(dir.resolve("cache"));
    var lock = new java.util.concurrent.locks.ReentrantLock();
    assertThat(new com.moneywar.briefing.pipeline.BriefingBuild(com.moneywar.briefing.pipeline.BuildListener.silent(),
        lock, java.util.Map.of(), cache).build(project, dir.resolve("cached")))
        .isInstanceOf(com.moneywar.briefing.model.Result.Ok.class);
    List<String> stored = new java.util.ArrayList<>();
    new com.moneywar.briefing.pipeline.BriefingBuild((stage, took, detail) -> {
      if (stage.equals("cache")) {
        stored.add(detail.replaceAll(" → .*", ""));
      }
    }, lock, java.util.Map.of(), cache).build(project, first);
    assertThat(stored).singleElement().asString().endsWith(" reused, 0 stored");
    for (String image : images) {
      assertThat(Files.readAllBytes(first.resolve(image))).as(image).isEqualTo(Files.readAllBytes(again.resolve(image)));
    }
    // A new title is a new image under a new name.
    ShippedProject.replace(project, "data/texts/ai-money-war-2024-03-28.ko.md", "title: ", "title: 새 ");
    BuiltSite.build(project, first);
    // Only the seed briefing's Korean image changes; the newest briefing's keeps its name.
    assertThat(images(first)).hasSize(count).doesNotContain(images.stream()
        .filter(i -> i.startsWith("ko/briefings/ai-money-war-2024-03-28.")).toList().toArray(String[]::new))
        .contains(images.stream().filter(i -> i.startsWith("ko/briefings/" + ShippedProject.newest() + "."))
            .toList().toArray(String[]::new));
    assertThat(images.stream().filter(i -> i.startsWith("ko/briefings/ai-money-war-2024-03-28."))).hasSize(1);
  }

  private static List<String> images(Path site) throws IOException {
    try (var files = Files.walk(site)) {
      return files.map(f -> site.relativize(f).toString()).filter(f -> f.endsWith(".png") && !f.contains("touch"))
          .sorted().toList();
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
