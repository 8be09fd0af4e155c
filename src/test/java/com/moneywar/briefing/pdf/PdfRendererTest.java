package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;

import com.moneywar.briefing.testing.CountingWebServer;
import java.io.IOException;


import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The renderer on small hand-written print documents: what it refuses, and how it says so. */
class PdfRendererTest {
  private static final Instant WHEN = Instant.parse("2024-03-28T00:00:00Z");

  private static PdfEdition edition(String body, Map<String, byte[]> files) {
    String xhtml = "<html lang=\"en\"><head><title>Test</title></head><body>" + body + "</body></html>";
    return new PdfEdition(Lang.EN, xhtml, files, WHEN, SourceTexts.none());
  }

  private static List<String> problems(Result<byte[]> result) {
    assertThat(result).isInstanceOf(Result.Failed.class);
    return result.problems().stream().map(Problem::toString).toList();
  }

  @Test
  void aStylesheetUrlToTheWebIsRefusedReportedAndNeverFetched() throws IOException {
    try (CountingWebServer web = CountingWebServer.start()) {
      String url = web.url("background.png");
      Result<byte[]> result = new PdfRenderer().render(
          edition("<div style=\"background-image: url('" + url + "'); height: 20mm\">Text</div>", Map.of()));

      assertThat(problems(result)).singleElement().asString()
          .startsWith("templates/print.ftlh:1:1: error: expected only the briefing's own files in the PDF, found a reference to '" + url + "'")
          .endsWith("it was not fetched");
      assertThat(web.requests()).as("requests the local server received").isZero();
    }
  }

  @Test
  void anImageThatIsNotOneOfTheEditionsFilesIsReportedBeforeRendering() {
    Map<String, byte[]> files = Map.of("en/charts/a.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes());
    Result<byte[]> result = new PdfRenderer().render(edition(
        "<img src=\"charts/a.svg\" alt=\"a\"/><img src=\"charts/b.svg\" alt=\"b\"/><img src=\"file:///etc/hostname\" alt=\"c\"/>",
        files));

    assertThat(problems(result)).containsExactly(
        "templates/print.ftlh:1:1: error: expected an image from the briefing's own files (its charts), found "
            + "'charts/b.svg'; the PDF loads nothing from the web or from outside the project, so it was not fetched",
        "templates/print.ftlh:1:1: error: expected an image from the briefing's own files (its charts), found "
            + "'file:///etc/hostname'; the PDF loads nothing from the web or from outside the project, so it was not fetched");
  }

  @Test
  void aCharacterTheFontLacksIsNamedWithTheTextAroundIt() {
    Result<byte[]> result = new PdfRenderer().render(edition("<p>Smile 😀 please</p><h1>中</h1>", Map.of()));

    assertThat(problems(result)).containsExactly(
        "templates/print.ftlh:1:1: error: expected characters the font Pretendard can draw, found '😀' (U+1F600) "
            + "in \"Smile 😀 please\"; the PDF would print '#' in its place",
        "templates/print.ftlh:1:1: error: expected characters the font Pretendard can draw, found '中' (U+4E2D) "
            + "in \"中\"; the PDF would print '#' in its place");
  }

  @Test
  void aThreadThatLaysOutOtherEditionsInBetweenGivesAnEditionTheSameBytesAsAFreshThread() throws Exception {
    // Each thread parses the font once and embeds it into every document it lays out: what one
    // edition embedded must not leak into the next one's subset, nor change its bytes.
    String font = "<div style=\"font-family: " + com.moneywar.briefing.fonts.BundledFont.FAMILY + "\">";
    PdfEdition a = edition(font + "<h1>투자 합계</h1><p>Amazon invested 40억달러 in Anthropic.</p></div>", Map.of());
    PdfEdition b = edition(font + "<h1>Other words entirely</h1><p>메타의 설비투자 계획: <b>굵은 글씨 ÀÉÎ</b> 1–2 · %</p></div>",
        Map.of());
    java.util.concurrent.ExecutorService busy = java.util.concurrent.Executors.newSingleThreadExecutor();
    java.util.concurrent.ExecutorService fresh = java.util.concurrent.Executors.newSingleThreadExecutor();
    byte[][] out = new byte[4][];
    try {
      out[0] = busy.submit(() -> new PdfRenderer().render(b).orElseThrow()).get();
      out[1] = busy.submit(() -> new PdfRenderer().render(a).orElseThrow()).get();
      out[2] = busy.submit(() -> new PdfRenderer().render(b).orElseThrow()).get();
      out[3] = fresh.submit(() -> new PdfRenderer().render(a).orElseThrow()).get();
    } finally {
      busy.shutdownNow();
      fresh.shutdownNow();
    }
    assertThat(out[1]).as("a after b on one thread, and a alone").isEqualTo(out[3]);
    assertThat(out[2]).as("b before a and after it").isEqualTo(out[0]);
  }

  @Test
  void aDocumentWithinTheRulesBecomesAPdf() {
    Result<byte[]> result = new PdfRenderer().render(edition("<h1>Title</h1><p>한국어와 English.</p>", Map.of()));
    assertThat(result).isInstanceOf(Result.Ok.class);
    assertThat(new String(result.orElseThrow(), 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1))
        .startsWith("%PDF-");
  }

  @Test
  void aKoreanWordWiderThanTheLineIsBrokenBetweenSyllablesRatherThanRunOffThePage() throws IOException {
    String word = "가나다라마바사아자차카타파하".repeat(12);
    String xhtml = "<html lang=\"ko\"><head><title>T</title><style>body { font-family: Pretendard; }</style></head>"
        + "<body><p style=\"width: 60mm\">짧은 낱말 " + word + " 끝</p></body></html>";
    Result<byte[]> result = new PdfRenderer().render(new PdfEdition(Lang.KO, xhtml, Map.of(), WHEN, SourceTexts.none()));
    assertThat(result).isInstanceOf(Result.Ok.class);
    try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(((Result.Ok<byte[]>) result).value())) {
      org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
      stripper.setSortByPosition(true);
      List<String> lines = stripper.getText(pdf).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
      // Without the fallback the word takes one line of its own and runs past the right margin.
      assertThat(lines).hasSizeGreaterThan(4);
      assertThat(String.join("", lines).replace(" ", "")).isEqualTo("짧은낱말" + word + "끝");
    }
  }
}
