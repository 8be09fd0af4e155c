package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.PdfFile;
import com.moneywar.briefing.testing.CountingWebServer;
import com.moneywar.briefing.testing.ShippedProject;
import com.moneywar.briefing.testing.VeraPdf;

import java.io.IOException;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** PDF editions of changed copies of the shipped briefing: other paper, links, long tables, bad input. */
class PdfEditionInputsTest {
  private static final String KO_TEXT = "data/texts/ai-money-war-2024-03-28.ko.md";
  private static final String SOURCE_URL = "https://example.com/cnbc/amazon-anthropic-2024-03-27";
  private static final int TABLE_ROWS = 60;

  private static Result<BuildSummary> build(Path project) {
    return new BriefingBuild(BuildListener.silent()).build(project, project.resolve("site"));
  }

  private static List<Problem> problems(Result<BuildSummary> result) {
    assertThat(result).isInstanceOf(Result.Failed.class);
    return result.problems();
  }

  /** One build of a copy set on US Letter, with a source that has a web address and a long table. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class LetterWithLinksAndALongTable {
    Path pdf;

    @BeforeAll
    void buildChangedCopy(@TempDir Path dir) {
      Path project = ShippedProject.copyTo(dir.resolve("project"));
      ShippedProject.replace(project, "briefing.properties", "paper=A4", "paper=Letter");
      ShippedProject.replace(project, "data/sources.csv", ",CNBC,,,2024-03-27", ",CNBC,," + SOURCE_URL + ",2024-03-27");
      StringBuilder table = new StringBuilder("\n\n## 거래 일지\n\n| 번호머리 | 내용머리 |\n|---|---|\n");
      for (int i = 1; i <= TABLE_ROWS; i++) {
        table.append(String.format("| R%03dA | %sR%03dZ |%n", i, "빅테크의 투자 약속과 실제 집행 내역을 정리한 기록 ".repeat(4), i));
      }
      ShippedProject.replace(project, KO_TEXT, "벌어지고 있다.”", "벌어지고 있다.”" + table);
      assertThat(build(project)).isInstanceOf(Result.Ok.class);
      // The table went into the seed briefing: its own edition, not the newest, holds it.
      pdf = project.resolve("site/ko/briefings/" + ShippedProject.SEED + ".ko.pdf");
    }

    @Test
    void everyPageIsUsLetter() {
      try (PdfFile file = PdfFile.open(pdf)) {
        for (var page : file.document().getPages()) {
          assertThat(page.getMediaBox().getWidth()).isEqualTo(612f);
          assertThat(page.getMediaBox().getHeight()).isEqualTo(792f);
        }
      }
    }

    @Test
    void tableRowsNeverSplitAndTheHeaderRowRepeatsOnEachPage() {
      try (PdfFile file = PdfFile.open(pdf)) {
        List<String> pages = file.pageTexts();
        int pagesWithRows = 0;
        for (int i = 1; i <= TABLE_ROWS; i++) {
          String start = String.format("R%03dA", i);
          String end = String.format("R%03dZ", i);
          List<Integer> startPages = pagesContaining(pages, start);
          assertThat(startPages).as("row %d starts on one page", i).hasSize(1);
          assertThat(pagesContaining(pages, end)).as("row %d ends on the page it starts", i).isEqualTo(startPages);
        }
        for (String text : pages) {
          if (Pattern.compile("R\\d{3}A").matcher(text).find()) {
            pagesWithRows++;
            assertThat(text).contains("번호머리", "내용머리");
          }
        }
        assertThat(pagesWithRows).as("pages the table spans").isGreaterThanOrEqualTo(3);
      }
    }

    @Test
    void noPageIsLeftWithOnlyTheRunningHeaderAndFooter() {
      try (PdfFile file = PdfFile.open(pdf)) {
        for (int p = 2; p <= file.pages(); p++) {
          String body = file.text(p).replace("AI 쩐의 전쟁 브리핑", "").replace("한국어판", "")
              .replace(file.pages() + "쪽 중 " + p + "쪽", "");
          assertThat(body).as("page %d without header and footer", p).isNotBlank();
        }
      }
    }

    @Test
    void sourcesLinkToTheirWebAddress() {
      try (PdfFile file = PdfFile.open(pdf)) {
        List<PdfFile.Link> links = file.links().stream().filter(l -> SOURCE_URL.equals(l.uri())).toList();
        assertThat(links).isNotEmpty();
        assertThat(file.text(links.get(0).page()).replaceAll("\\s+", "")).contains(SOURCE_URL, "CNBC방송");
      }
    }

    @Test
    void stillPassesVeraPdf() throws IOException {
      byte[] bytes = Files.readAllBytes(pdf);
      assertThat(VeraPdf.failures(bytes, "ua1")).isEmpty();
      assertThat(VeraPdf.failures(bytes, "3u")).isEmpty();
    }

    private List<Integer> pagesContaining(List<String> pages, String needle) {
      return java.util.stream.IntStream.range(0, pages.size()).filter(p -> pages.get(p).contains(needle))
          .map(p -> p + 1).boxed().toList();
    }
  }

  @Test
  void anImageAtAWebAddressIsReportedAndNeverFetched(@TempDir Path dir) throws IOException {
    try (CountingWebServer web = CountingWebServer.start()) {
      String url = web.url("photo.png");
      Path project = ShippedProject.copyTo(dir.resolve("project"));
      ShippedProject.replace(project, KO_TEXT, "무게를 이렇게 전했다.", "무게를 이렇게 전했다.\n\n![아마존 본사](" + url + ")");

      // Exactly this problem: the seed text is still checked as a briefing, so the later briefings' links to
      // it are not reported (ShippedProject.brokenLinksToTheSeed).
      List<String> problems = ShippedProject.withNoBrokenLinksToTheSeed(project,
          problems(build(project)).stream().map(Problem::toString).toList());

      String expected = ShippedProject.positionOf(project, KO_TEXT, url) + ": error: expected no images in a text "
          + "(not supported yet; a chart is declared in data/charts.csv and shows on the home page and in the PDF), "
          + "found '" + url + "'; it was not fetched";
      assertThat(problems).containsExactly(expected);
      // check, which CI runs on every pull request, finds it too, not only the build.
      Result<?> checked = new BriefingBuild(BuildListener.silent()).check(project);
      assertThat(ShippedProject.withNoBrokenLinksToTheSeed(project,
          checked.problems().stream().map(Problem::toString).toList())).containsExactly(expected);
      assertThat(web.requests()).as("requests the local server received").isZero();
      assertThat(project.resolve("site")).doesNotExist();
    }
  }

  @Test
  void anImageOutsideTheProjectIsReportedAndNotRead(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("secret.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, KO_TEXT, "무게를 이렇게 전했다.", "무게를 이렇게 전했다.\n\n![비밀](../../../secret.png)");

    // No follow-on problems: the links to the seed text are not reported (ShippedProject.brokenLinksToTheSeed).
    List<String> problems = ShippedProject.withNoBrokenLinksToTheSeed(project,
        problems(build(project)).stream().map(Problem::toString).toList());

    assertThat(problems).singleElement().asString()
        .startsWith(ShippedProject.positionOf(project, KO_TEXT, "../../../secret.png") + ": error: ")
        .contains("found '../../../secret.png'", "not fetched");
  }

  /** A relative path to a chart would show in the PDF but be a broken image on the briefing's web page. */
  @Test
  void anImageOfAChartIsRefusedToo(@TempDir Path dir) {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, KO_TEXT, "무게를 이렇게 전했다.", "무게를 이렇게 전했다.\n\n![차트](charts/money-flows.svg)");

    Result<?> checked = new BriefingBuild(BuildListener.silent()).check(project);

    // No follow-on problems: the links to the seed text are not reported (ShippedProject.brokenLinksToTheSeed).
    assertThat(ShippedProject.withNoBrokenLinksToTheSeed(project,
        checked.problems().stream().map(Problem::toString).toList())).singleElement().asString()
        .startsWith(ShippedProject.positionOf(project, KO_TEXT, "charts/money-flows.svg") + ": error: expected no images")
        .contains("data/charts.csv");
  }

  @Test
  void aCharacterMissingFromTheFontFailsTheBuildNamingItAndItsText(@TempDir Path dir) {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, KO_TEXT, "미국 아마존이 챗GPT", "美 아마존이 챗GPT");

    List<Problem> problems = problems(build(project));

    assertThat(problems).extracting(Problem::toString).containsExactly(
        ShippedProject.positionOf(project, KO_TEXT, "美") + ": error: expected characters the font Pretendard can draw, "
            + "found '美' (U+7F8E) in \"美 아마존이 챗GPT 개발사 오픈AI의…\"; the PDF would print '#' in its place");
  }
}
