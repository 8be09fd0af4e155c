package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a chart's data table breaks, on hand-written print documents styled as print.ftlh styles
 * them: a table of more than a few rows starts under what comes before it and goes on over the
 * page, unless fewer than three of its rows would stand under its caption there.
 */
class TablePlacementTest {
  private static final String CSS = "<style>p { margin: 0 0 6mm 0; } body { font-family: "
      + com.moneywar.briefing.fonts.BundledFont.FAMILY + "; } table { border-collapse: collapse; width: 100%;"
      + " -fs-table-paginate: paginate; } tr { page-break-inside: avoid; } thead { display: table-header-group; }"
      + " td, th { padding: 1.5mm 2mm; } .chart-table { page-break-inside: avoid; }"
      + " .chart-table.split { page-break-inside: auto; } .chart-table.split.whole { page-break-inside: avoid; }</style>";

  @TempDir
  Path dir;

  /** The PDF's pages' texts, for {@code fillers} paragraphs and then a table of 12 rows. */
  private List<String> pages(int fillers, boolean ids) {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= fillers; i++) {
      body.append("<p>Filler ").append(i).append("</p>");
    }
    body.append("<div class=\"chart-table split\"").append(ids ? " id=\"chart-table-1\"" : "").append("><table><caption")
        .append(ids ? " id=\"chart-table-1-start\"" : "").append(">Chart data: the table</caption>")
        .append("<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Amount</th></tr></thead><tbody>");
    for (int r = 1; r <= 12; r++) {
      body.append("<tr").append(ids && r == 3 ? " id=\"chart-table-1-rows\"" : "").append("><th scope=\"row\">Row ")
          .append(r).append("</th><td>").append(r).append("</td></tr>");
    }
    body.append("</tbody></table></div>");
    String xhtml = "<html lang=\"en\"><head><title>Test</title>" + CSS + "</head><body>" + body + "</body></html>";
    return HandWrittenEdition.pages(xhtml, dir);
  }

  private static int pageOf(List<String> pages, String line) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).lines().map(String::strip).anyMatch(l -> l.equals(line) || l.startsWith(line + " "))) {
        return i + 1;
      }
    }
    return -1;
  }

  @Test
  void aLongTableStartsUnderWhatPrecedesItAndGoesOnOverThePage() {
    List<String> pages = pages(17, true);

    assertThat(pageOf(pages, "Chart data: the table")).as("the caption").isEqualTo(1);
    assertThat(pageOf(pages, "Row 3")).as("the third row, under it").isEqualTo(1);
    assertThat(pageOf(pages, "Row 12")).as("the last row, over the page").isEqualTo(2);
    assertThat(pages.get(1)).as("the header, repeated").contains("Name");
  }

  @Test
  void aTableThatWouldLeaveFewerThanThreeRowsUnderItsCaptionStartsTheNextPageWhole() {
    // Laid out as written, the caption, the header and one or two rows stand at the page's foot.
    for (int fillers = 21; fillers <= 23; fillers++) {
      List<String> asWritten = pages(fillers, false);
      assertThat(pageOf(asWritten, "Chart data: the table")).as(fillers + " fillers, as written").isEqualTo(1);
      assertThat(pageOf(asWritten, "Row 3")).as(fillers + " fillers, as written").isEqualTo(2);

      List<String> pages = pages(fillers, true);
      assertThat(pageOf(pages, "Filler " + fillers)).as(fillers + " fillers: the last").isEqualTo(1);
      assertThat(pageOf(pages, "Chart data: the table")).as(fillers + " fillers: the caption").isEqualTo(2);
      assertThat(pageOf(pages, "Row 12")).as(fillers + " fillers: the whole table").isEqualTo(2);
    }
  }
}
