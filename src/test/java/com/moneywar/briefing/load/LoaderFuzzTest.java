package com.moneywar.briefing.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Placeholders;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * Any bytes either load or come back as problems with a position inside the file; no other
 * exception escapes. Replays src/test/resources/.../LoaderFuzzTestInputs under Surefire (BOM and
 * CRLF, bad cells, a duplicate id, an unclosed quote, a bad header, wrong cell counts, a huge cell,
 * bytes that are not UTF-8); with JAZZER_FUZZ=1 it searches for new inputs for the given time.
 * {@link InvestmentsCsvPropertiesTest} checks the same contract, and that good rows come back, on
 * generated files in every normal run.
 */
class LoaderFuzzTest {
  private static void assertInside(List<Problem> problems, String text) {
    // CSV counts CR, LF and CRLF each as one line end.
    long lines = text.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count() + 1;
    for (Problem p : problems) {
      SourcePos pos = p.pos();
      assertThat((long) pos.line()).as(p.toString()).isBetween(1L, lines);
      assertThat(pos.column()).as(p.toString()).isPositive();
      assertThat(p.message()).isNotBlank();
    }
  }

  @FuzzTest(maxDuration = "3m")
  void investmentsCsvLoadsOrReportsPositionedProblems(byte[] data) {
    List<Problem> problems = new ArrayList<>();
    new ProjectLoader().table("data/investments.csv", data, new InvestmentRows(), problems, new HashMap<>());
    assertInside(problems, new String(data, StandardCharsets.UTF_8));
  }

  @FuzzTest(maxDuration = "2m")
  void textsLoadOrReportPositionedProblems(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    List<Problem> problems = new ArrayList<>();
    new ArticleLoader().load("data/texts/x.ko.md", "x", Lang.KO, text, problems);
    assertInside(problems, text);
  }

  @FuzzTest(maxDuration = "1m")
  void placeholdersParseToMatchesInsideTheText(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    for (Placeholders.Match m : Placeholders.find(text)) {
      assertThat(m.start()).isBetween(0, m.end());
      assertThat(m.end()).isLessThanOrEqualTo(text.length());
      assertThat(m.isValid() ? !m.kind().isEmpty() : !m.error().isEmpty()).isTrue();
    }
  }
}
