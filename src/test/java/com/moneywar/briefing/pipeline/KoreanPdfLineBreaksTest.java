package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.PdfFile;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Korean lines in the real PDF, laid out by openhtmltopdf and read back by text extraction: a
 * figure in parentheses keeps the particle after it, and a bound word keeps its figure.
 */
class KoreanPdfLineBreaksTest {
  /** Sentence openings of every length from 1 to 24 syllables, so each figure lands at many line positions. */
  private static final String FILLER = "가나다라마바사아자차카타파하거너더러머버서어저처";

  @TempDir Path dir;

  @Test
  void noLineStartsWithAParticleOrEndsInsideABoundFigure() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path text = project.resolve("data/texts/ai-money-war-2024-03-28.ko.md");
    List<String> sentences = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder("\n\n");
    for (int n = 1; n <= FILLER.length(); n++) {
      String opening = FILLER.substring(0, n);
      paragraph.append(opening).append(" 기업가치가 {{valuation:anthropic-2024-03}}로 평가받았고 ")
          .append(opening).append(" 아마존은 {{investment:amazon-anthropic-2023}}를 투자했다. ");
      sentences.add(opening + " 기업가치가 최대 184억달러(약 25조원)로 평가받았고 "
          + opening + " 아마존은 40억달러(약 5조4000억원)를 투자했다.");
    }
    Files.writeString(text, Files.readString(text, StandardCharsets.UTF_8) + paragraph + "\n", StandardCharsets.UTF_8);

    Path site = BuiltSite.build(project, dir.resolve("site"));
    List<String> lines = new ArrayList<>();
    String flowing;
    // The paragraph was added to the seed briefing: its edition is the one to read.
    try (PdfFile pdf = PdfFile.open(site.resolve("ko/briefings/ai-money-war-2024-03-28.ko.pdf"))) {
      for (String page : pdf.pageTexts()) {
        List<String> pageLines = page.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        // Leave out the running header (first line) and the page number (last line) of pages after the cover.
        lines.addAll(lines.isEmpty() ? pageLines : pageLines.subList(1, pageLines.size() - 1));
      }
      flowing = String.join(" ", lines).replaceAll("\\s+", " ");
    }

    // A break inside a word shows as a space that is not in the text: the sentence is then not found.
    assertThat(sentences).allSatisfy(sentence -> assertThat(flowing).contains(sentence));
    assertThat(lines).noneMatch(line -> line.startsWith("로 ") || line.startsWith("를 "))
        .noneMatch(line -> line.matches(".*(^|[\\s(])(약|최대)$"));
  }
}
