package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the story starts, on hand-written print documents with a front matter of one page or more. */
class StoryPlacementTest {
  private static final String CSS = "<style>.story { page-break-before: always; } "
      + ".story.follows { page-break-before: auto; } p { margin: 0 0 6mm 0; } body { font-family: "
      + com.moneywar.briefing.fonts.BundledFont.FAMILY + "; }</style>";

  @TempDir
  Path dir;

  /** The PDF's pages' texts, for a front of {@code entries} lines and a story after it. */
  private List<String> pages(int entries, boolean ids) {
    StringBuilder front = new StringBuilder("<section class=\"front\"><h1" + (ids ? " id=\"front\"" : "") + ">Contents</h1>");
    for (int i = 1; i <= entries; i++) {
      front.append("<p>Entry ").append(i).append("</p>");
    }
    front.append("<h1>Key figures</h1><p>Last figure</p></section>");
    String story = "<article class=\"story\"><h1" + (ids ? " id=\"story\"" : "") + ">The story</h1><p>First paragraph</p></article>";
    String xhtml = "<html lang=\"en\"><head><title>Test</title>" + CSS + "</head><body>" + front + story + "</body></html>";
    return HandWrittenEdition.pages(xhtml, dir);
  }

  private static int pageOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i + 1;
      }
    }
    return -1;
  }

  @Test
  void aFrontOfOnePageIsFollowedByTheStoryOnANewPage() {
    List<String> pages = pages(5, true);

    assertThat(pageOf(pages, "Last figure")).isEqualTo(1);
    assertThat(pageOf(pages, "The story")).isEqualTo(2);
  }

  @Test
  void aFrontThatRunsOntoASecondPageHasTheStoryFollowItThere() {
    List<String> pages = pages(40, true);

    assertThat(pageOf(pages, "Last figure")).as("the front's end").isEqualTo(2);
    assertThat(pageOf(pages, "The story")).as("the story follows the key figures on their page").isEqualTo(2);
    assertThat(pages).hasSize(2);
  }

  @Test
  void aTemplateWithoutTheIdsIsLaidOutAsWritten() {
    List<String> pages = pages(40, false);

    assertThat(pageOf(pages, "Last figure")).isEqualTo(2);
    assertThat(pageOf(pages, "The story")).isEqualTo(3);
  }
}
