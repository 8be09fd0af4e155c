package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The list of exchange rates at the end of a PDF edition, laid out with the shipped print stylesheet
 * ({@code templates/print.ftlh}) at every height of what comes before it: its heading and its rates
 * stay on one page. A new user's English edition printed its first rate under the heading at the foot
 * of page 10 and its second rate alone at the top of page 11.
 */
class RatesListPlacementTest {
  @TempDir
  Path dir;

  /** The stylesheet of the shipped print template, with the paper size and the page number filled in. */
  private static String printStyle() throws IOException {
    String template = Files.readString(Path.of("templates/print.ftlh"));
    String style = template.substring(template.indexOf("<style>"), template.indexOf("</style>") + "</style>".length());
    return style.replace("${paper}", "A4").replace("${pageOfCss()?no_esc}", "counter(page)");
  }

  @Test
  void theRatesStayTogetherWithTheirHeadingWhereverThePageEnds() throws IOException {
    String style = printStyle();
    List<String> splits = new ArrayList<>();
    // From a spacer that leaves room for all of the list to one that leaves room for its heading only,
    // in steps smaller than a line: one of them ends the page inside the list unless it is kept whole.
    for (int mm = 200; mm <= 245; mm += 3) {
      String xhtml = "<html lang=\"en\"><head><title>Test</title>" + style + "</head><body>"
          + "<div style=\"height: " + mm + "mm\">Spacer</div>"
          + "<section class=\"rates-section\"><h1>Exchange rates of the won figures</h1><ul class=\"rates\">"
          + "<li>$1 = ₩1,431.7 (October 29, 2025, Newsway)</li><li>$1 = ₩1,475.6 (November 21, 2025, SBS Biz)</li>"
          + "</ul></section><section class=\"sources-section\"><h1>Sources</h1><ol class=\"sources\">"
          + "<li>Korean press report, March 28, 2024</li><li>CNBC, March 27, 2024</li></ol></section></body></html>";
      List<String> pages = HandWrittenEdition.pages(xhtml, dir);
      int heading = pageOf(pages, "Exchange rates of the won figures");
      int first = pageOf(pages, "$1 = ₩1,431.7");
      int second = pageOf(pages, "$1 = ₩1,475.6");
      if (heading != first || first != second) {
        splits.add(mm + " mm: heading on page " + heading + ", rates on pages " + first + " and " + second);
      }
    }
    assertThat(splits).isEmpty();
  }

  private static int pageOf(List<String> pages, String text) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError("not in the PDF: " + text);
  }
}
