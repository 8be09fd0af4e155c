package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.PdfFile;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an edition's parts share the PDF's pages: no page left nearly empty where the next part
 * would have fitted. Read from the shipped editions' PDFs and from a copy whose newest edition has a
 * story of two short sections.
 */
class PdfPageFlowTest {
  @TempDir
  static Path dir;
  private static Path shipped;
  private static Path shortStory;

  @BeforeAll
  static void build() throws IOException {
    shipped = BuiltSite.shipped();
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    String newest = ShippedProject.newest();
    shorten(project.resolve("data/texts/" + newest + ".en.md"),
        "## Two rounds\n\nOpenAI raised money twice.\n\n## Compute\n\nAnthropic buys computing capacity.\n");
    shorten(project.resolve("data/texts/" + newest + ".ko.md"),
        "## 두 번의 투자 라운드\n\n오픈AI는 두 차례 투자를 받았다.\n\n## 컴퓨팅\n\n앤트로픽은 컴퓨팅 용량을 산다.\n");
    shortStory = BuiltSite.build(project, dir.resolve("site"));
  }

  /** Keeps a text's front matter and puts {@code body} in place of the rest. */
  private static void shorten(Path text, String body) {
    try {
      String all = Files.readString(text, StandardCharsets.UTF_8);
      int end = all.indexOf("\n---\n", 4) + "\n---\n".length();
      Files.writeString(text, all.substring(0, end) + "\n" + body, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path pdf(Path site, String lang, String slug) {
    return site.resolve(lang + "/briefings/" + slug + "." + lang + ".pdf");
  }

  /** The first page (from 1) after the contents page whose text has a line equal to {@code line}. */
  private static int pageWithLine(List<String> pages, String line) {
    for (int i = 1; i < pages.size(); i++) {
      if (pages.get(i).lines().map(String::strip).anyMatch(line::equals)) {
        return i + 1;
      }
    }
    return -1;
  }

  private static String title(String lang, String slug) throws IOException {
    Path text = ShippedProject.ROOT.resolve("data/texts/" + slug + "." + lang + ".md");
    return Files.readAllLines(text, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("title: "))
        .findFirst().orElseThrow().substring("title: ".length()).strip();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void keyFiguresNeverStandAloneOnAPage(String lang) throws IOException {
    // The newest edition's contents fill most of page 2: its key figures went to page 3, alone,
    // and the story opened page 4.
    Map<String, String> t = ShippedProject.messages(lang);
    for (String slug : ShippedProject.slugs()) {
      try (PdfFile pdf = PdfFile.open(pdf(shipped, lang, slug))) {
        List<String> pages = pdf.pageTexts();
        int contents = 2;
        assertThat(pages.get(contents - 1)).as(slug).contains(t.get("print.contents"));
        int keyFigures = pageWithLine(pages, t.get("headlines.title"));
        // The story's title may wrap: its first words open a line.
        String title = title(lang, slug);
        String firstWords = title.substring(0, Math.min(20, title.length()));
        int story = -1;
        // (After the contents page, which lists the title too.)
        for (int i = contents; i < pages.size() && story < 0; i++) {
          if (pages.get(i).lines().anyMatch(l -> l.strip().startsWith(firstWords))) {
            story = i + 1;
          }
        }
        assertThat(keyFigures).as(lang + " " + slug + ": the key figures' page").isGreaterThanOrEqualTo(contents);
        if (keyFigures == contents) {
          assertThat(story).as(lang + " " + slug + ": the story opens the page after the contents and key figures")
              .isEqualTo(contents + 1);
        } else {
          assertThat(story).as(lang + " " + slug + ": the story follows the key figures that ran onto page " + keyFigures)
              .isEqualTo(keyFigures);
        }
      }
    }
  }

  @ParameterizedTest
  // Korean only: the English chart 1, with its longer caption, is taller (about 220 mm with its
  // heading) than the room left under the story's title and summary, so it rightly opens a page.
  @ValueSource(strings = {"ko"})
  void chartsFollowTheBriefingsLastParagraphWhereThePageHasRoom(String lang) {
    // A new user's short edition ended its story near the top of a page and left the rest of it empty.
    try (PdfFile pdf = PdfFile.open(pdf(shortStory, lang, ShippedProject.newest()))) {
      List<String> pages = pdf.pageTexts();
      String header = ShippedProject.messages(lang).get("print.charts");
      int charts = pageWithLine(pages, header);
      assertThat(charts).as("the charts section's page").isPositive();
      String page = pages.get(charts - 1);
      assertThat(page).as("the story's last sentence, on the charts' page")
          .contains(lang.equals("en") ? "Anthropic buys computing capacity." : "앤트로픽은 컴퓨팅 용량을 산다.");
      assertThat(page.indexOf(lang.equals("en") ? "Anthropic buys computing capacity." : "앤트로픽은 컴퓨팅 용량을 산다."))
          .as("the story's end comes before the charts' heading").isLessThan(page.lastIndexOf(header));
    }
  }
}
