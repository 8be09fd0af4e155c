package com.moneywar.briefing.pdf;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Where the story starts in a laid-out edition. The front matter (contents and key figures) is one
 * page and the story opens the next, unless the front matter ran onto a second page: then that page
 * would hold a few key figures and nothing else, so the story follows them on it.
 *
 * <p>The print template marks the front's first heading {@value #FRONT} and the story's heading
 * {@value #STORY}; a template without them is laid out as written.
 */
final class StoryPlacement {
  static final String FRONT = "front";
  static final String STORY = "story";
  /** The class the print template gives a story that follows the front matter on its page. */
  static final String FOLLOWS = "follows";

  private static final Pattern IDS = Pattern.compile(FRONT + "|" + STORY);

  private StoryPlacement() {}

  /**
   * Whether the front matter of this laid-out document took more than one page, so that the story
   * should follow it rather than open a page of its own.
   */
  static boolean storyShouldFollow(PdfBoxRenderer laidOut) {
    int front = -1;
    int story = -1;
    // The output device finds boxes from its root, which it is otherwise given only when drawing.
    laidOut.getOutputDevice().setRoot(laidOut.getRootBox());
    List<PagePosition<com.openhtmltopdf.render.Box>> positions = laidOut.findPagePositionsByID(IDS);
    for (PagePosition<?> p : positions) {
      if (p.getId().equals(FRONT)) {
        front = p.getPageNo();
      } else if (p.getId().equals(STORY)) {
        story = p.getPageNo();
      }
    }
    return front >= 0 && story > front + 1;
  }

  /** Marks the story to follow the front matter; false if the document has no story element. */
  static boolean letStoryFollow(Document dom) {
    Element heading = null;
    NodeList all = dom.getElementsByTagName("*");
    for (int i = 0; i < all.getLength() && heading == null; i++) {
      if (all.item(i) instanceof Element e && STORY.equals(e.getAttribute("id"))) {
        heading = e;
      }
    }
    if (heading == null || !(heading.getParentNode() instanceof Element story)) {
      return false;
    }
    String classes = story.getAttribute("class");
    story.setAttribute("class", classes.isEmpty() ? FOLLOWS : classes + " " + FOLLOWS);
    return true;
  }
}
