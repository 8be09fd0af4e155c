package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class OutlineTest {
  private static final String PRINT = """
      <html><head><title>t</title></head><body>
      <h1>Cover</h1>
      <h1>Contents</h1><nav><ol data-toc="2"></ol></nav>
      <h1>Story</h1><h2 id="own">Part one</h2><h3>Detail</h3><h2>Part two</h2>
      <h1>Sources</h1>
      </body></html>
      """;

  @Test
  void everyHeadingGetsAnIdAndANestedBookmark() {
    Document doc = Jsoup.parse(PRINT);
    assertThat(Outline.apply(doc)).extracting(Outline.Heading::text)
        .containsExactly("Cover", "Contents", "Story", "Part one", "Detail", "Part two", "Sources");
    assertThat(doc.head().selectFirst("bookmarks").html().replaceAll(">\\s+<", "><")).isEqualTo(
        "<bookmark name=\"Cover\" href=\"#section-1\"></bookmark>"
            + "<bookmark name=\"Contents\" href=\"#section-2\"></bookmark>"
            + "<bookmark name=\"Story\" href=\"#section-3\">"
            + "<bookmark name=\"Part one\" href=\"#own\"><bookmark name=\"Detail\" href=\"#section-4\"></bookmark></bookmark>"
            + "<bookmark name=\"Part two\" href=\"#section-5\"></bookmark></bookmark>"
            + "<bookmark name=\"Sources\" href=\"#section-6\"></bookmark>");
  }

  @Test
  void contentsListTheHeadingsAfterItUpToItsDepthAsNestedLinks() {
    Document doc = Jsoup.parse(PRINT);
    Outline.apply(doc);
    assertThat(doc.selectFirst("[data-toc]").outerHtml().replaceAll(">\\s+<", "><")).isEqualTo(
        "<ol data-toc=\"2\">"
            + "<li class=\"toc-1\"><a href=\"#section-3\">Story</a><ol>"
            + "<li class=\"toc-2\"><a href=\"#own\">Part one</a></li>"
            + "<li class=\"toc-2\"><a href=\"#section-5\">Part two</a></li></ol></li>"
            + "<li class=\"toc-1\"><a href=\"#section-6\">Sources</a></li></ol>");
  }

  @Test
  void aHeadingWithAnOutlineTextIsBookmarkedAndListedByIt() {
    // A chart's heading reads "Chart 1" above a drawing that carries its title.
    Document doc = Jsoup.parse("<body><h1>Contents</h1><ol data-toc=\"2\"></ol><h1>Charts</h1>"
        + "<h2 data-outline=\"What Big Tech promised\">Chart 1</h2></body>");
    assertThat(Outline.apply(doc)).extracting(Outline.Heading::text)
        .containsExactly("Contents", "Charts", "What Big Tech promised");
    assertThat(doc.selectFirst("[data-toc] .toc-2").text()).isEqualTo("What Big Tech promised");
    assertThat(doc.selectFirst("h2").text()).isEqualTo("Chart 1");
  }

  @Test
  void generatedIdsNeverClashWithIdsTheDocumentHas() {
    Document doc = Jsoup.parse("<body><p id=\"section-1\">x</p><h1>A</h1></body>");
    assertThat(Outline.apply(doc)).extracting(Outline.Heading::id).containsExactly("section-2");
  }
}
